#include "preview/pageimageid.h"

#include <QByteArray>
#include <QStringList>

namespace sic::preview {

namespace {
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QString pageImageId(const PageImageId &id)
{
    return QString::fromLatin1(id.path.toUtf8().toBase64(kBase64)) + QLatin1Char('/') +
           QString::number(id.page) + QLatin1Char('/') +
           QString::fromLatin1(id.revision.toUtf8().toBase64(kBase64));
}

std::optional<PageImageId> parsePageImageId(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() != 3)
        return std::nullopt;
    const auto path = QByteArray::fromBase64Encoding(parts[0].toLatin1(),
                                                     kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    const auto revision = QByteArray::fromBase64Encoding(parts[2].toLatin1(),
                                                         kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    bool ok = false;
    const int page = parts[1].toInt(&ok);
    if (!path || !revision || !ok || page < 0 || path.decoded.isEmpty())
        return std::nullopt;
    return PageImageId{QString::fromUtf8(path.decoded), page, QString::fromUtf8(revision.decoded)};
}

} // namespace sic::preview

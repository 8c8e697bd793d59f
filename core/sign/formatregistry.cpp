#include "sign/formatregistry.h"

namespace sic {

FormatRegistry &FormatRegistry::instance()
{
    static FormatRegistry registry;
    return registry;
}

void FormatRegistry::add(SignatureFormat format)
{
    for (SignatureFormat &f : m_formats) {
        if (f.id == format.id) {
            f = std::move(format);
            return;
        }
    }
    m_formats.append(std::move(format));
}

bool FormatRegistry::remove(const QString &id)
{
    return m_formats.removeIf([&](const SignatureFormat &f) { return f.id == id; }) > 0;
}

const SignatureFormat *FormatRegistry::find(QStringView id) const
{
    for (const SignatureFormat &f : m_formats) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QStringList FormatRegistry::ids() const
{
    QStringList out;
    for (const SignatureFormat &f : m_formats)
        out << f.id;
    return out;
}

const SignatureFormat *FormatRegistry::pick(const QMimeType &type) const
{
    const SignatureFormat *best = nullptr;
    for (const SignatureFormat &f : m_formats) {
        if (f.prefers && f.prefers(type) && (!best || f.autoPriority > best->autoPriority))
            best = &f;
    }
    return best;
}

QList<SignatureLevel> FormatRegistry::levels() const
{
    QList<SignatureLevel> out;
    for (SignatureLevel l : allLevels()) {
        for (const SignatureFormat &f : m_formats) {
            if (f.supports(l)) {
                out << l;
                break;
            }
        }
    }
    return out;
}

namespace sign {

Result<void> checkLevel(const SignatureFormat &format, SignatureLevel level, const TimestampSource *tsa)
{
    if (!format.supports(level))
        return fail(QStringLiteral("sign.level_unsupported"),
                    Tr::tr("%1 signatures cannot be made at level %2 by this program. Choose another level.")
                        .arg(format.name, levelName(level)));
    if (needsTimestamp(level) && !tsa)
        return fail(
            QStringLiteral("sign.no_tsa"),
            Tr::tr(
                "A time-stamp service is needed for this signature level. Configure one in the settings."));
    return {};
}

std::unexpected<Error> sessionUsed()
{
    return fail(QStringLiteral("sign.session_used"), Tr::tr("This signing session was already used."));
}

} // namespace sign

} // namespace sic

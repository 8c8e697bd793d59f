// libFuzzer target: the core/pdf reader and the PAdES front end on arbitrary bytes.
// The reader works on files, so every input is written to one per-process scratch file.

#include "base/clock.h"
#include "pdf/reader.h"
#include "verify/pdfverifier.h"
#include "verify/truststore.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <unistd.h>

namespace {

QString scratchPath()
{
    static const QString path = QDir::tempPath() + QStringLiteral("/sic-fuzz-pdf-%1.pdf").arg(::getpid());
    return path;
}

void readEverything(const QString &path)
{
    auto reader = sic::pdf::Reader::open(path, sic::pdf::Reader::Mode::Lenient);
    if (!reader)
        return;
    sic::pdf::Reader &r = **reader;
    (void)r.resolvedGet(r.trailer(), "Root");
    // Copy the numbers first: resolving compressed objects must not depend on iterator stability.
    std::vector<sic::pdf::Ref> refs;
    for (const auto &[num, entry] : r.xref())
        if (entry.kind != sic::pdf::XrefEntry::Kind::Free)
            refs.push_back({num, entry.kind == sic::pdf::XrefEntry::Kind::InFile ? entry.gen : 0});
    for (const sic::pdf::Ref &ref : refs) {
        auto obj = r.object(ref);
        if (obj && obj->type == sic::pdf::Object::Type::Stream)
            (void)r.streamData(*obj);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = scratchPath();
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    readEverything(path);

    static const sic::verify::TrustStore trust;
    static const sic::ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC));
    sic::verify::ValidationContext context;
    context.trust = &trust;
    context.clock = &clock;
    (void)sic::verify::verifyPdf(path, context);
    return 0;
}

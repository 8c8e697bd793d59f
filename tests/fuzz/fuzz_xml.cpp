// libFuzzer target: the XML signature path on arbitrary bytes: hardened parsing, every
// ds:Signature's reference resolution (Id lookup, transforms, XPath filters), canonicalization,
// XAdES properties and the evaluation.

#include "base/clock.h"
#include "verify/truststore.h"
#include "verify/xmlverifier.h"

#include <QByteArray>
#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const sic::verify::TrustStore trust;
    static const sic::ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC));
    sic::verify::ValidationContext context;
    context.trust = &trust;
    context.clock = &clock;
    sic::verify::DetachedData detached;
    detached.allowBaseDir = false; // never read files named by the input
    (void)sic::verify::verifyXml(QStringLiteral("fuzz.xml"), bytes, context, detached);
    return 0;
}

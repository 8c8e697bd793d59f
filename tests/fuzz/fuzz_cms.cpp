// libFuzzer target: CMS SignedData decoding and the CAdES front end on arbitrary DER.

#include "base/clock.h"
#include "verify/cadesverifier.h"
#include "verify/cmssigner.h"
#include "verify/truststore.h"

#include <QByteArray>
#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray der(reinterpret_cast<const char *>(data), qsizetype(size));
    static const sic::verify::TrustStore trust;
    static const sic::ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC));
    sic::verify::ValidationContext context;
    context.trust = &trust;
    context.clock = &clock;

    // The decoder and the signer check directly, with detached content ...
    if (auto sd = sic::verify::parseSignedData(der)) {
        (void)sic::verify::checkSigner(*sd, sic::verify::digestOfBytes(QByteArrayLiteral("fuzz")));
        // ... and the whole CAdES evidence gathering and evaluation over the encapsulated content.
        sic::verify::SignatureEvidence ev = sic::verify::checkCmsSignature(*sd, {}, context);
        (void)sic::verify::evaluate(ev, context);
    }
    // The file-level front end (PEM sniffing, .p7m/.p7s handling) as a .p7m.
    (void)sic::verify::verifyCms(QStringLiteral("fuzz.p7m"), der, context, {});
    return 0;
}

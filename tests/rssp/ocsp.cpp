#include "ocsp.h"

#include "ca.h"
#include "store.h"

#include <QFile>
#include <QHash>

#include <openssl/pem.h>

using sic::fail;
using sic::Result;

namespace rssp {

namespace {

using Asn1Time = sic::ossl::Ptr<ASN1_TIME, ASN1_TIME_free>;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Revocation
{
    QDateTime time;
    int reason = OCSP_REVOKED_STATUS_UNSPECIFIED;
};

int reasonCode(const QByteArray &name)
{
    static const QHash<QByteArray, int> codes = {
        {"keyCompromise", OCSP_REVOKED_STATUS_KEYCOMPROMISE},
        {"CACompromise", OCSP_REVOKED_STATUS_CACOMPROMISE},
        {"affiliationChanged", OCSP_REVOKED_STATUS_AFFILIATIONCHANGED},
        {"superseded", OCSP_REVOKED_STATUS_SUPERSEDED},
        {"cessationOfOperation", OCSP_REVOKED_STATUS_CESSATIONOFOPERATION},
        {"certificateHold", OCSP_REVOKED_STATUS_CERTIFICATEHOLD},
    };
    return codes.value(name, OCSP_REVOKED_STATUS_UNSPECIFIED);
}

// openssl ca's index.txt: status \t expiry \t revocation[,reason] \t serial \t file \t subject
QHash<QString, std::optional<Revocation>> readIndex(const QString &path)
{
    QHash<QString, std::optional<Revocation>> out;
    for (const QByteArray &line : readFile(path).split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() < 4)
            continue;
        const QString serial = QString::fromLatin1(f[3]).toUpper();
        if (f[0] != "R") {
            out.insert(serial, std::nullopt);
            continue;
        }
        const QList<QByteArray> rev = f[2].split(',');
        Revocation r;
        r.time = QDateTime::fromString(QString::fromLatin1(rev[0]), QStringLiteral("yyMMddHHmmss'Z'"));
        r.time.setTimeSpec(Qt::UTC);
        if (r.time.date().year() < 1950)
            r.time = r.time.addYears(100);
        r.reason = rev.size() > 1 ? reasonCode(rev[1]) : OCSP_REVOKED_STATUS_UNSPECIFIED;
        out.insert(serial, r);
    }
    return out;
}

QByteArray statusOnly(int status)
{
    sic::ossl::OcspResponse r(OCSP_response_create(status, nullptr));
    return sic::ossl::toDer(r.get(), i2d_OCSP_RESPONSE);
}

} // namespace

Result<Ocsp> Ocsp::load(const QString &pkiDir)
{
    Ocsp o;
    o.m_index = pkiDir + QStringLiteral("/intermediate/index.txt");
    o.m_issuer = sic::ossl::x509FromPem(readFile(pkiDir + QStringLiteral("/intermediate/ca.pem")));
    o.m_cert = sic::ossl::x509FromPem(readFile(pkiDir + QStringLiteral("/ocsp/ocsp.pem")));
    const QByteArray keyPem = readFile(pkiDir + QStringLiteral("/ocsp/ocsp.key"));
    sic::ossl::Bio keyBio = sic::ossl::memBio(keyPem);
    o.m_key.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!o.m_issuer || !o.m_cert || !o.m_key)
        return fail(QStringLiteral("rssp.pki"),
                    QStringLiteral("The test PKI's OCSP responder files are missing."),
                    pkiDir + QStringLiteral("/ocsp"));
    return o;
}

QByteArray Ocsp::respond(const QByteArray &request, const QDateTime &now, const Store &store) const
{
    const auto *p = reinterpret_cast<const unsigned char *>(request.constData());
    sic::ossl::OcspRequest req(d2i_OCSP_REQUEST(nullptr, &p, long(request.size())));
    if (!req || OCSP_request_onereq_count(req.get()) <= 0)
        return statusOnly(OCSP_RESPONSE_STATUS_MALFORMEDREQUEST);

    const auto index = readIndex(m_index);
    sic::ossl::OcspBasic basic(OCSP_BASICRESP_new());
    Asn1Time thisUpdate(ASN1_TIME_set(nullptr, time_t(now.toSecsSinceEpoch())));
    Asn1Time nextUpdate(ASN1_TIME_set(nullptr, time_t(now.addDays(1).toSecsSinceEpoch())));
    for (int i = 0; i < OCSP_request_onereq_count(req.get()); ++i) {
        OCSP_CERTID *cid = OCSP_onereq_get0_id(OCSP_request_onereq_get0(req.get(), i));
        ASN1_OBJECT *mdOid = nullptr;
        ASN1_INTEGER *serial = nullptr;
        OCSP_id_get0_info(nullptr, &mdOid, nullptr, &serial, cid);
        const EVP_MD *md = EVP_get_digestbyobj(mdOid);
        sic::ossl::OcspCertId ours(md ? OCSP_cert_to_id(md, nullptr, m_issuer.get()) : nullptr);
        int status = V_OCSP_CERTSTATUS_UNKNOWN;
        int reason = 0;
        Asn1Time revTime;
        if (ours && OCSP_id_issuer_cmp(cid, ours.get()) == 0) {
            const QString hex = serialToHex(serial);
            std::optional<Revocation> revoked;
            bool known = false;
            if (auto it = index.constFind(hex); it != index.constEnd()) {
                known = true;
                revoked = *it;
            } else if (auto c = store.credentialBySerial(hex)) {
                known = true;
                if (c->revokedAt.isValid())
                    revoked = Revocation{c->revokedAt, OCSP_REVOKED_STATUS_UNSPECIFIED};
            }
            if (known && revoked) {
                status = V_OCSP_CERTSTATUS_REVOKED;
                reason = revoked->reason;
                revTime.reset(ASN1_TIME_set(nullptr, time_t(revoked->time.toSecsSinceEpoch())));
            } else if (known) {
                status = V_OCSP_CERTSTATUS_GOOD;
            }
        }
        if (!OCSP_basic_add1_status(basic.get(), cid, status, reason, revTime.get(), thisUpdate.get(),
                                    nextUpdate.get()))
            return statusOnly(OCSP_RESPONSE_STATUS_INTERNALERROR);
    }
    OCSP_copy_nonce(basic.get(), req.get());
    if (OCSP_basic_sign(basic.get(), m_cert.get(), m_key.get(), EVP_sha256(), nullptr, 0) != 1)
        return statusOnly(OCSP_RESPONSE_STATUS_INTERNALERROR);
    sic::ossl::OcspResponse resp(OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, basic.get()));
    return sic::ossl::toDer(resp.get(), i2d_OCSP_RESPONSE);
}

} // namespace rssp

#include "verify/reports.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sic::verify {
namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject certToJson(const CertificateInfo &c)
{
    return QJsonObject{{QStringLiteral("subject"), c.subject},
                       {QStringLiteral("commonName"), c.commonName},
                       {QStringLiteral("issuer"), c.issuer},
                       {QStringLiteral("serialNumber"), c.serialHex},
                       {QStringLiteral("notBefore"), time(c.notBefore)},
                       {QStringLiteral("notAfter"), time(c.notAfter)},
                       {QStringLiteral("sha256"), c.sha256},
                       {QStringLiteral("keyAlgorithm"), c.keyAlgorithm},
                       {QStringLiteral("keyBits"), c.keyBits}};
}

} // namespace

QJsonObject signatureToJson(const SignatureReport &s)
{
    QJsonArray chain, timestamps;
    for (const auto &c : s.chain)
        chain.append(certToJson(c));
    for (const auto &t : s.timestamps) {
        QJsonArray tsaChain;
        for (const auto &c : t.chain)
            tsaChain.append(certToJson(c));
        timestamps.append(
            QJsonObject{{QStringLiteral("kind"), reportName(t.kind)},
                        {QStringLiteral("time"), time(t.time)},
                        {QStringLiteral("tsa"), t.tsa ? QJsonValue(certToJson(*t.tsa)) : QJsonValue()},
                        {QStringLiteral("chain"), tsaChain},
                        {QStringLiteral("intact"), t.intact},
                        {QStringLiteral("signatureValid"), t.signatureValid},
                        {QStringLiteral("trusted"), t.trusted},
                        {QStringLiteral("problem"), text(t.problem)}});
    }
    const QJsonObject revocation{{QStringLiteral("source"), text(reportName(s.revocation.source))},
                                 {QStringLiteral("status"), text(reportName(s.revocation.status))},
                                 {QStringLiteral("revocationTime"), time(s.revocation.revocationTime)},
                                 {QStringLiteral("reason"), text(s.revocation.reason)},
                                 {QStringLiteral("issuedAt"), time(s.revocation.issuedAt)}};
    return QJsonObject{
        {QStringLiteral("kind"), reportName(s.kind, s.pdfSubFilter)},
        {QStringLiteral("id"), text(s.id)},
        {QStringLiteral("indication"), indicationName(s.indication)},
        {QStringLiteral("subIndication"), text(subIndicationName(s.subIndication))},
        {QStringLiteral("verdict"), verdictKey(s.verdict())},
        {QStringLiteral("reason"), s.reason},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(s.warnings)},
        {QStringLiteral("level"), text(s.level)},
        {QStringLiteral("signer"), s.signer ? QJsonValue(certToJson(*s.signer)) : QJsonValue()},
        {QStringLiteral("chain"), chain},
        {QStringLiteral("claimedSigningTime"), time(s.claimedSigningTime)},
        {QStringLiteral("bestSignatureTime"), time(s.bestSignatureTime)},
        {QStringLiteral("timestamps"), timestamps},
        {QStringLiteral("revocation"), revocation},
        {QStringLiteral("digestAlgorithm"), text(s.digestAlgorithm)},
        {QStringLiteral("signatureAlgorithm"), text(s.signatureAlgorithm)},
        {QStringLiteral("coverage"), text(s.coverage)},
        {QStringLiteral("modifiedAfterSigning"), s.modifiedAfterSigning},
        {QStringLiteral("intact"), s.dataIntact ? QJsonValue(*s.dataIntact) : QJsonValue()},
        {QStringLiteral("cryptoValid"), s.signatureValid ? QJsonValue(*s.signatureValid) : QJsonValue()},
        {QStringLiteral("changesAfterSigning"), QJsonArray::fromStringList(s.changesAfterSigning)},
    };
}

void setTrust(ReportMeta &meta, const TrustStore &trust)
{
    meta.trustAnchors = trust.anchors();
    meta.systemTrustUsed = trust.systemLoaded();
    meta.systemTrustCount = trust.systemAnchorCount();
}

QByteArray reportToJson(const QList<FileReport> &files, const ReportMeta &meta)
{
    QJsonArray anchors, fileArray;
    for (const auto &a : meta.trustAnchors)
        anchors.append(
            QJsonObject{{QStringLiteral("subject"), a.subject}, {QStringLiteral("sha256"), a.sha256}});
    for (const FileReport &f : files) {
        QJsonArray sigs;
        for (const auto &s : f.signatures)
            sigs.append(signatureToJson(s));
        QJsonValue error;
        if (f.error)
            error = QJsonObject{{QStringLiteral("code"), f.error->code},
                                {QStringLiteral("message"), f.error->message},
                                {QStringLiteral("detail"), text(f.error->detail)}};
        fileArray.append(
            QJsonObject{{QStringLiteral("path"), f.path},
                        {QStringLiteral("format"), text(reportName(f.format))},
                        {QStringLiteral("error"), error},
                        {QStringLiteral("certificationPermission"),
                         f.certificationPermission ? QJsonValue(f.certificationPermission) : QJsonValue()},
                        {QStringLiteral("signatures"), sigs},
                        {QStringLiteral("notes"), QJsonArray::fromStringList(f.notes)}});
    }
    const QJsonObject root{
        {QStringLiteral("schema"), QStringLiteral("sic-verify-report")},
        {QStringLiteral("schemaVersion"), kReportSchemaVersion},
        {QStringLiteral("schemaMinorVersion"), kReportSchemaMinorVersion},
        {QStringLiteral("generator"), meta.generator},
        {QStringLiteral("validationTime"), time(meta.validationTime)},
        {QStringLiteral("online"), meta.online},
        {QStringLiteral("trustAnchors"), anchors},
        {QStringLiteral("systemTrustStore"), QJsonObject{{QStringLiteral("used"), meta.systemTrustUsed},
                                                         {QStringLiteral("count"), meta.systemTrustCount}}},
        {QStringLiteral("files"), fileArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace sic::verify

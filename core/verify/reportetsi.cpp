// The validation report of ETSI TS 119 102-2 V1.2.1 (namespace http://uri.etsi.org/19102/v1.2.1#),
// the form DSS writes and archive and case systems ingest. Written from the standard's clause 5
// and its XSD's element order; tests/data/etsi/ holds the checks (docs/verify.md).

#include "verify/reports.h"

#include <QSet>
#include <QXmlStreamWriter>

namespace sic::verify {
namespace {

constexpr char kVr[] = "http://uri.etsi.org/19102/v1.2.1#";
constexpr char kDs[] = "http://www.w3.org/2000/09/xmldsig#";

QString dateTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString mainIndication(Indication i)
{
    switch (i) {
    case Indication::TotalPassed:
        return QStringLiteral("urn:etsi:019102:mainindication:total-passed");
    case Indication::TotalFailed:
        return QStringLiteral("urn:etsi:019102:mainindication:total-failed");
    default:
        return QStringLiteral("urn:etsi:019102:mainindication:indeterminate");
    }
}

// EN 319 102-1 5.3 processes: basic (B), with time (T), long-term (LT/LTA).
QString processId(const QString &level)
{
    if (level == QLatin1String("B-LTA"))
        return QStringLiteral("urn:etsi:019102:validationprocess:LTA");
    if (level == QLatin1String("B-T") || level == QLatin1String("B-LT"))
        return QStringLiteral("urn:etsi:019102:validationprocess:LTVM");
    return QStringLiteral("urn:etsi:019102:validationprocess:Basic");
}

QString objectId(const CertificateInfo &c)
{
    return QStringLiteral("C-") + QString(c.sha256).remove(u':');
}

struct Writer
{
    QXmlStreamWriter x;
    QList<CertificateInfo> objects;
    QSet<QString> ids;

    explicit Writer(QByteArray *out) : x(out) {}

    void text(const char *name, const QString &value) { x.writeTextElement(kVr, QLatin1String(name), value); }

    QString object(const CertificateInfo &c)
    {
        const QString id = objectId(c);
        if (!ids.contains(id)) {
            ids.insert(id);
            objects << c;
        }
        return id;
    }

    void signature(const SignatureReport &s, const QString &id)
    {
        x.writeStartElement(kVr, QStringLiteral("SignatureValidationReport"));
        x.writeStartElement(kVr, QStringLiteral("SignatureIdentifier"));
        x.writeAttribute(QStringLiteral("id"), id);
        text("HashOnly", QStringLiteral("false"));
        text("DocHashOnly", QStringLiteral("false"));
        x.writeEndElement();

        x.writeStartElement(kVr, QStringLiteral("ValidationTimeInfo"));
        text("ValidationTime", dateTime(s.validationTime));
        if (s.bestSignatureTime.isValid()) {
            x.writeStartElement(kVr, QStringLiteral("BestSignatureTime"));
            text("POETime", dateTime(s.bestSignatureTime));
            text("TypeOfProof", QStringLiteral("urn:etsi:019102:poetype:validation"));
            x.writeEndElement();
        }
        x.writeEndElement();

        const bool attributes = s.claimedSigningTime.isValid() || !s.timestamps.isEmpty();
        if (attributes) {
            x.writeStartElement(kVr, QStringLiteral("SignatureAttributes"));
            if (s.claimedSigningTime.isValid()) {
                x.writeStartElement(kVr, QStringLiteral("SigningTime"));
                x.writeAttribute(QStringLiteral("Signed"), QStringLiteral("true"));
                text("Time", dateTime(s.claimedSigningTime));
                x.writeEndElement();
            }
            for (const TimestampKind kind :
                 {TimestampKind::Signature, TimestampKind::Archive, TimestampKind::Document}) {
                for (const TimestampInfo &t : s.timestamps) {
                    if (t.kind != kind || !t.time.isValid())
                        continue;
                    const char *name = t.kind == TimestampKind::Archive    ? "ArchiveTimeStamp"
                                       : t.kind == TimestampKind::Document ? "DocTimeStamp"
                                                                           : "SignatureTimeStamp";
                    x.writeStartElement(kVr, QLatin1String(name));
                    x.writeAttribute(QStringLiteral("Signed"), QStringLiteral("false"));
                    if (t.tsa) {
                        x.writeEmptyElement(kVr, QStringLiteral("AttributeObject"));
                        x.writeAttribute(QStringLiteral("VOReference"), object(*t.tsa));
                    }
                    text("TimeStampValue", dateTime(t.time));
                    x.writeEndElement();
                }
            }
            x.writeEndElement();
        }

        if (s.signer) {
            x.writeStartElement(kVr, QStringLiteral("SignerInformation"));
            x.writeEmptyElement(kVr, QStringLiteral("SignerCertificate"));
            x.writeAttribute(QStringLiteral("VOReference"), object(*s.signer));
            for (const CertificateInfo &c : s.chain)
                object(c);
            text("Signer", s.signer->commonName.isEmpty() ? s.signer->subject : s.signer->commonName);
            x.writeEndElement();
        }

        x.writeStartElement(kVr, QStringLiteral("SignatureValidationProcess"));
        text("SignatureValidationProcessID", processId(s.level));
        x.writeEndElement();

        x.writeStartElement(kVr, QStringLiteral("SignatureValidationStatus"));
        text("MainIndication", mainIndication(s.indication));
        if (s.subIndication != SubIndication::None)
            text("SubIndication",
                 QStringLiteral("urn:etsi:019102:subindication:") + subIndicationName(s.subIndication));
        x.writeEndElement();
        x.writeEndElement();
    }

    void validationObjects()
    {
        if (objects.isEmpty())
            return;
        x.writeStartElement(kVr, QStringLiteral("SignatureValidationObjects"));
        for (const CertificateInfo &c : objects) {
            x.writeStartElement(kVr, QStringLiteral("ValidationObject"));
            x.writeAttribute(QStringLiteral("id"), objectId(c));
            text("ObjectType", QStringLiteral("urn:etsi:019102:validationObject:certificate"));
            x.writeStartElement(kVr, QStringLiteral("ValidationObjectRepresentation"));
            x.writeStartElement(kVr, QStringLiteral("DigestAlgAndValue"));
            x.writeEmptyElement(kDs, QStringLiteral("DigestMethod"));
            x.writeAttribute(QStringLiteral("Algorithm"),
                             QStringLiteral("http://www.w3.org/2001/04/xmlenc#sha256"));
            x.writeTextElement(
                kDs, QStringLiteral("DigestValue"),
                QString::fromLatin1(
                    QByteArray::fromHex(QString(c.sha256).remove(u':').toLatin1()).toBase64()));
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
    }
};

} // namespace

QByteArray reportToEtsiXml(const QList<FileReport> &files, const ReportMeta &meta)
{
    QByteArray out;
    Writer w(&out);
    w.x.setAutoFormatting(true);
    w.x.writeStartDocument();
    w.x.writeNamespace(QLatin1String(kVr), QStringLiteral("vr"));
    w.x.writeNamespace(QLatin1String(kDs), QStringLiteral("ds"));
    QStringList anchors;
    for (const CertificateInfo &a : meta.trustAnchors)
        anchors << QStringLiteral("%1 (SHA-256 %2)").arg(a.subject, a.sha256);
    if (meta.systemTrustUsed)
        anchors << QStringLiteral("the operating system's trust store (%1 certificates)")
                       .arg(meta.systemTrustCount);
    // "--" may not appear in an XML comment; subjects are the only free text here.
    w.x.writeComment(QStringLiteral(" %1; validation time %2; trust anchors: %3 ")
                         .arg(meta.generator, dateTime(meta.validationTime),
                              anchors.isEmpty() ? QStringLiteral("none") : anchors.join(QStringLiteral("; ")))
                         .replace(QStringLiteral("--"), QStringLiteral("- -")));
    w.x.writeStartElement(kVr, QStringLiteral("ValidationReport"));
    int n = 0;
    for (int f = 0; f < files.size(); ++f)
        for (int i = 0; i < files[f].signatures.size(); ++i)
            w.signature(files[f].signatures[i], QStringLiteral("S-%1-%2").arg(f + 1).arg(i + 1)), ++n;
    if (n == 0) {
        // The schema needs one report; nothing was found that could be validated.
        SignatureReport none;
        none.indication = Indication::Indeterminate;
        none.subIndication = SubIndication::SignedDataNotFound;
        none.validationTime = meta.validationTime;
        w.signature(none, QStringLiteral("S-none"));
    }
    w.validationObjects();
    w.x.writeEndElement();
    w.x.writeEndDocument();
    return out;
}

} // namespace sic::verify

// Signatures in PDFs whose revision chain is damaged ("/Prev 0", a wrong startxref, a field no
// longer linked from the form) are still all found, once each, and verified; changes made through
// indirect /Annots and /Fields arrays are classified by what they add. The signatures are made
// here with OpenSSL's CMS_sign over a key and certificate generated at test time.
#include "../pdf/damagedpdf.h"

#include "base/clock.h"
#include "crypto/ossl.h"
#include "verify/indication.h"
#include "verify/verifier.h"

#include <QTemporaryDir>
#include <QTest>

#include <openssl/cms.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

using namespace sic;
using namespace sic::test;
using namespace sic::verify;

namespace {

const QDateTime kNow(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC);

struct Signer
{
    ossl::PKey key;
    ossl::X509Ptr cert;
};

Signer makeSigner()
{
    Signer s;
    s.key.reset(EVP_RSA_gen(2048));
    s.cert.reset(X509_new());
    X509 *c = s.cert.get();
    X509_set_version(c, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(c), 7);
    ASN1_TIME_set(X509_getm_notBefore(c), kNow.addYears(-1).toSecsSinceEpoch());
    ASN1_TIME_set(X509_getm_notAfter(c), kNow.addYears(1).toSecsSinceEpoch());
    X509_NAME *name = X509_get_subject_name(c);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Recovery Test"), -1, -1, 0);
    X509_set_issuer_name(c, name);
    X509_set_pubkey(c, s.key.get());
    X509_sign(c, s.key.get(), EVP_sha256());
    return s;
}

const QByteArray kRangePlaceholder = "[0 0000000000 0000000000 0000000000]";

QByteArray signatureDict()
{
    return "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange " +
           kRangePlaceholder + " /Contents <" + QByteArray(8192, '0') + "> >>";
}

// Fills the last placeholder of file: its ByteRange, then the CMS over the covered bytes.
bool signLast(QByteArray &file, const Signer &s)
{
    const qsizetype br = file.lastIndexOf(kRangePlaceholder);
    const qsizetype holeStart = file.indexOf('<', br);
    const qsizetype holeEnd = file.indexOf('>', holeStart) + 1;
    if (br < 0 || holeStart < 0 || holeEnd <= 0)
        return false;
    auto num = [](qint64 v) {
        return QByteArray::number(v).rightJustified(10, '0');
    };
    file.replace(br, kRangePlaceholder.size(),
                 "[0 " + num(holeStart) + ' ' + num(holeEnd) + ' ' + num(file.size() - holeEnd) + ']');
    const QByteArray covered = file.left(holeStart) + file.mid(holeEnd);
    ossl::Bio in(BIO_new_mem_buf(covered.constData(), int(covered.size())));
    ossl::Cms cms(CMS_sign(s.cert.get(), s.key.get(), nullptr, in.get(), CMS_DETACHED | CMS_BINARY));
    if (!cms)
        return false;
    unsigned char *der = nullptr;
    const int len = i2d_CMS_ContentInfo(cms.get(), &der);
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(der), len).toHex().toUpper();
    OPENSSL_free(der);
    if (hex.size() > holeEnd - holeStart - 2)
        return false;
    file.replace(holeStart + 1, hex.size(), hex);
    return true;
}

enum class Damage
{
    None,
    PrevZero,             // the update says "/Prev 0": the first revision is cut off
    PrevZeroUnlinked,     // ... and its form no longer lists the first field
    WrongStartxref,       // the update's startxref points into the middle of an object
    FirstTamperedPrevZero // the first revision's page content changed after the first signature
};

// What the update adds besides the second signature; the page's /Annots and the form's /Fields
// are indirect arrays (objects 10 and 11), as pdfsig and Adobe write them.
enum class Extra
{
    Nothing,
    Note,     // a text annotation on the page: an annotation change
    TextField // a new text field: a change a signature does not allow
};

QByteArray twoSignatures(const Signer &s, Damage damage, Extra extra = Extra::Nothing)
{
    QByteArray file;
    Revision first;
    first.objects[1] = "<< /Type /Catalog /Pages 2 0 R /AcroForm 5 0 R >>";
    first.objects[2] = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    first.objects[3] =
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Annots 10 0 R >>";
    first.objects[4] = "<< /Length 20 >>\nstream\nBT (signed text) ET\nendstream";
    first.objects[5] = "<< /Fields 11 0 R /SigFlags 3 >>";
    first.objects[6] =
        "<< /FT /Sig /T (Sig1) /V 7 0 R /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /P 3 0 R >>";
    first.objects[7] = signatureDict();
    first.objects[10] = "[6 0 R]";
    first.objects[11] = "[6 0 R]";
    first.size = 12;
    const qint64 xref = appendRevision(file, first);
    if (!signLast(file, s))
        return {};
    if (damage == Damage::FirstTamperedPrevZero)
        file.replace("(signed text)", "(forged text)");
    Revision update;
    update.objects[8] =
        "<< /FT /Sig /T (Sig2) /V 9 0 R /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /P 3 0 R >>";
    update.objects[9] = signatureDict();
    update.objects[10] = "[6 0 R 8 0 R]";
    update.objects[11] = damage == Damage::PrevZeroUnlinked ? "[8 0 R]" : "[6 0 R 8 0 R]";
    if (extra == Extra::Note) {
        update.objects[12] = "<< /Type /Annot /Subtype /Text /Rect [0 0 10 10] /Contents (a note) >>";
        update.objects[10] = "[6 0 R 8 0 R 12 0 R]";
    } else if (extra == Extra::TextField) {
        update.objects[12] =
            "<< /FT /Tx /T (Amount) /V (1000) /Type /Annot /Subtype /Widget /Rect [0 0 9 9] >>";
        update.objects[11] = "[6 0 R 8 0 R 12 0 R]";
    }
    update.size = 13;
    update.prev = damage == Damage::None || damage == Damage::WrongStartxref ? QByteArray::number(xref) : "0";
    appendRevision(file, update);
    if (damage == Damage::WrongStartxref) {
        const qsizetype at = file.lastIndexOf("startxref\n") + 10;
        file.replace(at, file.indexOf('\n', at) - at, QByteArray::number(xref + 25));
    }
    return signLast(file, s) ? file : QByteArray();
}

} // namespace

class TestVerifyPdfRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Signer m_signer;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_signer = makeSigner();
        QVERIFY(m_signer.key && m_signer.cert);
    }

    void damagedChain_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addColumn<QStringList>("ids");         // in order; a trailing '*' = prefix
        QTest::addColumn<QStringList>("indications"); // per signature
        const QStringList both{QStringLiteral("TOTAL_PASSED"), QStringLiteral("TOTAL_PASSED")};
        const QStringList fields{QStringLiteral("Sig1"), QStringLiteral("Sig2")};
        QTest::newRow("healthy") << int(Damage::None) << fields << both;
        QTest::newRow("/Prev 0") << int(Damage::PrevZero) << fields << both;
        QTest::newRow("/Prev 0, first field unlinked")
            << int(Damage::PrevZeroUnlinked)
            << QStringList{QStringLiteral("signature object 7*"), QStringLiteral("Sig2")} << both;
        QTest::newRow("wrong startxref") << int(Damage::WrongStartxref) << fields << both;
        QTest::newRow("first revision tampered, /Prev 0")
            << int(Damage::FirstTamperedPrevZero) << fields
            << QStringList{QStringLiteral("TOTAL_FAILED"), QStringLiteral("TOTAL_PASSED")};
    }

    void damagedChain()
    {
        QFETCH(int, damage);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, indications);
        const QByteArray bytes = twoSignatures(m_signer, Damage(damage));
        QVERIFY(!bytes.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("signed.pdf"));
        QVERIFY(writeAll(path, bytes));

        TrustStore trust;
        X509_up_ref(m_signer.cert.get());
        trust.addCertificate(ossl::X509Ptr(m_signer.cert.get()));
        ManualClock clock(kNow);
        VerifyOptions options;
        options.context.trust = &trust;
        options.context.clock = &clock;
        const FileReport r = verifyFile(path, options);
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->toString()) : "");
        QCOMPARE(r.signatures.size(), ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            const SignatureReport &s = r.signatures.at(i);
            const QString got =
                QStringLiteral("#%1 %2: %3/%4 %5")
                    .arg(i)
                    .arg(s.id, indicationName(s.indication), subIndicationName(s.subIndication), s.reason);
            if (ids[i].endsWith(u'*'))
                QVERIFY2(s.id.startsWith(ids[i].chopped(1)), qPrintable(got));
            else
                QVERIFY2(s.id == ids[i], qPrintable(got));
            QVERIFY2(indicationName(s.indication) == indications[i], qPrintable(got));
            if (indications[i] == QLatin1String("TOTAL_FAILED"))
                QVERIFY2(subIndicationName(s.subIndication) == QLatin1String("HASH_FAILURE"),
                         qPrintable(got));
        }
    }

    void indirectArrays_data()
    {
        QTest::addColumn<int>("extra");
        QTest::addColumn<bool>("modified");
        QTest::addColumn<QString>("change");
        QTest::newRow("second signature only")
            << int(Extra::Nothing) << false << "signature field added to a page";
        QTest::newRow("and a note") << int(Extra::Note) << false << "annotations added to a page";
        QTest::newRow("and a text field")
            << int(Extra::TextField) << true << "form fields were added or removed";
    }

    void indirectArrays()
    {
        QFETCH(int, extra);
        QFETCH(bool, modified);
        QFETCH(QString, change);
        const QString path = m_dir.filePath(QStringLiteral("arrays.pdf"));
        QVERIFY(writeAll(path, twoSignatures(m_signer, Damage::None, Extra(extra))));
        TrustStore trust;
        ManualClock clock(kNow);
        VerifyOptions options;
        options.context.trust = &trust;
        options.context.clock = &clock;
        const FileReport r = verifyFile(path, options);
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->toString()) : "");
        QCOMPARE(r.signatures.size(), 2);
        const SignatureReport &s = r.signatures.first();
        const QString got = s.changesAfterSigning.join(QStringLiteral("; "));
        QCOMPARE(s.modifiedAfterSigning, modified);
        QVERIFY2(s.changesAfterSigning.contains(change), qPrintable(got));
        QVERIFY2(
            !s.changesAfterSigning.contains(QStringLiteral("objects of the signed revision were changed")),
            qPrintable(got));
    }

private:
    static bool writeAll(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }
};

QTEST_GUILESS_MAIN(TestVerifyPdfRecovery)
#include "tst_verify_pdfrecovery.moc"

// Harder inputs and refusals: what is signed, what is refused (with no output left behind).
#include "localhashsigner.h"
#include "padestestutil.h"
#include "pdffixtures.h"

#include "crypto/digest.h"
#include "pades/pdfpermissions.h"
#include "pdf/reader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace sic;
using namespace sic::test;

namespace {

const QByteArray kPage = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>";
const QByteArray kPages = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";

// A fake earlier signature: the structure matters for the refusal, not the bytes.
QByteArray fakeSig(const QByteArray &reference)
{
    return "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [0 1 2 3] "
           "/Contents <00> "
           "/Reference [" +
           reference + "] >>";
}

qint64 peakRssKiB()
{
    struct rusage u
    {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace

class TestPadesInputs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pki;
    QString m_nss;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(12, 0), QTimeZone(9 * 3600))};
    std::unique_ptr<LocalHashSigner> m_signer;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString classic()
    {
        const QString in = path(QStringLiteral("classic.pdf"));
        if (!QFile::exists(in))
            writeFile(in, miniPdf());
        return in;
    }
    PadesOptions options(const QString &in, const QString &out)
    {
        PadesOptions o;
        o.input = in;
        o.output = out;
        o.clock = &m_clock;
        return o;
    }
    int leftovers() const
    {
        return QDir(m_dir.path())
            .entryList({QStringLiteral("*.sic-prepared")}, QDir::Hidden | QDir::Files)
            .size();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = testPkiDir();
        m_nss = makeNssDb(path(QStringLiteral("nss")), m_pki);
        m_signer = LocalHashSigner::fromPki(m_pki, QStringLiteral("rsa2048"), {});
        QVERIFY(m_signer);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("code");
        const QByteArray good = miniPdf();
        QTest::newRow("not a pdf") << QByteArray("hello, this is text\n") << "pdf.not_pdf";
        QTest::newRow("empty") << QByteArray() << "pdf.not_pdf";
        QTest::newRow("truncated") << good.left(good.size() / 2) << "pdf.malformed";
        QByteArray noTrailer = good;
        noTrailer.replace("trailer", "trailor");
        QTest::newRow("no trailer") << noTrailer << "pdf.malformed";
        QByteArray badXref = good;
        const qsizetype sx = badXref.lastIndexOf("startxref\n") + 10;
        badXref.insert(sx, "1");
        QTest::newRow("startxref outside") << badXref << "pdf.malformed";
        QByteArray shifted = good;
        shifted.replace("0000000015 00000 n", "0000000017 00000 n");
        QTest::newRow("broken xref offset") << shifted << "pdf.malformed";
        QTest::newRow("docmdp p1")
            << pdfFromObjects({"<< /Type /Catalog /Pages 2 0 R /Perms << /DocMDP 4 0 R >> >>", kPages, kPage,
                               fakeSig("<< /Type /SigRef /TransformMethod /DocMDP /TransformParams << /Type "
                                       "/TransformParams /P 1 /V /1.2 >> >>")})
            << "pades.certified_no_changes";
        QTest::newRow("fieldmdp all")
            << pdfFromObjects(
                   {"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> >>", kPages,
                    kPage,
                    fakeSig("<< /Type /SigRef /TransformMethod /FieldMDP /TransformParams << /Type "
                            "/TransformParams /Action /All /V /1.2 >> >>"),
                    "<< /FT /Sig /T (Author) /V 4 0 R /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /P 3 0 R "
                    ">>"})
            << "pades.fields_locked";
        QTest::newRow("lock all")
            << pdfFromObjects(
                   {"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] >> >>", kPages, kPage,
                    fakeSig(""),
                    "<< /FT /Sig /T (Author) /V 4 0 R /Lock << /Type /SigFieldLock /Action /All >> >>"})
            << "pades.fields_locked";
    }

    void refused()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, code);
        const QString in = path(QStringLiteral("refused.pdf"));
        const QString out = path(QStringLiteral("refused-signed.pdf"));
        QVERIFY(writeFile(in, input));
        auto r = signPdf(*m_signer, options(in, out));
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(!QFile::exists(out));
        QCOMPARE(leftovers(), 0);
        QCOMPARE(readFile(in), input);
    }

    void encryptedIsRefused()
    {
        const QString in = path(QStringLiteral("encrypted.pdf"));
        const auto q = runTool(QStringLiteral("qpdf"),
                               {QStringLiteral("--encrypt"), QStringLiteral("u"), QStringLiteral("o"),
                                QStringLiteral("256"), QStringLiteral("--"), classic(), in});
        QVERIFY2(q.exitCode == 0, q.output.constData());
        auto r = signPdf(*m_signer, options(in, path(QStringLiteral("encrypted-signed.pdf"))));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("pades.encrypted"));
        QVERIFY(!QFile::exists(path(QStringLiteral("encrypted-signed.pdf"))));
    }

    void allowedCertificationLevels()
    {
        // DocMDP P=2 and FieldMDP Include lists allow a new signature field.
        const QString in = path(QStringLiteral("p2.pdf"));
        writeFile(in, pdfFromObjects({"<< /Type /Catalog /Pages 2 0 R /Perms << /DocMDP 4 0 R >> /AcroForm "
                                      "<< /Fields [5 0 R] >> >>",
                                      kPages, kPage,
                                      fakeSig("<< /TransformMethod /DocMDP /TransformParams << /P 2 >> >> "
                                              "<< /TransformMethod /FieldMDP /TransformParams << /Action "
                                              "/Include /Fields [(Author)] >> >>"),
                                      "<< /FT /Sig /T (Author) /V 4 0 R /Type /Annot /Subtype /Widget /Rect "
                                      "[0 0 0 0] /P 3 0 R >>"}));
        const QString out = path(QStringLiteral("p2-signed.pdf"));
        auto r = signPdf(*m_signer, options(in, out));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), out}).exitCode, 0);
        // The new field joined the existing /Fields under a fresh name.
        auto reader = pdf::Reader::open(out);
        QVERIFY(reader);
        const auto names = pades::fieldNames(**reader);
        QVERIFY(names);
        QCOMPARE(*names, QStringList({QStringLiteral("Author"), QStringLiteral("Signature1")}));
    }

    void outputRules()
    {
        const QString in = classic();
        auto same = signPdf(*m_signer, options(in, in));
        QVERIFY(!same);
        QCOMPARE(same.error().code, QStringLiteral("io.output_is_input"));
        const QString existing = path(QStringLiteral("existing.pdf"));
        writeFile(existing, "keep me");
        auto exists = signPdf(*m_signer, options(in, existing));
        QVERIFY(!exists);
        QCOMPARE(exists.error().code, QStringLiteral("io.output_exists"));
        QCOMPARE(readFile(existing), QByteArray("keep me"));
        PadesOptions o = options(in, existing);
        o.overwrite = true;
        auto replaced = signPdf(*m_signer, o);
        QVERIFY2(replaced, qPrintable(replaced ? QString() : replaced.error().toString()));
        QVERIFY(checkSignedPdf(existing, m_nss, m_pki, 1, m_dir.path()).isEmpty());
        auto noDir = signPdf(*m_signer, options(in, path(QStringLiteral("missing/out.pdf"))));
        QVERIFY(!noDir);
        QCOMPARE(noDir.error().code, QStringLiteral("io.no_output_folder"));
        QCOMPARE(leftovers(), 0);
    }

    void wrongSignatureValueLeavesNothing()
    {
        auto bad = LocalHashSigner::fromPki(m_pki, QStringLiteral("rsa2048"), {});
        bad->setCorrupt(true);
        const QString out = path(QStringLiteral("corrupt-signed.pdf"));
        auto r = signPdf(*bad, options(classic(), out));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("sign.bad_signature_value"));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(leftovers(), 0);
    }

    void certifiedByUs_data()
    {
        QTest::addColumn<int>("permissions");
        QTest::newRow("P=1 no changes") << 1;
        QTest::newRow("P=2 form filling and signing") << 2;
    }

    void certifiedByUs()
    {
        // A real certification signature made with our writer, then a second signer.
        QFETCH(int, permissions);
        PadesOptions o = options(classic(), path(QStringLiteral("certified-p%1.pdf").arg(permissions)));
        o.certifyPermissions = permissions;
        auto certified = signPdf(*m_signer, o);
        QVERIFY2(certified, qPrintable(certified ? QString() : certified.error().toString()));
        QString problem = checkSignedPdf(*certified, m_nss, m_pki, 1, m_dir.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QByteArray certifiedBytes = readFile(*certified);
        const QString out = path(QStringLiteral("certified-p%1-signed.pdf").arg(permissions));
        auto ec = LocalHashSigner::fromPki(m_pki, QStringLiteral("ecp384"),
                                           {SignatureScheme::Kind::Ecdsa, HashAlgorithm::Sha384});
        auto second = signPdf(*ec, options(*certified, out));
        QCOMPARE(readFile(*certified), certifiedBytes);
        if (permissions == 1) {
            QVERIFY(!second);
            QCOMPARE(second.error().code, QStringLiteral("pades.certified_no_changes"));
            QVERIFY(!QFile::exists(out));
        } else {
            QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
            problem = checkSignedPdf(out, m_nss, m_pki, 2, m_dir.path());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            // A signed document cannot be certified afterwards.
            PadesOptions again = options(out, path(QStringLiteral("recertified.pdf")));
            again.certifyPermissions = 1;
            auto refused = signPdf(*m_signer, again);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, QStringLiteral("pades.cannot_certify"));
        }
    }

    void largeFileIsStreamed()
    {
        // A 48 MiB content stream: signing must not hold the file in memory.
        const QString in = path(QStringLiteral("large.pdf"));
        {
            QFile f(in);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const qint64 streamLen = 48LL << 20;
            QList<qint64> offsets;
            f.write("%PDF-1.7\n");
            offsets << f.pos();
            f.write("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
            offsets << f.pos();
            f.write("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
            offsets << f.pos();
            f.write(
                "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>\nendobj\n");
            offsets << f.pos();
            f.write("4 0 obj\n<< /Length " + QByteArray::number(streamLen) + " >>\nstream\n");
            const QByteArray chunk = QByteArray("q Q\n").repeated(1 << 18); // 1 MiB
            for (qint64 done = 0; done < streamLen; done += chunk.size())
                f.write(chunk);
            f.write("\nendstream\nendobj\n");
            const qint64 xref = f.pos();
            f.write("xref\n0 5\n0000000000 65535 f\r\n");
            for (qint64 off : offsets)
                f.write(QByteArray::number(off).rightJustified(10, '0') + " 00000 n\r\n");
            f.write("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) +
                    "\n%%EOF\n");
        }
        const qint64 before = peakRssKiB();
        const QString out = path(QStringLiteral("large-signed.pdf"));
        auto r = signPdf(*m_signer, options(in, out));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        const qint64 grown = peakRssKiB() - before;
#ifdef __SANITIZE_ADDRESS__
        // ASan keeps freed buffers in quarantine, so peak RSS says nothing about our buffers there.
        qInfo() << "peak RSS bound not checked under AddressSanitizer; grew by" << grown << "KiB";
#else
        QVERIFY2(grown < 24 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(grown)));
#endif
        const auto sigs = signaturesIn(out);
        QCOMPARE(sigs.size(), 1);
        QCOMPARE(sigs[0].byteRange[2] + sigs[0].byteRange[3], QFileInfo(out).size());
        const auto check =
            runTool(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), QStringLiteral("sql:") + m_nss,
                                               QStringLiteral("-no-ocsp"), out});
        QVERIFY2(check.output.contains("Signature is Valid") &&
                     check.output.contains("Total document signed"),
                 check.output.constData());
        QFile::remove(in);
        QFile::remove(out);
    }

    void countersignAndUnicode()
    {
        MiniPdf mp;
        mp.withForm = true;
        mp.formFieldName = QStringLiteral("氏名");
        const QString in = path(QStringLiteral("unicode.pdf"));
        writeFile(in, miniPdf(mp));
        const QByteArray before = readFile(in);
        auto jp = LocalHashSigner::fromPki(m_pki, QStringLiteral("japanese"), {});
        PadesOptions o = options(in, path(QStringLiteral("unicode-1.pdf")));
        o.fieldName = QStringLiteral("署名欄");
        o.reason = QStringLiteral("契約に同意します");
        o.location = QStringLiteral("東京");
        o.contactInfo = QStringLiteral("taro@example.jp");
        auto first = signPdf(*jp, o);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(readFile(in), before);
        QString problem = checkSignedPdf(*first, m_nss, m_pki, 1, m_dir.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Countersign with another key and algorithm; the same field name is taken, so it gets a suffix.
        auto ec = LocalHashSigner::fromPki(m_pki, QStringLiteral("ecp256"),
                                           {SignatureScheme::Kind::Ecdsa, HashAlgorithm::Sha256});
        PadesOptions o2 = options(*first, path(QStringLiteral("unicode-2.pdf")));
        o2.fieldName = QStringLiteral("署名欄");
        auto second = signPdf(*ec, o2);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
        problem = checkSignedPdf(*second, m_nss, m_pki, 2, m_dir.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString report =
            QString::fromUtf8(runTool(QStringLiteral("pdfsig"), {QStringLiteral("-nocert"), *second}).output);
        QVERIFY2(report.contains(QStringLiteral("署名欄")) && report.contains(QStringLiteral("署名欄1")),
                 qPrintable(report));
        // pdfsig does not print /Reason: read the first signature dictionary back.
        auto reader = pdf::Reader::open(*second);
        QVERIFY(reader);
        auto catalog = (*reader)->object((*reader)->trailer().get("Root").ref);
        auto form = (*reader)->resolvedGet(*catalog, "AcroForm");
        auto fields = (*reader)->resolvedGet(*form, "Fields");
        QVERIFY(fields && fields->isArray() && fields->array.size() == 3);
        auto field = (*reader)->resolve(fields->array[1]);
        auto sig = (*reader)->resolvedGet(*field, "V");
        QVERIFY(sig && sig->isDict());
        QCOMPARE(pdf::textString(sig->get("Reason").bytes), o.reason);
        QCOMPARE(pdf::textString(sig->get("Location").bytes), o.location);
        QCOMPARE(sig->get("M").bytes, QByteArray("D:20261121120000+09'00'"));
    }
};

QTEST_GUILESS_MAIN(TestPadesInputs)
#include "tst_padesinputs.moc"

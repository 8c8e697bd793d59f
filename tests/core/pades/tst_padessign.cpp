// End-to-end PAdES signing with a local key, checked by pdfsig, qpdf and openssl.
#include "localhashsigner.h"
#include "padestestutil.h"
#include "pdffixtures.h"

#include "base/clock.h"
#include "crypto/digest.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sic;
using namespace sic::test;

class TestPadesSign : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pki;
    QString m_nss;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(12, 0), QTimeZone(9 * 3600))};

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // kind: classic, xrefstream, linearized, form, pdfsig (already signed by poppler/NSS)
    QString makeInput(const QString &kind)
    {
        const QString base = path(kind + QStringLiteral("-src.pdf"));
        const QString in = path(kind + QStringLiteral(".pdf"));
        if (QFile::exists(in))
            return in;
        MiniPdf mp;
        mp.withForm = kind == QStringLiteral("form");
        mp.pages = kind == QStringLiteral("linearized") ? 3 : 1;
        if (kind == QStringLiteral("hybrid")) {
            writeFile(in, hybridPdf());
            return in;
        }
        writeFile(base, miniPdf(mp));
        QStringList args;
        if (kind == QStringLiteral("xrefstream") || kind == QStringLiteral("pdfsig"))
            args << QStringLiteral("--object-streams=generate");
        else if (kind == QStringLiteral("linearized"))
            args << QStringLiteral("--linearize");
        else
            args << QStringLiteral("--object-streams=disable");
        const auto r = runTool(QStringLiteral("qpdf"), args << base << in);
        if (r.exitCode != 0)
            qWarning() << "qpdf:" << r.output;
        if (kind == QStringLiteral("pdfsig")) {
            const QString unsignedCopy = path(QStringLiteral("pdfsig-unsigned.pdf"));
            QFile::rename(in, unsignedCopy);
            const QString db =
                makeNssDb(path(QStringLiteral("nss-signer")), m_pki, QStringLiteral("rsa2048"));
            const auto s = runTool(QStringLiteral("pdfsig"),
                                   {QStringLiteral("-nssdir"), QStringLiteral("sql:") + db,
                                    QStringLiteral("-add-signature"), QStringLiteral("-nick"),
                                    QStringLiteral("SIC Test Signer rsa2048"), unsignedCopy, in});
            if (s.exitCode != 0)
                qWarning() << "pdfsig -add-signature:" << s.output;
        }
        return in;
    }

    PadesOptions options(const QString &in, const QString &out)
    {
        PadesOptions o;
        o.input = in;
        o.output = out;
        o.clock = &m_clock;
        o.reason = QStringLiteral("Approval");
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = testPkiDir();
        QVERIFY2(QFile::exists(m_pki + QStringLiteral("/pki.json")), "run the pki fixture first");
        m_nss = makeNssDb(path(QStringLiteral("nss-verify")), m_pki);
    }

    void sign_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("scheme");
        QTest::addColumn<int>("hash");
        QTest::addColumn<int>("existing");
        const int pkcs1 = int(SignatureScheme::Kind::RsaPkcs1), pss = int(SignatureScheme::Kind::RsaPss),
                  ec = int(SignatureScheme::Kind::Ecdsa);
        const int sha256 = int(HashAlgorithm::Sha256), sha384 = int(HashAlgorithm::Sha384);
        QTest::newRow("classic rsa pkcs1") << "classic"
                                           << "rsa2048" << pkcs1 << sha256 << 0;
        QTest::newRow("classic rsa pss") << "classic"
                                         << "rsa3072" << pss << sha256 << 0;
        QTest::newRow("classic ecdsa p256") << "classic"
                                            << "ecp256" << ec << sha256 << 0;
        QTest::newRow("xrefstream ecdsa p384") << "xrefstream"
                                               << "ecp384" << ec << sha384 << 0;
        QTest::newRow("xrefstream rsa pkcs1") << "xrefstream"
                                              << "rsa2048" << pkcs1 << sha256 << 0;
        QTest::newRow("linearized rsa pss") << "linearized"
                                            << "rsa2048" << pss << sha256 << 0;
        QTest::newRow("hybrid rsa pkcs1") << "hybrid"
                                          << "rsa2048" << pkcs1 << sha256 << 0;
        QTest::newRow("form rsa pkcs1") << "form"
                                        << "rsa2048" << pkcs1 << sha256 << 0;
        QTest::newRow("signed by pdfsig") << "pdfsig"
                                          << "rsa3072" << pkcs1 << sha256 << 1;
    }

    void sign()
    {
        QFETCH(QString, kind);
        QFETCH(QString, key);
        QFETCH(int, scheme);
        QFETCH(int, hash);
        QFETCH(int, existing);
        const QString in = makeInput(kind);
        QVERIFY(QFile::exists(in));
        const QByteArray before = digestFile(in, HashAlgorithm::Sha256).value();
        auto signer =
            LocalHashSigner::fromPki(m_pki, key, {SignatureScheme::Kind(scheme), HashAlgorithm(hash)});
        QVERIFY(signer);
        const QString out = path(kind + u'-' + key + QString::number(scheme) + QStringLiteral("-signed.pdf"));
        auto result = signPdf(*signer, options(in, out));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(*result, out);
        QCOMPARE(digestFile(in, HashAlgorithm::Sha256).value(), before);
        const QString problem = checkSignedPdf(out, m_nss, m_pki, existing + 1, m_dir.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // No temporary file is left next to the output.
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("*.sic-prepared")}, QDir::Hidden | QDir::Files)
                     .size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestPadesSign)
#include "tst_padessign.moc"

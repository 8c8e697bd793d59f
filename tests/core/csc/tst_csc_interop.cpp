// The shipped sic-cli against the development RSSP in each provider variance mode (issue #14,
// docs/devrssp.md "Provider variance switches"): per mode a PDF and an XML are signed (by
// detection, or with the profile `sic-cli doctor` suggests), checked by pdfsig/qpdf/openssl and
// xmlsec1; and where a mode has a condition that cannot be worked around, the run fails before
// any authorization (the RSSP's audit log shows none) with a sentence that names the cause.
#include "cscintegration.h"
#include "pdffixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace sic::test;

namespace {

const QByteArray kInvoice = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<invoice><id>14</id><total currency=\"JPY\">1000</total></invoice>\n";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonArray results() const
    {
        return QJsonDocument::fromJson(out).object().value(QStringLiteral("results")).toArray();
    }
};

Run cli(const QStringList &args, const QByteArray &stdinData)
{
    QProcess p;
    p.start(QStringLiteral(SIC_CLI_BINARY), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TstCscInterop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    DevRssp m_rssp;
    QString m_nss;
    int m_run = 0;

    QString caBundle() const { return m_rssp.ready().value(QStringLiteral("ca_bundle")).toString(); }
    QByteArray secrets(int otps = 1, bool withOtp = true)
    {
        QByteArray s = "password=" + m_rssp.password().toUtf8() + "\npin=" + m_rssp.pin().toUtf8() + "\n";
        for (int i = 0; withOtp && i < otps; ++i)
            s += "otp=" + m_rssp.nextTotp().toUtf8() + "\n";
        return s;
    }
    // Records of one type in the RSSP's audit log (authorize, authorize_failed, sign, ...).
    int audited(const QString &type) const
    {
        QFile f(m_tmp.filePath(QStringLiteral("rssp/audit.jsonl")));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        int n = 0;
        for (const QByteArray &line : f.readAll().split('\n'))
            n += QJsonDocument::fromJson(line).object().value(QStringLiteral("type")).toString() == type;
        return n;
    }
    int authorizations() const
    {
        return audited(QStringLiteral("authorize")) + audited(QStringLiteral("authorize_failed"));
    }

    // A fresh PDF and XML in their own folder, signed with sic-cli sign --json.
    Run signPdfAndXml(const QString &url, const QStringList &extra, const QByteArray &stdinData, int pdfs = 1,
                      QStringList *outputs = nullptr)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("run%1").arg(++m_run));
        QDir().mkpath(dir);
        QStringList files;
        for (int i = 0; i < pdfs; ++i) {
            files << dir + QStringLiteral("/contract%1.pdf").arg(i);
            writeFile(files.last(), miniPdf());
        }
        files << dir + QStringLiteral("/invoice.xml");
        writeFile(files.last(), kInvoice);
        QStringList args{QStringLiteral("sign"),
                         QStringLiteral("--rssp"),
                         url,
                         QStringLiteral("--ca-bundle"),
                         caBundle(),
                         QStringLiteral("--user"),
                         m_rssp.user(),
                         QStringLiteral("--credential"),
                         QStringLiteral("cred-rsa2048-totp"),
                         QStringLiteral("--secrets-stdin"),
                         QStringLiteral("--json")};
        Run r = cli(args + extra + files, stdinData);
        if (outputs) {
            for (const QJsonValue &v : r.results())
                *outputs << v.toObject().value(QStringLiteral("signedDocument")).toString();
        }
        return r;
    }
    // pdfsig + qpdf + openssl for the PDFs, xmlsec1 for the XML: tools we did not write.
    QString checkOutputs(const QStringList &outputs, int expected)
    {
        if (outputs.size() != expected)
            return QStringLiteral("%1 outputs, expected %2").arg(outputs.size()).arg(expected);
        for (const QString &out : outputs) {
            if (out.endsWith(QLatin1String(".pdf"))) {
                const QString problem = checkSignedPdf(out, m_nss, m_rssp.pkiDir(), 1, m_tmp.path());
                if (!problem.isEmpty())
                    return out + QStringLiteral(": ") + problem;
            } else {
                const ProcessResult x = runTool(
                    QStringLiteral("xmlsec1"),
                    {QStringLiteral("--verify"), QStringLiteral("--trusted-pem"),
                     m_rssp.pkiDir() + QStringLiteral("/trust/root.pem"), QStringLiteral("--untrusted-pem"),
                     m_rssp.pkiDir() + QStringLiteral("/intermediate/ca.pem"), QStringLiteral("--id-attr:Id"),
                     QStringLiteral("http://uri.etsi.org/01903/v1.3.2#:SignedProperties"), out});
                if (x.exitCode != 0)
                    return out + QStringLiteral(": xmlsec1: ") + QString::fromUtf8(x.output);
            }
        }
        return {};
    }
    QString writeProfile(const QString &name, const QByteArray &json)
    {
        const QString path = m_tmp.filePath(name);
        writeFile(path, json);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const auto started = m_rssp.start(m_tmp.filePath(QStringLiteral("rssp")));
        QVERIFY2(started.ok(), qPrintable(started.error));
        m_nss = makeNssDb(m_tmp.filePath(QStringLiteral("nss")), m_rssp.pkiDir());
    }
    void init() { QVERIFY(m_rssp.setQuirks({})); }

    // v1-only-401: the v2 probe gets a bare 401; the client moves on to v1 without sending a password.
    void v1OnlyWith401()
    {
        QVERIFY(m_rssp.setQuirks({QStringLiteral("v1-only-401")}));
        QStringList outputs;
        const Run r = signPdfAndXml(m_rssp.base(), {}, secrets(), 1, &outputs);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString problem = checkOutputs(outputs, 2);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A profile that insists on v2 cannot work here: said before any login or authorization.
        const int before = authorizations();
        const Run strict = signPdfAndXml(
            m_rssp.base(), {QStringLiteral("--provider"), QStringLiteral("strict-csc-v2")}, secrets());
        QCOMPARE(strict.exitCode, 4);
        QVERIFY2(strict.err.contains("No signature service (CSC API) answered") &&
                     strict.err.contains("[csc.not_offered]"),
                 strict.err.constData());
        QVERIFY2(!strict.err.contains("password"), strict.err.constData());
        QCOMPARE(authorizations(), before);
    }

    // presence-bool: PIN/OTP presence as JSON booleans, OTP without type (v1).
    void presenceAsBooleans()
    {
        QVERIFY(m_rssp.setQuirks({QStringLiteral("presence-bool")}));
        QStringList outputs;
        const Run r = signPdfAndXml(m_rssp.cscV1(), {}, secrets(), 1, &outputs);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString problem = checkOutputs(outputs, 2);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A script without the OTP: refused before the request (which would spend a PIN attempt).
        const int before = authorizations();
        const Run missing = signPdfAndXml(m_rssp.cscV1(), {}, secrets(1, false));
        QCOMPARE(missing.exitCode, 4);
        const QJsonObject error =
            missing.results().at(0).toObject().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("csc.missing_factor"));
        QVERIFY2(
            error.value(QStringLiteral("message")).toString().contains(QStringLiteral("one-time password")),
            qPrintable(error.value(QStringLiteral("message")).toString()));
        QCOMPARE(authorizations(), before);
    }

    // numbers-as-strings: numbers come as strings and must go as strings; detected from the answers.
    void numbersAsStrings()
    {
        QVERIFY(m_rssp.setQuirks({QStringLiteral("numbers-as-strings")}));
        QStringList outputs;
        const Run r = signPdfAndXml(m_rssp.cscV2(), {}, secrets(), 1, &outputs);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString problem = checkOutputs(outputs, 2);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A profile that forces JSON numbers: the service's refusal is named, and it came before
        // the PIN was checked (no failed attempt recorded).
        const QString json =
            writeProfile(QStringLiteral("numbers-json.json"),
                         "{\"format\":\"sic-provider-profile\",\"version\":1,\"numbers\":\"json\"}");
        const int failedBefore = audited(QStringLiteral("authorize_failed"));
        const Run forced = signPdfAndXml(m_rssp.cscV2(), {QStringLiteral("--provider"), json}, secrets());
        QCOMPARE(forced.exitCode, 4);
        const QJsonObject error = forced.results().at(0).toObject().value(QStringLiteral("error")).toObject();
        QVERIFY2(error.value(QStringLiteral("detail")).toString().contains(QStringLiteral("numSignatures")),
                 forced.out.constData());
        QCOMPARE(audited(QStringLiteral("authorize_failed")), failedBefore);
    }

    // method-spelling: signHash lives at signatures/signhash, as info.methods says.
    void methodSpelledDifferently()
    {
        QVERIFY(m_rssp.setQuirks({QStringLiteral("method-spelling")}));
        QStringList outputs;
        const Run r = signPdfAndXml(m_rssp.cscV2(), {}, secrets(), 1, &outputs);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString problem = checkOutputs(outputs, 2);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // rsa-key-oid-only: key/algo lists only rsaEncryption and signHash refuses it as signAlgo.
    void rsaEncryptionOnlyAndRefused()
    {
        QVERIFY(m_rssp.setQuirks({QStringLiteral("rsa-key-oid-only")}));
        const int authBefore = audited(QStringLiteral("authorize"));
        QStringList outputs;
        const Run r = signPdfAndXml(m_rssp.cscV2(), {}, secrets(), 1, &outputs);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString problem = checkOutputs(outputs, 2);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(audited(QStringLiteral("authorize")), authBefore + 1); // the retry needed no second one
        // RSASSA-PSS asked for on a credential that does not list it: refused before authorizing.
        const int before = authorizations();
        const Run pss =
            cli({QStringLiteral("sign-hash"), QStringLiteral("--rssp"), m_rssp.cscV2(),
                 QStringLiteral("--ca-bundle"), caBundle(), QStringLiteral("--user"), m_rssp.user(),
                 QStringLiteral("--credential"), QStringLiteral("cred-rsa2048-totp"),
                 QStringLiteral("--hash-alg"), QStringLiteral("sha256"), QStringLiteral("--hash"),
                 QString::fromLatin1(QByteArray(32, 'h').toBase64()), QStringLiteral("--pss"),
                 QStringLiteral("--secrets-stdin")},
                secrets());
        QCOMPARE(pss.exitCode, 4);
        QVERIFY2(pss.err.contains("RSASSA-PSS") && pss.err.contains("[csc.unsupported]"),
                 pss.err.constData());
        QCOMPARE(authorizations(), before);
    }

    // one-hash-per-call: one value per signHash call; the rest follows under the same SAD.
    void oneHashPerCall()
    {
        QVERIFY(m_rssp.setQuirks({QStringLiteral("one-hash-per-call")}));
        const int authBefore = audited(QStringLiteral("authorize"));
        const int signBefore = audited(QStringLiteral("sign"));
        QStringList outputs;
        const Run r = signPdfAndXml(m_rssp.cscV2(), {}, secrets(), 2, &outputs);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString problem = checkOutputs(outputs, 3);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(audited(QStringLiteral("authorize")), authBefore + 1);
        QCOMPARE(audited(QStringLiteral("sign")), signBefore + 3);
    }
    // ... and a SAD good for one call: one authorization per document, the signer told why.
    void oneHashPerCallAndSadPerCall()
    {
        QVERIFY(m_rssp.setQuirks({QStringLiteral("one-hash-per-call"), QStringLiteral("sad-single-call")}));
        const int authBefore = audited(QStringLiteral("authorize"));
        QStringList outputs;
        const Run r = signPdfAndXml(m_rssp.cscV2(), {}, secrets(2), 1, &outputs);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString problem = checkOutputs(outputs, 2);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(audited(QStringLiteral("authorize")), authBefore + 2);
        QVERIFY2(r.err.contains("signs one document per call"), r.err.constData());
    }

    // no-timestamp: B-T through the RSSP is refused before any authorization; a TSA URL works.
    void noTimestampMethod()
    {
        QVERIFY(m_rssp.setQuirks({QStringLiteral("no-timestamp")}));
        const int before = authorizations();
        const Run bt =
            signPdfAndXml(m_rssp.cscV2(),
                          {QStringLiteral("--level"), QStringLiteral("B-T"), QStringLiteral("--tsa-trust"),
                           m_rssp.pkiDir() + QStringLiteral("/trust")},
                          secrets());
        QCOMPARE(bt.exitCode, 4);
        QVERIFY2(bt.err.contains("does not offer signatures/timestamp") &&
                     bt.err.contains("[csc.not_offered]"),
                 bt.err.constData());
        QVERIFY2(!bt.err.contains("later"), bt.err.constData());
        QCOMPARE(authorizations(), before);
        QStringList outputs;
        const Run tsa =
            signPdfAndXml(m_rssp.cscV2(),
                          {QStringLiteral("--level"), QStringLiteral("B-T"), QStringLiteral("--tsa"),
                           m_rssp.ready().value(QStringLiteral("tsa")).toString(),
                           QStringLiteral("--tsa-trust"), m_rssp.pkiDir() + QStringLiteral("/trust")},
                          secrets(), 1, &outputs);
        QVERIFY2(tsa.exitCode == 0, (tsa.err + tsa.out).constData());
        const QString problem = checkOutputs(outputs, 2);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // access-denied: every refused authorization is 403 access_denied; the description tells
    // wrong PIN from wrong OTP, and a refused call is named. The normal output shows code and detail.
    void accessDeniedIsNotALoginFailure()
    {
        QVERIFY(m_rssp.setQuirks({QStringLiteral("access-denied")}));
        QByteArray wrong = "password=" + m_rssp.password().toUtf8() +
                           "\npin=000000\notp=" + m_rssp.nextTotp().toUtf8() + "\n";
        const QString dir = m_tmp.filePath(QStringLiteral("denied"));
        QDir().mkpath(dir);
        writeFile(dir + QStringLiteral("/c.pdf"), miniPdf());
        const QStringList base{QStringLiteral("sign"),
                               QStringLiteral("--rssp"),
                               m_rssp.cscV2(),
                               QStringLiteral("--ca-bundle"),
                               caBundle(),
                               QStringLiteral("--user"),
                               m_rssp.user(),
                               QStringLiteral("--secrets-stdin"),
                               dir + QStringLiteral("/c.pdf")};
        const Run pin = cli(
            base + QStringList{QStringLiteral("--credential"), QStringLiteral("cred-rsa2048-totp")}, wrong);
        QCOMPARE(pin.exitCode, 4);
        QVERIFY2(pin.out.contains("The PIN is wrong") && pin.out.contains("error code") &&
                     pin.out.contains("csc.wrong_pin") && pin.out.contains("access_denied"),
                 pin.out.constData());
        QVERIFY2(!pin.out.contains("user name and password"), pin.out.constData());
        m_rssp.admin(
            {QStringLiteral("unlock"), QStringLiteral("--credential"), QStringLiteral("cred-rsa2048-totp")});
        const Run refused = cli(
            base + QStringList{QStringLiteral("--credential"), QStringLiteral("cred-p384-totp")}, secrets());
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.out.contains("refused credentials/authorize") &&
                     refused.out.contains("csc.service_refused"),
                 refused.out.constData());
    }

    // doctor: versions, info, clock, credentials; its suggested profile makes the signing work.
    void doctorSuggestsAProfileThatWorks()
    {
        QVERIFY(m_rssp.setQuirks({QStringLiteral("v1-only-401"), QStringLiteral("numbers-as-strings"),
                                  QStringLiteral("method-spelling"), QStringLiteral("no-timestamp")}));
        const QString profile = m_tmp.filePath(QStringLiteral("suggested.json"));
        const QByteArray password = "password=" + m_rssp.password().toUtf8() + "\n";
        const Run r = cli({QStringLiteral("doctor"), QStringLiteral("--rssp"), m_rssp.base(),
                           QStringLiteral("--ca-bundle"), caBundle(), QStringLiteral("--user"), m_rssp.user(),
                           QStringLiteral("--secrets-stdin"), QStringLiteral("--json"),
                           QStringLiteral("--write-profile"), profile},
                          password);
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QMap<QString, QString> verdicts;
        for (const QJsonValue &v : report.value(QStringLiteral("steps")).toArray())
            verdicts.insert(v.toObject().value(QStringLiteral("id")).toString(),
                            v.toObject().value(QStringLiteral("verdict")).toString());
        for (const char *id : {"tls", "versions", "info", "clock", "login", "credential", "logout"})
            QVERIFY2(verdicts.value(QLatin1String(id)) == QLatin1String("ok") ||
                         verdicts.value(QLatin1String(id)) == QLatin1String("warning"),
                     qPrintable(
                         QStringLiteral("%1: %2").arg(QLatin1String(id), verdicts.value(QLatin1String(id)))));
        QCOMPARE(verdicts.value(QStringLiteral("timestamps")), QStringLiteral("warning"));
        QVERIFY(!r.out.contains(m_rssp.password().toUtf8()));
        const QJsonObject suggested = report.value(QStringLiteral("suggestedProfile")).toObject();
        QCOMPARE(suggested.value(QStringLiteral("service"))
                     .toObject()
                     .value(QStringLiteral("apiVersion"))
                     .toString(),
                 QStringLiteral("1"));
        QCOMPARE(suggested.value(QStringLiteral("numbers")).toString(), QStringLiteral("strings"));
        QCOMPARE(suggested.value(QStringLiteral("timestamps")).toString(), QStringLiteral("none"));
        QCOMPARE(suggested.value(QStringLiteral("methodPaths"))
                     .toObject()
                     .value(QStringLiteral("signatures/signHash"))
                     .toString(),
                 QStringLiteral("signatures/signhash"));
        QStringList outputs;
        const Run signed_ =
            signPdfAndXml(m_rssp.base(), {QStringLiteral("--provider"), profile}, secrets(), 1, &outputs);
        QVERIFY2(signed_.exitCode == 0, signed_.err.constData());
        const QString problem = checkOutputs(outputs, 2);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // The server clock two minutes ahead: the clock line warns (TOTP codes would fail).
        m_rssp.advanceClock(120);
        const Run late = cli({QStringLiteral("doctor"), QStringLiteral("--rssp"), m_rssp.base(),
                              QStringLiteral("--ca-bundle"), caBundle(), QStringLiteral("--tsa"),
                              m_rssp.ready().value(QStringLiteral("tsa")).toString()},
                             {});
        m_rssp.advanceClock(-120);
        QCOMPARE(late.exitCode, 0);
        QVERIFY2(late.out.contains("[warn]  Clock"), late.out.constData());
        QVERIFY2(late.out.contains("[ ok ]  Time-stamp authority"), late.out.constData()); // --tsa, no login
    }
    void doctorNamesAnUntrustedServer()
    {
        const Run r = cli({QStringLiteral("doctor"), QStringLiteral("--rssp"), m_rssp.base()}, {});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.out.contains("[FAIL]  Connection and TLS"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TstCscInterop)
#include "tst_csc_interop.moc"

// The engine's factory: one format-picking rule (MIME inheritance), default output names, and the
// same refusals for both front ends, before anything is read or written.
#include "engine/formats.h"
#include "engine/policy.h"
#include "engine/signrequest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sic;
using namespace sic::engine;

class TestSignRequest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void builtInFormats()
    {
        const FormatRegistry &r = formats();
        QCOMPARE(r.ids(), (QStringList{QStringLiteral("pades"), QStringLiteral("xades")}));
        QCOMPARE(r.levels(), (QList<SignatureLevel>{SignatureLevel::B_B, SignatureLevel::B_T}));
        QCOMPARE(levelName(SignatureLevel::B_LTA), QStringLiteral("B-LTA"));
        QCOMPARE(parseLevel(u"b-lt"), std::optional(SignatureLevel::B_LT));
        QVERIFY(!parseLevel(u"B-X"));
        QCOMPARE(parsePackaging(u"auto"), std::nullopt);
    }

    void autoRule()
    {
        SignRequest req;
        req.files = {file(QStringLiteral("a.pdf"), "%PDF-1.7\n"), file(QStringLiteral("b.xml"), "<a/>"),
                     // XML by inheritance, not by the name's ending: SVG is image/svg+xml.
                     file(QStringLiteral("c.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
                     file(QStringLiteral("d.bin"), QByteArray("\x00\x01\x02", 3))};
        QVERIFY(checkRequest(req, formats()));
        const QList<PlannedDocument> plan = planDocuments(req, formats());
        QCOMPARE(plan.size(), 4);
        QCOMPARE(plan[0].format, QStringLiteral("pades"));
        QCOMPARE(QFileInfo(plan[0].output).fileName(), QStringLiteral("a-signed.pdf"));
        QCOMPARE(plan[1].format, QStringLiteral("xades"));
        QCOMPARE(plan[1].packaging, Packaging::Enveloped);
        QCOMPARE(QFileInfo(plan[1].output).fileName(), QStringLiteral("b-signed.xml"));
        QCOMPARE(plan[2].packaging, Packaging::Enveloped);
        QCOMPARE(plan[3].format, QStringLiteral("xades"));
        QCOMPARE(plan[3].packaging, Packaging::Detached);
        QCOMPARE(QFileInfo(plan[3].output).fileName(), QStringLiteral("d.bin.xades-detached.xml"));
        for (const PlannedDocument &d : plan)
            QVERIFY(!d.refused);
    }

    void refusals()
    {
        SignRequest req;
        req.files = {file(QStringLiteral("e.bin"), "binary"), file(QStringLiteral("f.xml"), "<a/>")};
        req.packaging = Packaging::Enveloped;
        QList<PlannedDocument> plan = planDocuments(req, formats());
        QCOMPARE(plan[0].refused->code, QStringLiteral("xades.not_xml"));
        QVERIFY(!plan[1].refused);

        req.packaging.reset();
        req.format = QStringLiteral("pades");
        plan = planDocuments(req, formats());
        QCOMPARE(plan[1].refused->code, QStringLiteral("pades.not_pdf"));

        // A refused document fails on its own row: its session reports the refusal on prepare.
        auto sessions = makeSessions(req, plan, formats(), nullptr);
        QCOMPARE(sessions.size(), size_t(2));
        auto r = sessions[1]->prepare({});
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("pades.not_pdf"));
        QCOMPARE(sessions[1]->inputs(), plan[1].inputs);
    }

    void requestErrors()
    {
        SignRequest req;
        QCOMPARE(checkRequest(req, formats()).error().code, QStringLiteral("sign.no_files"));
        req.files = {file(QStringLiteral("g.xml"), "<a/>")};
        req.format = QStringLiteral("cades");
        QCOMPARE(checkRequest(req, formats()).error().code, QStringLiteral("sign.unknown_format"));
        req.format = QStringLiteral("auto");
        req.level = SignatureLevel::B_LTA;
        QCOMPARE(checkRequest(req, formats()).error().code, QStringLiteral("sign.level_unsupported"));
        req.level = SignatureLevel::B_T;
        // A time-stamp with nothing to check it against: refused before any login.
        QCOMPARE(checkRequest(req, formats()).error().code, QStringLiteral("sign.no_tsa_trust"));
        req.trust.anchors = file(QStringLiteral("anchors.pem"), "not read by checkRequest");
        req.outputFolder = m_dir.filePath(QStringLiteral("missing"));
        QCOMPARE(checkRequest(req, formats()).error().code, QStringLiteral("io.no_output_folder"));
        req.outputFolder = m_dir.path();
        req.outputNames = {QStringLiteral("x.xml"), QStringLiteral("y.xml")};
        QCOMPARE(checkRequest(req, formats()).error().code, QStringLiteral("sign.output_names"));
        req.outputNames = {QStringLiteral("x.xml")};
        QVERIFY(checkRequest(req, formats()));
        QCOMPARE(planDocuments(req, formats()).first().output,
                 QDir(m_dir.path()).filePath(QStringLiteral("x.xml")));
    }

    void policyBindsTheCommandLine()
    {
        // An administrator's policy file (written here the way the settings are) locks the service
        // with its pin, the TSA and the trust anchors.
        const QString policyFile = m_dir.filePath(QStringLiteral("policy.ini"));
        AppSettings admin;
        RsspProfile allowed;
        allowed.name = QStringLiteral("corp");
        allowed.url = QUrl(QStringLiteral("https://rssp.example/csc/v2"));
        allowed.spkiSha256 = {QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")};
        admin.rssps = {allowed};
        admin.selectedRssp = allowed.name;
        admin.tsaUrl = QUrl(QStringLiteral("https://tsa.example/"));
        admin.trustAnchors = m_dir.path();
        QVERIFY(SettingsStore(policyFile, m_dir.filePath(QStringLiteral("none.ini"))).save(admin));
        const SettingsStore store(m_dir.filePath(QStringLiteral("user.ini")), policyFile);
        QVERIFY(store.isLocked(SettingKey::Rssps));

        SignRequest req;
        RsspProfile profile;
        profile.url = QUrl(QStringLiteral("https://rssp.example/csc/v2/"));
        bool online = false;
        QVERIFY(applyPolicy(store, {}, req, profile, online));
        QCOMPARE(profile.spkiSha256, allowed.spkiSha256); // the pin binds the CLI too
        QCOMPARE(req.tsaUrl, admin.tsaUrl);
        QCOMPARE(req.trust.anchors, admin.trustAnchors);

        profile.url = QUrl(QStringLiteral("https://elsewhere.example/csc/v2"));
        QCOMPARE(applyPolicy(store, {}, req, profile, online).error().code,
                 QStringLiteral("policy.rssp_not_allowed"));

        profile.url = allowed.url;
        req.tsaUrl = QUrl(QStringLiteral("https://my-own-tsa.example/"));
        QCOMPARE(applyPolicy(store, {.tsa = true}, req, profile, online).error().code,
                 QStringLiteral("policy.locked"));
    }

    void registeredFormatTakesPart()
    {
        // A format registered from outside the engine is chosen by "auto" when it prefers a file
        // and has the priority, and brings its own level.
        SignatureFormat fake;
        fake.id = QStringLiteral("fake");
        fake.name = QStringLiteral("Fake");
        fake.levels = {SignatureLevel::B_LTA};
        fake.packagings = {Packaging::Detached};
        fake.autoPriority = 200;
        fake.prefers = [](const QMimeType &t) {
            return t.inherits(QStringLiteral("text/plain"));
        };
        fake.defaultPackaging = [](const QMimeType &) {
            return Packaging::Detached;
        };
        fake.refuses = [](const QMimeType &, Packaging) {
            return std::optional<Error>();
        };
        fake.defaultOutputName = [](const QString &in, Packaging) {
            return QFileInfo(in).fileName() + ".fake";
        };
        fake.makeSession = [](const SessionSpec &) {
            return std::unique_ptr<SigningSession>();
        };
        FormatRegistry &r = formats();
        r.add(fake);
        SignRequest req;
        req.files = {file(QStringLiteral("h.txt"), "text")};
        req.level = SignatureLevel::B_LTA;
        req.trust.anchors = m_dir.path();
        QVERIFY(checkRequest(req, r));
        const QList<PlannedDocument> plan = planDocuments(req, r);
        QCOMPARE(plan.first().format, QStringLiteral("fake"));
        QVERIFY(!plan.first().refused);
        QCOMPARE(r.levels().last(), SignatureLevel::B_LTA);
        QVERIFY(r.remove(QStringLiteral("fake")));
        QVERIFY(!checkRequest(req, r));
    }
};

QTEST_GUILESS_MAIN(TestSignRequest)
#include "tst_signrequest.moc"

// The real window, offscreen: the signing flow belongs to the window (switching pages keeps it and
// its session), and every control of the signing steps carries its stable objectName and an
// accessible name (the end-to-end test and assistive technologies find them by these).
#include "appcontext.h"
#include "csc/cscerror.h"
#include "signingflow.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SicPlugin)
Q_IMPORT_QML_PLUGIN(Sic_UiPlugin)

using namespace sic;
using namespace sic::ui;

class TestSignPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void flowSurvivesPageSwitches();
    void stepControlsHaveNames_data();
    void stepControlsHaveNames();
    void stepsShowTheirData();

private:
    QObject *findNamed(const QString &name) const;
    QList<QObject *> signPages() const;
    void showStep(int page);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QStringList m_warnings;
};

static QStringList *g_warnings = nullptr;

static void handler(QtMsgType type, const QMessageLogContext &, const QString &msg)
{
    if (type != QtDebugMsg && type != QtInfoMsg && g_warnings &&
        !msg.contains(QLatin1String("XDG_RUNTIME_DIR")))
        g_warnings->append(msg);
}

void TestSignPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    m_context = std::make_unique<AppContext>(SettingsStore(m_dir->filePath(QStringLiteral("settings.ini")),
                                                           m_dir->filePath(QStringLiteral("policy.ini"))),
                                             m_dir->filePath(QStringLiteral("history.jsonl")), *m_clock);
    m_warnings.clear();
    g_warnings = &m_warnings;
    qInstallMessageHandler(handler);
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/"));
    m_engine->setInitialProperties({{QStringLiteral("context"), QVariant::fromValue(m_context.get())}});
    m_engine->load(QUrl(QStringLiteral("qrc:/Sic/Main.qml")));
    QVERIFY(!m_engine->rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
    QVERIFY(m_window);
}

void TestSignPage::cleanup()
{
    m_engine.reset();
    qInstallMessageHandler(nullptr);
    g_warnings = nullptr;
    m_context.reset();
}

QObject *TestSignPage::findNamed(const QString &name) const
{
    // Items of a Loader or StackLayout are visual children; walk both trees.
    QList<QObject *> pending{m_window->contentItem()};
    while (!pending.isEmpty()) {
        QObject *o = pending.takeFirst();
        if (o->objectName() == name)
            return o;
        for (QObject *c : o->children())
            pending << c;
        if (auto *item = qobject_cast<QQuickItem *>(o)) {
            for (QQuickItem *c : item->childItems()) {
                if (!o->children().contains(c))
                    pending << c;
            }
        }
    }
    return nullptr;
}

QList<QObject *> TestSignPage::signPages() const
{
    QList<QObject *> out;
    QList<QQuickItem *> pending{m_window->contentItem()};
    while (!pending.isEmpty()) {
        QQuickItem *i = pending.takeFirst();
        if (i->metaObject()->indexOfProperty("flow") >= 0 &&
            i->metaObject()->indexOfProperty("context") >= 0 &&
            i->metaObject()->indexOfProperty("compact") >= 0 && !i->property("flow").isNull() &&
            QByteArray(i->metaObject()->className()).startsWith("SignPage"))
            out << i;
        pending << i->childItems();
    }
    return out;
}

void TestSignPage::showStep(int page)
{
    m_window->setProperty("currentPage", page);
    QCoreApplication::processEvents();
}

void TestSignPage::flowSurvivesPageSwitches()
{
    auto *flow = m_window->findChild<SigningFlow *>();
    QVERIFY(flow);
    QCOMPARE(flow->context(), m_context.get());
    showStep(1);
    QTRY_COMPARE(signPages().size(), 1);
    QCOMPARE(signPages().first()->property("flow").value<SigningFlow *>(), flow);
    QPointer<QObject> firstPage = signPages().first();
    showStep(2);
    QTRY_VERIFY(firstPage.isNull());                      // the Loader dropped the page...
    QCOMPARE(m_window->findChild<SigningFlow *>(), flow); // ...not the flow
    showStep(1);
    QTRY_COMPARE(signPages().size(), 1);
    QCOMPARE(signPages().first()->property("flow").value<SigningFlow *>(), flow);
    QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
}

void TestSignPage::stepControlsHaveNames_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : {"stepTitle",
                          "loginBrowserButton",
                          "loginUserField",
                          "loginPasswordField",
                          "loginPasswordButton",
                          "loginBackButton",
                          "loginSessionState",
                          "credentialList",
                          "credentialBackButton",
                          "credentialLogoutButton",
                          "levelCombo",
                          "packagingCombo",
                          "reasonField",
                          "locationField",
                          "outputFolderField",
                          "signButton",
                          "optionsBackButton",
                          "authorizeCount",
                          "pinField",
                          "otpField",
                          "totpHint",
                          "sendOtpButton",
                          "authorizeButton",
                          "authorizeCancelButton",
                          "progressBar",
                          "progressSummary",
                          "progressList",
                          "progressCancelButton",
                          "resultList"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestSignPage::stepControlsHaveNames()
{
    QFETCH(QString, name);
    showStep(1);
    QTRY_COMPARE(signPages().size(), 1);
    QObject *o = findNamed(name);
    QVERIFY2(o, qPrintable(name + QStringLiteral(" not found")));
    // Controls (not the plain texts) carry an accessible name.
    if (o->metaObject()->indexOfProperty("checkable") >= 0 ||
        o->metaObject()->indexOfProperty("echoMode") >= 0 ||
        o->metaObject()->indexOfProperty("currentIndex") >= 0) {
        QObject *attached = nullptr;
        for (QObject *c : o->children()) {
            if (QByteArray(c->metaObject()->className()).contains("QQuickAccessibleAttached"))
                attached = c;
        }
        QVERIFY2(attached, qPrintable(name + QStringLiteral(" has no Accessible attached object")));
        QVERIFY2(!attached->property("name").toString().isEmpty(), qPrintable(name));
    }
    QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
}

// The steps with data in them (a usable and a revoked key, a PIN + out-of-band prompt after a wrong
// PIN, a batch with one failed and one signed document) render without a QML warning, and the
// per-row controls carry their names.
void TestSignPage::stepsShowTheirData()
{
    auto *flow = m_window->findChild<SigningFlow *>();
    QVERIFY(flow);
    showStep(1);
    QTRY_COMPARE(signPages().size(), 1);

    csc::Credential good;
    good.id = QStringLiteral("c1");
    good.subjectCn = QStringLiteral("山田 太郎");
    good.subjectDn = QStringLiteral("CN=山田 太郎, O=Test, C=JP");
    good.keyEnabled = true;
    good.certStatus = csc::Credential::CertStatus::Valid;
    good.validFrom = m_clock->now().addDays(-1);
    good.validTo = m_clock->now().addDays(300);
    good.chain = {QByteArray("not parsed here")};
    good.authMode = csc::Credential::AuthMode::Explicit;
    good.factors = {csc::AuthFactor::Pin, csc::AuthFactor::OtpOutOfBand};
    csc::Credential revoked = good;
    revoked.id = QStringLiteral("c2");
    revoked.certStatus = csc::Credential::CertStatus::Revoked;
    flow->credentials()->setCredentials({good, revoked}, m_clock->now());

    csc::FactorRequest request;
    request.credential = good;
    request.factors = good.factors;
    request.numSignatures = 2;
    request.lastError = csc::makeError(csc::CscErrorKind::WrongPin, {}, 4);
    request.attemptsLeft = 4;
    request.otpSent = true;
    bool answered = false;
    flow->authorization()->requestFactors(request, [&answered](csc::FactorAnswer a) {
        answered = true;
        a.wipe();
    });
    flow->progress()->setDocuments({QStringLiteral("a.pdf"), QStringLiteral("b.xml")});
    flow->progress()->setStage(0, QStringLiteral("hashing"));

    QList<BatchItemResult> items{
        BatchItemResult{{m_dir->filePath(QStringLiteral("a.pdf"))},
                        std::unexpected(csc::makeError(csc::CscErrorKind::CredentialLocked))},
        BatchItemResult{{m_dir->filePath(QStringLiteral("b.xml"))},
                        m_dir->filePath(QStringLiteral("b-signed.xml"))}};
    bool presented = false;
    flow->result()->present(items, {QStringLiteral("demo"), good.subjectCn, good.subjectDn}, {}, *m_clock, {},
                            [&presented] { presented = true; });
    QTRY_VERIFY(presented);
    QCOMPARE(flow->result()->succeeded(), 1);
    QVERIFY(flow->result()->results().at(1).toMap().value(QStringLiteral("verdict")).toString() ==
            QLatin1String("invalid")); // the "output" does not exist: verification says so
    QCoreApplication::processEvents();

    for (const char *name :
         {"chooseCredential_c1", "chooseCredential_c2", "credentialState_c2", "authorizeError",
          "otpCountdown", "resultSummary", "resultStatus", "resultSigner", "resultTarget",
          "resultSigningTime", "resultSignerId", "resultVerdict", "resultReportButton", "resultOpenButton",
          "resultShowFolderButton", "progressStage"})
        QVERIFY2(findNamed(QString::fromLatin1(name)), name);
    QCOMPARE(findNamed(QStringLiteral("resultSigner"))->property("text").toString(), good.subjectCn);
    QCOMPARE(findNamed(QStringLiteral("resultSignerId"))->property("text").toString(),
             QStringLiteral("demo"));
    QVERIFY(!findNamed(QStringLiteral("chooseCredential_c2"))->property("enabled").toBool());
    QVERIFY(findNamed(QStringLiteral("chooseCredential_c1"))->property("enabled").toBool());
    QVERIFY(!findNamed(QStringLiteral("sendOtpButton"))->property("enabled").toBool()); // countdown running
    QVERIFY(findNamed(QStringLiteral("authorizeError"))->property("message").toString().contains(u'4'));
    flow->authorization()->cancel();
    QVERIFY(answered);
    QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
}

QTEST_MAIN(TestSignPage)
#include "tst_signpage.moc"

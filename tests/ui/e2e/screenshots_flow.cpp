// Renders the signing steps of the real app (login with the demo account card, credentials,
// options, authorization, progress, the Appendix 3 result of a two-document batch), in Japanese and
// English, at 1280x800 and 390x844, by walking through the screens against the development RSSP.
// Signing is over too fast to be seen, so the progress step is captured while the RSSP's fault
// slow-sign holds the signHash answer back (docs/devrssp.md). The other screens come from
// sic-screenshots; tests/ui/make-screenshots.sh runs both.
//
// Usage: sic-screenshots-flow OUTDIR   (env SIC_BUILD_DIR, SIC_SOURCE_DIR as for the tests)
#include "appcontext.h"
#include "appdriver.h"
#include "devrssp.h"
#include "onlinepki.h"
#include "pdffixtures.h"
#include "screenscript.h"
#include "uilanguage.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(SicPlugin)
Q_IMPORT_QML_PLUGIN(Sic_UiPlugin)

using namespace sic;
using namespace sic::ui;

namespace {

bool grabBoth(AppDriver &app, const QString &outDir, const QString &name, const QString &lang)
{
    for (const QSize size : {QSize(1280, 800), QSize(390, 844)}) {
        app.resize(size.width(), size.height());
        QTest::qWait(150);
        const QString file =
            QStringLiteral("%1/%2-%3-%4x%5.png").arg(outDir, name, lang).arg(size.width()).arg(size.height());
        if (!app.grab(file)) {
            std::fprintf(stderr, "could not render %s\n", qPrintable(file));
            return false;
        }
    }
    app.resize(1280, 800);
    QTest::qWait(50);
    return true;
}

bool walk(AppDriver &app, AppContext &context, DevRssp &rssp, const QString &docs, const QString &outDir,
          const QString &lang, QString *why)
{
    const QStringList paths{docs + QStringLiteral("/業務委託契約書.pdf"),
                            docs + QStringLiteral("/請求書.xml")};
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    if (context.intake(urls) != 2)
        return *why = QStringLiteral("intake"), false;
    // Navigation entries are named in the UI language; the Sign entry is the second.
    const QString signTitle = QCoreApplication::translate("Main", "Sign");
    if (!app.click(app.findAccessible(signTitle), why) ||
        !AppDriver::waitFor([&] { return context.documents()->allReady(); }) ||
        !app.click(QStringLiteral("documentPreviewButton"), why) ||
        !app.click(QStringLiteral("previewConfirmButton"), why) ||
        !app.click(QStringLiteral("previewNextButton"), why) ||
        !app.click(QStringLiteral("previewConfirmButton"), why) ||
        !app.click(QStringLiteral("previewBackButton"), why) ||
        !app.click(QStringLiteral("documentsContinueButton"), why))
        return false;
    if (!app.find(QStringLiteral("loginBrowserButton")) || !app.find(QStringLiteral("demoOtp")))
        return *why = QStringLiteral("no login step with the demo card"), false;
    if (!grabBoth(app, outDir, QStringLiteral("sign-login"), lang))
        return false;
    if (!app.type(QStringLiteral("loginUserField"), rssp.user(), why) ||
        !app.type(QStringLiteral("loginPasswordField"), rssp.password(), why) ||
        !app.click(QStringLiteral("loginPasswordButton"), why) ||
        !app.find(QStringLiteral("chooseCredential_cred-rsa2048-totp"), 30000))
        return false;
    if (!grabBoth(app, outDir, QStringLiteral("sign-credential"), lang))
        return false;
    if (!app.click(QStringLiteral("chooseCredential_cred-rsa2048-totp"), why) ||
        !app.find(QStringLiteral("signButton")))
        return false;
    if (!grabBoth(app, outDir, QStringLiteral("sign-options"), lang))
        return false;
    if (!app.click(QStringLiteral("signButton"), why) || !app.find(QStringLiteral("pinField"), 60000))
        return false;
    if (!grabBoth(app, outDir, QStringLiteral("sign-authorize"), lang))
        return false;
    // Long enough to render both sizes while both rows wait for the service.
    if (!rssp.setSlowSign(8))
        return *why = QStringLiteral("the dev RSSP refused the slow-sign fault"), false;
    if (!app.type(QStringLiteral("pinField"), rssp.pin(), why) ||
        !app.type(QStringLiteral("otpField"), rssp.nextTotp(), why) ||
        !app.click(QStringLiteral("authorizeButton"), why))
        return false;
    if (!AppDriver::waitFor([&] { return screens::signingInProgress(app, 2); }, 30000))
        return *why = QStringLiteral("no progress step with both documents being signed"), false;
    if (!grabBoth(app, outDir, QStringLiteral("sign-progress"), lang))
        return false;
    // The pictures show the step only if the answer was still outstanding when they were taken.
    const bool stillSigning = screens::signingInProgress(app, 2);
    if (!rssp.setFault(QStringLiteral("none")))
        return *why = QStringLiteral("the dev RSSP kept the slow-sign fault"), false;
    if (!stillSigning)
        return *why = QStringLiteral("the signatures came back before the progress step was captured"), false;
    const bool verified = AppDriver::waitFor(
        [&] {
            const auto rows = app.findAll(QStringLiteral("resultRow"));
            if (rows.size() != 2)
                return false;
            for (QQuickItem *row : rows) {
                const auto v = AppDriver::findIn(row, QStringLiteral("resultVerdict"));
                if (v.isEmpty() || v.constFirst()->property("message").toString().contains(u'…'))
                    return false;
            }
            return true;
        },
        120000);
    if (!verified)
        return *why = QStringLiteral("no result screen"), false;
    return grabBoth(app, outDir, QStringLiteral("sign-result"), lang);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(outDir);
    QTemporaryDir tmp;
    QString why;
    const auto pki = OnlinePki::make(tmp.filePath(QStringLiteral("pki")), &why);
    if (!pki) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    DevRssp rssp;
    DevRssp::Options options;
    options.pkiDir = pki->dir;
    options.pkiPort = pki->port;
    const DevRssp::Started started = rssp.start(tmp.filePath(QStringLiteral("rssp")), options);
    if (!started.ok()) {
        std::fprintf(stderr, "dev RSSP: %s\n", qPrintable(started.error));
        return 1;
    }
    const QString account = tmp.filePath(QStringLiteral("init.json"));
    if (!test::writeFile(account, QJsonDocument(rssp.init()).toJson()))
        return 1;

    for (const QString &lang : {QStringLiteral("ja"), QStringLiteral("en")}) {
        sic::ui::UiLanguage language;
        language.apply(lang);
        QTemporaryDir state;
        const QString docs = state.filePath(QStringLiteral("docs"));
        QDir().mkpath(docs);
        if (!test::writeFile(docs + QStringLiteral("/業務委託契約書.pdf"), test::miniPdf()) ||
            !test::writeFile(docs + QStringLiteral("/請求書.xml"),
                             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<請求書 番号=\"2026-001\">"
                             "<宛先>株式会社テスト</宛先><金額 通貨=\"JPY\">110000</金額></請求書>\n"))
            return 1;
        SettingsStore store(state.filePath(QStringLiteral("settings.ini")),
                            state.filePath(QStringLiteral("policy.ini")));
        AppSettings s =
            screens::devRsspSettings(store.load(), rssp, pki->dir + QStringLiteral("/trust/root.pem"), true);
        s.language = lang;
        if (!store.save(s))
            return 1;
        AppContext context(store, state.filePath(QStringLiteral("history.jsonl")), SystemClock::instance());
        context.setDemoAccountFile(account);
        AppDriver driver(context);
        if (!driver.load(&why) || !walk(driver, context, rssp, docs, outDir, lang, &why)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(lang), qPrintable(why));
            return 1;
        }
    }
    return 0;
}

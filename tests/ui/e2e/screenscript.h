#pragma once

// The signing journey through the screens, as a user makes it: shared by the end-to-end test and
// the GUI-stall benchmark. Each step clicks and types through AppDriver; false and why on failure.

#include "appcontext.h"
#include "appdriver.h"
#include "devrssp.h"
#include "progressviewmodel.h"

#include <QQuickItem>
#include <QUrl>

namespace screens {

// Settings that point the app at a running dev RSSP: its CSC v2 URL and CA, its TSA, and the
// given trust anchors for verification.
inline sic::AppSettings devRsspSettings(sic::AppSettings s, const DevRssp &rssp, const QString &trustAnchors,
                                        bool onlineRevocation)
{
    sic::RsspProfile dev;
    dev.name = QStringLiteral("Development RSSP");
    dev.url = QUrl(rssp.cscV2());
    dev.caBundle = rssp.ready().value(QStringLiteral("ca_bundle")).toString();
    s.rssps = {dev};
    s.selectedRssp = dev.name;
    s.tsaUrl = QUrl(rssp.ready().value(QStringLiteral("tsa")).toString());
    s.trustAnchors = trustAnchors;
    s.onlineRevocation = onlineRevocation;
    return s;
}

enum class Login
{
    Browser, // OAuth2: the caller plays the browser (QDesktopServices::setUrlHandler)
    Password
};

inline bool addAndConfirm(AppDriver &app, sic::ui::AppContext &context, const QStringList &paths,
                          QString *why, int hashTimeoutMs = 30000)
{
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    // The same intake as a drop or an "open with".
    if (context.intake(urls) != paths.size())
        return *why = QStringLiteral("intake refused a document"), false;
    if (!app.click(app.findAccessible(QStringLiteral("Sign")), why))
        return false;
    if (!AppDriver::waitFor([&context] { return context.documents()->allReady(); }, hashTimeoutMs))
        return *why = QStringLiteral("hashing did not finish"), false;
    // What you see is what you sign: each document is previewed and confirmed.
    if (!app.click(QStringLiteral("documentPreviewButton"), why))
        return false;
    for (int i = 0; i < paths.size(); ++i) {
        if (!app.click(QStringLiteral("previewConfirmButton"), why))
            return false;
        if (i + 1 < paths.size() && !app.click(QStringLiteral("previewNextButton"), why))
            return false;
    }
    if (!AppDriver::waitFor([&context] { return context.documents()->allConfirmed(); }, 10000))
        return *why = QStringLiteral("not every document is confirmed"), false;
    return app.click(QStringLiteral("previewBackButton"), why) &&
           app.click(QStringLiteral("documentsContinueButton"), why);
}

// From the login step to the click on "Authorize" (PIN and a fresh TOTP typed): the signing then
// runs on the progress step.
inline bool authorizeThroughTheScreens(AppDriver &app, DevRssp &rssp, int expectedSignatures, Login login,
                                       QString *why)
{
    if (login == Login::Browser) {
        // OAuth2 in the "browser"; the flow then lists the credentials.
        if (!app.click(QStringLiteral("loginBrowserButton"), why))
            return false;
    } else if (!app.type(QStringLiteral("loginUserField"), rssp.user(), why) ||
               !app.type(QStringLiteral("loginPasswordField"), rssp.password(), why) ||
               !app.click(QStringLiteral("loginPasswordButton"), why)) {
        return false;
    }
    if (!app.click(QStringLiteral("chooseCredential_cred-rsa2048-totp"), why)) {
        return false;
    }
    if (!app.click(QStringLiteral("signButton"), why))
        return false;
    const QString count = app.text(QStringLiteral("authorizeCount"), 60000);
    if (!count.contains(QString::number(expectedSignatures)))
        return *why = QStringLiteral("authorization screen says: ") + count, false;
    if (!app.type(QStringLiteral("pinField"), rssp.pin(), why) ||
        !app.type(QStringLiteral("otpField"), rssp.nextTotp(), why) ||
        !app.click(QStringLiteral("authorizeButton"), why))
        return false;
    return true;
}

// Waits for the result screen with one row per document, each one verified.
inline bool waitForResults(AppDriver &app, int expectedSignatures, QString *why, int resultTimeoutMs = 180000)
{
    if (!AppDriver::waitFor(
            [&app, expectedSignatures] {
                const auto rows = app.findAll(QStringLiteral("resultRow"));
                if (rows.size() != expectedSignatures)
                    return false;
                // Every row verified (no "being verified" left).
                for (QQuickItem *row : rows) {
                    const auto verdict = AppDriver::findIn(row, QStringLiteral("resultVerdict"));
                    if (verdict.isEmpty() ||
                        verdict.constFirst()->property("message").toString().contains(u'…'))
                        return false;
                }
                return true;
            },
            resultTimeoutMs))
        return *why = QStringLiteral("no complete result screen"), false;
    return true;
}

// The progress step while the service signs (the dev RSSP's fault slow-sign holds its answer back):
// one row per document, each "being signed by the service" in the UI language.
inline bool signingInProgress(const AppDriver &app, int documents)
{
    const QString signing = sic::ui::ProgressViewModel::stageText(QStringLiteral("signing"));
    const auto rows = app.findAll(QStringLiteral("progressRow"));
    if (rows.size() != documents)
        return false;
    for (QQuickItem *row : rows) {
        const auto stage = AppDriver::findIn(row, QStringLiteral("progressStage"));
        if (stage.size() != 1 || stage.constFirst()->property("text").toString() != signing)
            return false;
    }
    return true;
}

inline bool signThroughTheScreens(AppDriver &app, DevRssp &rssp, int expectedSignatures, Login login,
                                  QString *why, int resultTimeoutMs = 180000)
{
    return authorizeThroughTheScreens(app, rssp, expectedSignatures, login, why) &&
           waitForResults(app, expectedSignatures, why, resultTimeoutMs);
}

} // namespace screens

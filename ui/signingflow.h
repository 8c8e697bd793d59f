#pragma once

#include "appcontext.h"
#include "authorizationviewmodel.h"
#include "credentialsviewmodel.h"
#include "csc/cscclient.h"
#include "csc/cschashsigner.h"
#include "csc/networktransport.h"
#include "engine/signrequest.h"
#include "idlewatcher.h"
#include "loginviewmodel.h"
#include "optionsviewmodel.h"
#include "progressviewmodel.h"
#include "resultviewmodel.h"
#include "sign/batchsigner.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace sic {
class TimestampSource;
}

namespace sic::ui {

// The signing steps, in order: documents -> login -> credential -> options -> authorization ->
// progress -> result (guideline Appendix 3). This object is the step machine and owns the CSC
// session (client, login, logout, idle timeout) and the running batch; each step screen binds to
// its own view model (login, credentials, options, authorization, progress, result). It lives as
// long as the window, so switching pages never drops a session or a signing in progress.
class SigningFlow : public QObject, public csc::UrlOpener
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sic::ui::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY sessionChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(sic::ui::LoginViewModel *login READ login CONSTANT)
    Q_PROPERTY(sic::ui::CredentialsViewModel *credentials READ credentials CONSTANT)
    Q_PROPERTY(sic::ui::OptionsViewModel *options READ options CONSTANT)
    Q_PROPERTY(sic::ui::AuthorizationViewModel *authorization READ authorization CONSTANT)
    Q_PROPERTY(sic::ui::ProgressViewModel *progress READ progress CONSTANT)
    Q_PROPERTY(sic::ui::ResultViewModel *result READ result CONSTANT)
public:
    enum Step
    {
        Documents,
        Login,
        Credential,
        Options,
        Authorize,
        Progress,
        Outcome
    };
    Q_ENUM(Step)

    explicit SigningFlow(QObject *parent = nullptr);
    ~SigningFlow() override;

    AppContext *context() const { return m_context; }
    void setContext(AppContext *context);
    Step step() const { return m_step; }
    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_error.message; }
    QString errorDetail() const { return m_error.detail; }
    QString errorCode() const { return m_error.code; }

    LoginViewModel *login() const { return m_login; }
    CredentialsViewModel *credentials() const { return m_credentials; }
    OptionsViewModel *options() const { return m_options; }
    AuthorizationViewModel *authorization() const { return m_authorization; }
    ProgressViewModel *progress() const { return m_progress; }
    ResultViewModel *result() const { return m_result; }

    // The session
    QString serviceName() const;
    QString serviceUrl() const { return m_profile.url.toString(); }
    bool loggedIn() const { return m_client && m_client->isLoggedIn(); }
    QString userId() const { return m_userId; }
    QDateTime sessionExpiry() const;
    QString sessionEndedReason() const { return m_sessionEndedReason; }
    int idleTimeoutMinutes() const { return m_idleMinutes; }

    Q_INVOKABLE void proceedToLogin();
    Q_INVOKABLE void loginWithBrowser();
    Q_INVOKABLE void loginWithPassword(const QString &user, const QString &password);
    // Revokes the token at the service (auth/revoke), forgets the session and the stored refresh
    // token. While a batch runs, it is cancelled first and the logout happens when it has ended.
    Q_INVOKABLE void logout();
    Q_INVOKABLE void startSigning();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void back();
    Q_INVOKABLE void restart();

    // For the step view models.
    void reportError(const Error &error) { setError(error); }
    void credentialChosen();

    // csc::UrlOpener: the view opens the system browser (Qt.openUrlExternally); tests play the browser.
    bool openUrl(const QUrl &url) override;

    // For tests and the CLI-style demo: overrides the settings' service.
    void setService(const QUrl &url, const QString &caBundle);
    void setService(const RsspProfile &profile);
    // For tests: a transport of their own (not owned) instead of the network.
    void setTransport(csc::CscTransport *transport);
    // For tests: called on the worker thread before each document is prepared.
    void setPrepareHook(std::function<void(int)> hook) { m_prepareHook = std::move(hook); }
    IdleWatcher *idleWatcher() const { return m_idle.get(); }

signals:
    void contextChanged();
    void stepChanged();
    void busyChanged();
    void errorChanged();
    void sessionChanged();
    void openUrlRequested(const QUrl &url);
    // Before the first authorization of a batch that needs more than one.
    void authorizationsPlanned(int count, int totalSignatures);
    // The session ended without the user asking (idle timeout, expired token); reason is shown.
    void sessionEnded(const QString &reason);

private:
    void setStep(Step step);
    void setBusy(bool busy);
    void setError(const Error &error);
    void clearError() { setError({}); }
    void loadSettings();
    bool ensureClient();
    void afterLogin(Result<void> result);
    void loadCredentials();
    void onIdle();
    // Logs out; `reason` non-empty: the user did not ask for it, tell them why.
    void endSession(QString reason);
    void onStage(int index, BatchSigner::Stage stage);
    void onAuthorizationAnswered(csc::FactorAnswer::Action action);
    void onBatchDone(QList<BatchItemResult> results);
    void onOutcomeReady();

    AppContext *m_context = nullptr;
    Step m_step = Documents;
    bool m_busy = false;
    Error m_error;

    LoginViewModel *m_login;
    CredentialsViewModel *m_credentials;
    OptionsViewModel *m_options;
    AuthorizationViewModel *m_authorization;
    ProgressViewModel *m_progress;
    ResultViewModel *m_result;

    RsspProfile m_profile; // the service of the next login (settings, or setService for tests)
    QString m_userId;
    QDateTime m_loginTime;
    QString m_sessionEndedReason;
    csc::CscTransport *m_externalTransport = nullptr;
    std::unique_ptr<csc::NetworkTransport> m_transport;
    std::unique_ptr<csc::CscClient> m_client;
    std::unique_ptr<IdleWatcher> m_idle;
    int m_idleMinutes = 15;
    QString m_pendingEnd; // the session ends when the running batch has finished
    bool m_pendingLogout = false;

    bool m_signingActive = false;
    std::function<void(int)> m_prepareHook;
    std::unique_ptr<csc::CscHashSigner> m_signer;
    std::unique_ptr<TimestampSource> m_tsa;
    std::unique_ptr<BatchSigner> m_batch;
    engine::SignRequest m_request;         // of the batch that runs or ran last
    QList<engine::PlannedDocument> m_plan; // the engine's decision per document
};

} // namespace sic::ui

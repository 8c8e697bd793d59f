#pragma once

#include "appcontext.h"
#include "csc/cscclient.h"
#include "csc/cschashsigner.h"
#include "csc/networktransport.h"
#include "sign/batchsigner.h"
#include "verify/report.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace sic {
class TimestampSource;
}

namespace sic::ui {

// The signing steps, in order: documents -> login -> credential -> options -> authorization ->
// progress -> result (guideline Appendix 3). This object owns the CSC session and the batch; the
// screens' view models read and drive it. It is the UI side of the signature activation protocol:
// core asks it for exactly the factors a credential needs, and it asks the user.
class SigningFlow : public QObject, public csc::AuthorizationPrompter, public csc::UrlOpener
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sic::ui::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    // Login
    Q_PROPERTY(QString serviceName READ serviceName NOTIFY sessionChanged)
    Q_PROPERTY(QString serviceUrl READ serviceUrl NOTIFY sessionChanged)
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY sessionChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY sessionChanged)
    // Credentials (maps: id, subject, subjectDn, issuer, validFrom, validTo, key, status, level, factors,
    // multisign, usable)
    Q_PROPERTY(QVariantList credentials READ credentials NOTIFY credentialsChanged)
    Q_PROPERTY(QString credentialId READ credentialId NOTIFY credentialsChanged)
    // Options
    Q_PROPERTY(QString level READ level WRITE setLevel NOTIFY optionsChanged)
    Q_PROPERTY(QString xmlPackaging READ xmlPackaging WRITE setXmlPackaging NOTIFY optionsChanged)
    Q_PROPERTY(QString reason READ reason WRITE setReason NOTIFY optionsChanged)
    Q_PROPERTY(QString location READ location WRITE setLocation NOTIFY optionsChanged)
    Q_PROPERTY(QString outputFolder READ outputFolder WRITE setOutputFolder NOTIFY optionsChanged)
    // Authorization (valid while step == Authorize)
    Q_PROPERTY(QStringList factors READ factors NOTIFY authorizationChanged)
    Q_PROPERTY(int signaturesToAuthorize READ signaturesToAuthorize NOTIFY authorizationChanged)
    Q_PROPERTY(int authorizationIndex READ authorizationIndex NOTIFY authorizationChanged)
    Q_PROPERTY(int authorizationCount READ authorizationCount NOTIFY authorizationChanged)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY authorizationChanged)
    Q_PROPERTY(QString authorizationError READ authorizationError NOTIFY authorizationChanged)
    Q_PROPERTY(bool otpSent READ otpSent NOTIFY authorizationChanged)
    // Progress and result: one map per document (name, state, output, error, signingTime,
    // timeSource, signer, signerDn, verdict, verificationReason)
    Q_PROPERTY(QVariantList results READ results NOTIFY resultsChanged)
    Q_PROPERTY(int succeeded READ succeeded NOTIFY resultsChanged)
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

    QString serviceName() const;
    QString serviceUrl() const { return m_serviceUrl.toString(); }
    bool loggedIn() const { return m_client && m_client->isLoggedIn(); }
    QString userId() const { return m_userId; }

    QVariantList credentials() const;
    QString credentialId() const { return m_credential ? m_credential->id : QString(); }

    QString level() const { return m_level; }
    void setLevel(const QString &v);
    QString xmlPackaging() const { return m_xmlPackaging; }
    void setXmlPackaging(const QString &v);
    QString reason() const { return m_reason; }
    void setReason(const QString &v);
    QString location() const { return m_location; }
    void setLocation(const QString &v);
    QString outputFolder() const { return m_outputFolder; }
    void setOutputFolder(const QString &v);

    QStringList factors() const;
    int signaturesToAuthorize() const { return m_request ? m_request->numSignatures : 0; }
    int authorizationIndex() const { return m_request ? m_request->authorizationIndex : 0; }
    int authorizationCount() const { return m_request ? m_request->authorizationCount : 0; }
    int attemptsLeft() const { return m_request ? m_request->attemptsLeft : -1; }
    QString authorizationError() const;
    bool otpSent() const { return m_request && m_request->otpSent; }

    QVariantList results() const { return m_results; }
    int succeeded() const;

    // Steps
    Q_INVOKABLE void proceedToLogin();
    Q_INVOKABLE void loginWithBrowser();
    Q_INVOKABLE void loginWithPassword(const QString &user, const QString &password);
    Q_INVOKABLE void logout();
    Q_INVOKABLE bool chooseCredential(const QString &id);
    Q_INVOKABLE void startSigning();
    Q_INVOKABLE void submitFactors(const QString &pin, const QString &otp);
    Q_INVOKABLE void sendOtp();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void back();
    Q_INVOKABLE void restart();

    // csc::AuthorizationPrompter
    void plannedAuthorizations(const csc::Credential &credential, int count, int totalSignatures) override;
    void requestFactors(const csc::FactorRequest &request,
                        std::function<void(csc::FactorAnswer)> answer) override;
    // csc::UrlOpener: the view opens the system browser (Qt.openUrlExternally); tests play the browser.
    bool openUrl(const QUrl &url) override;

    // For tests and the CLI-style demo: overrides the settings' service.
    void setService(const QUrl &url, const QString &caBundle);

signals:
    void contextChanged();
    void stepChanged();
    void busyChanged();
    void errorChanged();
    void sessionChanged();
    void credentialsChanged();
    void optionsChanged();
    void authorizationChanged();
    void resultsChanged();
    void openUrlRequested(const QUrl &url);
    // Before the first authorization of a batch that needs more than one.
    void authorizationsPlanned(int count, int totalSignatures);

private:
    void setStep(Step step);
    void setBusy(bool busy);
    void setError(const Error &error);
    void clearError() { setError({}); }
    bool ensureClient();
    void afterLogin(Result<void> result);
    void loadCredentials();
    void runBatch();
    void onBatchDone(QList<BatchItemResult> results);
    QVariantMap describeResult(const BatchItemResult &r) const;
    verify::FileReport verifyOutput(const QString &path) const;

    AppContext *m_context = nullptr;
    Step m_step = Documents;
    bool m_busy = false;
    Error m_error;

    QUrl m_serviceUrl;
    QString m_caBundle;
    QString m_userId;
    std::unique_ptr<csc::NetworkTransport> m_transport;
    std::unique_ptr<csc::CscClient> m_client;
    QList<csc::Credential> m_credentials;
    std::optional<csc::Credential> m_credential;

    QString m_level = QStringLiteral("B-T");
    QString m_xmlPackaging = QStringLiteral("enveloped");
    QString m_reason;
    QString m_location;
    QString m_outputFolder;

    std::optional<csc::FactorRequest> m_request;
    std::function<void(csc::FactorAnswer)> m_answer;

    std::unique_ptr<csc::CscHashSigner> m_signer;
    std::unique_ptr<TimestampSource> m_tsa;
    std::unique_ptr<BatchSigner> m_batch;
    QVariantList m_results;
};

} // namespace sic::ui

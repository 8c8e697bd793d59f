#pragma once

#include "base/clock.h"
#include "csc/authorization.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace sic::ui {

// The key-authorization step (the signature activation): exactly the factors the key needs (PIN
// masked; OTP with a hint for authenticator apps, or send / countdown / resend for codes the service
// sends), how many signatures this authorization covers, what the service said about a wrong
// attempt (attempts left, locked), and cancel at any time. It is the AuthorizationPrompter that
// core's CscHashSigner asks.
class AuthorizationViewModel : public QObject, public csc::AuthorizationPrompter
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("part of SigningFlow")
    Q_PROPERTY(bool pending READ pending NOTIFY changed)
    Q_PROPERTY(QStringList factors READ factors NOTIFY changed)
    Q_PROPERTY(bool needsPin READ needsPin NOTIFY changed)
    Q_PROPERTY(bool needsTotp READ needsTotp NOTIFY changed)
    Q_PROPERTY(bool needsOob READ needsOob NOTIFY changed)
    Q_PROPERTY(bool needsBrowser READ needsBrowser NOTIFY changed)
    Q_PROPERTY(QString credentialSubject READ credentialSubject NOTIFY changed)
    Q_PROPERTY(int signaturesToAuthorize READ signaturesToAuthorize NOTIFY changed)
    Q_PROPERTY(int authorizationIndex READ authorizationIndex NOTIFY changed)
    Q_PROPERTY(int authorizationCount READ authorizationCount NOTIFY changed)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY changed)
    Q_PROPERTY(bool locked READ locked NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY changed)
    Q_PROPERTY(bool otpSent READ otpSent NOTIFY changed)
    Q_PROPERTY(int resendSeconds READ resendSeconds NOTIFY countdownChanged)
public:
    static constexpr int kResendAfterSeconds = 60;

    AuthorizationViewModel(const Clock *clock, QObject *parent = nullptr);
    ~AuthorizationViewModel() override;
    void setClock(const Clock *clock) { m_clock = clock; }

    bool pending() const { return bool(m_answer); }
    QStringList factors() const;
    bool needsPin() const { return has(csc::AuthFactor::Pin); }
    bool needsTotp() const { return has(csc::AuthFactor::OtpTotp); }
    bool needsOob() const { return has(csc::AuthFactor::OtpOutOfBand); }
    bool needsBrowser() const { return has(csc::AuthFactor::OAuth2Browser); }
    QString credentialSubject() const { return m_request ? m_request->credential.subjectCn : QString(); }
    int signaturesToAuthorize() const { return m_request ? m_request->numSignatures : 0; }
    int authorizationIndex() const { return m_request ? m_request->authorizationIndex : 0; }
    int authorizationCount() const { return m_request ? m_request->authorizationCount : 0; }
    int attemptsLeft() const { return m_request ? m_request->attemptsLeft : -1; }
    bool locked() const;
    QString error() const;
    QString errorCode() const;
    bool otpSent() const { return m_request && m_request->otpSent; }
    // Seconds until another out-of-band code may be requested; 0 when it may.
    int resendSeconds() const;

    Q_INVOKABLE void submit(const QString &pin, const QString &otp);
    Q_INVOKABLE void sendOtp();
    Q_INVOKABLE void cancel();
    // Forgets the request (the batch is over).
    void reset();

    // csc::AuthorizationPrompter
    void plannedAuthorizations(const csc::Credential &credential, int count, int totalSignatures) override;
    void requestFactors(const csc::FactorRequest &request,
                        std::function<void(csc::FactorAnswer)> answer) override;

signals:
    void changed();
    void countdownChanged();
    // The service asks for the factors: show this step.
    void requested();
    // The user answered (submit, send a code, or cancel): the work goes on.
    void answered(csc::FactorAnswer::Action action);
    // Before the first authorization of a batch that needs more than one.
    void authorizationsPlanned(int count, int totalSignatures);

private:
    bool has(csc::AuthFactor f) const { return m_request && m_request->factors.contains(f); }
    void answer(csc::FactorAnswer a);

    const Clock *m_clock;
    std::optional<csc::FactorRequest> m_request;
    std::function<void(csc::FactorAnswer)> m_answer;
    QDateTime m_otpSentAt;
    QTimer m_tick;
};

} // namespace sic::ui

#pragma once

#include "base/error.h"
#include "csc/credential.h"

#include <QByteArray>
#include <QUrl>

#include <functional>
#include <optional>

namespace sic::csc {

// Opens a URL in the system browser. Core never opens one itself: the GUI passes
// QDesktopServices::openUrl, the CLI prints the URL, tests act as the browser.
class UrlOpener
{
public:
    virtual ~UrlOpener() = default;
    virtual bool openUrl(const QUrl &url) = 0;
};

class FunctionUrlOpener final : public UrlOpener
{
public:
    explicit FunctionUrlOpener(std::function<bool(const QUrl &)> fn) : m_fn(std::move(fn)) {}
    bool openUrl(const QUrl &url) override { return m_fn(url); }

private:
    std::function<bool(const QUrl &)> m_fn;
};

// What the client asks the user for, for one authorization.
struct FactorRequest
{
    Credential credential;
    int numSignatures = 1;
    QList<AuthFactor> factors;         // exactly those this credential needs
    QList<AuthFactor> optionalFactors; // asked for too; an empty answer is not sent
    int authorizationIndex = 1;        // 1-based: "authorization 2 of 3"
    int authorizationCount = 1;
    std::optional<Error> lastError; // the previous attempt failed (wrong PIN, wrong OTP, ...)
    int attemptsLeft = -1;          // when the service said so
    bool otpSent = false;           // the out-of-band OTP was just sent
    // The service signs one hash per call and its SAD did not cover the next call: this second
    // authorization is for the numSignatures documents left (tell the signer why).
    bool continuation = false;
    int alreadySigned = 0; // documents of this batch already signed when continuation is set
};

// The user's answer. The PIN and OTP are secrets: the client overwrites them after use.
struct FactorAnswer
{
    enum class Action
    {
        Submit,
        SendOtp,
        Cancel
    };
    Action action = Action::Cancel;
    QByteArray pin;
    QByteArray otp;
    void wipe()
    {
        pin.fill(0);
        otp.fill(0);
        pin.clear();
        otp.clear();
    }
};

// The UI side of the Signature Activation Protocol.
class AuthorizationPrompter
{
public:
    virtual ~AuthorizationPrompter() = default;
    // Told once, before the first authorization, how many authorizations the batch needs.
    virtual void plannedAuthorizations(const Credential &credential, int count, int totalSignatures)
    {
        Q_UNUSED(credential);
        Q_UNUSED(count);
        Q_UNUSED(totalSignatures);
    }
    // Asks for the factors; SendOtp asks the client to trigger the out-of-band OTP and ask again.
    // For an OAuth2Browser credential, Submit means "go ahead and open the browser".
    virtual void requestFactors(const FactorRequest &request, std::function<void(FactorAnswer)> answer) = 0;
};

// Signature activation data: a secret bound to the authorized hashes.
struct Sad
{
    QByteArray value;
    int expiresIn = 0;
    void wipe()
    {
        value.fill(0);
        value.clear();
    }
};

} // namespace sic::csc

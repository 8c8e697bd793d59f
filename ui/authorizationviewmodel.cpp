#include "authorizationviewmodel.h"

#include "credentialsviewmodel.h"
#include "csc/cscerror.h"

namespace sic::ui {

AuthorizationViewModel::AuthorizationViewModel(const Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (resendSeconds() == 0)
            m_tick.stop();
        emit countdownChanged();
    });
}

AuthorizationViewModel::~AuthorizationViewModel()
{
    // Core must hear an answer even if the screen goes away first.
    if (m_answer)
        answer(csc::FactorAnswer{});
}

QStringList AuthorizationViewModel::factors() const
{
    QStringList out;
    if (m_request) {
        for (csc::AuthFactor f : m_request->factors)
            out << CredentialsViewModel::factorKey(f);
    }
    return out;
}

bool AuthorizationViewModel::locked() const
{
    if (!m_request)
        return false;
    return m_request->attemptsLeft == 0 ||
           (m_request->lastError && csc::isKind(*m_request->lastError, csc::CscErrorKind::CredentialLocked));
}

QString AuthorizationViewModel::error() const
{
    return m_request && m_request->lastError ? m_request->lastError->message : QString();
}

QString AuthorizationViewModel::errorCode() const
{
    return m_request && m_request->lastError ? m_request->lastError->code : QString();
}

int AuthorizationViewModel::resendSeconds() const
{
    if (!m_otpSentAt.isValid() || !m_clock)
        return 0;
    const qint64 left = kResendAfterSeconds - m_otpSentAt.secsTo(m_clock->now());
    return int(std::clamp<qint64>(left, 0, kResendAfterSeconds));
}

void AuthorizationViewModel::plannedAuthorizations(const csc::Credential &, int count, int totalSignatures)
{
    if (count > 1)
        emit authorizationsPlanned(count, totalSignatures);
}

void AuthorizationViewModel::requestFactors(const csc::FactorRequest &request,
                                            std::function<void(csc::FactorAnswer)> answer)
{
    m_request = request;
    m_answer = std::move(answer);
    if (request.otpSent && m_clock) {
        m_otpSentAt = m_clock->now();
        m_tick.start();
    }
    emit changed();
    emit countdownChanged();
    emit requested();
}

void AuthorizationViewModel::answer(csc::FactorAnswer a)
{
    auto fn = std::move(m_answer);
    m_answer = nullptr;
    const auto action = a.action;
    emit changed();
    emit answered(action);
    fn(std::move(a));
}

void AuthorizationViewModel::submit(const QString &pin, const QString &otp)
{
    if (!m_answer)
        return;
    csc::FactorAnswer a;
    a.action = csc::FactorAnswer::Action::Submit;
    a.pin = pin.toUtf8();
    a.otp = otp.trimmed().toUtf8();
    answer(std::move(a));
}

void AuthorizationViewModel::sendOtp()
{
    if (!m_answer || !needsOob() || resendSeconds() > 0)
        return;
    csc::FactorAnswer a;
    a.action = csc::FactorAnswer::Action::SendOtp;
    answer(std::move(a));
}

void AuthorizationViewModel::cancel()
{
    if (m_answer)
        answer(csc::FactorAnswer{});
}

void AuthorizationViewModel::reset()
{
    if (m_answer)
        answer(csc::FactorAnswer{});
    m_request.reset();
    m_otpSentAt = {};
    m_tick.stop();
    emit changed();
    emit countdownChanged();
}

} // namespace sic::ui

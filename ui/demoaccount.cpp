#include "demoaccount.h"

#include "crypto/otp.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace sic::ui {

namespace {
constexpr int kPeriod = 30;
}

DemoAccount::DemoAccount(QObject *parent) : QObject(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &DemoAccount::otpChanged);
}

void DemoAccount::setContext(AppContext *context)
{
    if (m_context == context)
        return;
    m_context = context;
    load(context ? context->demoAccountFile() : QString());
}

void DemoAccount::load(const QString &file)
{
    m_user.clear();
    m_password.clear();
    m_pin.clear();
    m_totpKey.clear();
    m_tick.stop();
    QFile f(file);
    if (!file.isEmpty() && f.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(f.read(64 * 1024)).object();
        m_user = o.value(QLatin1String("user")).toString();
        m_password = o.value(QLatin1String("password")).toString();
        m_pin = o.value(QLatin1String("pin")).toString();
        m_totpKey =
            otp::base32Decode(o.value(QLatin1String("totp_secret")).toString()).value_or(QByteArray());
    }
    if (!m_totpKey.isEmpty())
        m_tick.start();
    emit changed();
    emit otpChanged();
}

QString DemoAccount::otp() const
{
    if (m_totpKey.isEmpty() || !m_context)
        return {};
    return otp::totp(m_totpKey, m_context->clock().now().toSecsSinceEpoch());
}

int DemoAccount::otpSecondsLeft() const
{
    if (m_totpKey.isEmpty() || !m_context)
        return 0;
    return kPeriod - int(m_context->clock().now().toSecsSinceEpoch() % kPeriod);
}

} // namespace sic::ui

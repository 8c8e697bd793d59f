#include "signingflow.h"

#include "csc/csctimestampsource.h"
#include "pades/padessession.h"
#include "tsp/tspclient.h"
#include "verify/verifier.h"
#include "xades/xadessession.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace sic::ui {

namespace {

QString factorLabel(csc::AuthFactor f)
{
    switch (f) {
    case csc::AuthFactor::Pin:
        return QStringLiteral("pin");
    case csc::AuthFactor::OtpTotp:
        return QStringLiteral("totp");
    case csc::AuthFactor::OtpOutOfBand:
        return QStringLiteral("oob");
    case csc::AuthFactor::OAuth2Browser:
        return QStringLiteral("browser");
    }
    return {};
}

QString outputFor(const QString &input, const QString &folder, const QString &suffixedName)
{
    const QString dir = folder.isEmpty() ? QFileInfo(input).absolutePath() : folder;
    return QDir(dir).filePath(suffixedName);
}

} // namespace

SigningFlow::SigningFlow(QObject *parent) : QObject(parent) {}

SigningFlow::~SigningFlow()
{
    // The batch refers to the signer and the signer to the client: tear down in that order.
    m_batch.reset();
    m_signer.reset();
    m_client.reset();
}

void SigningFlow::setContext(AppContext *context)
{
    if (m_context == context)
        return;
    m_context = context;
    if (m_context) {
        const AppSettings s = m_context->settingsStore().load();
        for (const RsspProfile &p : s.rssps) {
            if (p.name == s.selectedRssp || (s.selectedRssp.isEmpty() && m_serviceUrl.isEmpty())) {
                m_serviceUrl = p.url;
                m_caBundle = p.caBundle;
            }
        }
        m_level = s.defaultLevel;
        m_outputFolder = s.outputFolder;
    }
    emit contextChanged();
    emit sessionChanged();
    emit optionsChanged();
}

void SigningFlow::setService(const QUrl &url, const QString &caBundle)
{
    m_serviceUrl = url;
    m_caBundle = caBundle;
    m_client.reset();
    m_transport.reset();
    emit sessionChanged();
}

QString SigningFlow::serviceName() const
{
    if (m_client && !m_client->serviceInfo().name.isEmpty())
        return m_client->serviceInfo().name;
    return m_serviceUrl.host();
}

void SigningFlow::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    emit stepChanged();
}

void SigningFlow::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void SigningFlow::setError(const Error &error)
{
    m_error = error;
    emit errorChanged();
}

void SigningFlow::proceedToLogin()
{
    if (!m_context || !m_context->documents()->allReady()) {
        setError({QStringLiteral("flow.documents_not_ready"),
                  tr("Add at least one document and wait until its hash is computed."),
                  {}});
        return;
    }
    clearError();
    setStep(loggedIn() ? Credential : Login);
}

bool SigningFlow::ensureClient()
{
    if (m_client)
        return true;
    if (m_serviceUrl.isEmpty()) {
        setError(
            {QStringLiteral("flow.no_service"), tr("Choose a signature service in Settings first."), {}});
        return false;
    }
    csc::TlsPolicy policy;
    if (!m_caBundle.isEmpty()) {
        auto cas = csc::NetworkTransport::loadCaBundle(m_caBundle);
        if (!cas) {
            setError(cas.error());
            return false;
        }
        policy.extraCaCertificates = *cas;
    }
    m_transport = std::make_unique<csc::NetworkTransport>(policy);
    m_client = std::make_unique<csc::CscClient>(*m_transport, m_serviceUrl);
    return true;
}

void SigningFlow::loginWithPassword(const QString &user, const QString &password)
{
    if (!ensureClient())
        return;
    clearError();
    setBusy(true);
    m_userId = user;
    QByteArray secret = password.toUtf8();
    m_client->connectService([this, secret](Result<csc::ServiceInfo> info) mutable {
        if (!info) {
            secret.fill(0);
            return afterLogin(std::unexpected(info.error()));
        }
        m_client->loginBasic(m_userId, secret, [this](Result<void> r) { afterLogin(std::move(r)); });
        secret.fill(0);
    });
}

void SigningFlow::loginWithBrowser()
{
    if (!ensureClient())
        return;
    clearError();
    setBusy(true);
    m_client->connectService([this](Result<csc::ServiceInfo> info) {
        if (!info)
            return afterLogin(std::unexpected(info.error()));
        m_client->loginOAuth(*this, [this](Result<void> r) { afterLogin(std::move(r)); });
    });
}

void SigningFlow::afterLogin(Result<void> result)
{
    emit sessionChanged();
    if (!result) {
        setBusy(false);
        setError(result.error());
        return;
    }
    loadCredentials();
}

void SigningFlow::loadCredentials()
{
    setBusy(true);
    m_client->listCredentials([this](Result<QList<csc::Credential>> list) {
        setBusy(false);
        if (!list) {
            setError(list.error());
            return;
        }
        m_credentials = *list;
        emit credentialsChanged();
        clearError();
        setStep(Credential);
    });
}

void SigningFlow::logout()
{
    if (m_client)
        m_client->logout();
    m_credentials.clear();
    m_credential.reset();
    m_userId.clear();
    emit credentialsChanged();
    emit sessionChanged();
    setStep(m_step == Documents ? Documents : Login);
}

QVariantList SigningFlow::credentials() const
{
    QVariantList list;
    const QLocale locale;
    for (const csc::Credential &c : m_credentials) {
        QStringList factors;
        for (csc::AuthFactor f : c.factors)
            factors << factorLabel(f);
        list << QVariantMap{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("subject"), c.subjectCn},
            {QStringLiteral("subjectDn"), c.subjectDn},
            {QStringLiteral("issuer"), c.issuerDn},
            {QStringLiteral("validFrom"), locale.toString(c.validFrom.toLocalTime(), QLocale::ShortFormat)},
            {QStringLiteral("validTo"), locale.toString(c.validTo.toLocalTime(), QLocale::ShortFormat)},
            {QStringLiteral("key"), c.keyDescription()},
            {QStringLiteral("status"), c.statusDescription()},
            {QStringLiteral("level"), c.keyAuthorizationLevel()},
            {QStringLiteral("factors"), factors},
            {QStringLiteral("multisign"), c.multisign},
            {QStringLiteral("usable"), c.usable()}};
    }
    return list;
}

bool SigningFlow::chooseCredential(const QString &id)
{
    for (const csc::Credential &c : m_credentials) {
        if (c.id != id)
            continue;
        if (!c.usable()) {
            setError({QStringLiteral("flow.credential_unusable"),
                      tr("This credential cannot sign: its key is disabled or its certificate is not valid."),
                      c.statusDescription()});
            return false;
        }
        m_credential = c;
        clearError();
        emit credentialsChanged();
        setStep(Options);
        return true;
    }
    return false;
}

void SigningFlow::setLevel(const QString &v)
{
    if (m_level != v) {
        m_level = v;
        emit optionsChanged();
    }
}
void SigningFlow::setXmlPackaging(const QString &v)
{
    if (m_xmlPackaging != v) {
        m_xmlPackaging = v;
        emit optionsChanged();
    }
}
void SigningFlow::setReason(const QString &v)
{
    if (m_reason != v) {
        m_reason = v;
        emit optionsChanged();
    }
}
void SigningFlow::setLocation(const QString &v)
{
    if (m_location != v) {
        m_location = v;
        emit optionsChanged();
    }
}
void SigningFlow::setOutputFolder(const QString &v)
{
    if (m_outputFolder != v) {
        m_outputFolder = v;
        emit optionsChanged();
    }
}

void SigningFlow::startSigning()
{
    if (!m_credential || !m_client || !m_context)
        return;
    clearError();
    const AppSettings settings = m_context->settingsStore().load();
    if (m_level == QLatin1String("B-T")) {
        // A TSA from the settings, else the signature service's own signatures/timestamp.
        if (settings.tsaUrl.isEmpty())
            m_tsa = std::make_unique<csc::CscTimestampSource>(*m_client, settings.trustAnchors);
        else
            m_tsa =
                std::make_unique<TspClient>(TspConfig{settings.tsaUrl, m_caBundle, settings.trustAnchors});
    }

    std::vector<std::unique_ptr<SigningSession>> sessions;
    const auto *docs = m_context->documents();
    for (int row = 0; row < docs->count(); ++row) {
        const QModelIndex i = docs->index(row);
        const QString path = docs->data(i, DocumentsViewModel::PathRole).toString();
        const QString kind = docs->data(i, DocumentsViewModel::KindRole).toString();
        const QFileInfo info(path);
        if (kind == QLatin1String("pdf")) {
            PadesOptions o;
            o.input = path;
            o.output =
                outputFor(path, m_outputFolder, info.completeBaseName() + QStringLiteral("-signed.pdf"));
            o.level = m_level == QLatin1String("B-T") ? PadesLevel::B_T : PadesLevel::B_B;
            o.reason = m_reason;
            o.location = m_location;
            o.clock = &m_context->clock();
            o.timestamps = m_tsa.get();
            sessions.push_back(std::make_unique<PadesSession>(o));
        } else {
            xades::XadesOptions o;
            o.packaging = m_xmlPackaging == QLatin1String("enveloping") ? xades::Packaging::Enveloping
                          : m_xmlPackaging == QLatin1String("detached") || kind != QLatin1String("xml")
                              ? xades::Packaging::Detached
                              : xades::Packaging::Enveloped;
            o.output =
                QDir(m_outputFolder.isEmpty() ? info.absolutePath() : m_outputFolder)
                    .filePath(QFileInfo(xades::XadesSession::defaultOutput(path, o.packaging)).fileName());
            o.level = m_level == QLatin1String("B-T") ? xades::Level::BT : xades::Level::BB;
            o.clock = &m_context->clock();
            o.timestampSource = m_tsa.get();
            sessions.push_back(std::make_unique<xades::XadesSession>(path, o));
        }
    }
    m_signer = std::make_unique<csc::CscHashSigner>(*m_client, *m_credential, *this, this,
                                                    csc::CscHashSigner::Options{});
    m_batch = std::make_unique<BatchSigner>(*m_signer, std::move(sessions));
    m_results.clear();
    emit resultsChanged();
    setStep(Progress);
    setBusy(true);
    m_batch->start([this](QList<BatchItemResult> results) { onBatchDone(std::move(results)); });
}

void SigningFlow::plannedAuthorizations(const csc::Credential &, int count, int totalSignatures)
{
    if (count > 1)
        emit authorizationsPlanned(count, totalSignatures);
}

void SigningFlow::requestFactors(const csc::FactorRequest &request,
                                 std::function<void(csc::FactorAnswer)> answer)
{
    m_request = request;
    m_answer = std::move(answer);
    emit authorizationChanged();
    setBusy(false);
    setStep(Authorize);
}

QStringList SigningFlow::factors() const
{
    QStringList out;
    if (m_request) {
        for (csc::AuthFactor f : m_request->factors)
            out << factorLabel(f);
    }
    return out;
}

QString SigningFlow::authorizationError() const
{
    return m_request && m_request->lastError ? m_request->lastError->message : QString();
}

void SigningFlow::submitFactors(const QString &pin, const QString &otp)
{
    if (!m_answer)
        return;
    csc::FactorAnswer a;
    a.action = csc::FactorAnswer::Action::Submit;
    a.pin = pin.toUtf8();
    a.otp = otp.toUtf8();
    auto answer = std::move(m_answer);
    m_answer = nullptr;
    setStep(Progress);
    setBusy(true);
    answer(std::move(a));
}

void SigningFlow::sendOtp()
{
    if (!m_answer)
        return;
    csc::FactorAnswer a;
    a.action = csc::FactorAnswer::Action::SendOtp;
    auto answer = std::move(m_answer);
    m_answer = nullptr;
    answer(std::move(a));
}

void SigningFlow::cancel()
{
    if (m_answer) {
        auto answer = std::move(m_answer);
        m_answer = nullptr;
        answer(csc::FactorAnswer{});
        return;
    }
    if (m_batch) {
        m_batch->cancel();
        return;
    }
    if (m_client)
        m_client->cancel();
    setBusy(false);
}

bool SigningFlow::openUrl(const QUrl &url)
{
    emit openUrlRequested(url);
    return true;
}

void SigningFlow::onBatchDone(QList<BatchItemResult> results)
{
    setBusy(false);
    m_request.reset();
    emit authorizationChanged();
    for (const BatchItemResult &r : results) {
        m_results << describeResult(r);
        if (m_context) {
            HistoryEntry e;
            e.action = QStringLiteral("sign");
            e.document = QFileInfo(r.input).fileName();
            e.output = r.output ? QFileInfo(*r.output).fileName() : QString();
            e.rssp = m_serviceUrl.toString();
            e.user = m_userId;
            e.credential = m_credential ? m_credential->id : QString();
            e.signer = m_credential ? m_credential->subjectDn : QString();
            e.level = m_level;
            e.result = r.output ? QStringLiteral("ok") : QStringLiteral("failed");
            e.reason = r.output ? QString() : r.output.error().message;
            (void)m_context->history().record(e);
        }
    }
    if (m_context)
        emit m_context->historyChanged();
    m_batch.reset();
    emit resultsChanged();
    setStep(Outcome);
}

QVariantMap SigningFlow::describeResult(const BatchItemResult &r) const
{
    QVariantMap m{{QStringLiteral("name"), QFileInfo(r.input).fileName()},
                  {QStringLiteral("input"), r.input},
                  {QStringLiteral("ok"), bool(r.output)},
                  {QStringLiteral("signer"), m_credential ? m_credential->subjectCn : QString()},
                  {QStringLiteral("signerDn"), m_credential ? m_credential->subjectDn : QString()},
                  {QStringLiteral("signerId"), m_userId}};
    if (r.output) {
        m["output"] = *r.output;
        m["outputName"] = QFileInfo(*r.output).fileName();
        QDateTime time = m_context ? m_context->clock().now() : QDateTime::currentDateTimeUtc();
        m["timeSource"] = QStringLiteral("computer");
        // The signer checks that the intended document got the intended signature (guideline
        // 4.2.2 (C)): the output is verified like anyone's document, against the configured anchors.
        const verify::FileReport check = verifyOutput(*r.output);
        if (!check.signatures.isEmpty()) {
            const verify::SignatureReport &ours = check.signatures.last();
            m["verdict"] = verify::verdictKey(ours.verdict());
            m["verdictText"] = verify::verdictText(ours.verdict());
            m["verificationReason"] = ours.reason;
            for (const verify::TimestampInfo &t : ours.timestamps) {
                if (t.kind == QLatin1String("signature") && t.intact && t.signatureValid) {
                    time = t.time;
                    m["timeSource"] = QStringLiteral("timestamp");
                    m["tsa"] = t.tsa ? t.tsa->commonName : QString();
                }
            }
        } else {
            m["verdict"] = QStringLiteral("invalid");
            m["verificationReason"] =
                check.error ? check.error->message : tr("No signature was found in the output.");
        }
        m["signingTime"] = QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
    } else {
        m["error"] = r.output.error().message;
        m["errorDetail"] = r.output.error().detail;
    }
    return m;
}

verify::FileReport SigningFlow::verifyOutput(const QString &path) const
{
    verify::TrustStore trust;
    if (m_context) {
        const QString anchors = m_context->settingsStore().load().trustAnchors;
        if (!anchors.isEmpty())
            (void)trust.load(anchors);
    }
    verify::VerifyOptions options;
    options.context.trust = &trust;
    options.context.clock = m_context ? &m_context->clock() : &SystemClock::instance();
    return verify::verifyFile(path, options);
}

int SigningFlow::succeeded() const
{
    return int(std::count_if(m_results.begin(), m_results.end(), [](const QVariant &v) {
        return v.toMap().value(QStringLiteral("ok")).toBool();
    }));
}

void SigningFlow::back()
{
    clearError();
    switch (m_step) {
    case Login:
    case Credential:
        setStep(Documents);
        break;
    case Options:
        setStep(Credential);
        break;
    default:
        break;
    }
}

void SigningFlow::restart()
{
    if (m_context)
        m_context->documents()->clear();
    m_results.clear();
    emit resultsChanged();
    clearError();
    setStep(Documents);
}

} // namespace sic::ui

#include "signingflow.h"

#include "csc/cscerror.h"
#include "csc/csctimestampsource.h"
#include "engine/formats.h"
#include "tsp/tspclient.h"

#include <QFileInfo>

namespace sic::ui {

SigningFlow::SigningFlow(QObject *parent)
    : QObject(parent), m_login(new LoginViewModel(this)), m_credentials(new CredentialsViewModel(this)),
      m_options(new OptionsViewModel(this)),
      m_authorization(new AuthorizationViewModel(&SystemClock::instance(), this)),
      m_progress(new ProgressViewModel(this)), m_result(new ResultViewModel(this))
{
    connect(m_authorization, &AuthorizationViewModel::requested, this, [this] {
        if (!m_pendingEnd.isEmpty() || m_pendingLogout) {
            // The session is to end (idle, or the user signed out): nobody answers this prompt.
            QMetaObject::invokeMethod(m_authorization, &AuthorizationViewModel::cancel, Qt::QueuedConnection);
            return;
        }
        setBusy(false);
        for (int i = 0; i < m_progress->total(); ++i) {
            if (m_progress->stage(i) == QLatin1String("signing"))
                m_progress->setStage(i, QStringLiteral("authorizing"));
        }
        setStep(Authorize);
    });
    connect(m_authorization, &AuthorizationViewModel::answered, this, &SigningFlow::onAuthorizationAnswered);
    connect(m_authorization, &AuthorizationViewModel::authorizationsPlanned, this,
            &SigningFlow::authorizationsPlanned);
}

SigningFlow::~SigningFlow()
{
    // The batch refers to the signer, the signer to the prompter and the client: tear down in that
    // order.
    m_batch.reset();
    m_signer.reset();
    m_client.reset();
}

void SigningFlow::setContext(AppContext *context)
{
    if (m_context == context)
        return;
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    if (m_context) {
        m_authorization->setClock(&m_context->clock());
        m_idle = std::make_unique<IdleWatcher>(m_context->clock());
        connect(m_idle.get(), &IdleWatcher::expired, this, &SigningFlow::onIdle);
        connect(m_context, &AppContext::settingsChanged, this, [this] {
            // The idle timeout applies now; a new service choice from the next login on (a session
            // in progress keeps its service).
            if (loggedIn() || m_busy || m_signingActive) {
                m_idleMinutes = m_context->settingsStore().load().idleTimeoutMinutes;
                m_idle->setTimeoutMinutes(m_idleMinutes);
            } else {
                m_client.reset();
                m_transport.reset();
                loadSettings();
            }
            emit sessionChanged();
        });
        loadSettings();
    }
    emit contextChanged();
    emit sessionChanged();
}

void SigningFlow::loadSettings()
{
    const AppSettings s = m_context->settingsStore().load();
    for (const RsspProfile &p : s.rssps) {
        if (p.name == s.selectedRssp || (s.selectedRssp.isEmpty() && m_serviceUrl.isEmpty())) {
            m_serviceUrl = p.url;
            m_caBundle = p.caBundle;
        }
    }
    m_options->setLevel(s.defaultLevel);
    m_options->setOutputFolder(s.outputFolder);
    m_idleMinutes = s.idleTimeoutMinutes;
    m_idle->setTimeoutMinutes(m_idleMinutes);
}

void SigningFlow::setService(const QUrl &url, const QString &caBundle)
{
    m_serviceUrl = url;
    m_caBundle = caBundle;
    m_client.reset();
    m_transport.reset();
    emit sessionChanged();
}

void SigningFlow::setTransport(csc::CscTransport *transport)
{
    m_externalTransport = transport;
    m_client.reset();
    m_transport.reset();
}

QString SigningFlow::serviceName() const
{
    if (m_client && !m_client->serviceInfo().name.isEmpty())
        return m_client->serviceInfo().name;
    return m_serviceUrl.host();
}

QDateTime SigningFlow::sessionExpiry() const
{
    if (!loggedIn() || m_client->accessTokenExpiresIn() <= 0 || !m_loginTime.isValid())
        return {};
    return m_loginTime.addSecs(m_client->accessTokenExpiresIn());
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
    if (!m_context->documents()->allConfirmed()) {
        setError({QStringLiteral("flow.documents_not_confirmed"),
                  tr("Preview and confirm each document before you continue."),
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
    csc::CscTransport *transport = m_externalTransport;
    if (!transport) {
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
        transport = m_transport.get();
    }
    m_client = std::make_unique<csc::CscClient>(*transport, m_serviceUrl);
    return true;
}

void SigningFlow::loginWithPassword(const QString &user, const QString &password)
{
    if (m_busy || !ensureClient())
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
    if (m_busy || !ensureClient())
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
    if (!result) {
        setBusy(false);
        setError(result.error());
        emit sessionChanged();
        return;
    }
    m_loginTime = m_context ? m_context->clock().now() : QDateTime::currentDateTimeUtc();
    m_sessionEndedReason.clear();
    if (m_idle)
        m_idle->start();
    emit sessionChanged();
    loadCredentials();
}

void SigningFlow::loadCredentials()
{
    setBusy(true);
    m_client->listCredentials([this](Result<QList<csc::Credential>> list) {
        setBusy(false);
        if (!list) {
            if (csc::isKind(list.error(), csc::CscErrorKind::SessionExpired))
                return endSession(list.error().message);
            setError(list.error());
            return;
        }
        const QDateTime now = m_context ? m_context->clock().now() : QDateTime::currentDateTimeUtc();
        m_credentials->setCredentials(*list, now);
        clearError();
        setStep(Credential);
    });
}

void SigningFlow::credentialChosen()
{
    clearError();
    setStep(Options);
}

void SigningFlow::logout()
{
    if (m_signingActive) {
        m_pendingLogout = true;
        cancel();
        return;
    }
    endSession({});
}

void SigningFlow::onIdle()
{
    const QString reason =
        tr("You were signed out after %n minute(s) without activity. Sign in again to continue.", nullptr,
           m_idleMinutes);
    if (!m_signingActive)
        return endSession(reason);
    // Never in the middle of signing: the batch finishes first. A prompt nobody answers is
    // abandoned, which ends the batch.
    m_pendingEnd = reason;
    if (m_step == Authorize)
        m_authorization->cancel();
}

void SigningFlow::endSession(QString reason)
{
    if (m_idle)
        m_idle->stop();
    const bool wasLoggedIn = loggedIn();
    if (m_client) {
        if (wasLoggedIn)
            m_client->revokeAndLogout([](Result<void>) {}); // local state is gone either way
        else
            m_client->logout();
    }
    setBusy(false);
    m_credentials->clear();
    m_userId.clear();
    m_loginTime = {};
    m_sessionEndedReason = reason;
    m_pendingEnd.clear();
    m_pendingLogout = false;
    if (reason.isEmpty())
        clearError();
    else
        setError({QStringLiteral("flow.session_ended"), reason, {}});
    emit sessionChanged();
    if (!reason.isEmpty() && wasLoggedIn)
        emit sessionEnded(reason);
    // The result screen stays readable; every other step needs a session.
    if (m_step != Documents && m_step != Outcome)
        setStep(Login);
}

void SigningFlow::startSigning()
{
    if (!m_credentials->selected() || !m_client || !m_context || m_signingActive)
        return;
    if (!loggedIn())
        return endSession(tr("The session with the signature service has ended. Log in again."));
    // What you see is what you sign: a document changed on disk since it was confirmed (the list
    // re-hashes it and withdraws the confirmation) goes back to the preview.
    if (!m_context->documents()->allConfirmed()) {
        setError({QStringLiteral("flow.documents_not_confirmed"),
                  tr("A document changed after you confirmed it. Preview and confirm it again."),
                  {}});
        setStep(Documents);
        return;
    }
    clearError();
    const csc::Credential credential = *m_credentials->selected();
    const AppSettings settings = m_context->settingsStore().load();
    engine::SignRequest request = m_options->request(*m_context->documents(), m_context->clock());
    request.tsaUrl = settings.tsaUrl;
    request.trust = {settings.trustAnchors, settings.useSystemTrust};
    const FormatRegistry &registry = engine::formats();
    if (auto ok = engine::checkRequest(request, registry); !ok) {
        setError(ok.error());
        return;
    }
    m_tsa.reset();
    if (needsTimestamp(request.level)) {
        // A TSA from the settings, else the signature service's own signatures/timestamp.
        if (settings.tsaUrl.isEmpty())
            m_tsa = std::make_unique<csc::CscTimestampSource>(*m_client, settings.trustAnchors);
        else
            m_tsa =
                std::make_unique<TspClient>(TspConfig{settings.tsaUrl, m_caBundle, settings.trustAnchors});
    }
    const QList<engine::PlannedDocument> plan = engine::planDocuments(request, registry);
    QStringList names;
    for (const engine::PlannedDocument &d : plan)
        names << QFileInfo(d.inputs.value(0)).fileName();
    auto sessions = engine::makeSessions(request, plan, registry, m_tsa.get());
    m_signer = std::make_unique<csc::CscHashSigner>(*m_client, credential, *m_authorization, this,
                                                    csc::CscHashSigner::Options{});
    m_batch = std::make_unique<BatchSigner>(*m_signer, std::move(sessions));
    m_batch->setPrepareHook(m_prepareHook);
    connect(m_batch.get(), &BatchSigner::stageChanged, this, &SigningFlow::onStage);
    m_result->clear();
    m_progress->setDocuments(names);
    m_signingActive = true;
    setStep(Progress);
    setBusy(true);
    m_batch->start([this](QList<BatchItemResult> results) { onBatchDone(std::move(results)); });
}

void SigningFlow::onStage(int index, BatchSigner::Stage stage)
{
    switch (stage) {
    case BatchSigner::Stage::Queued:
        m_progress->setStage(index, QStringLiteral("queued"));
        break;
    case BatchSigner::Stage::Hashing:
        m_progress->setStage(index, QStringLiteral("hashing"));
        break;
    case BatchSigner::Stage::Signing:
        // The signer asks for the authorization first; "signing" once it is given.
        m_progress->setStage(index, QStringLiteral("authorizing"));
        break;
    case BatchSigner::Stage::Embedding:
        m_progress->setStage(index, QStringLiteral("embedding"));
        break;
    case BatchSigner::Stage::Done:
        break; // verified next; "done" when that is over
    case BatchSigner::Stage::Failed:
        m_progress->setStage(index, QStringLiteral("failed"));
        break;
    }
}

void SigningFlow::onAuthorizationAnswered(csc::FactorAnswer::Action action)
{
    if (action == csc::FactorAnswer::Action::SendOtp)
        return; // asked again once the code is on its way
    if (action == csc::FactorAnswer::Action::Cancel)
        m_progress->setCancelling(true);
    for (int i = 0; i < m_progress->total(); ++i) {
        if (m_progress->stage(i) == QLatin1String("authorizing"))
            m_progress->setStage(i, QStringLiteral("signing"));
    }
    setStep(Progress);
    setBusy(true);
}

void SigningFlow::cancel()
{
    if (m_authorization->pending()) {
        m_authorization->cancel();
        return;
    }
    if (m_batch) {
        m_progress->setCancelling(true);
        m_batch->cancel();
        return;
    }
    if (m_signingActive)
        return; // verifying the outputs: nothing left to undo
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
    const csc::Credential credential = m_credentials->selected().value_or(csc::Credential{});
    bool sessionExpired = false;
    std::optional<Error> firstError;
    for (const BatchItemResult &r : results) {
        if (!r.output) {
            sessionExpired |= csc::isKind(r.output.error(), csc::CscErrorKind::SessionExpired);
            if (!firstError)
                firstError = r.output.error();
        }
        if (m_context) {
            HistoryEntry e;
            e.action = QStringLiteral("sign");
            e.document = QFileInfo(r.inputs.value(0)).fileName();
            e.output = r.output ? QFileInfo(*r.output).fileName() : QString();
            e.rssp = m_serviceUrl.toString();
            e.user = m_userId;
            e.credential = credential.id;
            e.signer = credential.subjectDn;
            e.level = m_options->level();
            e.result = r.output ? QStringLiteral("ok") : QStringLiteral("failed");
            e.reason = r.output ? QString() : r.output.error().message;
            (void)m_context->history().record(e);
        }
    }
    if (m_context)
        emit m_context->historyChanged();
    // What went wrong is on the result rows; the header repeats the first problem (locked key,
    // expired authorization, ...).
    if (firstError && firstError->code != QLatin1String("cancelled") &&
        !csc::isKind(*firstError, csc::CscErrorKind::Cancelled))
        setError(*firstError);
    // The batch object may be the caller of this callback: let it return first.
    m_batch->deleteLater();
    (void)m_batch.release();
    m_authorization->reset();
    if (sessionExpired && m_pendingEnd.isEmpty())
        m_pendingEnd = tr("The session with the signature service has ended. Log in again.");

    // A browser login (OAuth2) does not tell the app who logged in; the screen says so rather than
    // showing an empty signer ID.
    const QString signerId =
        m_userId.isEmpty() ? tr("(not known to this app: you signed in with the browser)") : m_userId;
    const ResultViewModel::Signer signer{signerId, credential.subjectCn, credential.subjectDn};
    ResultViewModel::Trust trust;
    if (m_context) {
        const AppSettings settings = m_context->settingsStore().load();
        trust = {settings.trustAnchors, settings.useSystemTrust};
    }
    QPointer<SigningFlow> self(this);
    m_result->present(
        results, signer, trust, m_context ? m_context->clock() : SystemClock::instance(),
        [self](int index, bool finished) {
            if (self)
                self->m_progress->setStage(index,
                                           finished ? QStringLiteral("done") : QStringLiteral("verifying"));
        },
        [self] {
            if (self)
                self->onOutcomeReady();
        });
}

void SigningFlow::onOutcomeReady()
{
    m_signingActive = false;
    m_progress->setCancelling(false);
    setBusy(false);
    setStep(Outcome);
    if (m_pendingLogout)
        endSession({});
    else if (!m_pendingEnd.isEmpty())
        endSession(m_pendingEnd);
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
    if (m_signingActive)
        return;
    if (m_context)
        m_context->documents()->clear();
    m_result->clear();
    m_progress->setDocuments({});
    clearError();
    setStep(Documents);
}

} // namespace sic::ui

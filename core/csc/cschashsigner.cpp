#include "csc/cschashsigner.h"

#include "csc/cscerror.h"
#include "csc/encoding.h"
#include "csc/signaturecheck.h"

namespace sic::csc {

namespace {
constexpr int kMaxPromptsPerAuthorization = 10;
constexpr const char *kRsaEncryption = "1.2.840.113549.1.1.1";
constexpr const char *kEcPublicKey = "1.2.840.10045.2.1";
} // namespace

CscHashSigner::CscHashSigner(CscClient &client, Credential credential, AuthorizationPrompter &prompter,
                             UrlOpener *opener, Options options, QObject *parent)
    : QObject(parent), m_client(client), m_credential(std::move(credential)), m_prompter(prompter),
      m_opener(opener), m_options(options)
{
    m_scheme.hash = options.hash;
    switch (m_credential.keyAlgorithm) {
    case Credential::KeyAlgorithm::Ec:
        m_scheme.kind = SignatureScheme::Kind::Ecdsa;
        break;
    case Credential::KeyAlgorithm::Rsa:
        m_scheme.kind = options.preferPss && m_credential.supportsSignAlgo(
                                                 signatureOid({SignatureScheme::Kind::RsaPss, options.hash}))
                            ? SignatureScheme::Kind::RsaPss
                            : SignatureScheme::Kind::RsaPkcs1;
        break;
    case Credential::KeyAlgorithm::Unknown:
        m_setupError =
            makeError(CscErrorKind::Unsupported,
                      QStringLiteral("credential %1 has an unknown key type").arg(m_credential.id));
        break;
    }
    if (options.preferPss && m_credential.keyAlgorithm == Credential::KeyAlgorithm::Rsa &&
        m_scheme.kind != SignatureScheme::Kind::RsaPss)
        m_setupError =
            makeError(CscErrorKind::Unsupported,
                      QStringLiteral("RSASSA-PSS was asked for, but credential %1 lists only %2")
                          .arg(m_credential.id, m_credential.signAlgos.join(QStringLiteral(", "))));
    m_signAlgo = chooseSignAlgo();
    m_perCall = std::max(0, m_client.settings().maxHashesPerCall);
    if (m_scheme.kind == SignatureScheme::Kind::RsaPss)
        m_signAlgoParams = pssParametersDer(PssParameters::forHash(m_scheme.hash));
    if (!hashInfo(options.hash).allowedForSigning)
        m_setupError =
            makeError(CscErrorKind::Unsupported, QStringLiteral("hash %1 is not allowed for signing")
                                                     .arg(QString::fromLatin1(hashInfo(options.hash).name)));
    if (m_credential.chain.isEmpty())
        m_setupError =
            makeError(CscErrorKind::MalformedResponse,
                      QStringLiteral("credential %1 came without its certificate").arg(m_credential.id));
}

CscHashSigner::~CscHashSigner()
{
    m_sad.wipe();
}

QString CscHashSigner::chooseSignAlgo() const
{
    // id-RSASSA-PSS names no hash (that is in signAlgoParams), so it needs no fallback choice.
    if (m_scheme.kind == SignatureScheme::Kind::RsaPss)
        return QString::fromLatin1(signatureOid(m_scheme));
    const bool rsa = m_scheme.kind == SignatureScheme::Kind::RsaPkcs1;
    const QString hashSpecific = QString::fromLatin1(signatureOid(m_scheme));
    const QString keyOid = QString::fromLatin1(rsa ? kRsaEncryption : kEcPublicKey);
    // A provider profile's order wins; OIDs for other hashes or keys in it are skipped.
    const ClientSettings &settings = m_client.settings();
    for (const QString &oid : rsa ? settings.rsaSignAlgorithms : settings.ecSignAlgorithms) {
        if (oid == hashSpecific || oid == keyOid)
            return oid;
    }
    // A service that only lists the key OID gets it, with the hash named separately (hashAlgo);
    // the specification allows it. Should the service refuse it after all, onValues retries once
    // with the hash-specific OID under the same SAD.
    if (!m_credential.supportsSignAlgo(hashSpecific.toLatin1().constData()) &&
        m_credential.supportsSignAlgo(keyOid.toLatin1().constData()))
        return keyOid;
    return hashSpecific;
}

int CscHashSigner::authorizationsFor(int digests) const
{
    const int per = std::max(1, m_credential.multisign);
    return (digests + per - 1) / per;
}

void CscHashSigner::planAuthorizations(int count, int totalDigests)
{
    m_plannedCount = count;
    m_callsDone = 0;
    m_prompter.plannedAuthorizations(m_credential, count, totalDigests);
}

void CscHashSigner::signDigests(const QList<QByteArray> &digests, Callback done)
{
    if (m_done) {
        done(failWith(CscErrorKind::Unsupported, QStringLiteral("a signing batch is already running")));
        return;
    }
    if (m_setupError) {
        done(std::unexpected(*m_setupError));
        return;
    }
    if (digests.isEmpty()) {
        done(QList<QByteArray>());
        return;
    }
    for (const QByteArray &d : digests) {
        if (d.size() != hashInfo(m_scheme.hash).size) {
            done(failWith(CscErrorKind::Unsupported,
                          QStringLiteral("a digest of %1 bytes is not %2")
                              .arg(d.size())
                              .arg(QString::fromLatin1(hashInfo(m_scheme.hash).name))));
            return;
        }
    }
    m_done = std::move(done);
    m_cancelled = false;
    m_results.clear();
    m_batches.clear();
    m_batchIndex = 0;
    const int per = std::max(1, m_credential.multisign);
    for (qsizetype i = 0; i < digests.size(); i += per)
        m_batches << digests.mid(i, per);
    if (m_plannedCount == 0) // no plan from the caller: this call is the whole batch
        m_prompter.plannedAuthorizations(m_credential, int(m_batches.size()), int(digests.size()));
    nextBatch();
}

void CscHashSigner::nextBatch()
{
    if (m_batchIndex >= m_batches.size()) {
        finish(m_results);
        return;
    }
    FactorRequest request;
    request.credential = m_credential;
    request.numSignatures = int(m_batches[m_batchIndex].size());
    request.factors = m_credential.factors;
    request.optionalFactors = m_credential.optionalFactors;
    request.authorizationIndex = m_callsDone + m_batchIndex + 1;
    request.authorizationCount = std::max(m_plannedCount, m_callsDone + int(m_batches.size()));
    m_prompts = 0;
    ask(request);
}

void CscHashSigner::ask(FactorRequest request)
{
    if (m_cancelled)
        return;
    if (++m_prompts > kMaxPromptsPerAuthorization) {
        finish(std::unexpected(request.lastError.value_or(makeError(CscErrorKind::Cancelled))));
        return;
    }
    QPointer<CscHashSigner> self(this);
    m_prompter.requestFactors(request, [self, request](FactorAnswer answer) {
        if (!self) {
            answer.wipe();
            return;
        }
        self->onAnswer(request, std::move(answer));
    });
}

void CscHashSigner::onAnswer(FactorRequest request, FactorAnswer answer)
{
    if (m_cancelled || !m_done) {
        answer.wipe();
        return;
    }
    const QList<QByteArray> &batch = m_batches[m_batchIndex];
    QPointer<CscHashSigner> self(this);
    switch (answer.action) {
    case FactorAnswer::Action::Cancel:
        answer.wipe();
        // Giving up after a refusal reports the refusal (wrong PIN, ...): that is what went wrong.
        if (request.lastError)
            return finish(std::unexpected(*request.lastError));
        finish(failWith(CscErrorKind::Cancelled, QStringLiteral("authorization cancelled by the user")));
        return;
    case FactorAnswer::Action::SendOtp:
        answer.wipe();
        m_client.sendOtp(m_credential, [self, request](Result<void> sent) mutable {
            if (!self || self->m_cancelled)
                return;
            if (!sent)
                return self->finish(std::unexpected(sent.error()));
            request.otpSent = true;
            request.lastError.reset();
            self->ask(request);
        });
        return;
    case FactorAnswer::Action::Submit:
        break;
    }
    auto onSad = [self, request](Result<Sad> sad) {
        if (!self || self->m_cancelled) {
            if (sad)
                sad->wipe();
            return;
        }
        self->onSad(request, std::move(sad));
    };
    if (m_credential.authMode == Credential::AuthMode::OAuth2Code) {
        answer.wipe();
        if (!m_opener)
            return finish(failWith(CscErrorKind::Unsupported,
                                   QStringLiteral("no browser to run the oauth2code authorization")));
        m_client.authorizeInBrowser(m_credential, batch, m_scheme.hash, *m_opener, onSad);
        return;
    }
    m_client.authorize(m_credential, batch, m_scheme.hash, answer, onSad);
    answer.wipe();
}

void CscHashSigner::onSad(FactorRequest request, Result<Sad> sad)
{
    if (!sad) {
        const auto kind = errorKind(sad.error());
        if (kind == CscErrorKind::WrongPin || kind == CscErrorKind::WrongOtp ||
            kind == CscErrorKind::OtpExpired) {
            request.lastError = sad.error();
            // An expired code spends no attempt: the count stays unless the service names one.
            const int left = attemptsLeftFrom(sad.error().detail);
            if (kind != CscErrorKind::OtpExpired || left >= 0)
                request.attemptsLeft = left;
            request.otpSent = false;
            ask(request);
            return;
        }
        finish(std::unexpected(sad.error()));
        return;
    }
    m_sad.wipe();
    m_sad = std::move(*sad);
    m_chunkStart = 0;
    signChunk(request);
}

void CscHashSigner::signChunk(FactorRequest request)
{
    const QList<QByteArray> &batch = m_batches[m_batchIndex];
    if (m_chunkStart >= batch.size()) {
        m_sad.wipe();
        ++m_batchIndex;
        nextBatch();
        return;
    }
    const qsizetype per = m_perCall > 0 ? m_perCall : batch.size();
    const QList<QByteArray> chunk = batch.mid(m_chunkStart, per);
    QPointer<CscHashSigner> self(this);
    m_client.signHash(m_credential, m_sad, chunk, m_scheme.hash, m_signAlgo, m_signAlgoParams,
                      [self, request, chunk](Result<QList<QByteArray>> values) {
                          if (!self || self->m_cancelled)
                              return;
                          self->onValues(request, chunk, std::move(values));
                      });
}

void CscHashSigner::onValues(FactorRequest request, const QList<QByteArray> &chunk,
                             Result<QList<QByteArray>> values)
{
    if (!values) {
        const auto kind = errorKind(values.error());
        const QString keyOid = QString::fromLatin1(
            m_scheme.kind == SignatureScheme::Kind::Ecdsa ? kEcPublicKey : kRsaEncryption);
        // The credential listed only the key OID and the service refused it as signAlgo: a refused
        // parameter spends nothing, so the same call goes again with the hash-specific OID.
        if (m_signAlgo == keyOid && kind == CscErrorKind::ServiceError &&
            values.error().detail.contains(QLatin1String("HTTP 400")) &&
            values.error().detail.contains(QLatin1String("signAlgo"), Qt::CaseInsensitive)) {
            m_signAlgo = QString::fromLatin1(signatureOid(m_scheme));
            signChunk(request);
            return;
        }
        // One hash per call, and the SAD was spent by the first: the rest needs its own
        // authorization, and the signer is told why. Each round signs at least one document, so
        // this ends.
        if (m_chunkStart > 0 && (kind == CscErrorKind::SadInvalid || kind == CscErrorKind::SadExpired)) {
            const QList<QByteArray> rest = m_batches[m_batchIndex].mid(m_chunkStart);
            m_batches[m_batchIndex] = rest;
            m_sad.wipe();
            request.continuation = true;
            request.alreadySigned = int(m_chunkStart);
            request.numSignatures = int(rest.size());
            request.lastError.reset();
            request.attemptsLeft = -1;
            request.otpSent = false;
            m_chunkStart = 0;
            m_prompts = 0;
            ask(request);
            return;
        }
        finish(std::unexpected(values.error()));
        return;
    }
    QList<QByteArray> accepted;
    for (qsizetype i = 0; i < values->size(); ++i) {
        auto checked = checkSignatureValue(m_credential.chain.first(), m_scheme, chunk[i], values->at(i));
        if (!checked) {
            Error e = checked.error();
            e.detail = QStringLiteral("signature %1 of %2 from credential %3: %4")
                           .arg(m_results.size() + i + 1)
                           .arg(m_batches.size() > 1 || m_chunkStart > 0 ? QStringLiteral("this batch")
                                                                         : QString::number(chunk.size()))
                           .arg(m_credential.id, e.detail);
            finish(std::unexpected(e));
            return;
        }
        accepted << *checked;
    }
    // Fewer values than hashes: the service has shown how many it signs per call.
    if (values->size() < chunk.size())
        m_perCall = int(values->size());
    m_results += accepted;
    m_chunkStart += values->size();
    signChunk(request);
}

void CscHashSigner::cancel()
{
    if (!m_done)
        return;
    m_cancelled = true;
    m_client.cancel();
    Callback done = std::move(m_done);
    m_done = nullptr;
    done(failWith(CscErrorKind::Cancelled, QStringLiteral("signing cancelled")));
}

void CscHashSigner::finish(Result<QList<QByteArray>> result)
{
    m_callsDone += int(m_batches.size());
    m_sad.wipe();
    m_batches.clear();
    m_results.clear();
    if (!m_done)
        return;
    Callback done = std::move(m_done);
    m_done = nullptr;
    done(std::move(result));
}

} // namespace sic::csc

#include "verify/verifyjob.h"

#include "verify/onlinerevocation.h"
#include "verify/truststore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>

#include <openssl/crypto.h>

namespace sic::verify {

namespace {

struct State
{
    VerifyJob job;
    VerifyCallbacks callbacks;
    QThreadPool *pool = nullptr;
    QPointer<QObject> receiver; // read on the GUI thread only
    bool fetched = false;       // the online data is in job.options (or none was needed)
};

bool cancelled(const State &s)
{
    return s.job.cancel && s.job.cancel->load();
}

// Posted to the application object rather than to the receiver: a pool thread may not touch a
// receiver that the GUI thread is destroying, but the QPointer tells the GUI thread it is gone.
void post(const std::shared_ptr<State> &s, std::function<void(State &)> fn)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [s, fn = std::move(fn)] {
            if (s->receiver && !cancelled(*s) && (!s->callbacks.wanted || s->callbacks.wanted()))
                fn(*s);
        },
        Qt::QueuedConnection);
}

void runPass(const std::shared_ptr<State> &s);

void fetch(const std::shared_ptr<State> &s, const std::shared_ptr<RevocationNeeds> &needs)
{
    auto *fetcher = new OnlineRevocationFetcher(s->receiver.data());
    fetcher->fetch(needs->targets(), [s, fetcher](OnlineRevocationResult result) {
        fetcher->deleteLater();
        s->job.options.context.extraRevocation.append(result.data);
        s->fetched = true;
        if (!cancelled(*s) && (!s->callbacks.wanted || s->callbacks.wanted()))
            runPass(s);
    });
}

void verifyOnWorker(const std::shared_ptr<State> &s)
{
    if (cancelled(*s))
        return;
    if (!s->fetched) {
        if (s->job.prepare)
            s->job.prepare(s->job.options);
        post(s, [](State &st) {
            if (st.callbacks.started)
                st.callbacks.started();
        });
    }
    VerifyOptions options = s->job.options;
    options.context.trust = s->job.trust.get();
    std::shared_ptr<RevocationNeeds> needs;
    if (options.context.online && !s->fetched) {
        needs = std::make_shared<RevocationNeeds>();
        options.context.revocationNeeds = needs.get();
    }
    FileReport report = verifyFile(s->job.path, options);
    if (cancelled(*s))
        return;
    if (needs && !needs->isEmpty()) {
        post(s, [s, needs](State &) { fetch(s, needs); });
        return;
    }
    post(s, [r = std::move(report)](State &st) {
        if (st.callbacks.done)
            st.callbacks.done(r);
    });
}

void runPass(const std::shared_ptr<State> &s)
{
    s->pool->start([s] {
        verifyOnWorker(s);
        // Pool threads may outlive OpenSSL's cleanup at exit: release this thread's state now.
        OPENSSL_thread_stop();
    });
}

} // namespace

void verifyOnPool(QThreadPool &pool, QObject *receiver, VerifyJob job, VerifyCallbacks callbacks)
{
    auto s = std::make_shared<State>();
    s->job = std::move(job);
    s->callbacks = std::move(callbacks);
    s->pool = &pool;
    s->receiver = receiver;
    runPass(s);
}

ReportMeta reportMeta(const TrustStore *trust, bool online, const QDateTime &validationTime)
{
    ReportMeta meta;
    meta.generator = QStringLiteral("sic %1").arg(QStringLiteral(SIC_VERSION));
    meta.validationTime = validationTime;
    if (trust)
        setTrust(meta, *trust);
    meta.online = online;
    meta.language = QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
    return meta;
}

} // namespace sic::verify

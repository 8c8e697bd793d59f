#include "pagesource.h"

#include "preview/pageimageid.h"
#include "preview/pdfpreview.h"

#include <QMutex>
#include <QMutexLocker>
#include <QQmlEngine>
#include <QRunnable>

#include <atomic>

namespace sic::qmlui {

struct PageImageProvider::Cache
{
    static constexpr int kDocuments = 4;

    Result<std::shared_ptr<preview::PdfDocument>> get(const QString &path, const QString &revision)
    {
        const QString key = revision + QLatin1Char('\n') + path;
        {
            const QMutexLocker locker(&lock);
            for (qsizetype i = 0; i < entries.size(); ++i) {
                if (entries[i].first == key) {
                    entries.move(i, 0);
                    return entries.first().second;
                }
            }
        }
        // Opened outside the lock: a slow file must not hold up pages of other documents.
        auto doc = preview::PdfDocument::open(path);
        if (!doc)
            return doc;
        const QMutexLocker locker(&lock);
        entries.prepend({key, *doc});
        while (entries.size() > kDocuments)
            entries.removeLast();
        return doc;
    }

    QMutex lock;
    QList<std::pair<QString, std::shared_ptr<preview::PdfDocument>>> entries;
};

namespace {

// Widest rendering served, in device pixels (a 4K screen at full zoom-in stays under it).
constexpr int kMaxWidth = 8192;

// Follows the pattern of Qt's async image provider example: the runnable reports through a
// queued signal, so a response the engine has already dropped is simply never told.
class RenderJob : public QObject, public QRunnable
{
    Q_OBJECT
public:
    RenderJob(std::shared_ptr<PageImageProvider::Cache> cache, QString id, QSize size,
              std::shared_ptr<std::atomic_bool> cancelled)
        : m_cache(std::move(cache)), m_id(std::move(id)), m_size(size), m_cancelled(std::move(cancelled))
    {}

    void run() override
    {
        if (m_cancelled->load())
            return;
        const auto id = preview::parsePageImageId(m_id);
        if (!id) {
            emit done({}, QStringLiteral("not a page image id: %1").arg(m_id));
            return;
        }
        const auto doc = m_cache->get(id->path, id->revision);
        if (!doc) {
            emit done({}, doc.error().toString());
            return;
        }
        if (m_cancelled->load())
            return;
        const auto image = m_size.width() > 0
                               ? (*doc)->renderToWidth(id->page, std::min(m_size.width(), kMaxWidth))
                               : (*doc)->render(id->page, 96.0);
        if (!image)
            emit done({}, image.error().toString());
        else
            emit done(*image, {});
    }

signals:
    void done(const QImage &image, const QString &error);

private:
    std::shared_ptr<PageImageProvider::Cache> m_cache;
    QString m_id;
    QSize m_size;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

class PageResponse : public QQuickImageResponse
{
public:
    PageResponse(QThreadPool &pool, std::shared_ptr<PageImageProvider::Cache> cache, const QString &id,
                 const QSize &size)
    {
        auto *job = new RenderJob(std::move(cache), id, size, m_cancelled);
        job->setAutoDelete(true);
        connect(job, &RenderJob::done, this, [this](const QImage &image, const QString &error) {
            m_image = image;
            m_error = error;
            emit finished();
        });
        pool.start(job);
    }

    QQuickTextureFactory *textureFactory() const override
    {
        return QQuickTextureFactory::textureFactoryForImage(m_image);
    }
    QString errorString() const override { return m_error; }
    void cancel() override { m_cancelled->store(true); }

private:
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    QImage m_image;
    QString m_error;
};

} // namespace

PageImageProvider::PageImageProvider() : m_cache(std::make_shared<Cache>())
{
    // Poppler renders one page of a document at a time anyway; two threads let a second
    // document (or the next page of a batch) proceed without taking both cores.
    m_pool.setMaxThreadCount(2);
}

PageImageProvider::~PageImageProvider()
{
    m_pool.waitForDone();
}

QQuickImageResponse *PageImageProvider::requestImageResponse(const QString &id, const QSize &requestedSize)
{
    return new PageResponse(m_pool, m_cache, id, requestedSize);
}

void installImageProviders(QQmlEngine &engine)
{
    engine.addImageProvider(QLatin1String(preview::kPageImageProvider), new PageImageProvider);
}

} // namespace sic::qmlui

#include "pagesource.moc"

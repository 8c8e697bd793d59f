#pragma once

#include <QQuickAsyncImageProvider>
#include <QThreadPool>

#include <memory>

class QQmlEngine;

namespace sic::qmlui {

// Serves "image://sicpage/<id>" (see core/preview/pageimageid.h): one PDF page rendered by
// core/preview on this provider's own worker threads, so the GUI thread never waits for
// Poppler. The image's sourceSize.width sets the rendering width in device pixels. Opened
// documents are kept in a small cache keyed by path and revision; a new revision (the file
// changed) opens the file again.
class PageImageProvider : public QQuickAsyncImageProvider
{
public:
    PageImageProvider();
    ~PageImageProvider() override;

    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

    struct Cache;

private:
    std::shared_ptr<Cache> m_cache;
    QThreadPool m_pool;
};

// Adds the app's image providers to an engine that loads Main.qml (the app, the screenshot tool).
void installImageProviders(QQmlEngine &engine);

} // namespace sic::qmlui

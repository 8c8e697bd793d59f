#include "appdriver.h"

#include "pagesource.h"

#include <QAccessible>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QQmlContext>
#include <QTest>

namespace {

// The visual tree (Repeater and ListView delegates, popups in the overlay are all in it). Linear:
// the benchmark runs these searches on the GUI thread it measures.
void collect(QQuickItem *item, QList<QQuickItem *> &out)
{
    out.append(item);
    for (QQuickItem *child : item->childItems())
        collect(child, out);
}

// Visible on screen: the item and all its ancestors, with some size and opacity.
bool shown(const QQuickItem *item)
{
    if (!item->isVisible() || item->width() <= 0 || item->height() <= 0)
        return false;
    for (const QQuickItem *p = item; p; p = p->parentItem()) {
        if (p->opacity() <= 0.0)
            return false;
    }
    return true;
}

QString accessibleName(QQuickItem *item)
{
    // Accessible.name is an attached property; read it from the attached object.
    for (QObject *child : item->children()) {
        if (QByteArray(child->metaObject()->className()).startsWith("QQuickAccessibleAttached"))
            return child->property("name").toString();
    }
    return {};
}

} // namespace

AppDriver::AppDriver(sic::ui::AppContext &context) : m_context(context)
{
    // As app/sic/main.cpp does.
    m_engine.addImportPath(QStringLiteral("qrc:/"));
    sic::qmlui::installImageProviders(m_engine);
    QObject::connect(&m_engine, &QQmlApplicationEngine::warnings, &m_engine,
                     [this](const QList<QQmlError> &w) {
                         for (const QQmlError &e : w)
                             m_errors << e.toString();
                     });
}

AppDriver::~AppDriver() = default;

bool AppDriver::load(QString *error)
{
    m_engine.setInitialProperties({{QStringLiteral("context"), QVariant::fromValue(&m_context)}});
    m_engine.load(QUrl(QStringLiteral("qrc:/Sic/Main.qml")));
    if (m_engine.rootObjects().isEmpty() ||
        !(m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst()))) {
        if (error)
            *error = QStringLiteral("Main.qml did not load: ") + m_errors.join(u'\n');
        return false;
    }
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window)) {
        if (error)
            *error = QStringLiteral("the window was not exposed");
        return false;
    }
    return true;
}

void AppDriver::resize(int width, int height)
{
    m_window->resize(width, height);
    QTest::qWait(50);
}

QList<QQuickItem *> AppDriver::findAll(const QString &objectName) const
{
    QList<QQuickItem *> all, out;
    if (!m_window)
        return out;
    collect(m_window->contentItem(), all);
    for (QQuickItem *item : all) {
        if (item->objectName() == objectName && shown(item))
            out.append(item);
    }
    return out;
}

QList<QQuickItem *> AppDriver::findIn(QQuickItem *root, const QString &objectName)
{
    QList<QQuickItem *> all, out;
    collect(root, all);
    for (QQuickItem *item : all) {
        if (item->objectName() == objectName && shown(item))
            out.append(item);
    }
    return out;
}

QQuickItem *AppDriver::find(const QString &objectName, int timeoutMs) const
{
    QQuickItem *found = nullptr;
    waitFor(
        [&] {
            const auto items = findAll(objectName);
            found = items.isEmpty() ? nullptr : items.constFirst();
            return found != nullptr;
        },
        timeoutMs);
    return found;
}

QQuickItem *AppDriver::findAccessible(const QString &name, int timeoutMs) const
{
    QQuickItem *found = nullptr;
    waitFor(
        [&] {
            QList<QQuickItem *> all;
            collect(m_window->contentItem(), all);
            for (QQuickItem *item : all) {
                if (shown(item) && accessibleName(item) == name) {
                    found = item;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

void AppDriver::ensureVisible(QQuickItem *item)
{
    // Scroll every enclosing Flickable (ListView, ScrollView) so that the item is inside its view.
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->property("contentY").isValid() || !p->property("contentHeight").isValid())
            continue;
        const QPointF inView = item->mapToItem(p, QPointF(0, 0));
        const qreal contentY = p->property("contentY").toReal();
        if (inView.y() < 0)
            p->setProperty("contentY", contentY + inView.y());
        else if (inView.y() + item->height() > p->height())
            p->setProperty("contentY", contentY + inView.y() + item->height() - p->height());
    }
    QTest::qWait(20);
}

bool AppDriver::click(QQuickItem *item, QString *why)
{
    if (!item) {
        if (why)
            *why = QStringLiteral("no such item");
        return false;
    }
    if (!waitFor([item] { return shown(item) && item->isEnabled(); }, 30000)) {
        if (why)
            *why = QStringLiteral("%1 stayed hidden or disabled").arg(item->objectName());
        return false;
    }
    ensureVisible(item);
    const QPoint centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre);
    QTest::qWait(10);
    return true;
}

bool AppDriver::click(const QString &objectName, QString *why)
{
    QQuickItem *item = find(objectName);
    if (!item) {
        if (why)
            *why = QStringLiteral("no visible item named %1").arg(objectName);
        return false;
    }
    return click(item, why);
}

bool AppDriver::type(const QString &objectName, const QString &text, QString *why)
{
    QQuickItem *item = find(objectName);
    if (!item || !click(item, why)) {
        if (why && why->isEmpty())
            *why = QStringLiteral("no visible field named %1").arg(objectName);
        return false;
    }
    item->forceActiveFocus(Qt::MouseFocusReason);
    item->setProperty("text", QString());
    // QTest has keyClicks for widgets only; a window gets one key at a time (ASCII input).
    for (const QChar c : text)
        QTest::keyClick(m_window, c.toLatin1());
    if (item->property("text").toString() != text) {
        if (why)
            *why = QStringLiteral("%1 holds \"%2\" after typing")
                       .arg(objectName, item->property("text").toString());
        return false;
    }
    return true;
}

QString AppDriver::text(const QString &objectName, int timeoutMs) const
{
    QQuickItem *item = find(objectName, timeoutMs);
    return item ? item->property("text").toString() : QString();
}

bool AppDriver::pickInFileDialog(const QString &path, const QString &acceptText, QString *why)
{
    const auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    QQuickItem *list = find(QStringLiteral("fileDialogListView"));
    if (!list)
        return fail(QStringLiteral("no file dialog open"));
    const QFileInfo file(path);
    const QString folder = QDir::cleanPath(file.absolutePath());
    // The location field: Ctrl+L, the folder, Enter (keys one at a time: ASCII paths only).
    list->forceActiveFocus(Qt::ShortcutFocusReason);
    QTest::keyClick(m_window, Qt::Key_L, Qt::ControlModifier);
    QTest::qWait(50);
    QQuickItem *location = nullptr;
    if (!waitFor(
            [&] {
                QList<QQuickItem *> all;
                collect(m_window->contentItem(), all);
                for (QQuickItem *item : all) {
                    if (shown(item) && item->inherits("QQuickTextField") && item->hasActiveFocus() &&
                        item->objectName() != QLatin1String("fileNameTextField"))
                        return (location = item) != nullptr;
                }
                return false;
            },
            5000))
        return fail(QStringLiteral("Ctrl+L did not open the dialog's location field"));
    location->setProperty("text", QString());
    for (const QChar c : folder)
        QTest::keyClick(m_window, c.toLatin1());
    QTest::keyClick(m_window, Qt::Key_Return);
    if (file.exists()) {
        // The file's row in the folder now listed.
        QQuickItem *row = nullptr;
        if (!waitFor(
                [&] {
                    QList<QQuickItem *> all;
                    collect(list, all);
                    for (QQuickItem *item : all) {
                        if (shown(item) && item->property("fileName").toString() == file.fileName())
                            return (row = item) != nullptr;
                    }
                    return false;
                },
                10000))
            return fail(QStringLiteral("%1 is not listed in the dialog").arg(file.fileName()));
        if (!click(row, why))
            return false;
    } else {
        // A Save dialog: the new file's name in its name field.
        QQuickItem *name = find(QStringLiteral("fileNameTextField"), 5000);
        if (!name)
            return fail(QStringLiteral("the dialog has no file name field"));
        if (!click(name, why))
            return false;
        name->setProperty("text", QString());
        for (const QChar c : file.fileName())
            QTest::keyClick(m_window, c.toLatin1());
    }
    QQuickItem *accept = nullptr;
    QList<QQuickItem *> all;
    collect(m_window->contentItem(), all);
    for (QQuickItem *item : all) {
        if (shown(item) && item->inherits("QQuickAbstractButton") &&
            item->property("text").toString() == acceptText) {
            for (QQuickItem *p = item->parentItem(); p && !accept; p = p->parentItem()) {
                if (p->inherits("QQuickDialogButtonBox"))
                    accept = item;
            }
        }
    }
    if (!accept)
        return fail(QStringLiteral("the dialog has no \"%1\" button").arg(acceptText));
    if (!click(accept, why))
        return false;
    if (!waitFor([this] { return findAll(QStringLiteral("fileDialogListView")).isEmpty(); }, 5000))
        return fail(QStringLiteral("the file dialog stayed open"));
    return true;
}

bool AppDriver::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

bool AppDriver::grab(const QString &path)
{
    QTest::qWait(50);
    const QImage image = m_window->grabWindow();
    return !image.isNull() && image.save(path);
}

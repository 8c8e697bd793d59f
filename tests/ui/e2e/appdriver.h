#pragma once

// Drives the real QML app in-process, as a user would: finds controls by objectName among the
// visible items, scrolls them into view, clicks them with the mouse and types into them with the
// keyboard. Used by the end-to-end test and by the screenshot tool, so that both see exactly
// what a user sees (tests/ui/README.md).

#include "appcontext.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QString>

#include <functional>
#include <memory>

class AppDriver
{
public:
    explicit AppDriver(sic::ui::AppContext &context);
    ~AppDriver();

    // Loads qrc:/Sic/Main.qml like app/sic/main.cpp; false (and why) on QML errors.
    bool load(QString *error);
    QQuickWindow *window() const { return m_window; }
    QQmlApplicationEngine &engine() { return m_engine; }
    void resize(int width, int height);

    // The first visible item with this objectName (waits up to timeoutMs for one to appear).
    QQuickItem *find(const QString &objectName, int timeoutMs = 10000) const;
    QList<QQuickItem *> findAll(const QString &objectName) const;
    // The visible items with this objectName inside one item (a list row, a card).
    static QList<QQuickItem *> findIn(QQuickItem *root, const QString &objectName);
    // An item whose Accessible.name is `name` (navigation entries have no objectName of their own).
    QQuickItem *findAccessible(const QString &name, int timeoutMs = 10000) const;

    // Waits until the item is visible and enabled, scrolls it into view, clicks its centre.
    bool click(QQuickItem *item, QString *why = nullptr);
    bool click(const QString &objectName, QString *why = nullptr);
    // Focuses a text field, clears it and types the text key by key.
    bool type(const QString &objectName, const QString &text, QString *why = nullptr);
    // A visible item's `text` property (labels, fields, buttons); empty if not found.
    QString text(const QString &objectName, int timeoutMs = 10000) const;

    // With Qt's own file dialog open (what a desktop without a native one shows, and offscreen):
    // types the file's folder into the dialog's location field (Ctrl+L), clicks the file's row, then
    // the button labelled `acceptText` ("Add", "Save"); for a Save dialog, `path` names the new file.
    bool pickInFileDialog(const QString &path, const QString &acceptText, QString *why);

    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 30000);
    // Renders the window to a PNG file.
    bool grab(const QString &path);

private:
    void ensureVisible(QQuickItem *item);

    sic::ui::AppContext &m_context;
    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;
    QStringList m_errors;
};

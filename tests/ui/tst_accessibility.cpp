// An accessibility audit of every top-level screen of the real app (offscreen), at the phone size
// (390x844) and the desktop size (1280x800): every interactive control has an accessible name,
// controls are touch targets of at least 44 x 44 px on the phone, Tab visits every
// focusable control in reading order (the navigation first or last) and comes back around, and
// statuses are told by a symbol and words, not by colour alone. Each check reports every offender
// at once.
#include "appcontext.h"
#include "appdriver.h"
#include "journal/history.h"
#include "samplepdf.h"
#include "verifyviewmodel.h"

#include <QAccessible>
#include <QFile>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(SicPlugin)
Q_IMPORT_QML_PLUGIN(Sic_UiPlugin)

using namespace sic;
using namespace sic::ui;

namespace {

constexpr qreal kMinTarget = 44.0;

QStringList *g_warnings = nullptr;

void handler(QtMsgType type, const QMessageLogContext &, const QString &msg)
{
    if (type == QtInfoMsg)
        std::fprintf(stderr, "%s\n", qPrintable(msg));
    if (type != QtDebugMsg && type != QtInfoMsg && g_warnings &&
        !msg.contains(QLatin1String("XDG_RUNTIME_DIR")))
        g_warnings->append(msg);
}

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

bool isButton(const QQuickItem *item)
{
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickComboBox") ||
           item->inherits("QQuickSpinBox");
}

bool isInteractive(const QQuickItem *item)
{
    if (isButton(item) || item->inherits("QQuickSlider"))
        return true;
    if (item->inherits("QQuickTextField") || item->inherits("QQuickTextEdit"))
        return !item->property("readOnly").toBool() || item->property("selectByMouse").toBool();
    return false;
}

// Interactive controls in the visual tree; the parts of a control (a SpinBox's editor, a
// ComboBox's popup) belong to the control and are not collected on their own.
void collect(QQuickItem *item, QList<QQuickItem *> &out)
{
    if (!shown(item))
        return;
    if (isInteractive(item)) {
        out.append(item);
        return;
    }
    for (QQuickItem *child : item->childItems())
        collect(child, out);
}

QObject *accessibleAttached(const QQuickItem *item)
{
    for (QObject *child : item->children()) {
        if (QByteArray(child->metaObject()->className()).startsWith("QQuickAccessibleAttached"))
            return child;
    }
    return nullptr;
}

// What a screen reader announces: Accessible.name, or Qt's own name for the control (a button's
// text). A glyph such as "‹" or "+" is not a name.
QString accessibleName(QQuickItem *item)
{
    if (QObject *attached = accessibleAttached(item)) {
        const QString name = attached->property("name").toString().trimmed();
        if (!name.isEmpty())
            return name;
    }
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item)) {
        const QString name = iface->text(QAccessible::Name).trimmed();
        if (!name.isEmpty())
            return name;
    }
    if (item->inherits("QQuickAbstractButton")) {
        const QString text = item->property("text").toString().trimmed();
        if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            return text;
    }
    return {};
}

// The control, or the editor inside it (an editable SpinBox), is in the Tab chain.
bool takesTab(const QQuickItem *item)
{
    if (item->activeFocusOnTab())
        return true;
    const auto children = item->childItems();
    return std::any_of(children.begin(), children.end(),
                       [](const QQuickItem *c) { return c->isVisible() && c->isEnabled() && takesTab(c); });
}

QRectF sceneRect(const QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

bool inNavigation(const QQuickItem *item)
{
    for (const QQuickItem *p = item; p; p = p->parentItem()) {
        const QByteArray cls = p->metaObject()->className();
        if (cls.startsWith("NavRail") || cls.startsWith("NavBar"))
            return true;
    }
    return false;
}

QString describe(QQuickItem *item, const QRectF &rect)
{
    QString text = item->property("text").toString();
    if (text.size() > 30)
        text = text.left(30) + u'…';
    return QStringLiteral("%1 [%2] \"%3\" name=\"%4\" at %5,%6 %7x%8")
        .arg(QString::fromLatin1(item->metaObject()->className()).section(u'_', 0, 0), item->objectName(),
             text, accessibleName(item))
        .arg(rect.x())
        .arg(rect.y())
        .arg(rect.width())
        .arg(rect.height());
}

QStringList textsIn(QQuickItem *root)
{
    QStringList out;
    QList<QQuickItem *> pending{root};
    while (!pending.isEmpty()) {
        QQuickItem *i = pending.takeFirst();
        if (i->isVisible() && i->inherits("QQuickText") &&
            !i->property("text").toString().trimmed().isEmpty())
            out << i->property("text").toString().trimmed();
        pending << i->childItems();
    }
    return out;
}

bool startsWithSymbol(const QString &text)
{
    return !text.isEmpty() && !text.at(0).isLetterOrNumber() && !text.at(0).isSpace();
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void audit_data();
    void audit();
    // The Verify screen shows badges only for signed files; each verdict's badge on its own.
    void verdictBadge_data();
    void verdictBadge();

private:
    void checkNames(const QList<QQuickItem *> &controls, const QString &where);
    void checkTargets(const QList<QQuickItem *> &controls, const QString &where);
    void checkTabOrder(QQuickWindow *window, const QList<QQuickItem *> &controls, const QString &where);
    void checkStatuses(QQuickItem *root, const QString &where, int *seen = nullptr);
};

void TestAccessibility::audit_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QSize>("size");
    for (const QSize size : {QSize(390, 844), QSize(1280, 800)}) {
        for (const char *screen :
             {"home", "sign-documents", "preview-pdf", "preview-xml", "verify", "history", "settings"})
            QTest::addRow("%s-%dx%d", screen, size.width(), size.height())
                << QString::fromLatin1(screen) << size;
    }
}

void TestAccessibility::audit()
{
    QFETCH(QString, screen);
    QFETCH(QSize, size);
    const QString where = QStringLiteral("%1 at %2x%3").arg(screen).arg(size.width()).arg(size.height());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    {
        History history(dir.filePath(QStringLiteral("history.jsonl")), clock);
        HistoryEntry e;
        e.action = QStringLiteral("sign");
        e.document = QStringLiteral("contract.pdf");
        e.signer = QStringLiteral("CN=Test Signer");
        e.result = QStringLiteral("failed");
        e.reason = QStringLiteral("The one-time password was wrong.");
        QVERIFY(history.record(e).has_value());
    }
    const QString pdfPath = dir.filePath(QStringLiteral("agreement.pdf"));
    const QString xmlPath = dir.filePath(QStringLiteral("invoice.xml"));
    {
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write(test::samplePdf(
            {{QStringLiteral("Agreement"), QStringLiteral("1. Scope.")}, {QStringLiteral("Signatures")}}, 595,
            842));
        QFile xml(xmlPath);
        QVERIFY(xml.open(QIODevice::WriteOnly));
        xml.write("<?xml version=\"1.0\"?><Invoice><ID>42</ID><Total>100</Total></Invoice>");
    }
    AppContext context(SettingsStore(dir.filePath(QStringLiteral("settings.ini")),
                                     dir.filePath(QStringLiteral("policy.ini"))),
                       dir.filePath(QStringLiteral("history.jsonl")), clock);
    QVERIFY(context.documents()->addPath(pdfPath));
    QVERIFY(context.documents()->addPath(xmlPath));
    QTRY_VERIFY_WITH_TIMEOUT(context.documents()->allReady(), 20000);

    QStringList warnings;
    g_warnings = &warnings;
    qInstallMessageHandler(handler);
    auto restore = qScopeGuard([] {
        qInstallMessageHandler(nullptr);
        g_warnings = nullptr;
    });

    AppDriver app(context);
    QString error;
    QVERIFY2(app.load(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    app.resize(size.width(), size.height());
    window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(window));

    const QMap<QString, int> pageOf{{QStringLiteral("home"), 0},        {QStringLiteral("sign-documents"), 1},
                                    {QStringLiteral("preview-pdf"), 1}, {QStringLiteral("preview-xml"), 1},
                                    {QStringLiteral("verify"), 2},      {QStringLiteral("history"), 3},
                                    {QStringLiteral("settings"), 4}};
    window->setProperty("currentPage", pageOf.value(screen));
    if (screen.startsWith(QLatin1String("preview"))) {
        QQuickItem *documentsPage = app.find(QStringLiteral("documentsPage"));
        QVERIFY(documentsPage);
        const int row = screen == QLatin1String("preview-pdf") ? 0 : 1;
        QVERIFY(QMetaObject::invokeMethod(documentsPage, "openPreview", Q_ARG(QVariant, QVariant(row))));
        QVERIFY(app.find(QStringLiteral("previewBackButton")));
        if (row == 0) // the page toolbar appears once the PDF is open
            QTRY_VERIFY_WITH_TIMEOUT(!app.findAll(QStringLiteral("previewConfirmButton")).isEmpty(), 20000);
    } else if (screen == QLatin1String("sign-documents")) {
        QTRY_COMPARE(app.findAll(QStringLiteral("documentPreviewButton")).size(), 2);
    } else if (screen == QLatin1String("verify")) {
        auto *verifier = window->findChild<VerifyViewModel *>();
        QVERIFY(verifier);
        QCOMPARE(verifier->addPaths({pdfPath, xmlPath}), 2);
        QTRY_VERIFY_WITH_TIMEOUT(verifier->count() == 2 && !verifier->busy(), 30000);
    }
    QTest::qWait(300); // layouts settle, images load

    QList<QQuickItem *> controls;
    collect(window->contentItem(), controls);
    QVERIFY2(controls.size() >= 5,
             qPrintable(where + QStringLiteral(": only %1 controls").arg(controls.size())));

    checkNames(controls, where);
    if (size.width() < 720)
        checkTargets(controls, where);
    int statuses = 0;
    checkStatuses(window->contentItem(), where, &statuses);
    qInfo("%s: %d StatusText/VerdictBadge items tell their status in a symbol and words", qPrintable(where),
          statuses);
    if (screen == QLatin1String("history")) // the record's integrity line and the failed entry
        QVERIFY2(statuses >= 2, qPrintable(where + QStringLiteral(": no status lines found")));
    checkTabOrder(window, controls, where);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
}

void TestAccessibility::verdictBadge_data()
{
    QTest::addColumn<QString>("verdict");
    for (const char *v : {"valid", "valid-with-warnings", "cannot-be-confirmed", "invalid", "unknown"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TestAccessibility::verdictBadge()
{
    QFETCH(QString, verdict);
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(&engine);
    component.setData(
        QStringLiteral("import Sic\nVerdictBadge { verdict: \"%1\"; text: \"Signature verdict\" }")
            .arg(verdict)
            .toUtf8(),
        QUrl(QStringLiteral("qrc:/a11y/badge.qml")));
    std::unique_ptr<QObject> object(component.create());
    QVERIFY2(object, qPrintable(component.errorString()));
    auto *badge = qobject_cast<QQuickItem *>(object.get());
    QVERIFY(badge);
    QVERIFY(QByteArray(badge->metaObject()->className()).startsWith("VerdictBadge"));
    checkStatuses(badge, QStringLiteral("VerdictBadge \"%1\"").arg(verdict));
    QCOMPARE(textsIn(badge).size(), 2); // the symbol and the words
}

void TestAccessibility::checkNames(const QList<QQuickItem *> &controls, const QString &where)
{
    QStringList offenders;
    for (QQuickItem *c : controls) {
        if (accessibleName(c).isEmpty())
            offenders << describe(c, sceneRect(c));
    }
    QVERIFY2(offenders.isEmpty(),
             qPrintable(where + QStringLiteral(": controls without an accessible name:\n  ") +
                        offenders.join(QStringLiteral("\n  "))));
}

void TestAccessibility::checkTargets(const QList<QQuickItem *> &controls, const QString &where)
{
    QStringList offenders;
    // Every control is touched on a phone, text fields included (a finger has to hit them too).
    for (QQuickItem *c : controls) {
        // The control's own geometry is where it takes presses.
        const QRectF r = sceneRect(c);
        if (r.width() < kMinTarget || r.height() < kMinTarget)
            offenders << describe(c, r);
        // A SpinBox's steppers are touch targets of their own.
        if (c->inherits("QQuickSpinBox")) {
            for (const char *part : {"up", "down"}) {
                QObject *button = c->property(part).value<QObject *>();
                auto *indicator = button ? button->property("indicator").value<QQuickItem *>() : nullptr;
                if (indicator && shown(indicator)) {
                    const QRectF ir = sceneRect(indicator);
                    if (ir.width() < kMinTarget || ir.height() < kMinTarget)
                        offenders
                            << QStringLiteral("%1 indicator of %2").arg(QLatin1String(part), describe(c, ir));
                }
            }
        }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(where + QStringLiteral(": touch targets under 44x44 px:\n  ") +
                                             offenders.join(QStringLiteral("\n  "))));
}

void TestAccessibility::checkStatuses(QQuickItem *root, const QString &where, int *seen)
{
    QStringList offenders;
    int count = 0;
    QList<QQuickItem *> pending{root};
    while (!pending.isEmpty()) {
        QQuickItem *i = pending.takeFirst();
        pending << i->childItems();
        if (!shown(i))
            continue;
        const QByteArray cls = i->metaObject()->className();
        if (cls.startsWith("StatusText")) {
            ++count;
            const QString text = i->property("text").toString();
            const QString message = i->property("message").toString();
            if (message.trimmed().isEmpty() || !startsWithSymbol(text) || !text.contains(message))
                offenders << QStringLiteral("StatusText \"%1\" (message \"%2\")").arg(text, message);
        } else if (cls.startsWith("VerdictBadge")) {
            ++count;
            const QStringList texts = textsIn(i);
            const bool symbol = std::any_of(texts.begin(), texts.end(), startsWithSymbol);
            const bool words = std::any_of(texts.begin(), texts.end(), [](const QString &t) {
                return std::any_of(t.begin(), t.end(), [](QChar c) { return c.isLetter(); });
            });
            if (!symbol || !words)
                offenders << QStringLiteral("VerdictBadge showing only \"%1\"").arg(texts.join(u'|'));
        }
    }
    if (seen)
        *seen = count;
    QVERIFY2(offenders.isEmpty(), qPrintable(where + QStringLiteral(": status by colour alone:\n  ") +
                                             offenders.join(QStringLiteral("\n  "))));
}

void TestAccessibility::checkTabOrder(QQuickWindow *window, const QList<QQuickItem *> &controls,
                                      const QString &where)
{
    // Every enabled control is for keyboard users too: one that Tab skips (a delegate's default
    // focus policy) cannot be reached at all.
    QList<QQuickItem *> expected;
    QStringList unfocusable;
    QHash<QQuickItem *, QRectF> rects;
    for (QQuickItem *c : controls) {
        if (!c->isEnabled())
            continue;
        rects.insert(c, sceneRect(c)); // before Tab scrolls anything
        if (takesTab(c))
            expected << c;
        else
            unfocusable << describe(c, rects.value(c));
    }
    QVERIFY2(unfocusable.isEmpty(),
             qPrintable(where + QStringLiteral(": enabled controls that Tab skips:\n  ") +
                        unfocusable.join(QStringLiteral("\n  "))));
    QVERIFY2(!expected.isEmpty(), qPrintable(where + QStringLiteral(": nothing takes keyboard focus")));
    auto owner = [&expected](QQuickItem *item) -> QQuickItem * {
        for (QQuickItem *p = item; p; p = p->parentItem()) {
            if (expected.contains(p))
                return p;
        }
        return nullptr;
    };

    QQuickItem *first = window->contentItem()->nextItemInFocusChain(true);
    QVERIFY(first);
    first->forceActiveFocus(Qt::TabFocusReason);
    QList<QQuickItem *> visited; // the controls, in the order Tab reached them
    QStringList trail;
    QQuickItem *start = window->activeFocusItem();
    bool cameBack = false;
    auto note = [&](QQuickItem *focus) {
        QQuickItem *c = focus ? owner(focus) : nullptr;
        trail << (c       ? describe(c, rects.value(c))
                  : focus ? QStringLiteral("(%1 %2)").arg(
                                QString::fromLatin1(focus->metaObject()->className()), focus->objectName())
                          : QStringLiteral("(nothing)"));
        if (c && !visited.contains(c))
            visited << c;
    };
    note(start);
    for (qsizetype i = 0; i < 3 * expected.size() + 10; ++i) {
        QTest::keyClick(window, Qt::Key_Tab);
        QQuickItem *focus = window->activeFocusItem();
        if (focus == start && i > 0) {
            cameBack = true;
            break;
        }
        note(focus);
    }
    const QString sequence = QStringLiteral("\nTab sequence:\n  ") + trail.join(QStringLiteral("\n  "));

    QStringList missed;
    for (QQuickItem *c : expected) {
        if (!visited.contains(c))
            missed << describe(c, rects.value(c));
    }
    QVERIFY2(missed.isEmpty(), qPrintable(where + QStringLiteral(": Tab never reaches:\n  ") +
                                          missed.join(QStringLiteral("\n  ")) + sequence));
    QVERIFY2(cameBack,
             qPrintable(where + QStringLiteral(": Tab does not come back to the start") + sequence));

    // The navigation is one block, at the start or at the end; the rest reads top to bottom and,
    // within a row, left to right.
    qsizetype navStart = -1, navEnd = -1;
    for (qsizetype i = 0; i < visited.size(); ++i) {
        if (inNavigation(visited[i])) {
            if (navStart < 0)
                navStart = i;
            navEnd = i;
        }
    }
    QStringList problems;
    if (navStart >= 0) {
        for (qsizetype i = navStart; i <= navEnd; ++i) {
            if (!inNavigation(visited[i]))
                problems << QStringLiteral("the navigation is split by %1")
                                .arg(describe(visited[i], rects.value(visited[i])));
        }
        if (navStart != 0 && navEnd != visited.size() - 1)
            problems << QStringLiteral("the navigation is neither first nor last");
    }
    QList<QQuickItem *> content;
    for (QQuickItem *c : visited) {
        if (!inNavigation(c))
            content << c;
    }
    for (qsizetype i = 1; i < content.size(); ++i) {
        const QRectF a = rects.value(content[i - 1]), b = rects.value(content[i]);
        const qreal overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
        const bool sameRow = overlap > 4.0;
        const bool ok = sameRow ? b.left() >= a.left() - 4.0 : b.center().y() > a.center().y();
        if (!ok)
            problems << QStringLiteral("%1 comes after %2")
                            .arg(describe(content[i], b), describe(content[i - 1], a));
    }
    if (qEnvironmentVariableIsSet("SIC_A11Y_TRACE"))
        qInfo("%s%s", qPrintable(where), qPrintable(sequence));
    qInfo("%s: %d controls; Tab goes around %d of them", qPrintable(where), int(controls.size()),
          int(visited.size()));
    QVERIFY2(problems.isEmpty(), qPrintable(where + QStringLiteral(": focus order:\n  ") +
                                            problems.join(QStringLiteral("\n  ")) + sequence));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

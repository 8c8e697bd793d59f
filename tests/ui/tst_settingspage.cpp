// The real Settings page, offscreen: the "useSystemTrust" switch is found by its objectName, has an
// accessible name, shows the saved value, and is read-only when the administrator locked the key.
#include "appcontext.h"
#include "uilanguage.h"

#include <QFile>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SicPlugin)
Q_IMPORT_QML_PLUGIN(Sic_UiPlugin)

using namespace sic;
using namespace sic::ui;

class TestSettingsPage : public QObject
{
    Q_OBJECT
private slots:
    void systemTrustSwitch_data();
    void systemTrustSwitch();
    void languageBoxShowsTheSavedChoice();
};

void TestSettingsPage::systemTrustSwitch_data()
{
    QTest::addColumn<QByteArray>("policy"); // empty: no policy file
    QTest::addColumn<bool>("saved");        // the user's value
    QTest::addColumn<bool>("checked");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("off by default") << QByteArray() << false << false << true;
    QTest::newRow("on") << QByteArray() << true << true << true;
    QTest::newRow("locked off") << QByteArray("[General]\nuseSystemTrust=false\n") << true << false << false;
    QTest::newRow("locked on") << QByteArray("[General]\nuseSystemTrust=true\n") << false << true << false;
}

void TestSettingsPage::systemTrustSwitch()
{
    QFETCH(QByteArray, policy);
    QFETCH(bool, saved);
    QFETCH(bool, checked);
    QFETCH(bool, enabled);
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    AppContext context(
        SettingsStore(dir.filePath(QStringLiteral("u.ini")), dir.filePath(QStringLiteral("p.ini"))),
        dir.filePath(QStringLiteral("h.jsonl")), clock);
    AppSettings s;
    s.useSystemTrust = saved;
    QVERIFY(context.settingsStore().save(s));
    if (!policy.isEmpty()) {
        QFile f(context.settingsStore().policyFile());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(policy);
    }

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(&engine);
    component.setData("import Sic\nSettingsPage { width: 900; height: 1400 }\n", QUrl());
    std::unique_ptr<QObject> page(
        component.createWithInitialProperties({{QStringLiteral("context"), QVariant::fromValue(&context)}}));
    QVERIFY2(page, qPrintable(component.errorString()));
    QObject *sw = page->findChild<QObject *>(QStringLiteral("useSystemTrustSwitch"));
    QVERIFY(sw);
    QCOMPARE(sw->property("checked").toBool(), checked);
    QCOMPARE(sw->property("enabled").toBool(), enabled);
    QQmlExpression name(qmlContext(sw), sw, QStringLiteral("Accessible.name"));
    QCOMPARE(name.evaluate().toString(),
             QStringLiteral("Also trust the system's web certificate authorities"));
}

// Chosen, saved and the UI retranslated (as main() does on settingsChanged): the box shows the
// language chosen, not the first entry.
void TestSettingsPage::languageBoxShowsTheSavedChoice()
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    AppContext context(
        SettingsStore(dir.filePath(QStringLiteral("u.ini")), dir.filePath(QStringLiteral("p.ini"))),
        dir.filePath(QStringLiteral("h.jsonl")), clock);
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    UiLanguage language;
    language.apply(QStringLiteral("ja"));
    QObject::connect(&context, &AppContext::settingsChanged, &engine, [&] {
        language.apply(context.settingsStore().load().language);
        engine.retranslate();
    });
    QQmlComponent component(&engine);
    component.setData("import Sic\nSettingsPage { width: 900; height: 1400 }\n", QUrl());
    std::unique_ptr<QObject> page(
        component.createWithInitialProperties({{QStringLiteral("context"), QVariant::fromValue(&context)}}));
    QVERIFY2(page, qPrintable(component.errorString()));
    QObject *box = page->findChild<QObject *>(QStringLiteral("languageBox"));
    QVERIFY(box);
    QCOMPARE(box->property("currentIndex").toInt(), 0);
    // What a click on "English" does: the box moves (its binding ends), then activated.
    box->setProperty("currentIndex", 2);
    QVERIFY(QMetaObject::invokeMethod(box, "activated", Q_ARG(int, 2)));
    QObject *save = page->findChild<QObject *>(QStringLiteral("settingsSaveButton"));
    QVERIFY(save);
    QVERIFY(QMetaObject::invokeMethod(save, "clicked"));
    QCOMPARE(context.settingsStore().load().language, QStringLiteral("en"));
    QTRY_COMPARE(box->property("currentText").toString(), QStringLiteral("English"));
    QCOMPARE(box->property("currentIndex").toInt(), 2);
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"

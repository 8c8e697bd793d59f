// Runs the tst_*.qml files of this folder with the app's own QML modules (Sic, Sic.Ui) linked in
// statically, so the components under test are the ones the app ships, over real files and view
// models prepared by QmlFixture (exposed to QML as `fixture`).
#include "pagesource.h"
#include "qmlfixture.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <cstdio>
#include <cstdlib>

Q_IMPORT_QML_PLUGIN(SicPlugin)
Q_IMPORT_QML_PLUGIN(Sic_UiPlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        m_fixture = std::make_unique<sic::test::QmlFixture>();
        if (!m_fixture->prepare()) {
            std::fprintf(stderr, "cannot prepare the test files\n");
            std::exit(1);
        }
        if (!m_fixture->property("signedProblem").toString().isEmpty())
            std::fprintf(stderr, "note: no signed samples: %s\n",
                         qPrintable(m_fixture->property("signedProblem").toString()));
    }
    // Called for each test file's engine. Qt 6.4 places the modules' qmldir files at the resource root.
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        sic::qmlui::installImageProviders(*engine);
        engine->rootContext()->setContextProperty(QStringLiteral("fixture"), m_fixture.get());
    }
    void cleanupTestCase() { m_fixture.reset(); }

private:
    std::unique_ptr<sic::test::QmlFixture> m_fixture;
};

QUICK_TEST_MAIN_WITH_SETUP(qmlcomponents, Setup)

#include "tst_qmlcomponents.moc"

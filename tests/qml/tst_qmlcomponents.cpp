// Runs the tst_*.qml files of this folder with the app's own QML modules (Sic, Sic.Ui) linked in
// statically, so the components under test are the ones the app ships.
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(SicPlugin)
Q_IMPORT_QML_PLUGIN(Sic_UiPlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    // Qt 6.4 places the modules' qmldir files at the resource root.
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(qmlcomponents, Setup)

#include "tst_qmlcomponents.moc"

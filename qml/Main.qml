import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: qsTr("Remote Signature Client")

    StartViewModel { id: start }

    ColumnLayout {
        anchors.centerIn: parent
        spacing: 16
        Label {
            text: qsTr("Remote Signature Client")
            font.pixelSize: 28
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("Version %1").arg(start.version)
            Layout.alignment: Qt.AlignHCenter
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// Start: what the app is, and the recent activity on this device.
ScrollView {
    id: page
    property AppContext context
    property bool compact: false
    // Asks the window to show another page (its file under qml/, as in Main.qml's pages).
    signal openPageRequested(string source)
    contentWidth: availableWidth

    StartViewModel { id: start }
    HistoryViewModel {
        id: recent
        context: page.context
        limit: 5
    }

    ColumnLayout {
        width: Math.min(page.availableWidth - 32, 900)
        x: (page.availableWidth - width) / 2
        spacing: 16

        Label {
            Layout.topMargin: 24
            Layout.fillWidth: true
            text: qsTr("Sign documents with a key kept by your signature service, and verify signed documents.")
            wrapMode: Text.Wrap
            font.pixelSize: 18
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Only the document's hash leaves this device.")
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Button {
                text: qsTr("Sign documents")
                implicitHeight: 44
                highlighted: true
                Accessible.name: qsTr("Sign documents")
                onClicked: page.openPageRequested("pages/SignPage.qml")
            }
            Button {
                text: qsTr("Verify documents")
                implicitHeight: 44
                Accessible.name: qsTr("Verify signed documents")
                onClicked: page.openPageRequested("pages/VerifyPage.qml")
            }
        }

        Label {
            Layout.topMargin: 16
            text: qsTr("Recent activity")
            font.pixelSize: 18
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        Label {
            visible: recent.count === 0
            text: qsTr("Nothing signed or verified on this device yet.")
        }
        Repeater {
            model: recent
            delegate: HistoryRow {
                Layout.fillWidth: true
                compact: page.compact
            }
        }
        Label {
            Layout.topMargin: 24
            text: qsTr("Version %1").arg(start.version)
            opacity: 0.7
        }
    }
}

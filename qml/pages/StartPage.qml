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

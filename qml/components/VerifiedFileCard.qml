import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One file on the verify screen: its name and state, then one card per signature; a file that
// could not be verified says why in words.
Frame {
    id: row
    required property int index
    required property string name
    required property string format
    required property string fileState
    required property string stateText
    required property string error
    required property string summary
    required property var signatures
    property bool compact: false
    signal removeRequested(int index)

    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1: %2").arg(name).arg(summary.length > 0 ? summary : stateText)

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: row.name
                    font.bold: true
                    font.pixelSize: 16
                    elide: Text.ElideMiddle
                }
                Label {
                    Layout.fillWidth: true
                    text: (row.format.length > 0 ? row.format + " · " : "")
                          + (row.summary.length > 0 ? row.summary : row.stateText)
                    wrapMode: Text.Wrap
                    opacity: 0.85
                }
            }
            BusyIndicator {
                visible: row.fileState === "verifying" || row.fileState === "queued"
                running: visible
                implicitWidth: 44
                implicitHeight: 44
                Accessible.name: qsTr("Verifying %1").arg(row.name)
            }
            Button {
                text: qsTr("Remove")
                implicitHeight: 44
                Accessible.name: qsTr("Remove %1").arg(row.name)
                onClicked: row.removeRequested(row.index)
            }
        }
        StatusText {
            Layout.fillWidth: true
            visible: row.fileState === "error"
            ok: false
            message: row.error
        }
        Label {
            Layout.fillWidth: true
            visible: row.fileState === "content" || row.fileState === "cancelled"
            text: (row.fileState === "content" ? "↳ " : "■ ") + row.stateText
            wrapMode: Text.Wrap
        }
        Repeater {
            model: row.signatures
            delegate: SignatureCard {
                id: signatureCard
                objectName: "signatureCard"
                required property var modelData
                Layout.fillWidth: true
                signature: signatureCard.modelData
                compact: row.compact
            }
        }
    }
}

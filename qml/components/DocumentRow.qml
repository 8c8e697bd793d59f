import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One document: name, size, type and SHA-256 (short; the full value is copyable).
Frame {
    id: row
    required property int index
    required property string name
    required property string size
    required property string type
    required property string sha256
    required property string sha256Short
    required property string state
    required property real progress
    required property string error
    property bool compact: false
    signal removeRequested(int index)

    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, %3").arg(name).arg(type).arg(size)

    GridLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        columns: row.compact ? 1 : 3
        columnSpacing: 16

        ColumnLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: row.name
                font.bold: true
                elide: Text.ElideMiddle
            }
            Label {
                text: row.type + " · " + row.size
                opacity: 0.8
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Label {
                visible: row.state === "ready"
                text: "SHA-256 " + row.sha256Short
                font.family: "monospace"
            }
            ProgressBar {
                visible: row.state === "hashing"
                Layout.fillWidth: true
                value: row.progress
                Accessible.name: qsTr("Computing the hash of %1").arg(row.name)
            }
            StatusText {
                visible: row.state === "error"
                Layout.fillWidth: true
                ok: false
                message: row.error
            }
        }
        RowLayout {
            Button {
                text: qsTr("Copy hash")
                implicitHeight: 44
                enabled: row.state === "ready"
                Accessible.name: qsTr("Copy the full SHA-256 of %1").arg(row.name)
                onClicked: {
                    hashCopy.text = row.sha256
                    hashCopy.selectAll()
                    hashCopy.copy()
                }
            }
            Button {
                text: qsTr("Remove")
                implicitHeight: 44
                Accessible.name: qsTr("Remove %1").arg(row.name)
                onClicked: row.removeRequested(row.index)
            }
        }
    }
    // Clipboard access without QtGui in the view model: an invisible text field copies.
    TextEdit { id: hashCopy; visible: false }
}

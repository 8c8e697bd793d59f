import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One document: name, size, type and SHA-256 (short; the full value is copyable), and whether the
// user has checked it in its preview (in words and a symbol, not colour alone).
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
    required property bool confirmed
    property bool compact: false
    signal removeRequested(int index)
    signal previewRequested(int index)

    readonly property string reviewText: confirmed ? qsTr("Checked") : qsTr("Not checked yet")

    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, %3, %4").arg(name).arg(type).arg(size).arg(reviewText)
    // Two children (the layout and the hidden copy helper), so the Frame cannot size itself.
    contentHeight: grid.implicitHeight

    GridLayout {
        id: grid
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
            Label {
                text: (row.confirmed ? "✓ " : "○ ") + row.reviewText
                font.bold: row.confirmed
                Accessible.role: Accessible.StaticText
                Accessible.name: row.reviewText
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
        Flow {
            Layout.fillWidth: row.compact
            spacing: 6
            Button {
                objectName: "documentPreviewButton"
                text: qsTr("Preview")
                implicitHeight: 44
                highlighted: !row.confirmed && row.state === "ready"
                Accessible.name: qsTr("Preview and check %1").arg(row.name)
                onClicked: row.previewRequested(row.index)
            }
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

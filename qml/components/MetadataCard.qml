import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui

// What is known about a file without interpreting it: shown for files that are neither PDF nor
// XML, and for any file that could not be shown.
Frame {
    id: card
    required property PreviewViewModel preview
    property bool compact: false

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("File details")

    GridLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        columns: card.compact ? 1 : 2
        columnSpacing: 16
        rowSpacing: card.compact ? 2 : 8

        Label { text: qsTr("Name"); font.bold: true }
        Label {
            Layout.fillWidth: true
            text: card.preview.name
            wrapMode: Text.WrapAnywhere
            Accessible.name: qsTr("Name: %1").arg(card.preview.name)
        }
        Label { text: qsTr("Size"); font.bold: true }
        Label {
            Layout.fillWidth: true
            text: card.preview.fileSize
            wrapMode: Text.Wrap
            Accessible.name: qsTr("Size: %1").arg(card.preview.fileSize)
        }
        Label { text: qsTr("Type"); font.bold: true }
        Label {
            Layout.fillWidth: true
            text: card.preview.fileType
            wrapMode: Text.Wrap
            Accessible.name: qsTr("Type: %1").arg(card.preview.fileType)
        }
        Label { text: qsTr("Modified"); font.bold: true }
        Label {
            Layout.fillWidth: true
            text: card.preview.modified
            wrapMode: Text.Wrap
            Accessible.name: qsTr("Modified: %1").arg(card.preview.modified)
        }
        Label { text: qsTr("Location"); font.bold: true }
        Label {
            Layout.fillWidth: true
            text: card.preview.path
            wrapMode: Text.WrapAnywhere
            Accessible.name: qsTr("Location: %1").arg(card.preview.path)
        }
        Label { text: "SHA-256"; font.bold: true }
        TextEdit {
            Layout.fillWidth: true
            text: card.preview.sha256.length > 0 ? card.preview.sha256 : qsTr("Being computed…")
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            font.family: "monospace"
            color: palette.windowText
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("SHA-256: %1").arg(text)
        }
    }
}

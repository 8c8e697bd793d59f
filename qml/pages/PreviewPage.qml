import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// What you see is what you sign: one document of the list, shown as it will be signed (PDF
// pages, XML text, or the file's details), and confirmed here, one document at a time.
Item {
    id: page
    property DocumentsViewModel documents
    property bool compact: false
    readonly property PreviewViewModel preview: vm
    signal closed()

    // Keyboard users land on the way back; the page keys (PageUp/PageDown, Ctrl+plus/minus) work from anywhere.
    function takeFocus() {
        backButton.forceActiveFocus()
    }

    PreviewViewModel {
        id: vm
        documents: page.documents
        // The document left the list (removed, or the list cleared): nothing to show any more.
        onDocumentChanged: {
            if (vm.row < 0 && page.visible)
                page.closed()
        }
    }

    Shortcut {
        sequences: ["Escape", "Alt+Left"]
        enabled: page.visible
        onActivated: page.closed()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        // Where we are: back to the list, the document's name and its place in the batch.
        GridLayout {
            Layout.fillWidth: true
            columns: page.compact ? 1 : 3
            columnSpacing: 12
            rowSpacing: 4
            Button {
                id: backButton
                objectName: "previewBackButton"
                text: qsTr("‹ Documents")
                implicitHeight: 44
                onClicked: page.closed()
                Accessible.name: qsTr("Back to the documents list")
            }
            Label {
                Layout.fillWidth: true
                text: vm.name
                font.bold: true
                font.pixelSize: 18
                elide: Text.ElideMiddle
                Accessible.role: Accessible.Heading
                Accessible.name: qsTr("Preview of %1").arg(vm.name)
            }
            Label {
                text: vm.position + " · " + (vm.kind === "pdf" ? "PDF" : vm.kind === "xml" ? "XML" : vm.fileType)
                      + (vm.fileSize.length > 0 ? " · " + vm.fileSize : "")
                opacity: 0.8
                elide: Text.ElideRight
                Layout.maximumWidth: page.compact ? page.width : page.width / 2
            }
        }

        StatusText {
            Layout.fillWidth: true
            visible: vm.status === "error"
            ok: false
            message: vm.errorMessage
        }

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: vm.status === "loading"
            running: visible
            Accessible.name: qsTr("Opening the document")
        }

        PdfPageView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: vm.kind === "pdf" && vm.status === "ready"
            preview: vm
            compact: page.compact
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: vm.kind === "xml" && vm.status === "ready" && !vm.metadataOnly
            Label {
                Layout.fillWidth: true
                visible: vm.xmlNote.length > 0
                text: "ℹ " + vm.xmlNote
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: vm.xmlNote
            }
            ScrollView {
                id: xmlScroll
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                // Phones wrap long lines; wide screens scroll sideways and keep the indentation.
                contentWidth: page.compact ? availableWidth : -1
                TextArea {
                    readOnly: true
                    selectByMouse: true
                    text: vm.xmlText
                    font.family: "monospace"
                    wrapMode: page.compact ? TextEdit.WrapAnywhere : TextEdit.NoWrap
                    textFormat: TextEdit.PlainText
                    Accessible.name: qsTr("XML content of %1").arg(vm.name)
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: vm.metadataOnly
            Label {
                objectName: "previewMetadataNote"
                Layout.fillWidth: true
                visible: vm.status === "ready" && vm.xmlNote.length > 0
                text: "ℹ " + vm.xmlNote
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: vm.xmlNote
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentWidth: availableWidth
                MetadataCard {
                    width: parent.width
                    preview: vm
                    compact: page.compact
                }
            }
        }

        // The review: each document is confirmed on its own, for the content shown above.
        Frame {
            Layout.fillWidth: true
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Confirmation")
            GridLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                // The hint on a line of its own above the buttons: beside them, it broke one
                // character before its end (a lone 「い。」 on the second line).
                columns: 1
                columnSpacing: 16
                Label {
                    Layout.fillWidth: true
                    text: (vm.confirmed ? "✓ " : "") + vm.confirmHint
                    font.bold: vm.confirmed
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                RowLayout {
                    spacing: 8
                    Button {
                        visible: !vm.confirmed
                        objectName: "previewConfirmButton"
                        text: qsTr("Confirm this document")
                        highlighted: true
                        implicitHeight: 44
                        enabled: vm.canConfirm
                        onClicked: vm.confirm()
                        Accessible.name: qsTr("Confirm that %1 is what you intend to sign").arg(vm.name)
                    }
                    Button {
                        visible: vm.confirmed
                        text: qsTr("Withdraw confirmation")
                        implicitHeight: 44
                        onClicked: vm.withdrawConfirmation()
                        Accessible.name: qsTr("Withdraw the confirmation of %1").arg(vm.name)
                    }
                    Button {
                        visible: vm.hasNextDocument
                        objectName: "previewNextButton"
                        text: qsTr("Next document ›")
                        highlighted: vm.confirmed
                        implicitHeight: 44
                        onClicked: vm.nextDocument()
                        Accessible.name: qsTr("Show the next document")
                    }
                }
            }
        }
    }
}

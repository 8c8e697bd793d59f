import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// Documents to sign: added by the file dialog, by dropping files, or (on phones) by the
// platform's open-with / share intake, which feeds the same model.
Item {
    id: page
    objectName: "documentsPage"
    property AppContext context
    property bool compact: false
    property SigningFlow flow
    readonly property DocumentsViewModel documents: context ? context.documents : null
    property bool previewOpen: false

    // Shows one document's preview over the list (the list keeps its place underneath).
    function openPreview(row) {
        previewPage.preview.row = row
        page.previewOpen = true
        previewPage.takeFocus()
    }
    function closePreview() {
        page.previewOpen = false
        list.forceActiveFocus()
    }

    OpenFilesDialog {
        id: openDialog
        objectName: "documentsFileDialog"
        context: page.context
        title: qsTr("Documents to sign")
        nameFilters: [qsTr("Documents (*.pdf *.xml)"), qsTr("All files (*)")]
        onPicked: files => page.documents.addUrls(files)
    }

    DropArea {
        id: drop
        anchors.fill: parent
        onDropped: drag => {
            if (drag.hasUrls)
                page.documents.addUrls(drag.urls)
        }
    }

    PreviewPage {
        id: previewPage
        anchors.fill: parent
        anchors.margins: 16
        visible: page.previewOpen
        documents: page.documents
        compact: page.compact
        onClosed: page.closePreview()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12
        visible: !page.previewOpen

        Label {
            Layout.fillWidth: true
            text: qsTr("Add the documents to sign. Their hashes are computed on this device; the documents never leave it.")
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Button {
                text: qsTr("Add files…")
                implicitHeight: 44
                highlighted: (page.documents ? page.documents.count : 0) === 0
                objectName: "documentsAddButton"
                onClicked: openDialog.openHere()
                Accessible.name: qsTr("Add files to sign")
            }
            Button {
                objectName: "documentsContinueButton"
                text: qsTr("Continue")
                implicitHeight: 44
                highlighted: true
                visible: page.flow !== null
                enabled: page.documents && page.documents.allReady && page.documents.allConfirmed
                onClicked: page.flow.proceedToLogin()
                Accessible.name: qsTr("Continue to the login")
            }
            Button {
                text: qsTr("Clear")
                implicitHeight: 44
                enabled: page.documents && page.documents.count > 0
                onClicked: page.documents.clear()
                Accessible.name: qsTr("Remove all documents from the list")
            }
        }
        // The batch review: every document is checked in its preview before signing.
        Label {
            Layout.fillWidth: true
            visible: page.documents && page.documents.count > 0
            wrapMode: Text.Wrap
            text: !page.documents ? ""
                  : page.documents.allConfirmed
                    ? "✓ " + qsTr("All %n document(s) checked.", "", page.documents.count)
                    : "○ " + qsTr("%1 of %n document(s) checked. Open each one with Preview and confirm it before you continue.", "", page.documents.count).arg(page.documents.confirmedCount)
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        StatusText {
            Layout.fillWidth: true
            visible: page.documents && page.documents.errorMessage.length > 0
            ok: false
            message: page.documents ? page.documents.errorMessage : ""
        }
        Rectangle {
            visible: (page.documents ? page.documents.count : 0) === 0
            Layout.fillWidth: true
            Layout.preferredHeight: 160
            radius: 8
            color: "transparent"
            border.width: 2
            border.color: drop.containsDrag ? palette.highlight : palette.mid
            Label {
                anchors.centerIn: parent
                width: parent.width - 32
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("Drop PDF or XML files here")
            }
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: page.documents
            delegate: DocumentRow {
                width: list.width
                compact: page.compact
                onRemoveRequested: index => page.documents.remove(index)
                onPreviewRequested: index => page.openPreview(index)
            }
            ScrollBar.vertical: ScrollBar {}
        }
    }
}

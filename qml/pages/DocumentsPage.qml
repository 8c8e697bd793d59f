import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Sic.Ui
import Sic

// Documents to sign: added by the file dialog, by dropping files, or (on phones) by the
// platform's open-with / share intake, which feeds the same model.
Item {
    id: page
    property AppContext context
    property bool compact: false
    property SigningFlow flow
    readonly property DocumentsViewModel documents: context ? context.documents : null

    FileDialog {
        id: openDialog
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Documents (*.pdf *.xml)"), qsTr("All files (*)")]
        onAccepted: page.documents.addUrls(selectedFiles)
    }

    DropArea {
        id: drop
        anchors.fill: parent
        onDropped: drag => {
            if (drag.hasUrls)
                page.documents.addUrls(drag.urls)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

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
                onClicked: openDialog.open()
            }
            Button {
                text: qsTr("Continue")
                implicitHeight: 44
                highlighted: true
                visible: page.flow !== null
                enabled: page.documents && page.documents.allReady
                onClicked: page.flow.proceedToLogin()
            }
            Button {
                text: qsTr("Clear")
                implicitHeight: 44
                enabled: page.documents && page.documents.count > 0
                onClicked: page.documents.clear()
            }
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
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: page.documents
            delegate: DocumentRow {
                width: ListView.view.width
                compact: page.compact
                onRemoveRequested: index => page.documents.remove(index)
            }
            ScrollBar.vertical: ScrollBar {}
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// Verify (helpdesk): files dropped or picked are verified at once; per signature the verdict, the
// reason and the details on demand; the report exported as HTML, JSON or PDF, or a summary copied
// for a ticket. The view model is the window's, so the results stay while other pages are open.
Item {
    id: page
    property AppContext context
    property bool compact: false
    property VerifyViewModel verifier
    readonly property int fileCount: verifier ? verifier.count : 0

    OpenFilesDialog {
        id: openDialog
        objectName: "verifyFileDialog"
        context: page.context
        title: qsTr("Files to verify")
        nameFilters: [qsTr("Signed documents (*.pdf *.xml *.p7s *.p7m)"), qsTr("All files (*)")]
        onPicked: files => page.verifier.addUrls(files)
    }

    SaveFileDialog {
        id: exportDialog
        objectName: "verifyExportDialog"
        property string format: "html"
        context: page.context
        title: qsTr("Save the verification report")
        defaultSuffix: format
        nameFilters: format === "pdf" ? [qsTr("PDF (*.pdf)")]
                     : format === "json" ? [qsTr("JSON (*.json)")] : [qsTr("HTML (*.html)")]
        onChosen: file => {
            if (format === "pdf")
                page.verifier.exportPdf(file)
            else if (format === "json")
                page.verifier.exportJson(file)
            else
                page.verifier.exportHtml(file)
        }
        function openFor(fmt) {
            format = fmt
            openWithName("verification-report-" + Qt.formatDateTime(new Date(), "yyyyMMdd-HHmm") + "." + fmt)
        }
    }

    DropArea {
        id: drop
        anchors.fill: parent
        onDropped: drag => {
            if (drag.hasUrls)
                page.verifier.addUrls(drag.urls)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: page.compact ? 12 : 16
        spacing: 12

        Label {
            Layout.fillWidth: true
            text: qsTr("Verify signed documents: PDF, XML, or a detached XML signature together with the file it signs. Nothing leaves this device unless online revocation checks are on.")
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Button {
                id: addButton
                text: qsTr("Add files…")
                implicitHeight: 44
                highlighted: page.fileCount === 0
                focus: true
                objectName: "verifyAddButton"
                Accessible.name: qsTr("Add files to verify")
                onClicked: openDialog.openHere()
            }
            Button {
                text: qsTr("Cancel")
                implicitHeight: 44
                visible: page.verifier && page.verifier.busy
                Accessible.name: qsTr("Cancel the verification")
                onClicked: page.verifier.cancel()
            }
            Button {
                text: qsTr("Verify again")
                implicitHeight: 44
                visible: page.verifier && !page.verifier.busy && page.fileCount > 0
                Accessible.name: qsTr("Verify every file again")
                onClicked: page.verifier.verifyAgain()
            }
            Button {
                id: exportButton
                objectName: "verifyExportButton"
                text: qsTr("Export report…")
                implicitHeight: 44
                enabled: page.verifier && page.verifier.canExport
                Accessible.name: qsTr("Export the verification report")
                onClicked: exportMenu.open()
                Menu {
                    id: exportMenu
                    y: exportButton.height
                    MenuItem {
                        objectName: "verifyExportPdf"
                        text: qsTr("PDF report…")
                        implicitHeight: 44
                        Accessible.name: qsTr("Export the report as PDF")
                        onTriggered: exportDialog.openFor("pdf")
                    }
                    MenuItem {
                        text: qsTr("HTML report…")
                        implicitHeight: 44
                        Accessible.name: qsTr("Export the report as HTML")
                        onTriggered: exportDialog.openFor("html")
                    }
                    MenuItem {
                        text: qsTr("JSON report…")
                        implicitHeight: 44
                        Accessible.name: qsTr("Export the report as JSON")
                        onTriggered: exportDialog.openFor("json")
                    }
                }
            }
            Button {
                text: qsTr("Copy summary")
                implicitHeight: 44
                enabled: page.verifier && page.verifier.canExport
                Accessible.name: qsTr("Copy a short summary for a support ticket")
                onClicked: page.verifier.copySummary()
            }
            Button {
                text: qsTr("Clear")
                implicitHeight: 44
                enabled: page.fileCount > 0
                Accessible.name: qsTr("Remove every file from the list")
                onClicked: page.verifier.clear()
            }
        }
        StatusText {
            Layout.fillWidth: true
            visible: page.verifier && page.verifier.notice.length > 0
            ok: false
            message: page.verifier ? page.verifier.notice : ""
        }
        StatusText {
            objectName: "verifySavedMessage"
            Layout.fillWidth: true
            visible: page.verifier && page.verifier.savedMessage.length > 0
            ok: true
            message: page.verifier ? page.verifier.savedMessage : ""
        }
        StatusText {
            Layout.fillWidth: true
            visible: page.verifier && page.verifier.errorMessage.length > 0
            ok: false
            message: page.verifier ? page.verifier.errorMessage : ""
        }
        RowLayout {
            Layout.fillWidth: true
            visible: page.fileCount > 0
            spacing: 12
            Label {
                Layout.fillWidth: true
                text: page.verifier ? page.verifier.statusText : ""
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            ProgressBar {
                visible: page.verifier && page.verifier.busy
                Layout.preferredWidth: page.compact ? 100 : 240
                value: page.verifier ? page.verifier.progress : 0
                Accessible.name: qsTr("Verification progress")
            }
        }
        Label {
            id: copied
            Layout.fillWidth: true
            visible: false
            text: "✓ " + qsTr("The summary is on the clipboard.")
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("The summary is on the clipboard.")
            Connections {
                target: page.verifier
                function onSummaryCopied() { copied.visible = true }
                function onCountChanged() { copied.visible = false }
            }
        }
        Rectangle {
            visible: page.fileCount === 0
            Layout.fillWidth: true
            Layout.preferredHeight: page.compact ? 140 : 200
            radius: 8
            color: "transparent"
            border.width: 2
            border.color: drop.containsDrag ? palette.highlight : palette.mid
            Accessible.role: Accessible.StaticText
            Accessible.name: dropLabel.text
            Label {
                id: dropLabel
                anchors.centerIn: parent
                width: parent.width - 32
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("Drop signed files here")
            }
        }
        ListView {
            id: list
            visible: page.fileCount > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 12
            model: page.verifier
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Verified files")
            delegate: VerifiedFileCard {
                width: ListView.view.width - (list.ScrollBar.vertical.visible ? 12 : 0)
                compact: page.compact
                onRemoveRequested: index => page.verifier.remove(index)
            }
            ScrollBar.vertical: ScrollBar {}
        }
        Item {
            visible: page.fileCount === 0
            Layout.fillHeight: true
        }
    }
}

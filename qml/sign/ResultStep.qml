import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// The result screen of guideline Appendix 3: the summary first, then for each document the
// processing result (prominent), signer ID, signing target, signed document (open, show in
// folder), signing time and its source, signer name (full subject on demand), and the
// verification result with its report. A batch reads as a table: one row per document.
ListView {
    id: step
    property SigningFlow flow
    property bool compact: false
    readonly property ResultViewModel vm: flow ? flow.result : null
    objectName: "resultList"
    clip: true
    spacing: 12
    // Opened at the top, headline included: the first card becoming current would otherwise
    // scroll the header partly away (on the phone the headline was cut).
    onCountChanged: Qt.callLater(positionViewAtBeginning)
    onVisibleChanged: if (visible) Qt.callLater(positionViewAtBeginning)
    model: vm ? vm.results : []
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Signing results")
    header: ColumnLayout {
        width: step.width
        StatusText {
            objectName: "resultSummary"
            Layout.fillWidth: true
            font.pixelSize: 22
            font.bold: true
            ok: step.vm !== null && step.vm.allSucceeded
            message: step.vm ? step.vm.summary : ""
        }
    }
    delegate: Frame {
        id: row
        required property var modelData
        required property int index
        objectName: "resultRow"
        readonly property int row: index
        width: ListView.view.width
        Accessible.role: Accessible.ListItem
        Accessible.name: modelData.name
        GridLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            columns: step.compact ? 1 : 2
            Label { text: qsTr("Processing result"); opacity: 0.8 }
            StatusText {
                objectName: "resultStatus"
                Layout.fillWidth: true
                font.bold: true
                font.pixelSize: 18
                ok: row.modelData.ok
                message: row.modelData.ok ? qsTr("Signed normally") : qsTr("Not signed: %1").arg(row.modelData.error)
            }
            Label { text: qsTr("Signer ID"); opacity: 0.8 }
            Label { objectName: "resultSignerId"; text: row.modelData.signerId; Accessible.name: qsTr("Signer ID: %1").arg(text) }
            Label { text: qsTr("Signing target"); opacity: 0.8 }
            Label {
                objectName: "resultTarget"
                text: row.modelData.name
                elide: Text.ElideMiddle
                Layout.fillWidth: true
                Accessible.name: qsTr("Signing target: %1").arg(text)
            }
            Label { text: qsTr("Signed document"); opacity: 0.8; visible: row.modelData.ok }
            RowLayout {
                visible: row.modelData.ok
                Layout.fillWidth: true
                Label {
                    objectName: "resultOutput"
                    text: row.modelData.outputName || ""
                    elide: Text.ElideMiddle
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Signed document: %1").arg(text)
                }
                Button {
                    objectName: "resultOpenButton"
                    text: qsTr("Open")
                    implicitHeight: 44
                    Accessible.name: qsTr("Open the signed document")
                    onClicked: step.vm.openOutput(row.index)
                }
                Button {
                    objectName: "resultShowFolderButton"
                    text: qsTr("Show in folder")
                    implicitHeight: 44
                    Accessible.name: qsTr("Show the signed document in its folder")
                    onClicked: step.vm.showFolder(row.index)
                }
            }
            Label { text: qsTr("Signing time"); opacity: 0.8; visible: row.modelData.ok }
            Label {
                objectName: "resultSigningTime"
                visible: row.modelData.ok
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: row.modelData.timeSource === "timestamp"
                      ? qsTr("%1 (time-stamp time; %2)").arg(row.modelData.signingTime).arg(row.modelData.timeSourceText)
                      : qsTr("%1 (this computer's clock; no time-stamp)").arg(row.modelData.signingTime)
                Accessible.name: qsTr("Signing time: %1").arg(text)
            }
            Label { text: qsTr("Signer name"); opacity: 0.8 }
            ColumnLayout {
                Layout.fillWidth: true
                RowLayout {
                    Label {
                        objectName: "resultSigner"
                        text: row.modelData.signer
                        Accessible.name: qsTr("Signer name: %1").arg(text)
                    }
                    Button {
                        id: subjectToggle
                        objectName: "resultSubjectButton"
                        checkable: true
                        flat: true
                        implicitHeight: 44
                        text: checked ? qsTr("Hide full subject") : qsTr("Show full subject")
                        Accessible.name: text
                    }
                }
                Label {
                    objectName: "resultSubject"
                    visible: subjectToggle.checked
                    Layout.fillWidth: true
                    wrapMode: Text.WrapAnywhere
                    text: row.modelData.signerDn
                }
            }
            Label { text: qsTr("Verification result"); opacity: 0.8; visible: row.modelData.ok }
            ColumnLayout {
                visible: row.modelData.ok
                Layout.fillWidth: true
                StatusText {
                    objectName: "resultVerdict"
                    Layout.fillWidth: true
                    ok: row.modelData.verdict === "valid" || row.modelData.verdict === "valid-with-warnings"
                    message: (row.modelData.verdictText || "") + (row.modelData.verificationReason ? ": " + row.modelData.verificationReason : "")
                }
                Button {
                    objectName: "resultReportButton"
                    text: qsTr("View report")
                    implicitHeight: 44
                    enabled: row.modelData.verdict !== "pending"
                    Accessible.name: qsTr("View the verification report")
                    onClicked: step.vm.openReport(row.index)
                }
            }
        }
    }
    footer: Button {
        objectName: "resultRestartButton"
        text: qsTr("Sign other documents")
        implicitHeight: 44
        Accessible.name: text
        onClicked: step.vm.restart()
    }
}

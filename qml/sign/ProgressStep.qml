import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// While the documents are hashed, authorized, signed, embedded and verified: one row per document
// with its stage in words. The work runs off the GUI thread; the signer can cancel.
ColumnLayout {
    id: step
    objectName: "progressPage"
    property SigningFlow flow
    readonly property ProgressViewModel vm: flow ? flow.progress : null
    spacing: 12
    ProgressBar {
        objectName: "progressBar"
        Layout.fillWidth: true
        from: 0
        to: 1
        value: step.vm ? step.vm.fraction : 0
        indeterminate: step.vm !== null && step.vm.finished === 0
        Accessible.name: step.vm ? qsTr("%1 of %2 documents finished").arg(step.vm.finished).arg(step.vm.total) : ""
    }
    Label {
        objectName: "progressSummary"
        text: step.vm ? (step.vm.cancelling ? qsTr("Cancelling…") : qsTr("%1 of %2 documents finished").arg(step.vm.finished).arg(step.vm.total)) : ""
        Accessible.name: text
    }
    ListView {
        objectName: "progressList"
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Documents being signed")
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: step.vm ? step.vm.rows : []
        delegate: RowLayout {
            required property var modelData
            required property int index
            objectName: "progressRow"
            width: ListView.view.width
            Label {
                objectName: "progressName"
                Layout.fillWidth: true
                text: modelData.name
                elide: Text.ElideMiddle
            }
            Label {
                objectName: "progressStage"
                text: modelData.stageText
                font.bold: modelData.stage === "failed"
                Accessible.name: modelData.name + ": " + modelData.stageText
            }
        }
    }
    Button {
        objectName: "progressCancelButton"
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("Cancel")
        implicitHeight: 44
        enabled: step.vm !== null && !step.vm.cancelling
        Accessible.name: qsTr("Cancel the signing")
        onClicked: step.vm.cancel()
    }
}

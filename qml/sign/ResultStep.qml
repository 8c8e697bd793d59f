import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// The result screen of guideline Appendix 3: for each document the processing result (first and
// prominent), signer ID, signing target, signed document, signing time and its source, signer
// name, and the verification result.
ListView {
    id: step
    property SigningFlow flow
    property bool compact: false
    clip: true
    spacing: 12
    model: flow.results
    header: ColumnLayout {
        width: step.width
        StatusText {
            Layout.fillWidth: true
            font.pixelSize: 22
            font.bold: true
            ok: step.flow.succeeded === step.flow.results.length
            message: step.flow.succeeded === step.flow.results.length
                     ? qsTr("Signing completed: %n document(s) signed.", "", step.flow.succeeded)
                     : qsTr("%1 of %2 documents signed.").arg(step.flow.succeeded).arg(step.flow.results.length)
        }
    }
    delegate: Frame {
        required property var modelData
        width: ListView.view.width
        GridLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            columns: step.compact ? 1 : 2
            Label { text: qsTr("Processing result"); opacity: 0.8 }
            StatusText {
                Layout.fillWidth: true
                font.bold: true
                ok: modelData.ok
                message: modelData.ok ? qsTr("Signed normally") : qsTr("Not signed: %1").arg(modelData.error)
            }
            Label { text: qsTr("Signer ID"); opacity: 0.8 }
            Label { text: modelData.signerId }
            Label { text: qsTr("Signing target"); opacity: 0.8 }
            Label { text: modelData.name; elide: Text.ElideMiddle; Layout.fillWidth: true }
            Label { text: qsTr("Signed document"); opacity: 0.8; visible: modelData.ok }
            RowLayout {
                visible: modelData.ok
                Label { text: modelData.outputName || ""; elide: Text.ElideMiddle; Layout.fillWidth: true }
                Button {
                    text: qsTr("Open")
                    implicitHeight: 44
                    onClicked: Qt.openUrlExternally("file://" + modelData.output)
                }
            }
            Label { text: qsTr("Signing time"); opacity: 0.8; visible: modelData.ok }
            Label {
                visible: modelData.ok
                text: modelData.timeSource === "timestamp" ? qsTr("%1 (time-stamp)").arg(modelData.signingTime)
                                                           : qsTr("%1 (this computer's clock)").arg(modelData.signingTime)
            }
            Label { text: qsTr("Signer name"); opacity: 0.8 }
            Label { text: modelData.signer; ToolTip.text: modelData.signerDn; ToolTip.visible: hovered.hovered
                HoverHandler { id: hovered } }
        }
    }
    footer: Button {
        text: qsTr("Sign other documents")
        implicitHeight: 44
        onClicked: step.flow.restart()
    }
}

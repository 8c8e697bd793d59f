import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// Options: signature level, XML packaging, reason and location, output folder.
ScrollView {
    id: step
    property SigningFlow flow
    property bool compact: false
    property bool active: false
    readonly property OptionsViewModel vm: flow ? flow.options : null
    contentWidth: availableWidth

    onActiveChanged: if (active) levelBox.forceActiveFocus()

    GridLayout {
        width: Math.min(step.availableWidth, 720)
        columns: step.compact ? 1 : 2
        Label { text: qsTr("Level") }
        ComboBox {
            id: levelBox
            objectName: "levelCombo"
            implicitHeight: 44
            model: step.vm ? step.vm.levels : []
            currentIndex: step.vm ? step.vm.levels.indexOf(step.vm.level) : -1
            Accessible.name: qsTr("Signature level")
            Layout.fillWidth: true
            KeyNavigation.tab: packagingBox
            onActivated: step.vm.level = currentText
        }
        Item { visible: !step.compact; implicitWidth: 1; implicitHeight: 1 }
        Label {
            objectName: "levelExplanation"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.8
            text: levelBox.currentIndex === 1
                  ? qsTr("B-B: the signature alone. Its time comes from this computer's clock and proves nothing.")
                  : qsTr("B-T: the signature with a time-stamp from a time-stamp authority, which proves when it was made. Recommended.")
        }
        Label { text: qsTr("XML and other files") }
        ComboBox {
            id: packagingBox
            objectName: "packagingCombo"
            implicitHeight: 44
            readonly property var values: ["auto", "enveloped", "enveloping", "detached"]
            model: [qsTr("By file type (XML enveloped, other files detached)"), qsTr("Inside the XML (enveloped)"),
                    qsTr("File inside the signature (enveloping)"), qsTr("Separate signature file (detached)")]
            currentIndex: step.vm ? Math.max(0, values.indexOf(step.vm.xmlPackaging)) : 0
            Accessible.name: qsTr("XAdES packaging")
            Layout.fillWidth: true
            KeyNavigation.tab: reasonField
            onActivated: index => step.vm.xmlPackaging = values[index]
        }
        Label { text: qsTr("Reason (PDF)") }
        TextField {
            id: reasonField
            implicitHeight: 44
            objectName: "reasonField"
            Layout.fillWidth: true
            text: step.vm ? step.vm.reason : ""
            Accessible.name: qsTr("Reason")
            KeyNavigation.tab: locationField
            onTextEdited: step.vm.reason = text
            onAccepted: signButton.clicked()
        }
        Label { text: qsTr("Location (PDF)") }
        TextField {
            id: locationField
            implicitHeight: 44
            objectName: "locationField"
            Layout.fillWidth: true
            text: step.vm ? step.vm.location : ""
            Accessible.name: qsTr("Location")
            KeyNavigation.tab: folderField
            onTextEdited: step.vm.location = text
            onAccepted: signButton.clicked()
        }
        Label { text: qsTr("Save signed files in (empty: next to each document)") }
        TextField {
            id: folderField
            implicitHeight: 44
            objectName: "outputFolderField"
            Layout.fillWidth: true
            text: step.vm ? step.vm.outputFolder : ""
            Accessible.name: qsTr("Output folder")
            KeyNavigation.tab: signButton
            onTextEdited: step.vm.outputFolder = text
            onAccepted: signButton.clicked()
        }
        RowLayout {
            Layout.columnSpan: step.compact ? 1 : 2
            Button {
                id: signButton
                objectName: "signButton"
                text: step.vm ? qsTr("Sign %n document(s)", "", step.vm.documentCount) : qsTr("Sign")
                implicitHeight: 44
                highlighted: true
                Accessible.name: text
                KeyNavigation.tab: optionsBack
                onClicked: step.vm.sign()
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
            Button {
                id: optionsBack
                objectName: "optionsBackButton"
                text: qsTr("Back")
                implicitHeight: 44
                Accessible.name: qsTr("Back to the signing keys")
                onClicked: step.vm.back()
            }
        }
    }
}

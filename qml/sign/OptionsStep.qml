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
    contentWidth: availableWidth

    GridLayout {
        width: Math.min(step.availableWidth, 720)
        columns: step.compact ? 1 : 2
        Label { text: qsTr("Level") }
        ComboBox {
            model: ["B-T", "B-B"]
            currentIndex: step.flow.level === "B-B" ? 1 : 0
            Accessible.name: qsTr("Signature level")
            onActivated: step.flow.level = currentText
        }
        Label { text: qsTr("XML and other files") }
        ComboBox {
            readonly property var values: ["enveloped", "enveloping", "detached"]
            model: [qsTr("Inside the XML (enveloped)"), qsTr("File inside the signature (enveloping)"),
                    qsTr("Separate signature file (detached)")]
            currentIndex: Math.max(0, values.indexOf(step.flow.xmlPackaging))
            Accessible.name: qsTr("XAdES packaging")
            onActivated: index => step.flow.xmlPackaging = values[index]
        }
        Label { text: qsTr("Reason (PDF)") }
        TextField {
            Layout.fillWidth: true
            text: step.flow.reason
            Accessible.name: qsTr("Reason")
            onEditingFinished: step.flow.reason = text
        }
        Label { text: qsTr("Location (PDF)") }
        TextField {
            Layout.fillWidth: true
            text: step.flow.location
            Accessible.name: qsTr("Location")
            onEditingFinished: step.flow.location = text
        }
        Label { text: qsTr("Save signed files in (empty: next to each document)") }
        TextField {
            Layout.fillWidth: true
            text: step.flow.outputFolder
            Accessible.name: qsTr("Output folder")
            onEditingFinished: step.flow.outputFolder = text
        }
        RowLayout {
            Layout.columnSpan: step.compact ? 1 : 2
            Button {
                text: qsTr("Sign")
                implicitHeight: 44
                highlighted: true
                onClicked: step.flow.startSigning()
            }
            Button { text: qsTr("Back"); implicitHeight: 44; onClicked: step.flow.back() }
        }
    }
}

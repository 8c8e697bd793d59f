import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One signature of a verified file: the verdict, the reason in a sentence, who signed and when;
// the certificate, timestamps, algorithms and changes after signing on demand.
Frame {
    id: card
    // A map made by the view model (ui/verifypresentation.h).
    property var signature: ({})
    property bool compact: false
    property bool expanded: false

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("%1: %2. %3").arg(signature.title).arg(signature.verdictText).arg(signature.reason)

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 8

        Flow {
            Layout.fillWidth: true
            spacing: 12
            VerdictBadge {
                objectName: "signatureVerdict"
                verdict: card.signature.verdict
                text: card.signature.verdictText
            }
            Label {
                height: 36
                verticalAlignment: Text.AlignVCenter
                text: card.signature.title
                font.bold: true
            }
        }
        Label {
            Layout.fillWidth: true
            objectName: "signatureReason"
            text: card.signature.reason
            wrapMode: Text.Wrap
            font.pixelSize: 15
        }
        GridLayout {
            Layout.fillWidth: true
            columns: card.compact ? 1 : 2
            columnSpacing: 12
            rowSpacing: card.compact ? 0 : 4
            Label {
                visible: card.signature.signer.length > 0
                text: qsTr("Signer")
                opacity: 0.75
            }
            Label {
                visible: card.signature.signer.length > 0
                Layout.fillWidth: true
                Layout.bottomMargin: card.compact ? 6 : 0
                text: card.signature.signer
                wrapMode: Text.Wrap
                font.bold: true
            }
            Label {
                visible: card.signature.time.length > 0
                text: card.signature.timeLabel
                opacity: 0.75
                wrapMode: Text.Wrap
                Layout.maximumWidth: card.compact ? card.width : 260
            }
            Label {
                visible: card.signature.time.length > 0
                Layout.fillWidth: true
                text: card.signature.time
                wrapMode: Text.Wrap
            }
        }
        Repeater {
            model: card.signature.warnings
            delegate: Label {
                id: warning
                required property string modelData
                Layout.fillWidth: true
                text: "⚠ " + warning.modelData
                wrapMode: Text.Wrap
                Accessible.name: qsTr("Warning: %1").arg(warning.modelData)
            }
        }
        Button {
            text: card.expanded ? qsTr("Hide details") : qsTr("Show details")
            implicitHeight: 44
            checkable: true
            checked: card.expanded
            onToggled: card.expanded = checked
            Accessible.name: (card.expanded ? qsTr("Hide the details of %1") : qsTr("Show the details of %1"))
                                 .arg(card.signature.title)
        }
        ColumnLayout {
            visible: card.expanded
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: card.expanded ? card.signature.details : []
                delegate: GridLayout {
                    id: detail
                    required property var modelData
                    Layout.fillWidth: true
                    columns: card.compact ? 1 : 2
                    columnSpacing: 16
                    rowSpacing: 0
                    Label {
                        Layout.preferredWidth: card.compact ? -1 : 220
                        Layout.alignment: Qt.AlignTop
                        text: detail.modelData.label
                        opacity: 0.75
                        wrapMode: Text.Wrap
                    }
                    // Selectable, so that a fingerprint or a serial number can be copied.
                    TextEdit {
                        Layout.fillWidth: true
                        text: detail.modelData.value
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.Wrap
                        color: palette.windowText
                        Accessible.role: Accessible.StaticText
                        Accessible.name: detail.modelData.label + ": " + detail.modelData.value
                    }
                }
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// The signing keys of this account: who they belong to, their validity, key type, the key
// authorization level (JT2A level 1 or 2) and the factors they need. Unusable ones cannot be chosen.
ListView {
    id: step
    property SigningFlow flow
    property bool compact: false
    clip: true
    spacing: 8
    model: flow.credentials
    header: Label {
        width: step.width
        bottomPadding: 8
        wrapMode: Text.Wrap
        text: qsTr("Choose the key to sign with.")
    }
    delegate: Frame {
        required property var modelData
        width: ListView.view.width
        enabled: modelData.usable
        Accessible.role: Accessible.ListItem
        Accessible.name: modelData.subject
        GridLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            columns: step.compact ? 1 : 2
            Label { text: modelData.subject; font.bold: true; Layout.columnSpan: step.compact ? 1 : 2 }
            Label { text: qsTr("Issuer"); opacity: 0.8 }
            Label { text: modelData.issuer; elide: Text.ElideRight; Layout.fillWidth: true }
            Label { text: qsTr("Valid"); opacity: 0.8 }
            Label { text: qsTr("%1 to %2").arg(modelData.validFrom).arg(modelData.validTo) }
            Label { text: qsTr("Key"); opacity: 0.8 }
            Label { text: modelData.key + " · " + modelData.status }
            Label { text: qsTr("Authorization"); opacity: 0.8 }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Level %1: %2").arg(modelData.level).arg(modelData.factors.map(f =>
                    f === "pin" ? qsTr("PIN") : f === "totp" ? qsTr("one-time password (authenticator app)")
                    : f === "oob" ? qsTr("one-time password (sent to you)") : qsTr("sign-in in the browser")).join(" + "))
            }
            Button {
                Layout.columnSpan: step.compact ? 1 : 2
                text: modelData.usable ? qsTr("Use this key") : qsTr("Cannot be used")
                implicitHeight: 44
                Accessible.name: qsTr("Use the key of %1").arg(modelData.subject)
                onClicked: step.flow.chooseCredential(modelData.id)
            }
        }
    }
    footer: Button { text: qsTr("Sign out"); implicitHeight: 44; onClicked: step.flow.logout() }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// The signing keys of this account: who they belong to, their validity, key type, the key
// authorization level (JT2A level 1 or 2) and the factors they need. Expired, revoked or disabled
// keys say so in words and cannot be chosen.
ListView {
    id: step
    property SigningFlow flow
    property bool compact: false
    readonly property CredentialsViewModel vm: flow ? flow.credentials : null
    objectName: "credentialList"
    clip: true
    spacing: 8
    // Opened at the top, headline included: the first card becoming current would otherwise
    // scroll the header partly away (on the phone the headline was cut).
    onCountChanged: Qt.callLater(positionViewAtBeginning)
    onVisibleChanged: if (visible) Qt.callLater(positionViewAtBeginning)
    keyNavigationEnabled: true
    activeFocusOnTab: true
    model: vm ? vm.credentials : []
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Signing keys")
    header: ColumnLayout {
        width: step.width
        Label {
            Layout.fillWidth: true
            bottomPadding: 4
            wrapMode: Text.Wrap
            text: qsTr("Choose the key to sign with.")
        }
    }
    delegate: Frame {
        id: card
        required property var modelData
        required property int index
        width: ListView.view.width
        Accessible.role: Accessible.ListItem
        Accessible.name: modelData.subject + ", " + modelData.stateText
        GridLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            columns: step.compact ? 1 : 2
            Label {
                objectName: "credentialTitle_" + card.modelData.id
                text: card.modelData.title
                font.bold: true
                Layout.columnSpan: step.compact ? 1 : 2
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Label { text: qsTr("State"); opacity: 0.8 }
            StatusText {
                objectName: "credentialState_" + card.modelData.id
                Layout.fillWidth: true
                ok: card.modelData.usable
                message: card.modelData.stateText
            }
            Label { text: qsTr("Issuer"); opacity: 0.8 }
            Label { text: card.modelData.issuer; elide: Text.ElideRight; Layout.fillWidth: true }
            Label { text: qsTr("Valid"); opacity: 0.8 }
            Label { text: qsTr("%1 to %2").arg(card.modelData.validFrom).arg(card.modelData.validTo) }
            Label { text: qsTr("Key"); opacity: 0.8 }
            Label { text: card.modelData.key }
            Label { text: qsTr("Certificate serial number"); opacity: 0.8; visible: card.modelData.serial.length > 0 }
            Label {
                objectName: "credentialSerial_" + card.modelData.id
                visible: card.modelData.serial.length > 0
                text: card.modelData.serial
                Layout.fillWidth: true
                wrapMode: Text.WrapAnywhere
            }
            Label { text: qsTr("Authorization"); opacity: 0.8 }
            Label {
                objectName: "credentialLevel_" + card.modelData.id
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: card.modelData.levelText + "\n" + qsTr("Needs: %1").arg(card.modelData.factorsText)
            }
            Button {
                objectName: "chooseCredential_" + card.modelData.id
                Layout.columnSpan: step.compact ? 1 : 2
                text: card.modelData.usable ? qsTr("Use this key") : qsTr("Cannot be used")
                enabled: card.modelData.usable
                implicitHeight: 44
                Accessible.name: card.modelData.usable ? qsTr("Use the key of %1").arg(card.modelData.subject)
                                                       : qsTr("The key of %1 cannot be used: %2").arg(card.modelData.subject).arg(card.modelData.stateText)
                onClicked: step.vm.choose(card.modelData.id)
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
        }
    }
    footer: RowLayout {
        Button {
            objectName: "credentialBackButton"
            text: qsTr("Back")
            implicitHeight: 44
            Accessible.name: qsTr("Back to the documents")
            onClicked: step.flow.back()
        }
        Button {
            objectName: "credentialLogoutButton"
            text: qsTr("Sign out")
            implicitHeight: 44
            Accessible.name: qsTr("Sign out of the signature service")
            onClicked: step.flow.logout()
        }
    }
}

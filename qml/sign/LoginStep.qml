import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// Sign in to the RSSP: in the system browser (OAuth2 + PKCE), or with a user ID and password
// where the service allows it. This login is separate from the key authorization that follows.
// The session's state is shown here too, with the reason when the last one ended by itself.
ScrollView {
    id: step
    property SigningFlow flow
    property bool compact: false
    property bool active: false
    readonly property LoginViewModel vm: flow ? flow.login : null
    contentWidth: availableWidth

    onActiveChanged: if (active) browserButton.forceActiveFocus()

    ColumnLayout {
        width: Math.min(step.availableWidth, 640)
        spacing: 12
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: step.vm ? qsTr("Sign in to %1. Your signing key stays with the service; signing it needs a separate authorization later.").arg(step.vm.serviceName || step.vm.serviceUrl) : ""
        }
        DemoAccountCard {
            Layout.fillWidth: true
            context: step.flow ? step.flow.context : null
        }
        StatusText {
            objectName: "sessionEndedReason"
            Layout.fillWidth: true
            // The header already shows it while it is the current error.
            visible: step.vm !== null && step.vm.endedReason.length > 0 && !step.vm.loggedIn
                     && step.flow.errorMessage !== step.vm.endedReason
            ok: false
            message: step.vm ? step.vm.endedReason : ""
        }
        Label {
            objectName: "loginSessionState"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: step.vm ? step.vm.sessionText : ""
            Accessible.name: text
        }
        Button {
            id: browserButton
            objectName: "loginBrowserButton"
            text: qsTr("Sign in with the browser")
            implicitHeight: 44
            highlighted: true
            enabled: step.vm !== null && !step.vm.busy
            Accessible.name: text
            KeyNavigation.tab: userField
            onClicked: step.vm.loginWithBrowser()
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
        }
        Label { text: qsTr("Or with a user ID and password:"); Layout.topMargin: 12 }
        TextField {
            id: userField
            implicitHeight: 44
            objectName: "loginUserField"
            Layout.fillWidth: true
            placeholderText: qsTr("User ID")
            Accessible.name: qsTr("User ID")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            KeyNavigation.tab: passwordField
            onAccepted: passwordField.forceActiveFocus()
        }
        TextField {
            id: passwordField
            implicitHeight: 44
            objectName: "loginPasswordField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: qsTr("Password")
            Accessible.name: qsTr("Password")
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            KeyNavigation.tab: signIn
            onAccepted: if (signIn.enabled) signIn.clicked()
        }
        RowLayout {
            Button {
                id: signIn
                objectName: "loginPasswordButton"
                text: qsTr("Sign in")
                implicitHeight: 44
                enabled: step.vm !== null && !step.vm.busy && userField.text.length > 0 && passwordField.text.length > 0
                Accessible.name: qsTr("Sign in with user ID and password")
                KeyNavigation.tab: backButton
                onClicked: {
                    step.vm.loginWithPassword(userField.text, passwordField.text)
                    passwordField.text = ""
                }
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
            Button {
                id: backButton
                objectName: "loginBackButton"
                text: qsTr("Back")
                implicitHeight: 44
                Accessible.name: qsTr("Back to the documents")
                onClicked: step.vm.back()
            }
            BusyIndicator {
                objectName: "loginBusy"
                running: step.vm !== null && step.vm.busy
                visible: running
                Accessible.name: qsTr("Signing in")
            }
        }
    }
}

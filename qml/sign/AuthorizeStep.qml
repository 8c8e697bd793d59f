import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// Key authorization (the signature activation): exactly the factors the key needs, how many
// signatures this authorizes, and what the service said about a wrong attempt.
ScrollView {
    id: step
    property SigningFlow flow
    property bool compact: false
    property bool active: false
    readonly property AuthorizationViewModel vm: flow ? flow.authorization : null
    readonly property bool needsPin: vm !== null && vm.needsPin
    readonly property bool needsOtp: vm !== null && (vm.needsTotp || vm.needsOob)
    contentWidth: availableWidth

    function clearSecrets() {
        pinField.text = ""
        otpField.text = ""
    }
    function focusFirst() {
        if (step.needsPin)
            pinField.forceActiveFocus()
        else if (step.needsOtp)
            otpField.forceActiveFocus()
        else
            authorizeButton.forceActiveFocus()
    }
    onActiveChanged: if (active) focusFirst()
    Connections {
        target: step.vm
        function onRequested() { step.clearSecrets(); step.focusFirst() }
    }

    ColumnLayout {
        width: Math.min(step.availableWidth, 560)
        spacing: 12
        Label {
            objectName: "authorizeCount"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            text: step.vm ? qsTr("Authorize %n signature(s) with the key of %1.", "", step.vm.signaturesToAuthorize).arg(step.vm.credentialSubject) : ""
            Accessible.name: text
        }
        Label {
            objectName: "authorizeRound"
            visible: step.vm !== null && step.vm.authorizationCount > 1
            text: step.vm ? qsTr("Authorization %1 of %2").arg(step.vm.authorizationIndex).arg(step.vm.authorizationCount) : ""
        }
        DemoAccountCard {
            Layout.fillWidth: true
            context: step.flow ? step.flow.context : null
        }
        StatusText {
            objectName: "authorizeError"
            Layout.fillWidth: true
            visible: step.vm !== null && step.vm.error.length > 0
            ok: false
            message: !step.vm ? "" : step.vm.locked ? qsTr("%1 The key is locked.").arg(step.vm.error)
                     : step.vm.attemptsLeft >= 0 ? qsTr("%1 (%n attempt(s) left)", "", step.vm.attemptsLeft).arg(step.vm.error)
                     : step.vm.error
        }
        TextField {
            id: pinField
            implicitHeight: 44
            objectName: "pinField"
            visible: step.needsPin
            Layout.fillWidth: true
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            placeholderText: qsTr("PIN")
            Accessible.name: qsTr("PIN")
            KeyNavigation.tab: step.needsOtp ? (step.vm.needsOob ? sendOtpButton : otpField) : authorizeButton
            onAccepted: if (step.needsOtp) otpField.forceActiveFocus(); else if (authorizeButton.enabled) authorizeButton.clicked()
        }
        Label {
            objectName: "totpHint"
            visible: step.vm !== null && step.vm.needsTotp
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Open your authenticator app and enter the 6-digit code it shows now.")
        }
        RowLayout {
            visible: step.vm !== null && step.vm.needsOob
            Button {
                id: sendOtpButton
                objectName: "sendOtpButton"
                text: step.vm && step.vm.otpSent ? qsTr("Send the code again") : qsTr("Send me a code")
                implicitHeight: 44
                enabled: step.vm !== null && step.vm.pending && step.vm.resendSeconds === 0
                Accessible.name: text
                KeyNavigation.tab: otpField
                onClicked: step.vm.sendOtp()
            }
            Label {
                objectName: "otpCountdown"
                visible: step.vm !== null && step.vm.resendSeconds > 0
                text: step.vm ? qsTr("Code sent. You can ask again in %n s.", "", step.vm.resendSeconds) : ""
            }
        }
        TextField {
            id: otpField
            implicitHeight: 44
            objectName: "otpField"
            visible: step.needsOtp
            Layout.fillWidth: true
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            maximumLength: 8
            placeholderText: qsTr("One-time password")
            Accessible.name: qsTr("One-time password")
            KeyNavigation.tab: authorizeButton
            onAccepted: if (authorizeButton.enabled) authorizeButton.clicked()
        }
        Label {
            visible: step.vm !== null && step.vm.needsBrowser
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("The service will ask for your authorization in the browser.")
        }
        RowLayout {
            Button {
                id: authorizeButton
                objectName: "authorizeButton"
                text: step.vm && step.vm.needsBrowser ? qsTr("Open the browser") : qsTr("Authorize")
                implicitHeight: 44
                highlighted: true
                enabled: step.vm !== null && step.vm.pending && !step.vm.locked
                         && (!step.needsPin || pinField.text.length > 0) && (!step.needsOtp || otpField.text.length > 0)
                Accessible.name: text
                KeyNavigation.tab: cancelButton
                onClicked: {
                    step.vm.submit(pinField.text, otpField.text)
                    step.clearSecrets()
                }
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
            Button {
                id: cancelButton
                objectName: "authorizeCancelButton"
                text: qsTr("Cancel")
                implicitHeight: 44
                Accessible.name: qsTr("Cancel the signing")
                onClicked: { step.clearSecrets(); step.vm.cancel() }
            }
        }
    }
}

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
    readonly property bool needsPin: flow.factors.indexOf("pin") >= 0
    readonly property bool needsTotp: flow.factors.indexOf("totp") >= 0
    readonly property bool needsOob: flow.factors.indexOf("oob") >= 0
    readonly property bool needsBrowser: flow.factors.indexOf("browser") >= 0
    contentWidth: availableWidth

    ColumnLayout {
        width: Math.min(step.availableWidth, 560)
        spacing: 12
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            text: qsTr("Authorize %n signature(s) with your key.", "", step.flow.signaturesToAuthorize)
        }
        Label {
            visible: step.flow.authorizationCount > 1
            text: qsTr("Authorization %1 of %2").arg(step.flow.authorizationIndex).arg(step.flow.authorizationCount)
        }
        StatusText {
            Layout.fillWidth: true
            visible: step.flow.authorizationError.length > 0
            ok: false
            message: step.flow.attemptsLeft >= 0
                     ? qsTr("%1 (%n attempt(s) left)", "", step.flow.attemptsLeft).arg(step.flow.authorizationError)
                     : step.flow.authorizationError
        }
        TextField {
            id: pin
            visible: step.needsPin
            Layout.fillWidth: true
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            placeholderText: qsTr("PIN")
            Accessible.name: qsTr("PIN")
            focus: visible
        }
        Label {
            visible: step.needsTotp
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Open your authenticator app and enter the 6-digit code it shows now.")
        }
        RowLayout {
            visible: step.needsOob
            Button {
                text: step.flow.otpSent ? qsTr("Send the code again") : qsTr("Send me a code")
                implicitHeight: 44
                enabled: !resendTimer.running
                onClicked: { step.flow.sendOtp(); resendTimer.remaining = 60; resendTimer.start() }
            }
            Label {
                visible: resendTimer.running
                text: qsTr("You can ask again in %n s", "", resendTimer.remaining)
            }
            Timer {
                id: resendTimer
                property int remaining: 0
                interval: 1000
                repeat: true
                onTriggered: if (--remaining <= 0) stop()
            }
        }
        TextField {
            id: otp
            visible: step.needsTotp || step.needsOob
            Layout.fillWidth: true
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            maximumLength: 8
            placeholderText: qsTr("One-time password")
            Accessible.name: qsTr("One-time password")
            onAccepted: authorize.clicked()
        }
        Label {
            visible: step.needsBrowser
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("The service will ask for your authorization in the browser.")
        }
        RowLayout {
            Button {
                id: authorize
                text: step.needsBrowser ? qsTr("Open the browser") : qsTr("Authorize")
                implicitHeight: 44
                highlighted: true
                enabled: (!step.needsPin || pin.text.length > 0) && (!(step.needsTotp || step.needsOob) || otp.text.length > 0)
                onClicked: {
                    step.flow.submitFactors(pin.text, otp.text)
                    pin.text = ""
                    otp.text = ""
                }
            }
            Button {
                text: qsTr("Cancel")
                implicitHeight: 44
                onClicked: { pin.text = ""; otp.text = ""; step.flow.cancel() }
            }
        }
    }
}

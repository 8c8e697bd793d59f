import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// Sign in to the RSSP: in the system browser (OAuth2 + PKCE), or with a user ID and password
// where the service allows it. This login is separate from the key authorization that follows.
ScrollView {
    id: step
    property SigningFlow flow
    property bool compact: false
    contentWidth: availableWidth

    ColumnLayout {
        width: Math.min(step.availableWidth, 640)
        spacing: 12
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Sign in to %1. Your signing key stays with the service; signing it needs a separate authorization later.").arg(step.flow.serviceName || step.flow.serviceUrl)
        }
        Button {
            text: qsTr("Sign in with the browser")
            implicitHeight: 44
            highlighted: true
            enabled: !step.flow.busy
            onClicked: step.flow.loginWithBrowser()
        }
        Label { text: qsTr("Or with a user ID and password:"); Layout.topMargin: 12 }
        TextField {
            id: user
            Layout.fillWidth: true
            placeholderText: qsTr("User ID")
            Accessible.name: qsTr("User ID")
        }
        TextField {
            id: password
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: qsTr("Password")
            Accessible.name: qsTr("Password")
            onAccepted: signIn.clicked()
        }
        RowLayout {
            Button {
                id: signIn
                text: qsTr("Sign in")
                implicitHeight: 44
                enabled: !step.flow.busy && user.text.length > 0 && password.text.length > 0
                onClicked: {
                    step.flow.loginWithPassword(user.text, password.text)
                    password.text = ""
                }
            }
            Button { text: qsTr("Back"); implicitHeight: 44; onClicked: step.flow.back() }
            BusyIndicator { running: step.flow.busy; visible: running }
        }
    }
}

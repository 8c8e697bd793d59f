import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui

// Only when the app was started by the README's demo command: the development service's demo
// user, its PIN and the current one-time password, so that the demo needs no authenticator app.
Frame {
    id: card
    property AppContext context
    visible: account.available
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Demo account of the development signature service")

    DemoAccount {
        id: account
        context: card.context
    }

    GridLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        columns: 2
        columnSpacing: 12
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            text: qsTr("Demo account of the development signature service")
        }
        Label { text: qsTr("User ID") }
        Label {
            objectName: "demoUser"
            text: account.user
            font.family: "monospace"
            textFormat: Text.PlainText
            // Heard with its caption, as on the other cards: a bare value says nothing.
            Accessible.name: qsTr("User ID: %1").arg(text)
        }
        Label { text: qsTr("Password") }
        Label {
            objectName: "demoPassword"
            text: account.password
            font.family: "monospace"
            textFormat: Text.PlainText
            // Heard with its caption, as on the other cards: a bare value says nothing.
            Accessible.name: qsTr("Password: %1").arg(text)
        }
        Label { text: qsTr("PIN") }
        Label {
            objectName: "demoPin"
            text: account.pin
            font.family: "monospace"
            textFormat: Text.PlainText
            // Heard with its caption, as on the other cards: a bare value says nothing.
            Accessible.name: qsTr("PIN: %1").arg(text)
        }
        Label { text: qsTr("One-time password") }
        Label {
            objectName: "demoOtp"
            text: qsTr("%1 (valid for %2 s)").arg(account.otp).arg(account.otpSecondsLeft)
            font.family: "monospace"
            textFormat: Text.PlainText
            Accessible.name: qsTr("One-time password: %1").arg(text)
        }
    }
}

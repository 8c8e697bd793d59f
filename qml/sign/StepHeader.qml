import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// Where the signer is in the flow, in words ("Step 3 of 6: choose the signing key"), plus the
// session state and the last error.
Pane {
    id: header
    property SigningFlow flow
    readonly property var titles: [qsTr("Documents"), qsTr("Sign in to the signature service"),
        qsTr("Choose the signing key"), qsTr("Options"), qsTr("Authorize the signature"),
        qsTr("Signing"), qsTr("Result")]

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        Label {
            text: qsTr("Step %1 of %2: %3").arg(header.flow.step + 1).arg(header.titles.length).arg(header.titles[header.flow.step])
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        Label {
            visible: header.flow.loggedIn
            text: qsTr("Signed in to %1 as %2").arg(header.flow.serviceName).arg(header.flow.userId)
            opacity: 0.8
        }
        StatusText {
            Layout.fillWidth: true
            visible: header.flow.errorMessage.length > 0
            ok: false
            message: header.flow.errorMessage
        }
    }
}

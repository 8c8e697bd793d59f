import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// Where the signer is in the flow, in words ("Step 3 of 7: choose the signing key"), the session's
// state (service, user, expiry, idle timeout) with sign-out, and the last error.
Pane {
    id: header
    property SigningFlow flow
    readonly property var titles: [qsTr("Documents"), qsTr("Sign in to the signature service"),
        qsTr("Choose the signing key"), qsTr("Options"), qsTr("Authorize the signature"),
        qsTr("Signing"), qsTr("Result")]
    readonly property int step: header.flow ? header.flow.step : 0
    // The documents are prepared (progress step) before the authorization: counted as part of
    // step 5, so that the counter only moves forward (… 4, 5, 6, 7).
    property bool authorized: false
    onStepChanged: {
        if (step === SigningFlow.Authorize)
            authorized = true
        else if (step < SigningFlow.Authorize)
            authorized = false
    }
    readonly property bool preparing: step === SigningFlow.Progress && !authorized
    readonly property int shownStep: preparing ? SigningFlow.Authorize : step
    readonly property string shownTitle: preparing ? qsTr("Preparing the documents for the authorization")
                                                   : titles[step]

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        Label {
            objectName: "stepTitle"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Step %1 of %2: %3").arg(header.shownStep + 1).arg(header.titles.length).arg(header.shownTitle)
            font.bold: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        RowLayout {
            Layout.fillWidth: true
            visible: header.flow !== null && header.flow.loggedIn
            Label {
                objectName: "sessionStatus"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: header.flow ? header.flow.login.sessionText : ""
                opacity: 0.8
                Accessible.name: text
            }
            Button {
                objectName: "logoutButton"
                text: qsTr("Sign out")
                implicitHeight: 44
                enabled: header.flow !== null && header.flow.step !== SigningFlow.Progress
                Accessible.name: qsTr("Sign out of the signature service")
                onClicked: header.flow.logout()
            }
        }
        StatusText {
            objectName: "flowError"
            Layout.fillWidth: true
            visible: header.flow !== null && header.flow.errorMessage.length > 0
            ok: false
            message: header.flow ? header.flow.errorMessage : ""
            Accessible.name: message
        }
    }
}

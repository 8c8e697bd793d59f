import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// While the service signs and the documents are finished: the window stays responsive and the
// signer can cancel.
ColumnLayout {
    id: step
    property SigningFlow flow
    spacing: 16
    BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        running: step.flow.busy
        Accessible.name: qsTr("Signing in progress")
    }
    Label {
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("Hashing, authorizing, signing, embedding and verifying…")
    }
    Button {
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("Cancel")
        implicitHeight: 44
        onClicked: step.flow.cancel()
    }
    Item { Layout.fillHeight: true }
}

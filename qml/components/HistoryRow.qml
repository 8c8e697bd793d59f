import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One history entry; on phones the fields stack.
Frame {
    id: row
    required property string time
    required property string action
    required property string document
    required property string result
    required property string credential
    required property string signer
    required property string reason
    required property bool succeeded
    property bool compact: false

    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1 %2, %3, %4").arg(action).arg(document).arg(result).arg(time)

    GridLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        columns: row.compact ? 1 : 4
        columnSpacing: 16
        Label { text: row.time }
        Label {
            text: row.action + "  " + row.document
            font.bold: true
            elide: Text.ElideMiddle
            Layout.fillWidth: true
        }
        StatusText {
            ok: row.succeeded
            message: row.result
        }
        Label {
            text: row.signer
            elide: Text.ElideRight
            Layout.maximumWidth: 260
        }
        Label {
            visible: row.reason.length > 0
            text: row.reason
            wrapMode: Text.Wrap
            Layout.columnSpan: row.compact ? 1 : 4
            Layout.fillWidth: true
        }
    }
}

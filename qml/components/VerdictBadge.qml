import QtQuick
import QtQuick.Controls

// A verification verdict told three ways: a symbol with its own shape, words, and colour.
// verdict is the view model's key: "valid", "valid-with-warnings", "cannot-be-confirmed", "invalid".
Rectangle {
    id: badge
    property string verdict: ""
    property string text: ""

    readonly property var looks: ({
        "valid": { symbol: "✓", color: "#1b5e20", fill: "#e8f5e9" },
        "valid-with-warnings": { symbol: "⚠", color: "#7a4f00", fill: "#fff8e1" },
        "cannot-be-confirmed": { symbol: "?", color: "#37474f", fill: "#eceff1" },
        "invalid": { symbol: "✗", color: "#b00020", fill: "#fdecea" }
    })
    readonly property var look: looks[verdict] !== undefined ? looks[verdict] : looks["cannot-be-confirmed"]

    implicitWidth: row.implicitWidth + 20
    implicitHeight: Math.max(36, row.implicitHeight + 10)
    radius: 6
    color: look.fill
    border.color: look.color
    border.width: 2

    Accessible.role: Accessible.StaticText
    Accessible.name: badge.text

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 8
        Label {
            text: badge.look.symbol
            color: badge.look.color
            font.pixelSize: 20
            font.bold: true
            anchors.verticalCenter: parent.verticalCenter
            Accessible.ignored: true
        }
        Label {
            text: badge.text
            color: badge.look.color
            font.pixelSize: 16
            font.bold: true
            anchors.verticalCenter: parent.verticalCenter
            Accessible.ignored: true
        }
    }
}

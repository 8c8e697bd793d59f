import QtQuick
import QtQuick.Controls

// Says, in words, that an administrator fixed this setting.
Label {
    property bool locked: false
    visible: locked
    text: qsTr("Set by your administrator")
    font.italic: true
    opacity: 0.8
    Accessible.name: qsTr("Set by your administrator")
}

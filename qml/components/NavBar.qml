import QtQuick
import QtQuick.Controls

// Phone navigation: a bar at the bottom, one button per page, at least 44 px high.
TabBar {
    id: bar
    property var pages: []
    signal activated(int index)

    Repeater {
        model: bar.pages
        delegate: TabButton {
            required property var modelData
            required property int index
            text: modelData.title
            implicitHeight: 56
            Accessible.name: modelData.title
            onClicked: bar.activated(index)
        }
    }
}

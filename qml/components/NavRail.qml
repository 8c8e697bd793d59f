import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Desktop navigation: a vertical list of pages; arrow keys move, Enter opens.
Pane {
    id: rail
    property var pages: []
    property int currentIndex: 0
    signal activated(int index)
    padding: 8

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4
        Repeater {
            model: rail.pages
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                Layout.fillWidth: true
                Layout.preferredHeight: 48
                // Delegates take no focus by default: keyboard users could not reach the pages.
                focusPolicy: Qt.StrongFocus
                text: modelData.title
                highlighted: index === rail.currentIndex
                font.bold: highlighted
                Accessible.name: modelData.title
                Accessible.role: Accessible.PageTab
                KeyNavigation.down: index < rail.pages.length - 1 ? parent.children[index + 1] : null
                onClicked: rail.activated(index)
            }
        }
    }
}

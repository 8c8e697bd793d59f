import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// The window adapts: a side rail on wide screens, a bottom bar on phones (one column).
ApplicationWindow {
    id: window

    required property AppContext context
    readonly property bool compact: width < 720

    width: 1280
    height: 800
    minimumWidth: 360
    minimumHeight: 600
    visible: true
    title: qsTr("Remote Signature Client")

    readonly property var pages: [
        { title: qsTr("Home"), source: "pages/StartPage.qml" },
        { title: qsTr("Sign"), source: "pages/SignPage.qml" },
        { title: qsTr("History"), source: "pages/HistoryPage.qml" },
        { title: qsTr("Settings"), source: "pages/SettingsPage.qml" }
    ]
    property int currentPage: 0

    header: ToolBar {
        Label {
            anchors.fill: parent
            anchors.leftMargin: 16
            verticalAlignment: Text.AlignVCenter
            text: window.pages[window.currentPage].title
            font.pixelSize: 20
            font.bold: true
            Accessible.role: Accessible.Heading
        }
    }

    footer: NavBar {
        visible: window.compact
        pages: window.pages
        currentIndex: window.currentPage
        onActivated: index => window.currentPage = index
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavRail {
            visible: !window.compact
            Layout.fillHeight: true
            Layout.preferredWidth: 200
            pages: window.pages
            currentIndex: window.currentPage
            onActivated: index => window.currentPage = index
        }

        Loader {
            id: pageLoader
            Layout.fillWidth: true
            Layout.fillHeight: true
            source: window.pages[window.currentPage].source
            onLoaded: {
                item.context = window.context
                item.compact = Qt.binding(() => window.compact)
            }
        }
    }
}

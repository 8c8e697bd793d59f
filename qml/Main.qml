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
        { title: qsTr("Verify"), source: "pages/VerifyPage.qml" },
        { title: qsTr("History"), source: "pages/HistoryPage.qml" },
        { title: qsTr("Settings"), source: "pages/SettingsPage.qml" }
    ]
    property int currentPage: 0

    // One signing flow for the life of the window: switching pages must not drop the CSC session
    // or a signing in progress.
    SigningFlow {
        id: signingFlow
        context: window.context
        onOpenUrlRequested: url => Qt.openUrlExternally(url)
    }

    // Verification results stay while the helpdesk looks at settings or history.
    VerifyViewModel {
        id: verifier
        context: window.context
    }

    // Pages ask for another page by its file (the Start page's "Verify documents").
    function openPage(source) {
        for (let i = 0; i < pages.length; ++i) {
            if (pages[i].source === source)
                currentPage = i
        }
    }

    // Files handed over at start-up (command line, the desktop entry's Sign and Verify actions):
    // the window opens on the screen that deals with them.
    Component.onCompleted: {
        const toVerify = context.takeVerifyIntake()
        if (toVerify.length > 0) {
            verifier.addUrls(toVerify)
            openPage("pages/VerifyPage.qml")
        } else if (context.documents.count > 0) {
            openPage("pages/SignPage.qml")
        }
    }

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
                if (item.flow !== undefined)
                    item.flow = signingFlow
                if (item.verifier !== undefined)
                    item.verifier = verifier
                if (item.openPageRequested !== undefined)
                    item.openPageRequested.connect(window.openPage)
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// The signing steps, one screen each. The flow is the window's (Main.qml): this page only shows
// it, so leaving the page and coming back keeps the session and any signing in progress.
Page {
    id: page
    property AppContext context
    property bool compact: false
    property SigningFlow flow

    header: StepHeader {
        flow: page.flow
    }

    StackLayout {
        anchors.fill: parent
        anchors.margins: 16
        currentIndex: page.flow ? page.flow.step : 0
        visible: page.flow !== null
        DocumentsPage { context: page.context; compact: page.compact; flow: page.flow }
        LoginStep { flow: page.flow; compact: page.compact; active: page.flow !== null && page.flow.step === SigningFlow.Login }
        CredentialStep { flow: page.flow; compact: page.compact }
        OptionsStep { flow: page.flow; compact: page.compact; active: page.flow !== null && page.flow.step === SigningFlow.Options }
        AuthorizeStep { flow: page.flow; compact: page.compact; active: page.flow !== null && page.flow.step === SigningFlow.Authorize }
        ProgressStep { flow: page.flow }
        ResultStep { flow: page.flow; compact: page.compact }
    }
}

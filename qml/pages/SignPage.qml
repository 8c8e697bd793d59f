import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// The signing steps, one screen each, driven by the SigningFlow object.
Page {
    id: page
    property AppContext context
    property bool compact: false

    SigningFlow {
        id: flow
        context: page.context
        onOpenUrlRequested: url => Qt.openUrlExternally(url)
    }

    header: StepHeader {
        flow: flow
    }

    StackLayout {
        anchors.fill: parent
        anchors.margins: 16
        currentIndex: flow.step
        DocumentsPage { context: page.context; compact: page.compact; flow: flow }
        LoginStep { flow: flow; compact: page.compact }
        CredentialStep { flow: flow; compact: page.compact }
        OptionsStep { flow: flow; compact: page.compact }
        AuthorizeStep { flow: flow; compact: page.compact }
        ProgressStep { flow: flow }
        ResultStep { flow: flow; compact: page.compact }
    }
}

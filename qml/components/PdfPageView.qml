import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Sic.Ui

// One PDF page at a time, rendered off the GUI thread by the "sicpage" image provider at the
// screen's pixel density. Pages: buttons, PageUp/PageDown. Zoom: buttons, Ctrl+wheel, Ctrl+plus
// and minus, pinch; "Fit width" follows the view's width.
ColumnLayout {
    id: view
    required property PreviewViewModel preview
    property bool compact: false
    spacing: 8

    Shortcut {
        sequences: ["PgDown"]
        enabled: view.visible && view.preview.canGoNext
        onActivated: view.preview.nextPage()
    }
    Shortcut {
        sequences: ["PgUp"]
        enabled: view.visible && view.preview.canGoPrevious
        onActivated: view.preview.previousPage()
    }
    Shortcut {
        sequences: ["Ctrl++", "Ctrl+="]
        enabled: view.visible
        onActivated: view.preview.zoomIn()
    }
    Shortcut {
        sequences: ["Ctrl+-"]
        enabled: view.visible
        onActivated: view.preview.zoomOut()
    }

    Flow {
        Layout.fillWidth: true
        spacing: 4
        Button {
            text: "‹"
            implicitWidth: 44
            implicitHeight: 44
            enabled: view.preview.canGoPrevious
            onClicked: view.preview.previousPage()
            Accessible.name: qsTr("Previous page")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Previous page (Page Up)")
        }
        Label {
            height: 44
            verticalAlignment: Text.AlignVCenter
            leftPadding: 4
            rightPadding: 4
            text: qsTr("Page %1").arg(view.preview.pageLabel)
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Page %1").arg(view.preview.pageLabel)
        }
        Button {
            text: "›"
            implicitWidth: 44
            implicitHeight: 44
            enabled: view.preview.canGoNext
            onClicked: view.preview.nextPage()
            Accessible.name: qsTr("Next page")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Next page (Page Down)")
        }
        Item { width: 12; height: 44 }
        Button {
            text: "−"
            implicitWidth: 44
            implicitHeight: 44
            enabled: view.preview.canZoomOut
            onClicked: view.preview.zoomOut()
            Accessible.name: qsTr("Zoom out")
        }
        Label {
            height: 44
            verticalAlignment: Text.AlignVCenter
            horizontalAlignment: Text.AlignHCenter
            width: 56
            text: qsTr("%1 %").arg(view.preview.zoomPercent)
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Zoom %1 percent").arg(view.preview.zoomPercent)
        }
        Button {
            text: "+"
            implicitWidth: 44
            implicitHeight: 44
            enabled: view.preview.canZoomIn
            onClicked: view.preview.zoomIn()
            Accessible.name: qsTr("Zoom in")
        }
        Button {
            text: qsTr("Fit width")
            implicitHeight: 44
            checkable: true
            checked: view.preview.fitWidth
            onToggled: view.preview.fitWidth = checked
            Accessible.name: qsTr("Fit the page to the width of the view")
        }
    }

    Flickable {
        id: flick
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        contentWidth: Math.max(width, page.width)
        contentHeight: page.height
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        ScrollBar.horizontal: ScrollBar {}

        // Fit width follows the view's width.
        onWidthChanged: view.preview.viewportWidth = width
        Component.onCompleted: view.preview.viewportWidth = width

        // The paper, visible while the page renders.
        Rectangle {
            id: page
            x: Math.max(0, (flick.width - width) / 2)
            width: Math.round(view.preview.displayWidth)
            height: Math.round(view.preview.displayHeight)
            color: "white"
            border.color: palette.mid
            border.width: 1

            Image {
                id: pageImage
                anchors.fill: parent
                asynchronous: true
                cache: false
                source: view.preview.pageSource
                sourceSize: Qt.size(Math.ceil(page.width * Screen.devicePixelRatio), 0)
                fillMode: Image.Stretch
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Page %1 of %2").arg(view.preview.pageIndex + 1).arg(view.preview.pageCount)
            }
            BusyIndicator {
                anchors.centerIn: parent
                running: pageImage.status === Image.Loading
                Accessible.name: qsTr("Rendering the page")
            }
            Label {
                anchors.centerIn: parent
                width: parent.width - 32
                visible: pageImage.status === Image.Error
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: "#b00020"
                text: "⚠ " + qsTr("This page could not be shown.")
            }
        }

        WheelHandler {
            acceptedModifiers: Qt.ControlModifier
            target: null
            onWheel: event => {
                if (event.angleDelta.y > 0)
                    view.preview.zoomIn()
                else if (event.angleDelta.y < 0)
                    view.preview.zoomOut()
            }
        }
        PinchHandler {
            target: null
            property real startZoom: 1
            property real lastScale: 1
            onActiveChanged: {
                if (active) {
                    startZoom = view.preview.zoom
                    lastScale = 1
                } else {
                    view.preview.zoom = startZoom * lastScale
                }
            }
            onScaleChanged: if (active) lastScale = scale
        }
    }
}

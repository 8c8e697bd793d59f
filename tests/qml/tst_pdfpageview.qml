import QtQuick
import QtQuick.Controls
import QtTest
import Sic
import Sic.Ui

// A real 3-page PDF (written by the fixture) shown through PreviewViewModel and the app's page
// image provider: the page in words, page buttons that stop at the ends, Page Up/Down, zoom buttons
// and shortcuts that change the percentage shown, fit width, 44 px targets and named controls.
TestCase {
    id: tc
    name: "PdfPageView"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    // The view and its view model live and die together, so no binding outlives the model.
    Component {
        id: viewComponent
        Item {
            property alias view: view
            width: 800
            height: 600
            PreviewViewModel {
                id: preview
                documents: fixture.context.documents
                Component.onCompleted: row = fixture.pdfRow
            }
            PdfPageView { id: view; width: parent.width; height: 600; preview: preview }
        }
    }

    function all(root, out) {
        for (let i = 0; i < root.children.length; ++i) {
            out.push(root.children[i])
            all(root.children[i], out)
        }
        return out
    }
    function named(root, accessibleName) {
        return all(root, []).find(c => c.Accessible && c.Accessible.name === accessibleName)
    }
    function button(root, accessibleName) {
        const b = all(root, []).find(c => c.Accessible && c.Accessible.name === accessibleName
                                          && c.clicked !== undefined)
        verify(b !== undefined, "a button named " + accessibleName)
        return b
    }

    function shownView() {
        const view = createTemporaryObject(viewComponent, tc).view
        const preview = view.preview
        compare(preview.row, fixture.pdfRow)
        tryCompare(preview, "status", "ready", 10000)
        compare(preview.kind, "pdf")
        compare(preview.pageCount, 3)
        waitForRendering(view)
        return view
    }

    function test_pagesByButtons() {
        const view = shownView()
        const previous = button(view, "Previous page")
        const next = button(view, "Next page")
        for (const b of [previous, next]) {
            verify(b.width >= 44 && b.height >= 44, b.Accessible.name)
        }
        const label = named(view, "Page 1 / 3")
        verify(label !== undefined)
        compare(label.text, "Page 1 / 3")
        compare(label.Accessible.role, Accessible.StaticText)
        verify(!previous.enabled)
        verify(next.enabled)

        mouseClick(next)
        compare(label.text, "Page 2 / 3")
        compare(label.Accessible.name, "Page 2 / 3")
        verify(previous.enabled && next.enabled)
        mouseClick(next)
        compare(label.text, "Page 3 / 3")
        verify(!next.enabled)
        verify(previous.enabled)
        mouseClick(next) // disabled: stays on the last page
        compare(view.preview.pageIndex, 2)
        mouseClick(previous)
        compare(label.text, "Page 2 / 3")
    }

    function test_pageRendersAndIsNamed() {
        const view = shownView()
        const image = all(view, []).find(c => c.sourceSize !== undefined && c.status !== undefined)
        verify(image !== undefined)
        compare(image.Accessible.role, Accessible.Graphic)
        compare(image.Accessible.name, "Page 1 of 3")
        tryCompare(image, "status", Image.Ready, 15000)
        verify(image.implicitWidth > 0)
        button(view, "Next page").clicked()
        compare(image.Accessible.name, "Page 2 of 3")
        tryCompare(image, "status", Image.Ready, 15000)
    }

    function test_pagesByKeyboard() {
        const view = shownView()
        const label = named(view, "Page 1 / 3")
        keyClick(Qt.Key_PageDown)
        compare(label.text, "Page 2 / 3")
        keyClick(Qt.Key_PageDown)
        compare(label.text, "Page 3 / 3")
        keyClick(Qt.Key_PageDown) // the last page: nothing happens
        compare(label.text, "Page 3 / 3")
        keyClick(Qt.Key_PageUp)
        compare(label.text, "Page 2 / 3")
        keyClick(Qt.Key_PageUp)
        keyClick(Qt.Key_PageUp)
        compare(label.text, "Page 1 / 3")
    }

    function test_zoomAndFitWidth() {
        const view = shownView()
        const preview = view.preview
        const zoomIn = button(view, "Zoom in")
        const zoomOut = button(view, "Zoom out")
        const fit = button(view, "Fit the page to the width of the view")
        for (const b of [zoomIn, zoomOut, fit])
            verify(b.width >= 44 && b.height >= 44, b.Accessible.name)

        // A new preview fits the page to the view's width.
        verify(fit.checked)
        verify(preview.fitWidth)
        verify(Math.abs(preview.displayWidth - view.width) <= 1, preview.displayWidth + " vs " + view.width)
        const fitted = preview.zoomPercent
        const fittedZoom = preview.zoom
        const percent = named(view, "Zoom " + fitted + " percent")
        verify(percent !== undefined)
        compare(percent.text, fitted + " %")

        mouseClick(zoomIn)
        verify(!preview.fitWidth)
        verify(!fit.checked)
        compare(preview.zoomPercent, Math.round(fittedZoom * 1.25 * 100))
        compare(percent.text, preview.zoomPercent + " %")
        compare(percent.Accessible.name, "Zoom " + preview.zoomPercent + " percent")
        mouseClick(zoomOut)
        mouseClick(zoomOut)
        compare(preview.zoomPercent, Math.round(fittedZoom / 1.25 * 100))
        compare(percent.text, preview.zoomPercent + " %")
        verify(preview.displayWidth < view.width)

        mouseClick(fit)
        verify(fit.checked)
        verify(preview.fitWidth)
        compare(preview.zoomPercent, fitted)
        verify(Math.abs(preview.displayWidth - view.width) <= 1)

        // Fit width follows the view's width.
        view.width = 500
        tryVerify(() => Math.abs(preview.displayWidth - 500) <= 1)
        verify(preview.zoomPercent < fitted)
    }

    function test_zoomShortcuts() {
        const view = shownView()
        const preview = view.preview
        const before = preview.zoom
        keyClick(Qt.Key_Equal, Qt.ControlModifier)
        compare(preview.zoomPercent, Math.round(before * 1.25 * 100))
        keyClick(Qt.Key_Minus, Qt.ControlModifier)
        keyClick(Qt.Key_Minus, Qt.ControlModifier)
        compare(preview.zoomPercent, Math.round(before / 1.25 * 100))
    }

    function test_zoomStopsAtTheLimit() {
        const view = shownView()
        const zoomIn = button(view, "Zoom in")
        for (let i = 0; i < 40 && zoomIn.enabled; ++i)
            mouseClick(zoomIn)
        verify(!zoomIn.enabled)
        compare(view.preview.zoomPercent, 800)
        verify(button(view, "Zoom out").enabled)
    }
}

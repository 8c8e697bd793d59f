import QtQuick
import QtTest
import Sic

// A document row: its review state in words and a symbol, buttons that emit the row's index,
// touch targets of at least 44 px, and an accessible summary naming the review state.
TestCase {
    id: tc
    name: "DocumentRow"
    when: windowShown
    visible: true
    width: 1000
    height: 400

    Component {
        id: rowComponent
        DocumentRow {
            width: 900
            index: 3
            name: "contract.pdf"
            size: "12 KB"
            type: "PDF"
            sha256: "ab".repeat(32)
            sha256Short: "abababab…"
            state: "ready"
            progress: 1
            error: ""
            confirmed: false
        }
    }
    SignalSpy { id: previewSpy; signalName: "previewRequested" }
    SignalSpy { id: removeSpy; signalName: "removeRequested" }

    function buttonNamed(root, accessibleName) {
        for (let i = 0; i < root.children.length; ++i) {
            const c = root.children[i]
            if (c.Accessible && c.Accessible.name === accessibleName && c.clicked !== undefined)
                return c
            const found = buttonNamed(c, accessibleName)
            if (found)
                return found
        }
        return null
    }

    function test_reviewStateInWords() {
        const row = createTemporaryObject(rowComponent, tc)
        const before = row.Accessible.name
        verify(before.indexOf(row.reviewText) >= 0)
        row.confirmed = true
        verify(row.Accessible.name !== before)
        verify(row.Accessible.name.indexOf(row.reviewText) >= 0)
    }

    function test_buttonsEmitTheRow() {
        const row = createTemporaryObject(rowComponent, tc)
        previewSpy.target = row
        removeSpy.target = row
        previewSpy.clear()
        removeSpy.clear()
        const preview = buttonNamed(row, "Preview and check contract.pdf")
        const remove = buttonNamed(row, "Remove contract.pdf")
        verify(preview !== null && remove !== null)
        verify(preview.height >= 44 && remove.height >= 44)
        mouseClick(preview)
        compare(previewSpy.count, 1)
        compare(previewSpy.signalArguments[0][0], 3)
        mouseClick(remove)
        compare(removeSpy.count, 1)
        compare(removeSpy.signalArguments[0][0], 3)
    }

    function test_copyNeedsAHash() {
        const row = createTemporaryObject(rowComponent, tc, { state: "hashing", progress: 0.4 })
        const copy = buttonNamed(row, "Copy the full SHA-256 of contract.pdf")
        verify(copy !== null)
        verify(!copy.enabled)
        row.state = "ready"
        verify(copy.enabled)
    }
}

import QtQuick
import QtTest
import Sic
import Sic.Ui

// The details of a file that is neither PDF nor XML (a real text file of the documents list): each
// row shows the file's own value and names itself, and the SHA-256 is there in full, selectable and
// copyable, so it can be compared with the sender's.
TestCase {
    id: tc
    name: "MetadataCard"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    // The card and its view model live and die together, so no binding outlives the model.
    Component {
        id: cardComponent
        Item {
            property alias card: card
            width: 900
            height: card.height
            PreviewViewModel {
                id: preview
                documents: fixture.context.documents
                Component.onCompleted: row = fixture.textRow
            }
            MetadataCard { id: card; width: 900; preview: preview }
        }
    }

    function all(root, out) {
        for (let i = 0; i < root.children.length; ++i) {
            out.push(root.children[i])
            all(root.children[i], out)
        }
        return out
    }
    function named(root, prefix) {
        return all(root, []).find(c => c.Accessible && c.Accessible.name.startsWith(prefix) && c.text !== undefined)
    }

    function loadedCard() {
        const card = createTemporaryObject(cardComponent, tc).card
        const preview = card.preview
        compare(preview.row, fixture.textRow)
        tryCompare(preview, "status", "ready", 10000)
        verify(preview.metadataOnly)
        tryCompare(preview, "sha256", fixture.textSha256, 10000)
        return card
    }

    function test_rowsOfARealFile() {
        const card = loadedCard()
        compare(card.Accessible.role, Accessible.Grouping)
        compare(card.Accessible.name, "File details")
        for (const label of ["Name", "Size", "Type", "Modified", "Location", "SHA-256"])
            verify(all(card, []).some(c => c.visible && c.text === label), "row label " + label)

        compare(named(card, "Name: ").text, "notes.txt")
        compare(named(card, "Name: ").Accessible.name, "Name: notes.txt")
        const size = named(card, "Size: ")
        verify(size.text.indexOf("(" + fixture.textBytes + " bytes)") >= 0, size.text)
        compare(size.Accessible.name, "Size: " + size.text)
        const type = named(card, "Type: ")
        verify(type.text.indexOf("text/plain") >= 0, type.text)
        // Set to 2024-03-05 by the fixture; the test run's own date must not show.
        const modified = named(card, "Modified: ")
        verify(modified.text.indexOf("2024") >= 0, modified.text)
        compare(modified.Accessible.name, "Modified: " + modified.text)
        const location = named(card, "Location: ")
        compare(location.text, fixture.textPath)
        compare(location.Accessible.name, "Location: " + fixture.textPath)
    }

    function test_sha256InFullSelectableAndCopyable() {
        const card = loadedCard()
        const hash = named(card, "SHA-256: ")
        verify(hash !== undefined)
        compare(hash.text, fixture.textSha256)
        compare(hash.text.length, 64)
        compare(hash.Accessible.name, "SHA-256: " + fixture.textSha256)
        compare(hash.Accessible.role, Accessible.EditableText)
        verify(hash.readOnly)
        verify(hash.selectByMouse)

        // By mouse: a drag over the line selects the whole hash.
        mouseDrag(hash, 1, hash.height / 2, hash.width - 2, 0)
        compare(hash.selectedText, fixture.textSha256)
        hash.deselect()
        // By keyboard: select all and copy puts all 64 digits on the clipboard.
        hash.forceActiveFocus()
        keySequence(StandardKey.SelectAll)
        compare(hash.selectedText, fixture.textSha256)
        keySequence(StandardKey.Copy)
        tryVerify(() => fixture.clipboardText() === fixture.textSha256)
    }
}

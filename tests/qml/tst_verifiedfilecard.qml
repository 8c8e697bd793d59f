import QtQuick
import QtTest
import Sic
import Sic.Ui

// Files verified for real by VerifyViewModel (written by the fixture: a truncated PDF, an unsigned
// PDF and XML, and when the test PKI exists a signed PDF and a tampered copy): the file's name and
// its result in words, one card per signature, a 44 px remove button that names the file and
// removes it, and an accessible summary.
TestCase {
    id: tc
    name: "VerifiedFileCard"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    Component { id: verifierComponent; VerifyViewModel {} }
    Component {
        id: listComponent
        Column {
            id: list
            property VerifyViewModel verifier
            property alias repeater: repeater
            width: 900
            spacing: 8
            Repeater {
                id: repeater
                model: list.verifier
                delegate: VerifiedFileCard {
                    width: 900
                    onRemoveRequested: index => list.verifier.remove(index)
                }
            }
        }
    }
    SignalSpy { id: removeSpy; signalName: "removeRequested" }

    function all(root, out) {
        for (let i = 0; i < root.children.length; ++i) {
            out.push(root.children[i])
            all(root.children[i], out)
        }
        return out
    }
    function shownTexts(root) {
        return all(root, []).filter(c => c.visible && c.text !== undefined).map(c => c.text)
    }
    function signatureCards(root) {
        return all(root, []).filter(c => c.objectName === "signatureCard")
    }
    function removeButton(card) {
        const b = all(card, []).find(c => c.clicked !== undefined && c.Accessible.name === "Remove " + card.name)
        verify(b !== undefined, "a remove button for " + card.name)
        return b
    }

    // Verifies `paths` and returns the list of cards once every file is finished.
    function verified(paths) {
        const verifier = createTemporaryObject(verifierComponent, tc, { context: fixture.context })
        const list = createTemporaryObject(listComponent, tc, { verifier: verifier })
        compare(verifier.addPaths(paths), paths.length)
        tryCompare(verifier, "busy", false, 60000)
        compare(list.repeater.count, paths.length)
        return list
    }

    function test_damagedFileSaysWhy() {
        const list = verified([fixture.brokenPdfPath])
        const card = list.repeater.itemAt(0)
        compare(card.name, "scan.pdf")
        compare(card.fileState, "error")
        verify(card.error.length > 0)
        const texts = shownTexts(card)
        verify(texts.includes("scan.pdf"))
        verify(texts.includes("⚠ " + card.error), "the reason with a symbol, not by colour alone")
        verify(texts.some(t => t.indexOf("Could not be verified") >= 0))
        compare(signatureCards(card).length, 0)
        compare(card.Accessible.role, Accessible.ListItem)
        compare(card.Accessible.name, "scan.pdf: Could not be verified")
    }

    function test_unsignedFilesSayNoSignature() {
        const list = verified([fixture.unsignedPdfPath, fixture.unsignedXmlPath])
        const expected = [["unsigned.pdf", "PDF"], ["invoice.xml", "XML"]]
        for (let i = 0; i < expected.length; ++i) {
            const card = list.repeater.itemAt(i)
            compare(card.name, expected[i][0])
            compare(card.fileState, "done")
            compare(card.summary, "No signature was found in this file.")
            verify(shownTexts(card).includes(expected[i][1] + " · No signature was found in this file."))
            compare(signatureCards(card).length, 0)
            compare(card.Accessible.name, expected[i][0] + ": No signature was found in this file.")
        }
    }

    function test_removeNamesAndRemovesTheFile() {
        const list = verified([fixture.unsignedPdfPath, fixture.brokenPdfPath])
        const card = list.repeater.itemAt(1)
        removeSpy.target = card
        removeSpy.clear()
        const remove = removeButton(card)
        verify(remove.height >= 44, "touch target " + remove.height)
        verify(remove.enabled)
        mouseClick(remove)
        compare(removeSpy.count, 1)
        compare(removeSpy.signalArguments[0][0], 1)
        compare(list.verifier.count, 1)
        tryCompare(list.repeater, "count", 1)
        compare(list.repeater.itemAt(0).name, "unsigned.pdf")
    }

    function test_signedFileShowsItsSignatures() {
        if (fixture.signedPdfPath === "")
            skip("no signed samples: " + fixture.signedProblem)
        const list = verified([fixture.signedPdfPath, fixture.tamperedPdfPath])
        const signed = list.repeater.itemAt(0)
        const tampered = list.repeater.itemAt(1)
        for (const card of [signed, tampered]) {
            compare(card.fileState, "done")
            compare(card.signatures.length, 1)
            verify(/^1 signature/.test(card.summary), card.summary)
            compare(card.Accessible.name, card.name + ": " + card.summary)
            verify(shownTexts(card).includes("PDF · " + card.summary))
            const cards = signatureCards(card)
            compare(cards.length, 1)
            verify(cards[0].visible)
            // The signature card's own details button: named after the signature, 44 px.
            const title = cards[0].signature.title
            const details = all(cards[0], []).find(c => c.checkable === true
                                                   && c.Accessible.name === "Show the details of " + title)
            verify(details !== undefined, "details button of " + title)
            verify(details.height >= 44)
            mouseClick(details)
            verify(cards[0].expanded)
        }
        verify(tampered.summary.indexOf("invalid") >= 0, tampered.summary)
        verify(signed.summary.indexOf("invalid") < 0, signed.summary)
        verify(shownTexts(tampered).includes("Invalid"))
    }
}

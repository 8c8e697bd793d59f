import QtQuick
import QtTest
import Sic

// A verified signature: verdict and reason always shown, warnings as words, details only on demand
// (the button says which way it will go and names the signature), details selectable and named.
TestCase {
    id: tc
    name: "SignatureCard"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    readonly property var sample: ({
        title: "Signature 1 (PAdES B-T)",
        verdict: "invalid",
        verdictText: "Invalid",
        reason: "The signed data was changed after signing.",
        signer: "Taro Yamada",
        timeLabel: "Time-stamp",
        time: "2026-11-22 10:00 UTC",
        warnings: ["SHA-1 is weak"],
        details: [ { label: "SHA-256 fingerprint", value: "AB:CD" }, { label: "Serial number", value: "42" } ]
    })

    Component { id: cardComponent; SignatureCard { width: 900 } }

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
    function detailsButton(root) {
        return all(root, []).find(c => c.checkable === true && c.text !== undefined)
    }

    function test_verdictReasonWarning() {
        const card = createTemporaryObject(cardComponent, tc, { signature: tc.sample })
        const texts = shownTexts(card)
        verify(texts.includes("Invalid"))
        verify(texts.includes("The signed data was changed after signing."))
        verify(texts.includes("⚠ SHA-1 is weak"))
        compare(card.Accessible.name, "Signature 1 (PAdES B-T): Invalid. The signed data was changed after signing.")
    }

    function test_detailsOnDemand() {
        const card = createTemporaryObject(cardComponent, tc, { signature: tc.sample })
        verify(!shownTexts(card).includes("AB:CD"))
        const button = detailsButton(card)
        verify(button !== undefined)
        verify(button.height >= 44)
        compare(button.Accessible.name, "Show the details of Signature 1 (PAdES B-T)")
        mouseClick(button)
        verify(card.expanded)
        tryVerify(() => shownTexts(card).includes("AB:CD"))
        const fingerprint = all(card, []).find(c => c.text === "AB:CD")
        verify(fingerprint.selectByMouse)
        compare(fingerprint.Accessible.name, "SHA-256 fingerprint: AB:CD")
        compare(button.Accessible.name, "Hide the details of Signature 1 (PAdES B-T)")
        mouseClick(button)
        verify(!card.expanded)
    }
}

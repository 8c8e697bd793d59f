import QtQuick
import QtTest
import Sic

// A status never relies on colour alone: the symbol and the words change with it.
TestCase {
    name: "StatusText"
    when: windowShown
    visible: true

    Component { id: statusComponent; StatusText {} }

    function test_symbolAndWordsCarryTheState_data() {
        return [
            { tag: "ok", ok: true, message: "Signed", symbol: "✓" },
            { tag: "failed", ok: false, message: "The PIN was wrong", symbol: "⚠" }
        ]
    }

    function test_symbolAndWordsCarryTheState(data) {
        const s = createTemporaryObject(statusComponent, this, { ok: data.ok, message: data.message })
        verify(s !== null)
        compare(s.text, data.symbol + " " + data.message)
        compare(s.Accessible.name, data.message)
    }

    function test_failureDiffersInMoreThanColour() {
        const good = createTemporaryObject(statusComponent, this, { ok: true, message: "x" })
        const bad = createTemporaryObject(statusComponent, this, { ok: false, message: "x" })
        verify(good.text !== bad.text)
        verify(good.color !== bad.color)
    }
}

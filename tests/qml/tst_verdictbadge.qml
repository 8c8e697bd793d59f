import QtQuick
import QtTest
import Sic

// Each verdict has its own symbol and words; colour is never the only difference, and an unknown
// key falls back to "cannot be confirmed" rather than to "valid".
TestCase {
    name: "VerdictBadge"
    when: windowShown
    visible: true
    width: 400
    height: 200

    Component { id: badgeComponent; VerdictBadge {} }

    function symbolOf(badge) {
        return badge.look.symbol
    }

    function test_eachVerdictLooksDifferent() {
        const verdicts = ["valid", "valid-with-warnings", "cannot-be-confirmed", "invalid"]
        const symbols = verdicts.map(v => symbolOf(createTemporaryObject(badgeComponent, this, { verdict: v, text: v })))
        for (let i = 0; i < symbols.length; ++i)
            for (let j = i + 1; j < symbols.length; ++j)
                verify(symbols[i] !== symbols[j], verdicts[i] + " and " + verdicts[j] + " share a symbol")
    }

    function test_unknownIsNotValid() {
        const unknown = createTemporaryObject(badgeComponent, this, { verdict: "bogus", text: "?" })
        const valid = createTemporaryObject(badgeComponent, this, { verdict: "valid", text: "ok" })
        const unsure = createTemporaryObject(badgeComponent, this, { verdict: "cannot-be-confirmed", text: "?" })
        verify(symbolOf(unknown) !== symbolOf(valid))
        compare(symbolOf(unknown), symbolOf(unsure))
    }

    function test_accessibleNameIsTheWords() {
        const badge = createTemporaryObject(badgeComponent, this, { verdict: "invalid", text: "Invalid" })
        compare(badge.Accessible.name, "Invalid")
        verify(badge.height >= 36)
    }
}

import QtQuick
import QtTest
import Sic
import Sic.Ui

// The README demo's account card over a real account file (the dev RSSP's init JSON, written by the
// fixture) and a manual clock: user, password and PIN as the README promises, and the current
// one-time password with its seconds left, following the clock (RFC 6238 appendix B secret, so the
// codes are the RFC's). Without an account file nothing is shown.
TestCase {
    id: tc
    name: "DemoAccountCard"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    Component { id: cardComponent; DemoAccountCard { width: 600 } }

    function all(root, out) {
        for (let i = 0; i < root.children.length; ++i) {
            out.push(root.children[i])
            all(root.children[i], out)
        }
        return out
    }
    function byName(root, objectName) {
        const found = all(root, []).find(c => c.objectName === objectName)
        verify(found !== undefined, objectName)
        return found
    }
    function shownTexts(root) {
        return all(root, []).filter(c => c.visible && c.text !== undefined).map(c => c.text)
    }

    function init() {
        fixture.setDemoClock(59)
    }

    function test_accountAsTheReadmePromises() {
        const card = createTemporaryObject(cardComponent, tc, { context: fixture.demoContext })
        verify(card.visible)
        compare(card.Accessible.role, Accessible.Grouping)
        compare(card.Accessible.name, "Demo account of the development signature service")
        const texts = shownTexts(card)
        for (const caption of ["User ID", "Password", "PIN", "One-time password"])
            verify(texts.includes(caption), caption)
        compare(byName(card, "demoUser").text, "demo-user")
        compare(byName(card, "demoPassword").text, "demo-password")
        compare(byName(card, "demoPin").text, "246810")
        const captions = { demoUser: "User ID", demoPassword: "Password", demoPin: "PIN",
                           demoOtp: "One-time password" }
        for (const value in captions) {
            const label = byName(card, value)
            verify(label.visible)
            compare(label.textFormat, Text.PlainText) // a file's text is never read as markup
            // a screen reader hears the caption with the value
            compare(label.Accessible.name, captions[value] + ": " + label.text)
        }
    }

    function test_currentCodeFollowsTheClock() {
        const card = createTemporaryObject(cardComponent, tc, { context: fixture.demoContext })
        const otp = byName(card, "demoOtp")
        // T = 59 s: the RFC's 94287082, as 6 digits, valid for 1 more second.
        compare(otp.text, "287082 (valid for 1 s)")
        verify(/^\d{6} \(valid for \d+ s\)$/.test(otp.text))

        // The card refreshes itself (once a second) when the clock moves on.
        fixture.setDemoClock(1111111109)
        tryCompare(otp, "text", "081804 (valid for 1 s)", 3000)
        fixture.advanceDemoClock(1)
        // The next 30-second step: the RFC's 14050471 (its T = 1111111111 is in the same step).
        tryCompare(otp, "text", "050471 (valid for 30 s)", 3000)
        fixture.setDemoClock(1234567890)
        tryCompare(otp, "text", "005924 (valid for 30 s)", 3000)
    }

    function test_hiddenWithoutAnAccount() {
        const card = createTemporaryObject(cardComponent, tc, { context: fixture.context })
        verify(!card.visible)
        const none = createTemporaryObject(cardComponent, tc)
        verify(!none.visible)
    }
}

import QtQuick
import QtTest
import Sic

TestCase {
    id: tc
    name: "HistoryRow"
    width: 1280
    height: 400
    when: windowShown
    visible: true

    Component {
        id: rowComponent
        HistoryRow {
            width: 1000
            time: "2026-11-22 10:00"
            action: "Signed"
            document: "contract.pdf"
            result: "Failed"
            credential: "cred-1"
            signer: "CN=Taro"
            reason: ""
            succeeded: false
        }
    }

    function labels(item, out) {
        for (let i = 0; i < item.children.length; ++i) {
            const c = item.children[i]
            if (c.text !== undefined && c.visible)
                out.push(c.text)
            labels(c, out)
        }
        return out
    }

    function test_accessibleSummary() {
        const row = createTemporaryObject(rowComponent, tc)
        compare(row.Accessible.name, "Signed contract.pdf, Failed, 2026-11-22 10:00")
    }

    function test_reasonShownOnlyWhenThere() {
        const row = createTemporaryObject(rowComponent, tc)
        verify(!labels(row, []).includes("The PIN was wrong"))
        row.reason = "The PIN was wrong"
        tryVerify(() => labels(row, []).includes("The PIN was wrong"))
    }

    function test_compactStacks() {
        const row = createTemporaryObject(rowComponent, tc)
        const wide = row.implicitHeight
        row.compact = true
        row.width = 350
        tryVerify(() => row.implicitHeight > wide)
    }
}

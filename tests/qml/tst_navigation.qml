import QtQuick
import QtTest
import Sic

// The two navigation components: one entry per page, the activated index reported, touch targets
// at least 44 px, every entry named for assistive technology.
TestCase {
    id: tc
    name: "Navigation"
    width: 800
    height: 600
    when: windowShown
    visible: true

    readonly property var pages: [
        { title: "Home", source: "a.qml" },
        { title: "Sign", source: "b.qml" },
        { title: "Verify", source: "c.qml" }
    ]

    Component { id: barComponent; NavBar { width: 390 } }
    Component { id: railComponent; NavRail { width: 200; height: 400 } }
    SignalSpy { id: spy; signalName: "activated" }

    function buttons(root) {
        const out = []
        const walk = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const c = item.children[i]
                if (c.hasOwnProperty("highlighted") || c.hasOwnProperty("checkable") && c.text !== undefined && c.text.length > 0)
                    out.push(c)
                walk(c)
            }
        }
        walk(root)
        return out.filter(b => tc.pages.some(p => p.title === b.text))
    }

    function test_entries_data() {
        return [ { tag: "NavBar", component: barComponent }, { tag: "NavRail", component: railComponent } ]
    }

    function test_entries(data) {
        const nav = createTemporaryObject(data.component, tc, { pages: tc.pages })
        verify(nav !== null)
        tryVerify(() => buttons(nav).length === tc.pages.length)
        const items = buttons(nav)
        for (let i = 0; i < items.length; ++i) {
            compare(items[i].Accessible.name, tc.pages[i].title)
            verify(items[i].height >= 44, items[i].text + " is " + items[i].height + " px high")
        }
        spy.clear()
        spy.target = nav
        mouseClick(items[2])
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], 2)
    }

    function test_railHighlightsCurrent() {
        const rail = createTemporaryObject(railComponent, tc, { pages: tc.pages, currentIndex: 1 })
        tryVerify(() => buttons(rail).length === tc.pages.length)
        const items = buttons(rail)
        verify(!items[0].highlighted)
        verify(items[1].highlighted)
        // The current page is marked in type as well as colour.
        verify(items[1].font.bold)
        rail.currentIndex = 2
        verify(items[2].highlighted && !items[1].highlighted)
    }
}

import QtQuick
import QtTest
import Sic

TestCase {
    name: "LockedNote"
    width: 400
    height: 200
    when: windowShown
    visible: true

    Component { id: noteComponent; LockedNote {} }

    function test_visibleOnlyWhenLocked() {
        const note = createTemporaryObject(noteComponent, this)
        verify(!note.visible)
        note.locked = true
        verify(note.visible)
        verify(note.text.length > 0)
        compare(note.Accessible.name, note.text)
    }
}

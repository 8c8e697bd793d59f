import QtQuick
import QtQuick.Controls

// A status line that never relies on colour alone: a symbol and words carry the meaning.
Label {
    id: status
    property bool ok: true
    property string message: ""
    text: (ok ? "✓ " : "⚠ ") + message
    color: ok ? palette.windowText : "#b00020"
    wrapMode: Text.Wrap
    Accessible.role: Accessible.StaticText
    Accessible.name: message
}

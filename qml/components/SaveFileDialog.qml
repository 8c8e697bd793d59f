import QtQuick
import QtQuick.Dialogs
import Sic.Ui

// Save a report or an export: a Save dialog (its button says so) proposing a file name in the
// folder files last came from or went to.
FileDialog {
    id: dialog
    property AppContext context
    signal chosen(url file)

    fileMode: FileDialog.SaveFile
    acceptLabel: qsTr("Save")
    rejectLabel: qsTr("Cancel")
    // Opens with `name` proposed in the remembered folder.
    function openWithName(name) {
        if (context) {
            currentFolder = context.fileFolder
            selectedFile = context.suggestedFile(name)
        }
        open()
    }
    onAccepted: {
        if (context)
            context.rememberFolderOf(selectedFile)
        chosen(selectedFile)
    }
}

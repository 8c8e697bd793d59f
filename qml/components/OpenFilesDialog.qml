import QtQuick
import QtQuick.Dialogs
import Sic.Ui

// "Add files": the desktop's own file dialog where it has one (several files at once), Qt Quick
// Dialogs' own otherwise. It opens in the folder files last came from (AppContext.fileFolder).
FileDialog {
    id: dialog
    property AppContext context
    // The files chosen (every one of them, in the order picked).
    signal picked(var files)

    fileMode: FileDialog.OpenFiles
    acceptLabel: qsTr("Add")
    rejectLabel: qsTr("Cancel")
    function openHere() {
        if (context)
            currentFolder = context.fileFolder
        open()
    }
    onAccepted: {
        if (context && selectedFiles.length > 0)
            context.rememberFolderOf(selectedFiles[0])
        picked(selectedFiles)
    }
}

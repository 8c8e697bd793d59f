import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// History: what was signed and verified here, whether the record is intact, export.
Page {
    id: page
    property AppContext context
    property bool compact: false

    HistoryViewModel {
        id: history
        context: page.context
    }

    SaveFileDialog {
        id: exportDialog
        objectName: "historyExportDialog"
        property bool json: false
        context: page.context
        title: qsTr("Export the history")
        defaultSuffix: json ? "json" : "csv"
        nameFilters: json ? [qsTr("JSON (*.json)")] : [qsTr("CSV (*.csv)")]
        onChosen: file => json ? history.exportJson(file) : history.exportCsv(file)
        function openFor(asJson) {
            json = asJson
            openWithName("sic-history-" + Qt.formatDateTime(new Date(), "yyyyMMdd") + (asJson ? ".json" : ".csv"))
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        StatusText {
            Layout.fillWidth: true
            ok: history.chainIntact
            message: history.chainStatus
        }
        StatusText {
            Layout.fillWidth: true
            visible: history.errorMessage.length > 0
            ok: false
            message: history.errorMessage
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Button {
                text: qsTr("Export CSV…")
                implicitHeight: 44
                enabled: history.count > 0
                onClicked: exportDialog.openFor(false)
            }
            Button {
                text: qsTr("Export JSON…")
                implicitHeight: 44
                enabled: history.count > 0
                onClicked: exportDialog.openFor(true)
            }
        }
        Label {
            visible: history.count === 0
            text: qsTr("Nothing signed or verified on this device yet.")
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: history
            delegate: HistoryRow {
                width: ListView.view.width
                compact: page.compact
            }
            ScrollBar.vertical: ScrollBar {}
        }
    }
}

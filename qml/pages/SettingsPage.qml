import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sic.Ui
import Sic

// Settings: signature services, time-stamp service, trust anchors, language, idle time-out.
// Settings an administrator locked are shown, read-only, as such.
ScrollView {
    id: page
    property AppContext context
    property bool compact: false
    contentWidth: availableWidth

    // Reads lockedKeys so that bindings update when the context arrives.
    function locked(key) { return settings.lockedKeys.indexOf(key) >= 0 }

    SettingsViewModel {
        id: settings
        context: page.context
    }

    ColumnLayout {
        width: Math.min(page.availableWidth - 32, 820)
        x: (page.availableWidth - width) / 2
        spacing: 12

        Label {
            Layout.topMargin: 16
            text: qsTr("Signature services")
            font.pixelSize: 18
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        LockedNote { locked: page.locked("rssps") }
        Repeater {
            model: settings.rssps
            delegate: Frame {
                required property var modelData
                Layout.fillWidth: true
                RowLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    RadioButton {
                        checked: settings.selectedRssp === modelData.name
                        enabled: !page.locked("selectedRssp")
                        implicitHeight: 44
                        text: modelData.name
                        Accessible.name: qsTr("Use %1").arg(modelData.name)
                        onClicked: settings.selectedRssp = modelData.name
                    }
                    Label {
                        Layout.fillWidth: true
                        text: modelData.url
                        elide: Text.ElideMiddle
                    }
                    Button {
                        text: qsTr("Remove")
                        implicitHeight: 44
                        enabled: !page.locked("rssps")
                        Accessible.name: qsTr("Remove %1").arg(modelData.name)
                        onClicked: settings.removeRssp(modelData.name)
                    }
                }
            }
        }
        GridLayout {
            Layout.fillWidth: true
            enabled: !page.locked("rssps")
            columns: page.compact ? 1 : 2
            Label { text: qsTr("Name") }
            TextField { id: rsspName; implicitHeight: 44; Layout.fillWidth: true; Accessible.name: qsTr("Service name") }
            Label { text: qsTr("Address (https://…)") }
            TextField { id: rsspUrl; implicitHeight: 44; Layout.fillWidth: true; inputMethodHints: Qt.ImhUrlCharactersOnly; Accessible.name: qsTr("Service address") }
            Label { text: qsTr("Extra CA certificates (PEM file)") }
            TextField { id: rsspCa; implicitHeight: 44; Layout.fillWidth: true; Accessible.name: qsTr("Extra CA certificates file") }
            Label { text: qsTr("Pinned keys (SHA-256, Base64)") }
            TextField { id: rsspPins; implicitHeight: 44; Layout.fillWidth: true; Accessible.name: qsTr("Pinned public keys") }
        }
        Button {
            text: qsTr("Add or update service")
            implicitHeight: 44
            enabled: !page.locked("rssps") && rsspName.text.length > 0 && rsspUrl.text.length > 0
            onClicked: settings.setRssp(rsspName.text, rsspUrl.text, rsspCa.text, rsspPins.text)
        }

        Label {
            Layout.topMargin: 16
            text: qsTr("Signing")
            font.pixelSize: 18
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        GridLayout {
            Layout.fillWidth: true
            columns: page.compact ? 1 : 2
            Label { text: qsTr("Time-stamp service (empty: the signature service's)") }
            ColumnLayout {
                Layout.fillWidth: true
                TextField {
                    implicitHeight: 44
                    Layout.fillWidth: true
                    text: settings.tsaUrl
                    enabled: !page.locked("tsaUrl")
                    Accessible.name: qsTr("Time-stamp service address")
                    onEditingFinished: settings.tsaUrl = text
                }
                LockedNote { locked: page.locked("tsaUrl") }
            }
            Label { text: qsTr("Default level") }
            ColumnLayout {
                ComboBox {
                    implicitHeight: 44
                    model: settings.levels
                    currentIndex: settings.levels.indexOf(settings.defaultLevel)
                    enabled: !page.locked("defaultLevel")
                    Accessible.name: qsTr("Default signature level")
                    onActivated: settings.defaultLevel = currentText
                }
                LockedNote { locked: page.locked("defaultLevel") }
            }
            Label { text: qsTr("Output folder (empty: next to the document)") }
            TextField {
                implicitHeight: 44
                Layout.fillWidth: true
                text: settings.outputFolder
                enabled: !page.locked("outputFolder")
                Accessible.name: qsTr("Output folder")
                onEditingFinished: settings.outputFolder = text
            }
            Label { text: qsTr("Sign out after inactivity (minutes)") }
            ColumnLayout {
                SpinBox {
                    id: idleSpin
                    // Tab would skip it otherwise (neither the box nor its editor is in the chain).
                    focusPolicy: Qt.StrongFocus
                    // The steppers are touch targets of their own: 44 px square, "−" left and "+"
                    // right (the style's stacked arrows are half as high).
                    implicitWidth: 160
                    implicitHeight: 44
                    leftPadding: 48
                    rightPadding: 48
                    down.indicator: Rectangle {
                        x: idleSpin.mirrored ? idleSpin.width - width : 0
                        implicitWidth: 44
                        implicitHeight: 44
                        height: idleSpin.height
                        radius: 2
                        color: idleSpin.down.pressed ? palette.mid : palette.button
                        border.color: palette.mid
                        opacity: enabled ? 1 : 0.5
                        Label {
                            anchors.centerIn: parent
                            text: "−"
                            font.pixelSize: 20
                            Accessible.ignored: true
                        }
                    }
                    background: Rectangle {
                        implicitWidth: 160
                        implicitHeight: 44
                        radius: 2
                        color: palette.base
                        border.color: idleSpin.activeFocus ? palette.highlight : palette.mid
                        border.width: idleSpin.activeFocus ? 2 : 1
                    }
                    up.indicator: Rectangle {
                        x: idleSpin.mirrored ? 0 : idleSpin.width - width
                        implicitWidth: 44
                        implicitHeight: 44
                        height: idleSpin.height
                        radius: 2
                        color: idleSpin.up.pressed ? palette.mid : palette.button
                        border.color: palette.mid
                        opacity: enabled ? 1 : 0.5
                        Label {
                            anchors.centerIn: parent
                            text: "+"
                            font.pixelSize: 20
                            Accessible.ignored: true
                        }
                    }
                    from: 1
                    to: 240
                    value: settings.idleTimeoutMinutes
                    editable: true
                    enabled: !page.locked("idleTimeoutMinutes")
                    Accessible.name: qsTr("Idle time-out in minutes")
                    onValueModified: settings.idleTimeoutMinutes = value
                }
                LockedNote { locked: page.locked("idleTimeoutMinutes") }
            }
        }

        Label {
            Layout.topMargin: 16
            text: qsTr("Verification")
            font.pixelSize: 18
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        GridLayout {
            Layout.fillWidth: true
            columns: page.compact ? 1 : 2
            Label { text: qsTr("Trust anchors (PEM file or folder)") }
            TextField {
                implicitHeight: 44
                Layout.fillWidth: true
                text: settings.trustAnchors
                enabled: !page.locked("trustAnchors")
                Accessible.name: qsTr("Trust anchors")
                onEditingFinished: settings.trustAnchors = text
            }
            Label {
                // Beside the switch, not beside the middle of the explanation under it.
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 10
                text: qsTr("Also trust the system's web certificate authorities")
            }
            ColumnLayout {
                Layout.fillWidth: true
                Switch {
                    objectName: "useSystemTrustSwitch"
                    implicitHeight: 44
                    checked: settings.useSystemTrust
                    enabled: !page.locked("useSystemTrust")
                    Accessible.name: qsTr("Also trust the system's web certificate authorities")
                    Accessible.description: systemTrustHint.text
                    onToggled: settings.useSystemTrust = checked
                }
                Label {
                    id: systemTrustHint
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    opacity: 0.8
                    text: qsTr("Not recommended: these authorities vouch for web sites, not for the people who sign documents. Signatures trusted only through them are shown with a warning.")
                }
                LockedNote { locked: page.locked("useSystemTrust") }
            }
            Label { text: qsTr("Check revocation online") }
            Switch {
                implicitHeight: 44
                checked: settings.onlineRevocation
                enabled: !page.locked("onlineRevocation")
                Accessible.name: qsTr("Check revocation online")
                onToggled: settings.onlineRevocation = checked
            }
        }

        Label {
            Layout.topMargin: 16
            text: qsTr("Language")
            font.pixelSize: 18
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        ComboBox {
            id: languageBox
            objectName: "languageBox"
            implicitHeight: 44
            readonly property var codes: ["", "ja", "en"]
            model: [qsTr("Same as the system"), "日本語", "English"]
            Layout.preferredWidth: 260
            currentIndex: Math.max(0, codes.indexOf(settings.language))
            enabled: !page.locked("language")
            Accessible.name: qsTr("Language")
            onActivated: index => settings.language = codes[index]
            // A language switch retranslates the model, which resets the index: show the saved
            // choice again (a choice made by the user ends the binding above).
            function showSaved() { currentIndex = Math.max(0, codes.indexOf(settings.language)) }
            onModelChanged: Qt.callLater(showSaved)
            Connections {
                target: settings
                function onEdited() { languageBox.showSaved() }
            }
        }

        StatusText {
            Layout.fillWidth: true
            visible: settings.errorMessage.length > 0
            ok: false
            message: settings.errorMessage
        }
        RowLayout {
            Layout.bottomMargin: 24
            Button {
                objectName: "settingsSaveButton"
                text: qsTr("Save")
                implicitHeight: 44
                highlighted: true
                enabled: settings.dirty
                onClicked: settings.save()
            }
            Button {
                text: qsTr("Discard changes")
                implicitHeight: 44
                enabled: settings.dirty
                onClicked: settings.revert()
            }
        }
    }
}

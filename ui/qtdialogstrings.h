#pragma once

#include <QtGlobal>

// Strings of Qt Quick Dialogs' own file dialog (shown where the desktop has no native one) that
// Qt 6.4's translations leave in English. Listed here so that lupdate keeps them in
// translations/*.ts under the contexts Qt asks for; the app's translator then answers them.
namespace sic::ui::qtdialogstrings {

[[maybe_unused]] inline constexpr const char *kStrings[] = {
    QT_TRANSLATE_NOOP("FileDialog", "File name"),
    QT_TRANSLATE_NOOP("FileDialog", "Filter"),
};

} // namespace sic::ui::qtdialogstrings

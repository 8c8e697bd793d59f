#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace sic {

// An error as the whole app carries it: a stable code for programs and tests,
// a sentence for the user (already translated), and detail for support staff.
// User text and support detail are kept apart so that a dialog can show the first
// and a report or log the second.
struct Error
{
    QString code;    // e.g. "io.not_found", "csc.wrong_pin"; stable, never translated
    QString message; // for the user, in the UI language
    QString detail;  // for support: paths, library messages, HTTP status; never secrets

    QString toString() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')';
    }
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString code, QString message, QString detail = {})
{
    return std::unexpected<Error>(Error{std::move(code), std::move(message), std::move(detail)});
}

// Translation context "sic" for core's user-facing sentences: core code writes Tr::tr("...")
// and lupdate collects it (see translations/).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sic)
};

} // namespace sic

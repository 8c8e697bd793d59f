#pragma once

#include "base/clock.h"
#include "base/error.h"
#include "sign/signaturelevel.h"
#include "sign/signingsession.h"

#include <QList>
#include <QMimeType>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace sic {

class TimestampSource;

// Everything a format needs to make one signing session; filled by the engine's factory from a
// SignRequest, so that no front end builds format options itself.
struct SessionSpec
{
    QStringList inputs; // one file for PAdES and XAdES; a container format takes many
    QString output;     // the file to write (the engine has applied the format's default name)
    bool overwrite = false;
    SignatureLevel level = SignatureLevel::B_B;
    Packaging packaging = Packaging::Enveloped;
    QString reason;
    QString location;
    QStringList claimedRoles;
    const Clock *clock = nullptr;          // null: the system clock
    TimestampSource *timestamps = nullptr; // required from B-T on; not owned
};

// One signature format as its library registers it (in the manner of libdigidocpp's
// Container::addContainerImplementation): what it can sign, at which levels and packagings, the
// name of its output, and how to make a session. The front ends list formats and levels from here.
struct SignatureFormat
{
    QString id;   // stable key: "pades", "xades" (CLI --format, settings, journal)
    QString name; // shown to the user: "PAdES", "XAdES"
    QList<SignatureLevel> levels;
    QList<Packaging> packagings;
    // The "auto" rule: among the formats that prefer a file, the highest priority signs it.
    int autoPriority = 0;
    std::function<bool(const QMimeType &)> prefers;
    // The packaging used when the request leaves it open.
    std::function<Packaging(const QMimeType &)> defaultPackaging;
    // Why this file cannot be signed with that packaging, or nothing when it can. Checked before
    // anything is prepared, so both front ends refuse the same way.
    std::function<std::optional<Error>(const QMimeType &, Packaging)> refuses;
    // The output's file name (no folder) for an input: doc.pdf -> doc-signed.pdf.
    std::function<QString(const QString &input, Packaging)> defaultOutputName;
    std::function<std::unique_ptr<SigningSession>(const SessionSpec &)> makeSession;

    bool supports(SignatureLevel level) const { return levels.contains(level); }
    bool supports(Packaging packaging) const { return packagings.contains(packaging); }
};

// The formats this program can sign with, in registration order. The engine registers the
// built-in ones (engine/formats.h); tests may add their own.
class FormatRegistry
{
public:
    static FormatRegistry &instance();

    // Adds the format, replacing one with the same id.
    void add(SignatureFormat format);
    bool remove(const QString &id);
    const SignatureFormat *find(QStringView id) const;
    const QList<SignatureFormat> &formats() const { return m_formats; }
    QStringList ids() const;
    // The format "auto" picks for a file of that type; null when none prefers it.
    const SignatureFormat *pick(const QMimeType &type) const;
    // Every level at least one format can produce, in the order of SignatureLevel.
    QList<SignatureLevel> levels() const;

private:
    QList<SignatureFormat> m_formats;
};

namespace sign {
// The checks every session makes the same way, with the same codes: sign.level_unsupported when the
// format cannot produce the level, sign.no_tsa when the level needs a time-stamp and none is set.
Result<void> checkLevel(const SignatureFormat &format, SignatureLevel level, const TimestampSource *tsa);
// sign.session_used: a session is single-use.
std::unexpected<Error> sessionUsed();
} // namespace sign

} // namespace sic

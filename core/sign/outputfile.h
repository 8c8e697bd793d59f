#pragma once

#include "base/error.h"

#include <QDateTime>
#include <QFile>
#include <QString>

#include <memory>

namespace sic::sign {

// The output-file discipline every format shares, with the same error codes: io.no_output,
// io.no_output_folder, io.output_is_input, io.output_exists, io.write_failed.

// io.write_failed with the detail for support.
std::unexpected<Error> writeFailed(const QString &detail);

// Checks before anything is written: the output is not the input (after resolving links),
// its folder exists, and an existing file is only replaced when asked.
Result<void> checkOutputPath(const QString &input, const QString &output, bool overwrite);

// A temporary file in the output's folder that becomes the output by an atomic rename once
// complete; destroyed without commit() it removes itself. A process killed with SIGINT or SIGTERM
// removes its prepared files too (a handler is installed where none was), and create() removes
// stale ones that a killed run left next to the output: ours by name pattern and owner, and older
// than kStaleAfterSeconds, so that another run still preparing is not disturbed.
class PreparedFile
{
public:
    static constexpr int kStaleAfterSeconds = 15 * 60;
    static Result<std::unique_ptr<PreparedFile>> create(const QString &output);
    // Removes the stale prepared files of a folder; returns how many (create() calls it).
    static int removeStale(const QString &folder, const QDateTime &now);
    ~PreparedFile();

    QFile &file() { return m_file; }
    QString path() const { return m_file.fileName(); }
    // Flushes what was written so far to disk. Called where the bulk of the file is written (the
    // prepare step, off the GUI thread), so that commit's own fsync has only the signature left.
    Result<void> sync();
    // Flushes to disk (fsync) and renames over the output.
    Result<void> commit(const QString &output, bool overwrite);
    void discard();

private:
    PreparedFile() = default;
    QFile m_file;
    bool m_done = false;
    int m_slot = -1; // in the table the signal handler removes files from
};

} // namespace sic::sign

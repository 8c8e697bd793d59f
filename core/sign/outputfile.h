#pragma once

#include "base/error.h"

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
// complete; destroyed without commit() it removes itself.
class PreparedFile
{
public:
    static Result<std::unique_ptr<PreparedFile>> create(const QString &output);
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
};

} // namespace sic::sign

#pragma once

#include "localhashsigner.h"
#include "sign/signingsession.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace sic::test {

struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
};

inline ToolResult runTool(const QString &program, const QStringList &args, const QByteArray &stdinData = {},
                          const QString &workingDir = {})
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {-1, "could not start " + program.toUtf8()};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(f.write(bytes), bytes.size());
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// prepare -> sign with the signer -> finish, without a nested event loop in the code under test:
// the test itself waits for the callbacks.
inline Result<QString> signWith(SigningSession &session, HashSigner &signer)
{
    auto digests = session.prepare({signer.certificateChain(), signer.scheme()});
    if (!digests)
        return std::unexpected(digests.error());
    std::optional<Result<QString>> outcome;
    signer.signDigests(*digests, [&](Result<QList<QByteArray>> values) {
        if (!values) {
            session.abort();
            outcome = std::unexpected(values.error());
            return;
        }
        session.finish(*values, [&](Result<QString> r) { outcome = std::move(r); });
    });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 60000))
        return fail(QStringLiteral("test.timeout"), QStringLiteral("signing did not finish"));
    return *outcome;
}

} // namespace sic::test

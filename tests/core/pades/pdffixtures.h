#pragma once

#include "pdfobjects.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Test inputs and independent checks for the PDF signing tests. Inputs are built at test time:
// a tiny hand-written PDF, turned into other shapes by qpdf; checks run pdfsig, qpdf and openssl.
namespace sic::test {

struct MiniPdf
{
    bool withForm = false; // an AcroForm with a text field, /Annots as an indirect array
    QString formFieldName = QStringLiteral("Name");
    int pages = 1;
};

QByteArray miniPdf(const MiniPdf &options = {});
// pdfFromObjects (tests/common/pdfobjects.h) writes a classic PDF from object bodies.

// A hybrid-reference file: classic table plus /XRefStm; the page sits in an object stream.
QByteArray hybridPdf();

struct ProcessResult
{
    int exitCode = -1;
    QByteArray output; // stdout + stderr
};
ProcessResult runTool(const QString &program, const QStringList &args, int timeoutMs = 60000);

bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

// An NSS database trusting the test root; with signer set, also holding that signer's key.
QString makeNssDb(const QString &dir, const QString &pkiDir, const QString &signer = {});

struct SignatureBytes
{
    QList<qint64> byteRange;
    QByteArray cms;     // DER without the zero padding
    QByteArray content; // the signed bytes
};
// Every signature in the file, in file order (found by /ByteRange).
QList<SignatureBytes> signaturesIn(const QString &path);

// Empty on success, else what failed. Checks: pdfsig reports expectedSignatures valid signatures
// (and trusted) and the last one covers the whole document; qpdf --check is clean; the last CMS verifies with
// openssl against the test root and holds content-type, message-digest, signing-certificate-v2
// and no signing-time.
QString checkSignedPdf(const QString &path, const QString &nssDir, const QString &pkiDir,
                       int expectedSignatures, const QString &workDir);

} // namespace sic::test

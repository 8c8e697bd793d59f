#include "pdffixtures.h"

#include "crypto/ossl.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace sic::test {

QByteArray miniPdf(const MiniPdf &o)
{
    QList<QByteArray> objects; // objects[i] is object i+1
    const int pagesNum = 2;
    const int firstPage = 3;
    const int content = firstPage + o.pages;
    const int annotsArr = content + 1;
    const int textField = content + 2;
    const int acroForm = content + 3;
    QByteArray catalog = "<< /Type /Catalog /Pages 2 0 R";
    if (o.withForm)
        catalog += " /AcroForm " + QByteArray::number(acroForm) + " 0 R";
    objects << catalog + " >>";
    QByteArray kids;
    for (int i = 0; i < o.pages; ++i)
        kids += QByteArray::number(firstPage + i) + " 0 R ";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(o.pages) + " >>";
    for (int i = 0; i < o.pages; ++i) {
        QByteArray page = "<< /Type /Page /Parent " + QByteArray::number(pagesNum) +
                          " 0 R /MediaBox [0 0 200 200] /Contents " + QByteArray::number(content) + " 0 R";
        if (o.withForm && i == 0)
            page += " /Annots " + QByteArray::number(annotsArr) + " 0 R";
        objects << page + " >>";
    }
    const QByteArray stream = "BT /F1 12 Tf 20 100 Td (Hello) Tj ET";
    objects << "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream";
    if (o.withForm) {
        objects << "[" + QByteArray::number(textField) + " 0 R]";
        QByteArray name = "<FEFF";
        for (QChar c : o.formFieldName)
            name += QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        name += ">";
        objects << "<< /Type /Annot /Subtype /Widget /FT /Tx /T " + name +
                       " /V (Taro) /Rect [10 10 100 30] /P " + QByteArray::number(firstPage) + " 0 R >>";
        objects << "<< /Fields [" + QByteArray::number(textField) + " 0 R] /DA (/Helv 0 Tf 0 g) >>";
    }
    return pdfFromObjects(objects);
}

QByteArray hybridPdf()
{
    // Objects 1, 2, 4, 5, 6 are in the classic table; the page (3) lives in object stream 5 and
    // only the hidden cross-reference stream (6, via /XRefStm) knows it.
    QByteArray pdf = "%PDF-1.5\n%\xE2\xE3\xCF\xD3\n";
    QList<qint64> off(7, 0);
    auto add = [&](int num, const QByteArray &body) {
        off[num] = pdf.size();
        pdf += QByteArray::number(num) + " 0 obj\n" + body + "\nendobj\n";
    };
    add(1, "<< /Type /Catalog /Pages 2 0 R >>");
    add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    const QByteArray content = "BT /F1 12 Tf 20 100 Td (Hybrid) Tj ET";
    add(4, "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
    const QByteArray page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>";
    const QByteArray header = "3 0 ";
    add(5, "<< /Type /ObjStm /N 1 /First " + QByteArray::number(header.size()) + " /Length " +
               QByteArray::number(header.size() + page.size()) + " >>\nstream\n" + header + page +
               "\nendstream");
    // W [1 2 1]: type, offset/stream number, generation/index.
    QByteArray entries;
    entries += char(2);
    entries += char(0);
    entries += char(5);
    entries += char(0);
    add(6, "<< /Type /XRef /Size 7 /Index [3 1] /W [1 2 1] /Length 4 >>\nstream\n" + entries + "\nendstream");
    const qint64 xref = pdf.size();
    pdf += "xref\n0 7\n0000000000 65535 f\r\n";
    for (int i = 1; i <= 6; ++i) {
        if (i == 3)
            pdf += "0000000000 00000 f\r\n";
        else
            pdf += QByteArray::number(off[i]).rightJustified(10, '0') + " 00000 n\r\n";
    }
    pdf += "trailer\n<< /Size 7 /Root 1 0 R /XRefStm " + QByteArray::number(off[6]) + " >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

ProcessResult runTool(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(10000)) {
        r.output = (program + QStringLiteral(": could not start")).toUtf8();
        return r;
    }
    p.waitForFinished(timeoutMs);
    r.output = p.readAll();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString makeNssDb(const QString &dir, const QString &pkiDir, const QString &signer)
{
    QDir().mkpath(dir);
    const QString db = QStringLiteral("sql:") + dir;
    if (!QFile::exists(dir + QStringLiteral("/cert9.db"))) {
        runTool(QStringLiteral("certutil"),
                {QStringLiteral("-N"), QStringLiteral("-d"), db, QStringLiteral("--empty-password")});
        runTool(QStringLiteral("certutil"),
                {QStringLiteral("-A"), QStringLiteral("-d"), db, QStringLiteral("-n"),
                 QStringLiteral("sic-test-root"), QStringLiteral("-t"), QStringLiteral("CT,C,C"),
                 QStringLiteral("-i"), pkiDir + QStringLiteral("/root/ca.pem")});
    }
    if (!signer.isEmpty())
        runTool(QStringLiteral("pk12util"),
                {QStringLiteral("-i"), pkiDir + QStringLiteral("/signers/") + signer + QStringLiteral(".p12"),
                 QStringLiteral("-d"), db, QStringLiteral("-W"), QStringLiteral("test"), QStringLiteral("-K"),
                 QString()});
    return dir;
}

QList<SignatureBytes> signaturesIn(const QString &path)
{
    const QByteArray pdf = readFile(path);
    QList<SignatureBytes> result;
    static const QRegularExpression re(
        QStringLiteral("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]"));
    auto it = re.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        const auto m = it.next();
        SignatureBytes s;
        for (int i = 1; i <= 4; ++i)
            s.byteRange << m.captured(i).toLongLong();
        const qint64 holeStart = s.byteRange[1], holeEnd = s.byteRange[2];
        if (holeEnd > pdf.size() || s.byteRange[2] + s.byteRange[3] > pdf.size())
            continue;
        QByteArray hex = pdf.mid(holeStart + 1, holeEnd - holeStart - 2);
        QByteArray der = QByteArray::fromHex(hex);
        // Trim the zero padding using the outer DER length.
        if (der.size() > 4 && uchar(der[1]) & 0x80) {
            const int n = uchar(der[1]) & 0x7F;
            qint64 len = 0;
            for (int i = 0; i < n; ++i)
                len = (len << 8) | uchar(der[2 + i]);
            der.truncate(2 + n + len);
        }
        s.cms = der;
        s.content = pdf.mid(s.byteRange[0], s.byteRange[1]) + pdf.mid(s.byteRange[2], s.byteRange[3]);
        result << s;
    }
    return result;
}

QString checkSignedPdf(const QString &path, const QString &nssDir, const QString &pkiDir,
                       int expectedSignatures, const QString &workDir)
{
    const auto sig =
        runTool(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), QStringLiteral("sql:") + nssDir,
                                           QStringLiteral("-no-ocsp"), path});
    const QString out = QString::fromUtf8(sig.output);
    if (qEnvironmentVariableIsSet("SIC_TEST_VERBOSE")) {
        qInfo().noquote() << out;
        QFile::remove(QDir::tempPath() + QStringLiteral("/sic-last-checked.pdf"));
        QFile::copy(path, QDir::tempPath() + QStringLiteral("/sic-last-checked.pdf"));
    }
    if (out.count(QStringLiteral("Signature is Valid")) != expectedSignatures)
        return QStringLiteral("pdfsig does not report %1 valid signatures:\n%2")
            .arg(expectedSignatures)
            .arg(out);
    if (out.count(QStringLiteral("Certificate is Trusted")) != expectedSignatures)
        return QStringLiteral("pdfsig does not trust %1 signer certificates:\n%2")
            .arg(expectedSignatures)
            .arg(out);
    if (!out.trimmed().endsWith(QStringLiteral("Total document signed")) &&
        !out.contains(QStringLiteral("Total document signed\n")))
        return QStringLiteral("pdfsig: the last signature does not cover the whole document:\n") + out;
    const int last = out.lastIndexOf(QStringLiteral("Signature #"));
    if (!out.mid(last).contains(QStringLiteral("Total document signed")))
        return QStringLiteral("pdfsig: the last signature does not cover the whole document:\n") + out;
    const auto check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    if (check.exitCode != 0 || check.output.contains("WARNING"))
        return QStringLiteral("qpdf --check failed:\n") + QString::fromUtf8(check.output);
    const auto sigs = signaturesIn(path);
    if (sigs.size() != expectedSignatures)
        return QStringLiteral("found %1 /ByteRange entries, expected %2")
            .arg(sigs.size())
            .arg(expectedSignatures);
    const SignatureBytes &s = sigs.last();
    const QString cmsPath = workDir + QStringLiteral("/last.p7s"),
                  dataPath = workDir + QStringLiteral("/last.data");
    writeFile(cmsPath, s.cms);
    writeFile(dataPath, s.content);
    const auto verify = runTool(QStringLiteral("openssl"),
                                {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                                 QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                                 cmsPath, QStringLiteral("-content"), dataPath, QStringLiteral("-CAfile"),
                                 pkiDir + QStringLiteral("/root/ca.pem"), QStringLiteral("-purpose"),
                                 QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
    if (verify.exitCode != 0)
        return QStringLiteral("openssl cms -verify failed:\n") + QString::fromUtf8(verify.output);
    // The signer's own signed attributes (a B-T token has its own signing-time, which is fine).
    const auto *p = reinterpret_cast<const unsigned char *>(s.cms.constData());
    ossl::Cms cms(d2i_CMS_ContentInfo(nullptr, &p, long(s.cms.size())));
    if (!cms)
        return QStringLiteral("the CMS does not parse");
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
    for (int nid : {NID_pkcs9_contentType, NID_pkcs9_messageDigest, NID_id_smime_aa_signingCertificateV2}) {
        if (CMS_signed_get_attr_by_NID(si, nid, -1) < 0)
            return QStringLiteral("the CMS lacks the signed attribute %1")
                .arg(QLatin1String(OBJ_nid2sn(nid)));
    }
    if (CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1) >= 0)
        return QStringLiteral("the CMS holds a signing-time attribute");
    const auto print =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"),
                 QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), cmsPath});
    if (print.exitCode != 0 || !print.output.contains("id-smime-aa-signingCertificateV2"))
        return QStringLiteral("openssl cms -print:\n") + QString::fromUtf8(print.output);
    return {};
}

} // namespace sic::test

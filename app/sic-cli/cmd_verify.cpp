#include "command.h"

#include "base/clock.h"
#include "base/textsafe.h"
#include "verify/onlinerevocation.h"
#include "verify/reports.h"
#include "verify/reportseal.h"
#include "verify/verifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <QTranslator>

namespace sic::cli {
namespace {

using namespace sic::verify;

bool writeOut(const QString &path, const QByteArray &data, Io &io)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        io.err << "sic-cli verify: cannot write " << path << ": " << f.errorString() << "\n";
        return false;
    }
    return true;
}

// Every piece that came from the file (its name, names in certificates, reasons) goes through
// printableLine: a newline in a file name must not print a line of its own.
QString personLine(const FileReport &f, const SignatureReport &s, int n)
{
    QString result = indicationName(s.indication);
    if (s.subIndication != SubIndication::None)
        result += u'/' + subIndicationName(s.subIndication);
    QString line = QStringLiteral("%1: #%2 %3")
                       .arg(printableLine(f.path))
                       .arg(n)
                       .arg(printableLine(reportName(s.kind, s.pdfSubFilter)));
    if (!s.level.isEmpty())
        line += u' ' + printableLine(s.level);
    line += QStringLiteral(": %1 (%2)").arg(verdictText(s.verdict()), result);
    if (s.signer)
        line += QStringLiteral(" — %1").arg(
            printableLine(s.signer->commonName.isEmpty() ? s.signer->subject : s.signer->commonName));
    line += QStringLiteral(" — ") + printableLine(s.reason);
    for (const QString &w : s.warnings)
        line += QStringLiteral("\n    ") + Tr::tr("warning: %1").arg(printableLine(w));
    return line;
}

// --online: a first pass lists the chain certificates without usable revocation data, their
// OCSP responses and CRLs are fetched (asynchronously, in this command's event loop, never inside
// core), and the real pass below evaluates with them as if they had been given with --revocation.
void fetchOnline(const QStringList &files, VerifyOptions &options, Io &io)
{
    RevocationNeeds needs;
    VerifyOptions probe = options;
    probe.context.revocationNeeds = &needs;
    for (const QString &file : files)
        (void)verifyFile(file, probe);
    if (needs.isEmpty())
        return;
    OnlineRevocationFetcher fetcher;
    OnlineRevocationResult fetched;
    QEventLoop loop;
    fetcher.fetch(needs.targets(), [&](OnlineRevocationResult r) {
        fetched = std::move(r);
        loop.quit();
    });
    loop.exec();
    for (const QString &problem : fetched.problems)
        io.err << "sic-cli verify: " << Tr::tr("note: %1").arg(printableLine(problem)) << "\n";
    io.err.flush();
    options.context.extraRevocation.append(fetched.data);
}

int runVerify(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Verifies the signatures in PDF, XML (XAdES/XMLDSig) and CMS (.p7s/.p7m) files.\n"
        "Exit code: 0 every signature valid; 1 any invalid (TOTAL_FAILED), whatever else happened; otherwise "
        "3 a "
        "usage error or a file that could not be read; otherwise 2 any signature cannot be confirmed "
        "(INDETERMINATE) or a file has no signature."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files to verify."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption trustOpt(
        QStringLiteral("trust"),
        QStringLiteral("Trust anchors: a PEM bundle or a folder of certificates "
                       "(repeatable). Nothing is trusted otherwise."),
        QStringLiteral("PEM|DIR"));
    const QCommandLineOption systemTrustOpt(
        QStringLiteral("system-trust"),
        QStringLiteral("Also trust the operating system's web CAs (SSL_CERT_FILE / SSL_CERT_DIR, else "
                       "OpenSSL's defaults); not recommended for document signatures."));
    const QCommandLineOption onlineOpt(
        QStringLiteral("online"),
        QStringLiteral("Fetch OCSP responses and CRLs named in the certificates (AIA, CRL DP) when the "
                       "signature carries none."));
    const QCommandLineOption offlineOpt(QStringLiteral("offline"),
                                        QStringLiteral("Never use the network (default)."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Write a JSON report."),
                                     QStringLiteral("OUT"));
    const QCommandLineOption etsiOpt(QStringLiteral("etsi-report"),
                                     QStringLiteral("Write the ETSI TS 119 102-2 validation report (XML)."),
                                     QStringLiteral("OUT"));
    const QCommandLineOption htmlOpt(QStringLiteral("html"), QStringLiteral("Write a printable HTML report."),
                                     QStringLiteral("OUT"));
    const QCommandLineOption csvOpt(QStringLiteral("csv"), QStringLiteral("Write a CSV summary."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
                                     QStringLiteral("Report language: en (default) or ja."),
                                     QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption dataOpt(QStringLiteral("data"),
                                     QStringLiteral("Detached signed content (repeatable)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption revOpt(
        QStringLiteral("revocation"),
        QStringLiteral("A CRL (PEM/DER) or DER OCSP response to use (repeatable)."), QStringLiteral("FILE"));
    const QCommandLineOption atOpt(QStringLiteral("at"),
                                   QStringLiteral("Validate as of this UTC time (ISO 8601) instead of now."),
                                   QStringLiteral("TIME"));
    const QCommandLineOption sealOpt(
        QStringLiteral("seal-p12"),
        QStringLiteral(
            "Seal every report written: a detached CAdES signature OUT.p7s beside it, made with the "
            "key of this PKCS#12 file; its password is read from stdin (seal-password=...)."),
        QStringLiteral("P12"));
    parser.addOptions({trustOpt, systemTrustOpt, onlineOpt, offlineOpt, jsonOpt, etsiOpt, htmlOpt, csvOpt,
                       langOpt, dataOpt, revOpt, atOpt, sealOpt});
    if (const std::optional<int> rc = parseCommandLine(parser, "verify", args, io))
        return *rc;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        io.err << "sic-cli verify: no file given\n";
        return ExitUsage;
    }
    if (parser.isSet(onlineOpt) && parser.isSet(offlineOpt)) {
        io.err << "sic-cli verify: --online and --offline exclude each other\n";
        return ExitUsage;
    }
    QByteArray sealPassword;
    if (parser.isSet(sealOpt)) {
        // One line "seal-password=..." on stdin: never on the command line, where ps would show it.
        QTextStream in(stdin);
        const QString line = in.readLine();
        if (!line.startsWith(QLatin1String("seal-password="))) {
            io.err << "sic-cli verify: --seal-p12 expects a line seal-password=... on stdin\n";
            return ExitUsage;
        }
        sealPassword = line.mid(14).toUtf8();
    }
    const QString lang = parser.value(langOpt);
    if (lang != QLatin1String("en") && lang != QLatin1String("ja")) {
        io.err << "sic-cli verify: --lang must be en or ja\n";
        return ExitUsage;
    }
    // English too: its catalogue holds the plural forms ("%n certificate(s)"), and it wins over a
    // Japanese one that the locale may have installed.
    QTranslator translator;
    if (translator.load(QStringLiteral("sic_") + lang, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    TrustStore trust;
    for (const QString &t : parser.values(trustOpt)) {
        if (auto n = trust.load(t); !n) {
            io.err << "sic-cli verify: " << n.error().toString() << "\n";
            return ExitUsage;
        }
    }
    if (parser.isSet(systemTrustOpt)) {
        if (auto n = trust.loadSystem(); !n) {
            io.err << "sic-cli verify: --system-trust: " << n.error().toString() << "\n";
            return ExitUsage;
        }
    }
    VerifyOptions options;
    for (const QString &r : parser.values(revOpt)) {
        QFile f(r);
        if (!f.open(QIODevice::ReadOnly)) {
            io.err << "sic-cli verify: cannot read revocation data " << r << "\n";
            return ExitUsage;
        }
        const QByteArray bytes = f.readAll();
        // An OCSPResponse starts with SEQUENCE { ENUMERATED responseStatus }; anything else is a CRL.
        const bool ocsp = bytes.size() > 6 && quint8(bytes[0]) == 0x30 &&
                          bytes.mid(quint8(bytes[1]) & 0x80 ? 2 + (quint8(bytes[1]) & 0x7f) : 2, 1) == "\x0a";
        (ocsp ? options.context.extraRevocation.ocspResponses : options.context.extraRevocation.crls)
            << bytes;
    }
    std::unique_ptr<ManualClock> fixedClock;
    if (parser.isSet(atOpt)) {
        QDateTime at = QDateTime::fromString(parser.value(atOpt), Qt::ISODate);
        if (!at.isValid()) {
            io.err << "sic-cli verify: --at needs an ISO 8601 time, e.g. 2026-11-21T10:00:00Z\n";
            return ExitUsage;
        }
        fixedClock = std::make_unique<ManualClock>(at.toUTC());
    }
    options.context.trust = &trust;
    options.context.clock =
        fixedClock ? static_cast<const Clock *>(fixedClock.get()) : &SystemClock::instance();
    options.context.online = parser.isSet(onlineOpt);
    options.dataFiles = parser.values(dataOpt);
    if (options.context.online)
        fetchOnline(files, options, io);

    QList<FileReport> reports;
    bool anyFailed = false, anyIndeterminate = false, anyUnreadable = false;
    for (const QString &file : files) {
        FileReport r = verifyFile(file, options);
        if (r.error) {
            io.err << printableLine(file) << ": "
                   << Tr::tr("error: %1").arg(printableLine(r.error->toString())) << "\n";
            anyUnreadable = true;
        } else if (r.signatures.isEmpty()) {
            io.out << printableLine(file) << ": " << Tr::tr("no signature found") << "\n";
            anyIndeterminate = true;
        }
        for (const QString &note : r.notes)
            io.out << file << ": " << Tr::tr("note: %1").arg(note) << "\n";
        int n = 0;
        for (const SignatureReport &s : r.signatures) {
            io.out << personLine(r, s, ++n) << "\n";
            anyFailed = anyFailed || s.indication == Indication::TotalFailed;
            anyIndeterminate = anyIndeterminate || s.indication == Indication::Indeterminate;
        }
        io.out.flush();
        io.err.flush();
        reports << std::move(r);
    }

    ReportMeta meta;
    meta.generator = QStringLiteral("sic-cli %1").arg(QStringLiteral(SIC_VERSION));
    meta.validationTime = options.context.clock->now().toUTC();
    setTrust(meta, trust);
    meta.online = options.context.online;
    meta.language = lang;
    bool written = true;
    if (parser.isSet(jsonOpt))
        written = writeOut(parser.value(jsonOpt), reportToJson(reports, meta), io) && written;
    if (parser.isSet(htmlOpt))
        written = writeOut(parser.value(htmlOpt), reportToHtml(reports, meta), io) && written;
    if (parser.isSet(etsiOpt))
        written = writeOut(parser.value(etsiOpt), reportToEtsiXml(reports, meta), io) && written;
    if (parser.isSet(csvOpt))
        written = writeOut(parser.value(csvOpt), reportToCsv(reports), io) && written;
    if (parser.isSet(sealOpt)) {
        for (const QCommandLineOption *o : {&jsonOpt, &htmlOpt, &etsiOpt, &csvOpt}) {
            if (!parser.isSet(*o))
                continue;
            const QString out = parser.value(*o);
            QFile report(out);
            if (!report.open(QIODevice::ReadOnly)) {
                written = false;
                continue;
            }
            const auto seal = sealDetached(report.readAll(), parser.value(sealOpt), sealPassword);
            if (!seal) {
                io.err << "sic-cli verify: " << seal.error().toString() << "\n";
                written = false;
                continue;
            }
            written = writeOut(out + QStringLiteral(".p7s"), *seal, io) && written;
        }
    }
    if (anyFailed)
        return ExitFailed;
    if (anyUnreadable || !written)
        return ExitUsage;
    return anyIndeterminate ? ExitIndeterminate : ExitOk;
}

const bool registered = registerCommand(
    {"verify", "Verify signatures in PDF/XML/CMS files (EN 319 102-1 results, JSON/HTML/CSV reports)",
     runVerify});

} // namespace
} // namespace sic::cli

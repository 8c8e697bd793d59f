#include "base/textsafe.h"
#include "command.h"
#include "csc_cli.h"

#include "csc/cscerror.h"
#include "csc/cschashsigner.h"
#include "csc/csctimestampsource.h"
#include "engine/formats.h"
#include "engine/signrequest.h"
#include "sign/batchsigner.h"
#include "tsp/tspclient.h"
#include "verify/onlinerevocation.h"
#include "verify/truststore.h"
#include "verify/verifier.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>

namespace sic::cli {
namespace {

struct SignOptions
{
    QCommandLineOption credential{QStringLiteral("credential"), QStringLiteral("Credential ID."),
                                  QStringLiteral("ID")};
    QCommandLineOption level{QStringLiteral("level"), QStringLiteral("B-B (default) or B-T."),
                             QStringLiteral("LEVEL"), QStringLiteral("B-B")};
    QCommandLineOption format{
        QStringLiteral("format"),
        QStringLiteral("auto (default: PAdES for PDF, XAdES for anything else), pades or xades."),
        QStringLiteral("FORMAT"), QStringLiteral("auto")};
    QCommandLineOption packaging{
        QStringLiteral("packaging"),
        QStringLiteral("XAdES: enveloped (default for XML), enveloping or detached (default "
                       "for other files)."),
        QStringLiteral("PACKAGING")};
    QCommandLineOption tsa{QStringLiteral("tsa"), QStringLiteral("RFC 3161 time-stamp URL (B-T)."),
                           QStringLiteral("URL")};
    QCommandLineOption tsaTrust{QStringLiteral("tsa-trust"),
                                QStringLiteral("Trust anchors (PEM) for the TSA and for checking the output "
                                               "(default: --ca-bundle)."),
                                QStringLiteral("PEM")};
    QCommandLineOption out{QStringLiteral("out"),
                           QStringLiteral("Output folder (default: next to each input)."),
                           QStringLiteral("DIR")};
    QCommandLineOption overwrite{QStringLiteral("overwrite"),
                                 QStringLiteral("Replace existing output files.")};
    QCommandLineOption reason{QStringLiteral("reason"), QStringLiteral("Reason for signing (PDF)."),
                              QStringLiteral("TEXT")};
    QCommandLineOption location{QStringLiteral("location"), QStringLiteral("Place of signing."),
                                QStringLiteral("TEXT")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print the results as JSON.")};
    QCommandLineOption online{
        QStringLiteral("online"),
        QStringLiteral("Check the outputs' certificates for revocation online (OCSP/CRL URLs in the "
                       "certificates), as sic-cli verify --online; without it the check is offline.")};
};

QString levelNames(const QList<SignatureLevel> &levels)
{
    QStringList names;
    for (SignatureLevel l : levels)
        names << levelName(l);
    return names.join(u", ");
}

QJsonObject errorJson(const Error &e)
{
    return {{QStringLiteral("code"), e.code},
            {QStringLiteral("message"), e.message},
            {QStringLiteral("detail"), e.detail}};
}

// The command line as a SignRequest: what the GUI's options screen fills in too.
engine::SignRequest requestFrom(const QCommandLineParser &p, const SignOptions &o)
{
    engine::SignRequest r;
    r.files = p.positionalArguments();
    r.format = p.value(o.format);
    if (p.isSet(o.packaging))
        r.packaging = parsePackaging(p.value(o.packaging));
    r.level = parseLevel(p.value(o.level)).value_or(SignatureLevel::B_B);
    r.reason = p.value(o.reason);
    r.location = p.value(o.location);
    r.outputFolder = p.value(o.out);
    r.overwrite = p.isSet(o.overwrite);
    r.tsaUrl = QUrl(p.value(o.tsa));
    return r;
}

// The result screen of guideline Appendix 3, for one document.
QJsonObject appendix3(const BatchItemResult &r, const csc::Credential &cred, const QString &user,
                      const verify::VerifyOptions &vo)
{
    QJsonObject item{
        {QStringLiteral("result"), r.output ? QStringLiteral("signed") : QStringLiteral("failed")},
        {QStringLiteral("signerId"), user},
        {QStringLiteral("signingTarget"), r.inputs.value(0)},
        {QStringLiteral("signerName"), cred.subjectCn},
        {QStringLiteral("signerSubject"), cred.subjectDn}};
    if (!r.output) {
        item.insert(QStringLiteral("error"), errorJson(r.output.error()));
        return item;
    }
    item.insert(QStringLiteral("signedDocument"), *r.output);
    QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QString source = QStringLiteral("computer clock");
    const verify::FileReport report = verify::verifyFile(*r.output, vo);
    if (!report.signatures.isEmpty()) {
        const verify::SignatureReport &ours = report.signatures.last();
        for (const verify::TimestampInfo &t : ours.timestamps) {
            if (t.kind == verify::TimestampKind::Signature && t.intact && t.signatureValid) {
                time = t.time.toUTC().toString(Qt::ISODate);
                source = QStringLiteral("time-stamp") +
                         (t.tsa ? QStringLiteral(" (") + t.tsa->commonName + u')' : QString());
            }
        }
        item.insert(
            QStringLiteral("verification"),
            QJsonObject{{QStringLiteral("verdict"), verify::verdictKey(ours.verdict())},
                        {QStringLiteral("indication"), verify::indicationName(ours.indication)},
                        {QStringLiteral("subIndication"), verify::subIndicationName(ours.subIndication)},
                        {QStringLiteral("reason"), ours.reason}});
    } else {
        item.insert(
            QStringLiteral("verification"),
            QJsonObject{{QStringLiteral("verdict"), QStringLiteral("invalid")},
                        {QStringLiteral("reason"), report.error ? report.error->message : QString()}});
    }
    item.insert(QStringLiteral("signingTime"), time);
    item.insert(QStringLiteral("signingTimeSource"), source);
    return item;
}

// --online: as sic-cli verify, a first pass lists the certificates without usable revocation
// data, their OCSP responses and CRLs are fetched in this command's event loop (never inside
// core), and the verification of each output uses them.
void fetchOnline(const QList<BatchItemResult> &results, verify::VerifyOptions &options, Io &io)
{
    verify::RevocationNeeds needs;
    verify::VerifyOptions probe = options;
    probe.context.revocationNeeds = &needs;
    for (const BatchItemResult &r : results) {
        if (r.output)
            (void)verify::verifyFile(*r.output, probe);
    }
    if (needs.isEmpty())
        return;
    verify::OnlineRevocationFetcher fetcher;
    verify::OnlineRevocationResult fetched;
    waitFor([&](auto done) {
        fetcher.fetch(needs.targets(), [&, done](verify::OnlineRevocationResult r) {
            fetched = std::move(r);
            done();
        });
    });
    for (const QString &problem : fetched.problems)
        io.err << "sic-cli sign: " << Tr::tr("note: %1").arg(problem) << "\n";
    io.err.flush();
    options.context.extraRevocation.append(fetched.data);
}

void printAppendix3(Io &io, const QJsonObject &item)
{
    auto line = [&](const char *label, const QString &value) {
        if (!value.isEmpty())
            io.out << "  " << QString::fromLatin1(label).leftJustified(20) << printableLine(value) << "\n";
    };
    const bool ok = item.value(QStringLiteral("result")).toString() == QLatin1String("signed");
    io.out << (ok ? "SIGNED  " : "FAILED  ")
           << printableLine(item.value(QStringLiteral("signingTarget")).toString()) << "\n";
    const QJsonObject error = item.value(QStringLiteral("error")).toObject();
    line("processing result",
         ok ? QStringLiteral("completed normally") : error.value(QStringLiteral("message")).toString());
    // The code and the detail line, as --json has them: what a helpdesk needs from a failure.
    if (!ok) {
        line("error code", error.value(QStringLiteral("code")).toString());
        line("detail", error.value(QStringLiteral("detail")).toString());
    }
    line("signer ID", item.value(QStringLiteral("signerId")).toString());
    line("signing target", QFileInfo(item.value(QStringLiteral("signingTarget")).toString()).fileName());
    line("signed document", item.value(QStringLiteral("signedDocument")).toString());
    if (ok)
        line("signing time", item.value(QStringLiteral("signingTime")).toString() + QStringLiteral(" (") +
                                 item.value(QStringLiteral("signingTimeSource")).toString() + u')');
    line("signer name", item.value(QStringLiteral("signerName")).toString());
    const QJsonObject v = item.value(QStringLiteral("verification")).toObject();
    if (!v.isEmpty())
        line("verification", v.value(QStringLiteral("verdict")).toString() + QStringLiteral(": ") +
                                 v.value(QStringLiteral("reason")).toString());
}

int runSign(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Signs files with a key held by a remote signature service (CSC API), all under one authorization:\n"
        "PDF as PAdES, XML and other files as XAdES. Prints, per file, the items of the signing result "
        "screen\n"
        "(JT2A guideline Appendix 3) and verifies each output. Secrets come from stdin, one per line:\n"
        "password=..., pin=..., otp=... (one otp line per authorization). Existing files are not replaced\n"
        "unless --overwrite is given. Exit code 0 only if every file was signed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files to sign."),
                                 QStringLiteral("FILE..."));
    CscCliOptions csc;
    csc.addTo(parser);
    SignOptions o;
    parser.addOptions({o.credential, o.level, o.format, o.packaging, o.tsa, o.tsaTrust, o.out, o.overwrite,
                       o.reason, o.location, o.json, o.online});
    if (const std::optional<int> rc = parseCommandLine(parser, "sign", args, io))
        return *rc;
    const FormatRegistry &registry = engine::formats();
    const QStringList files = parser.positionalArguments();
    QString usage;
    if (files.isEmpty())
        usage = QStringLiteral("no file given");
    else if (!parser.isSet(o.credential))
        usage = QStringLiteral("--credential is required");
    else if (!parseLevel(parser.value(o.level)))
        usage = QStringLiteral("--level must be one of ") + levelNames(registry.levels());
    else if (parser.value(o.format) != QLatin1String("auto") && !registry.find(parser.value(o.format)))
        usage = QStringLiteral("--format must be auto or one of ") + registry.ids().join(u", ");
    else if (parser.isSet(o.packaging) && !parsePackaging(parser.value(o.packaging)))
        usage = QStringLiteral("--packaging must be enveloped, enveloping or detached");
    if (!usage.isEmpty()) {
        io.err << "sic-cli sign: " << usage << "\n";
        return ExitUsage;
    }
    engine::SignRequest request = requestFrom(parser, o);
    if (auto ok = engine::checkRequest(request, registry); !ok) {
        printError(io, "sign", ok.error());
        return ExitUsage;
    }

    CliSecrets secrets;
    CscCliSession session;
    if (const int rc = openCscSession(parser, csc, secrets, io, "sign", &session); rc != ExitOk)
        return rc;

    // B-T through the RSSP needs signatures/timestamp: refused now, before an authorization
    // spends a PIN attempt and an OTP on signatures that could not be completed.
    if (request.level != SignatureLevel::B_B && request.tsaUrl.isEmpty()) {
        if (const Result<void> offered = session.client->checkTimestampsOffered(); !offered) {
            printError(io, "sign", offered.error());
            closeCscSession(session);
            return exitCodeFor(offered.error());
        }
    }
    std::optional<csc::Credential> credential;
    std::optional<Error> failure;
    waitFor([&](auto done) {
        session.client->credentialInfo(parser.value(o.credential), [&, done](Result<csc::Credential> c) {
            if (c)
                credential = *c;
            else
                failure = c.error();
            done();
        });
    });
    if (!credential) {
        printError(io, "sign", *failure);
        return exitCodeFor(*failure);
    }

    const QString anchors = parser.value(parser.isSet(o.tsaTrust) ? o.tsaTrust : csc.caBundle);
    TspClient httpTsa({QUrl(parser.value(o.tsa)), parser.value(csc.caBundle), anchors});
    csc::CscTimestampSource rsspTsa(*session.client, anchors);
    TimestampSource *tsa = parser.isSet(o.tsa) ? static_cast<TimestampSource *>(&httpTsa) : &rsspTsa;
    CliPrompter prompter(secrets, io, "sign");
    csc::CscHashSigner signer(*session.client, *credential, prompter, nullptr, csc::CscHashSigner::Options{});
    const QList<engine::PlannedDocument> plan = engine::planDocuments(request, registry);
    BatchSigner batch(signer, engine::makeSessions(request, plan, registry, tsa));
    QList<BatchItemResult> results;
    waitFor([&](auto done) {
        batch.start([&, done](QList<BatchItemResult> r) {
            results = std::move(r);
            done();
        });
    });

    verify::TrustStore trust;
    if (!anchors.isEmpty())
        (void)trust.load(anchors);
    verify::VerifyOptions vo;
    vo.context.trust = &trust;
    vo.context.clock = &SystemClock::instance();
    vo.context.online = parser.isSet(o.online);
    if (vo.context.online)
        fetchOnline(results, vo, io);
    QJsonArray json;
    int rc = ExitOk;
    for (const BatchItemResult &r : results) {
        const QJsonObject item = appendix3(r, *credential, parser.value(csc.user), vo);
        json.append(item);
        if (!parser.isSet(o.json))
            printAppendix3(io, item);
        if (!r.output) {
            const bool service =
                csc::errorKind(r.output.error()).has_value() || r.output.error().code.startsWith(u"tsp.");
            rc = std::max(rc, int(service ? ExitServiceError : ExitFailed));
        }
    }
    if (parser.isSet(o.json))
        io.out
            << QJsonDocument(QJsonObject{{QStringLiteral("results"), json}}).toJson(QJsonDocument::Indented);
    closeCscSession(session);
    io.out.flush();
    io.err.flush();
    return rc;
}

const bool registered = registerCommand(
    {"sign", "Sign PDF (PAdES) and XML or any file (XAdES) with a remote key, one authorization", runSign});

} // namespace
} // namespace sic::cli

#include "base/textsafe.h"
#include "command.h"
#include "csc_cli.h"

#include "csc/cscerror.h"
#include "csc/cschashsigner.h"
#include "csc/csctimestampsource.h"
#include "engine/formats.h"
#include "engine/outcome.h"
#include "engine/policy.h"
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

QString levelNames(const QList<SignatureLevel> &levels)
{
    QStringList names;
    for (SignatureLevel l : levels)
        names << levelName(l);
    return names.join(u", ");
}

QString levelList()
{
    return levelNames(engine::formats().levels());
}

// --format list: one line per registered format.
void printFormats(Io &io)
{
    for (const SignatureFormat &f : engine::formats().formats()) {
        QStringList packagings;
        for (Packaging p : f.packagings)
            packagings << packagingName(p);
        io.out << f.id.leftJustified(8) << f.name.leftJustified(8) << "levels " << levelNames(f.levels)
               << "; packagings " << packagings.join(u", ") << "\n";
    }
    io.out.flush();
}

struct SignOptions
{
    QCommandLineOption credential{QStringLiteral("credential"), QStringLiteral("Credential ID."),
                                  QStringLiteral("ID")};
    // Listed from the format registry: a format added there shows here without editing this file.
    QCommandLineOption level{QStringLiteral("level"),
                             QStringLiteral("Signature level, one of %1 (default B-B).").arg(levelList()),
                             QStringLiteral("LEVEL"), QStringLiteral("B-B")};
    QCommandLineOption format{
        QStringLiteral("format"),
        QStringLiteral("auto (default: by each file's type), one of %1, or list (print the "
                       "formats with their levels and packagings).")
            .arg(engine::formats().ids().join(u", ")),
        QStringLiteral("FORMAT"), QStringLiteral("auto")};
    QCommandLineOption packaging{
        QStringLiteral("packaging"),
        QStringLiteral("XAdES: enveloped (default for XML), enveloping or detached (default "
                       "for other files)."),
        QStringLiteral("PACKAGING")};
    QCommandLineOption tsa{QStringLiteral("tsa"), QStringLiteral("RFC 3161 time-stamp URL (B-T)."),
                           QStringLiteral("URL")};
    QCommandLineOption tsaTrust{
        QStringLiteral("tsa-trust"),
        QStringLiteral("Trust anchors (PEM file or folder) for the TSA and for checking "
                       "the outputs."),
        QStringLiteral("PEM")};
    QCommandLineOption systemTrust{
        QStringLiteral("system-trust"),
        QStringLiteral("Also trust the operating system's CAs when checking the outputs "
                       "(as sic-cli verify --system-trust).")};
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
    r.trust = {p.value(o.tsaTrust), p.isSet(o.systemTrust)};
    return r;
}

// The result screen of guideline Appendix 3, for one document: the engine's outcome as JSON.
QJsonObject appendix3(const engine::SignOutcome &o)
{
    QJsonObject item{{QStringLiteral("result"), o.ok() ? QStringLiteral("signed") : QStringLiteral("failed")},
                     {QStringLiteral("signerId"), o.signer.id},
                     {QStringLiteral("signingTarget"), o.inputs.value(0)},
                     {QStringLiteral("signerName"), o.signer.commonName},
                     {QStringLiteral("signerSubject"), o.signer.subject},
                     {QStringLiteral("format"), o.format},
                     {QStringLiteral("level"), levelName(o.level)}};
    if (!o.ok()) {
        item.insert(QStringLiteral("error"), errorJson(*o.error));
        return item;
    }
    item.insert(QStringLiteral("signedDocument"), o.output);
    item.insert(QStringLiteral("signingTime"), o.signingTime.toUTC().toString(Qt::ISODate));
    item.insert(QStringLiteral("signingTimeSource"),
                o.timeSource == engine::SignOutcome::TimeSource::Timestamp
                    ? QStringLiteral("time-stamp") +
                          (o.tsa.isEmpty() ? QString() : QStringLiteral(" (") + o.tsa + u')')
                    : QStringLiteral("computer clock"));
    QJsonObject v{{QStringLiteral("verdict"), verify::verdictKey(o.verdict)},
                  {QStringLiteral("reason"), o.verificationReason}};
    if (o.report && !o.report->signatures.isEmpty()) {
        v.insert(QStringLiteral("indication"), verify::indicationName(o.indication));
        v.insert(QStringLiteral("subIndication"), verify::subIndicationName(o.subIndication));
    }
    item.insert(QStringLiteral("verification"), v);
    return item;
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
                       o.reason, o.location, o.json, o.online, o.systemTrust});
    if (const std::optional<int> rc = parseCommandLine(parser, "sign", args, io))
        return *rc;
    const FormatRegistry &registry = engine::formats();
    if (parser.value(o.format) == QLatin1String("list")) {
        printFormats(io);
        return ExitOk;
    }
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
    bool online = parser.isSet(o.online);
    // The administrator's policy binds the CLI as it binds the GUI.
    const SettingsStore settings = SettingsStore::forPlatform();
    const engine::GivenOptions given{.level = parser.isSet(o.level),
                                     .tsa = parser.isSet(o.tsa),
                                     .trust = parser.isSet(o.tsaTrust),
                                     .systemTrust = parser.isSet(o.systemTrust),
                                     .online = parser.isSet(o.online),
                                     .outputFolder = parser.isSet(o.out)};
    RsspProfile policyProfile;
    policyProfile.url = QUrl(parser.value(csc.rssp));
    if (auto ok = engine::applyPolicy(settings, given, request, policyProfile, online); !ok) {
        printError(io, "sign", ok.error());
        return ExitUsage;
    }
    if (auto ok = engine::checkRequest(request, registry); !ok) {
        printError(io, "sign", ok.error());
        return ExitUsage;
    }

    CliSecrets secrets;
    CscCliSession session;
    const auto adjust = [&](RsspProfile &profile) -> Result<void> {
        bool ignored = online;
        engine::SignRequest scratch = request;
        return engine::applyPolicy(settings, given, scratch, profile, ignored);
    };
    if (const int rc = openCscSession(parser, csc, secrets, io, "sign", &session, adjust); rc != ExitOk)
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

    // The TSA's check and the check of each output trust the same anchors (--tsa-trust, or the
    // policy's), as in the GUI; never the RSSP's TLS bundle, which vouches for a web server.
    TspClient httpTsa({request.tsaUrl, parser.value(csc.caBundle), request.trust.anchors});
    csc::CscTimestampSource rsspTsa(*session.client, request.trust.anchors);
    TimestampSource *tsa = request.tsaUrl.isEmpty() ? static_cast<TimestampSource *>(&rsspTsa) : &httpTsa;
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

    const engine::SignerInfo who{parser.value(csc.user), credential->subjectCn, credential->subjectDn,
                                 credential->id};
    QList<engine::SignOutcome> outcomes;
    for (qsizetype i = 0; i < results.size(); ++i)
        outcomes << engine::outcomeOf(results[i], plan.value(i), request, who, SystemClock::instance());
    // The signing journal, the same one the GUI writes (JIPDEC 2.2.3 (2)).
    const History journal(engine::journalPath(), SystemClock::instance());
    if (auto ok = engine::recordSigning(journal, outcomes, {parser.value(csc.rssp)}); !ok)
        printError(io, "sign", ok.error());
    QObject receiver;
    waitFor([&](auto done) {
        engine::checkOutcomes(
            outcomes, request.trust, online, SystemClock::instance(), &receiver,
            {.checking = {}, .checked = {}, .done = [&, done](QList<engine::SignOutcome> checked) {
                 outcomes = std::move(checked);
                 done();
             }});
    });
    QJsonArray json;
    int rc = ExitOk;
    for (const engine::SignOutcome &out : outcomes) {
        const QJsonObject item = appendix3(out);
        json.append(item);
        if (!parser.isSet(o.json))
            printAppendix3(io, item);
        if (!out.ok()) {
            const bool service =
                csc::errorKind(*out.error).has_value() || out.error->code.startsWith(u"tsp.");
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

#include "command.h"

#include "csc/cscerror.h"
#include "csc/cschashsigner.h"
#include "csc/networktransport.h"
#include "pades/padessession.h"
#include "sign/batchsigner.h"
#include "tsp/tspclient.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sic::cli {
namespace {

// Secrets come from stdin as "name=value" lines, read only when needed (an out-of-band OTP is
// only known after the service sent it): password=, pin=, otp= (one per authorization).
class StdinSecrets
{
public:
    explicit StdinSecrets(QTextStream &in) : m_in(in) {}
    ~StdinSecrets()
    {
        for (auto &v : m_pending)
            v.fill(0);
    }
    QByteArray take(const QByteArray &name)
    {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (m_pending[i].startsWith(name + '='))
                return value(m_pending.takeAt(i), name);
        }
        while (!m_in.atEnd()) {
            QByteArray line = m_in.readLine().toUtf8();
            if (line.startsWith(name + '='))
                return value(std::move(line), name);
            if (!line.isEmpty())
                m_pending << line;
        }
        return {};
    }

private:
    static QByteArray value(QByteArray line, const QByteArray &name)
    {
        QByteArray v = line.mid(name.size() + 1);
        line.fill(0);
        return v;
    }
    QTextStream &m_in;
    QList<QByteArray> m_pending;
};

class StdinPrompter final : public csc::AuthorizationPrompter
{
public:
    explicit StdinPrompter(StdinSecrets &secrets) : m_secrets(secrets) {}
    ~StdinPrompter() override { m_pin.fill(0); }
    void requestFactors(const csc::FactorRequest &r, std::function<void(csc::FactorAnswer)> answer) override
    {
        csc::FactorAnswer a;
        if (r.lastError || r.factors.contains(csc::AuthFactor::OAuth2Browser))
            return answer(a); // no retry without a human; browser credentials need the GUI
        if (r.factors.contains(csc::AuthFactor::OtpOutOfBand) && !r.otpSent) {
            a.action = csc::FactorAnswer::Action::SendOtp;
            return answer(a);
        }
        if (r.factors.contains(csc::AuthFactor::Pin)) {
            if (m_pin.isEmpty())
                m_pin = m_secrets.take("pin");
            a.pin = m_pin;
        }
        if (r.factors.contains(csc::AuthFactor::OtpTotp) || r.factors.contains(csc::AuthFactor::OtpOutOfBand))
            a.otp = m_secrets.take("otp");
        a.action = csc::FactorAnswer::Action::Submit;
        answer(a);
    }

private:
    StdinSecrets &m_secrets;
    QByteArray m_pin;
};

QJsonObject errorJson(const Error &e)
{
    return {{QStringLiteral("code"), e.code},
            {QStringLiteral("message"), e.message},
            {QStringLiteral("detail"), e.detail}};
}

int runSign(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Signs PDF files (PAdES B-B or B-T) with a key held by a remote signature service (CSC API).\n"
        "Secrets are read from stdin, one per line: password=..., pin=..., otp=... (one otp line per "
        "authorization). Output: DIR/<name>-signed.pdf; existing files are not replaced."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("PDF files to sign."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption rsspOpt(QStringLiteral("rssp"), QStringLiteral("Service URL."),
                                     QStringLiteral("URL"));
    const QCommandLineOption caOpt(
        QStringLiteral("ca-bundle"),
        QStringLiteral("Extra trusted CAs (PEM) for TLS, also the time-stamp trust."), QStringLiteral("PEM"));
    const QCommandLineOption userOpt(QStringLiteral("user"), QStringLiteral("Login name."),
                                     QStringLiteral("U"));
    const QCommandLineOption credOpt(QStringLiteral("credential"), QStringLiteral("Credential ID."),
                                     QStringLiteral("ID"));
    const QCommandLineOption levelOpt(QStringLiteral("level"), QStringLiteral("B-B (default) or B-T."),
                                      QStringLiteral("LEVEL"), QStringLiteral("B-B"));
    const QCommandLineOption tsaOpt(QStringLiteral("tsa"), QStringLiteral("RFC 3161 time-stamp URL (B-T)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption tsaTrustOpt(
        QStringLiteral("tsa-trust"),
        QStringLiteral("Trust anchors (PEM) for the TSA (default: --ca-bundle)."), QStringLiteral("PEM"));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    QStringLiteral("Output folder (default: next to each input)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption reasonOpt(QStringLiteral("reason"), QStringLiteral("Reason for signing."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption locationOpt(QStringLiteral("location"), QStringLiteral("Place of signing."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    const QCommandLineOption stdinOpt(QStringLiteral("secrets-stdin"),
                                      QStringLiteral("Read secrets from stdin (required)."));
    parser.addOptions({rsspOpt, caOpt, userOpt, credOpt, levelOpt, tsaOpt, tsaTrustOpt, outOpt, reasonOpt,
                       locationOpt, jsonOpt, stdinOpt});
    if (!parser.parse(QStringList{QStringLiteral("sic-cli sign")} + args)) {
        io.err << "sic-cli sign: " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    const QString level = parser.value(levelOpt).toUpper();
    QString usage;
    if (files.isEmpty())
        usage = QStringLiteral("no file given");
    else if (!parser.isSet(rsspOpt) || !parser.isSet(userOpt) || !parser.isSet(credOpt))
        usage = QStringLiteral("--rssp, --user and --credential are required");
    else if (!parser.isSet(stdinOpt))
        usage = QStringLiteral("--secrets-stdin is required (secrets are never taken from the command line)");
    else if (level != QLatin1String("B-B") && level != QLatin1String("B-T"))
        usage = QStringLiteral("--level must be B-B or B-T");
    else if (level == QLatin1String("B-T") && !parser.isSet(tsaOpt))
        usage = QStringLiteral("--level B-T needs --tsa");
    else if (parser.isSet(outOpt) && !QFileInfo(parser.value(outOpt)).isDir())
        usage = QStringLiteral("--out is not a folder: ") + parser.value(outOpt);
    if (!usage.isEmpty()) {
        io.err << "sic-cli sign: " << usage << "\n";
        return ExitUsage;
    }

    csc::TlsPolicy policy;
    if (parser.isSet(caOpt)) {
        auto cas = csc::NetworkTransport::loadCaBundle(parser.value(caOpt));
        if (!cas) {
            io.err << "sic-cli sign: " << cas.error().toString() << "\n";
            return ExitUsage;
        }
        policy.extraCaCertificates = *cas;
    }
    csc::NetworkTransport transport(policy);
    csc::CscClient client(transport, QUrl(parser.value(rsspOpt)));
    StdinSecrets secrets(io.in);
    StdinPrompter prompter(secrets);
    TspClient tsa({QUrl(parser.value(tsaOpt)), parser.value(caOpt),
                   parser.value(parser.isSet(tsaTrustOpt) ? tsaTrustOpt : caOpt)});
    std::unique_ptr<csc::CscHashSigner> signer;
    std::unique_ptr<BatchSigner> batch;
    QEventLoop loop;
    std::optional<Error> serviceError;
    QList<BatchItemResult> results;

    auto stop = [&](const Error &e) {
        serviceError = e;
        loop.quit();
    };
    auto startBatch = [&](csc::Credential credential) {
        signer = std::make_unique<csc::CscHashSigner>(client, credential, prompter, nullptr,
                                                      csc::CscHashSigner::Options{});
        std::vector<std::unique_ptr<SigningSession>> sessions;
        for (const QString &file : files) {
            const QFileInfo fi(file);
            PadesOptions o;
            o.input = file;
            o.output = QDir(parser.isSet(outOpt) ? parser.value(outOpt) : fi.absolutePath())
                           .filePath(fi.completeBaseName() + QStringLiteral("-signed.pdf"));
            o.level = level == QLatin1String("B-T") ? PadesLevel::B_T : PadesLevel::B_B;
            o.timestamps = &tsa;
            o.reason = parser.value(reasonOpt);
            o.location = parser.value(locationOpt);
            sessions.push_back(std::make_unique<PadesSession>(o));
        }
        batch = std::make_unique<BatchSigner>(*signer, std::move(sessions));
        batch->start([&](QList<BatchItemResult> r) {
            results = std::move(r);
            loop.quit();
        });
    };
    client.connectService([&](Result<csc::ServiceInfo> info) {
        if (!info)
            return stop(info.error());
        client.loginBasic(parser.value(userOpt), secrets.take("password"), [&](Result<void> in) {
            if (!in)
                return stop(in.error());
            client.credentialInfo(parser.value(credOpt), [&](Result<csc::Credential> cred) {
                if (!cred)
                    return stop(cred.error());
                startBatch(*cred);
            });
        });
    });
    loop.exec();

    QJsonArray json;
    int rc = ExitOk;
    if (serviceError) {
        io.err << "sic-cli sign: " << serviceError->toString() << "\n";
        rc = ExitServiceError;
    }
    for (const auto &r : results) {
        QJsonObject item{{QStringLiteral("input"), r.input}, {QStringLiteral("ok"), r.output.has_value()}};
        if (r.output) {
            item.insert(QStringLiteral("output"), *r.output);
            if (!parser.isSet(jsonOpt))
                io.out << "signed: " << r.input << " -> " << *r.output << "\n";
        } else {
            item.insert(QStringLiteral("error"), errorJson(r.output.error()));
            if (!parser.isSet(jsonOpt))
                io.err << "sic-cli sign: " << r.input << ": " << r.output.error().toString() << "\n";
            const bool service =
                csc::errorKind(r.output.error()).has_value() || r.output.error().code.startsWith(u"tsp.");
            rc = std::max(rc, int(service ? ExitServiceError : ExitFailed));
        }
        json.append(item);
    }
    if (parser.isSet(jsonOpt)) {
        QJsonObject doc{{QStringLiteral("results"), json}};
        if (serviceError)
            doc.insert(QStringLiteral("error"), errorJson(*serviceError));
        if (signer)
            doc.insert(QStringLiteral("signer"), signer->credential().subjectDn);
        io.out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    }
    io.out.flush();
    io.err.flush();
    return rc;
}

const bool registered =
    registerCommand({"sign", "Sign PDF files (PAdES B-B/B-T) with a remote key over the CSC API", runSign});

} // namespace
} // namespace sic::cli

#include "engine/signrequest.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>

namespace sic::engine {

namespace {

// A document the factory refused: fails on prepare with the reason, so the batch puts it on the
// document's row like any other failure and leaves it out of the authorization.
class RefusedSession final : public SigningSession
{
public:
    RefusedSession(QStringList inputs, Error error) : m_inputs(std::move(inputs)), m_error(std::move(error))
    {}
    Result<QList<QByteArray>> prepare(const SignerIdentity &) override { return std::unexpected(m_error); }
    void finish(const QList<QByteArray> &, FinishCallback done) override { done(std::unexpected(m_error)); }
    void abort() override {}
    QStringList inputs() const override { return m_inputs; }
    QString outputPath() const override { return {}; }

private:
    QStringList m_inputs;
    Error m_error;
};

} // namespace

Result<void> checkRequest(const SignRequest &request, const FormatRegistry &registry)
{
    if (request.files.isEmpty())
        return fail(QStringLiteral("sign.no_files"), Tr::tr("Add at least one document to sign."));
    if (request.format != QLatin1String("auto")) {
        const SignatureFormat *f = registry.find(request.format);
        if (!f)
            return fail(QStringLiteral("sign.unknown_format"),
                        Tr::tr("This program cannot sign in the format \"%1\".").arg(request.format),
                        registry.ids().join(u", "));
    }
    if (!registry.levels().contains(request.level))
        return fail(QStringLiteral("sign.level_unsupported"),
                    Tr::tr("This program cannot make signatures at level %1.").arg(levelName(request.level)));
    // Checked before the login: a time-stamp that cannot be checked fails only after the
    // authorization has spent a PIN attempt and an OTP.
    if (request.level != SignatureLevel::B_B && request.trust.anchors.isEmpty())
        return fail(
            QStringLiteral("sign.no_tsa_trust"),
            Tr::tr("A signature with a time-stamp needs the trusted certificates that its time-stamp "
                   "is checked against. Choose the trust anchors in Settings (sic-cli: --tsa-trust)."),
            levelName(request.level));
    if (!request.outputFolder.isEmpty() && !QFileInfo(request.outputFolder).isDir())
        return fail(QStringLiteral("io.no_output_folder"),
                    Tr::tr("The folder for the signed document does not exist. Choose another folder."),
                    request.outputFolder);
    if (!request.outputNames.isEmpty() && request.outputNames.size() != request.files.size())
        return fail(QStringLiteral("sign.output_names"),
                    Tr::tr("Give one output name per document, or none."),
                    QStringLiteral("%1 names for %2 files")
                        .arg(request.outputNames.size())
                        .arg(request.files.size()));
    return {};
}

QList<PlannedDocument> planDocuments(const SignRequest &request, const FormatRegistry &registry)
{
    QList<PlannedDocument> plan;
    const QMimeDatabase mimes;
    for (qsizetype i = 0; i < request.files.size(); ++i) {
        const QString &file = request.files[i];
        PlannedDocument doc;
        doc.inputs = {file};
        const QFileInfo info(file);
        const QMimeType type = mimes.mimeTypeForFile(info);
        const SignatureFormat *format =
            request.format == QLatin1String("auto") ? registry.pick(type) : registry.find(request.format);
        if (!format) {
            doc.refused =
                Error{QStringLiteral("sign.no_format"),
                      Tr::tr("No signature format of this program can sign this kind of file."), type.name()};
            plan << doc;
            continue;
        }
        doc.format = format->id;
        doc.packaging = request.packaging ? *request.packaging : format->defaultPackaging(type);
        const QString name = request.outputNames.isEmpty() ? format->defaultOutputName(file, doc.packaging)
                                                           : request.outputNames[i];
        const QDir folder(request.outputFolder.isEmpty() ? info.absolutePath() : request.outputFolder);
        doc.output = folder.filePath(name);
        if (!format->supports(doc.packaging))
            doc.refused =
                Error{QStringLiteral("sign.packaging_unsupported"),
                      Tr::tr("%1 signatures cannot be %2.").arg(format->name, packagingName(doc.packaging)),
                      {}};
        else if (auto no = format->refuses(type, doc.packaging))
            doc.refused = std::move(no);
        else if (!format->supports(request.level))
            doc.refused = sign::checkLevel(*format, request.level, nullptr).error();
        plan << doc;
    }
    return plan;
}

std::vector<std::unique_ptr<SigningSession>> makeSessions(const SignRequest &request,
                                                          const QList<PlannedDocument> &plan,
                                                          const FormatRegistry &registry,
                                                          TimestampSource *timestamps)
{
    std::vector<std::unique_ptr<SigningSession>> sessions;
    for (const PlannedDocument &doc : plan) {
        const SignatureFormat *format = registry.find(doc.format);
        if (doc.refused || !format) {
            sessions.push_back(std::make_unique<RefusedSession>(
                doc.inputs, doc.refused.value_or(Error{QStringLiteral("sign.no_format"),
                                                       Tr::tr("No signature format of this program can sign "
                                                              "this kind of file."),
                                                       {}})));
            continue;
        }
        SessionSpec spec;
        spec.inputs = doc.inputs;
        spec.output = doc.output;
        spec.overwrite = request.overwrite;
        spec.level = request.level;
        spec.packaging = doc.packaging;
        spec.reason = request.reason;
        spec.location = request.location;
        spec.claimedRoles = request.claimedRoles;
        spec.clock = request.clock;
        spec.timestamps = needsTimestamp(request.level) ? timestamps : nullptr;
        sessions.push_back(format->makeSession(spec));
    }
    return sessions;
}

} // namespace sic::engine

#include "pades/padessession.h"

#include <QFileInfo>

namespace sic {

namespace {
bool isPdf(const QMimeType &type)
{
    return type.inherits(QStringLiteral("application/pdf"));
}
} // namespace

SignatureFormat padesFormat()
{
    SignatureFormat f;
    f.id = QStringLiteral("pades");
    f.name = QStringLiteral("PAdES");
    f.levels = {SignatureLevel::B_B, SignatureLevel::B_T};
    f.packagings = {Packaging::Enveloped};
    f.autoPriority = 100; // a PDF is signed inside the PDF
    f.prefers = isPdf;
    f.defaultPackaging = [](const QMimeType &) {
        return Packaging::Enveloped;
    };
    f.refuses = [](const QMimeType &type, Packaging packaging) -> std::optional<Error> {
        if (!isPdf(type))
            return Error{QStringLiteral("pades.not_pdf"),
                         Tr::tr("Only PDF documents can be signed as PAdES. Choose XAdES for this file."),
                         type.name()};
        if (packaging != Packaging::Enveloped)
            return Error{QStringLiteral("sign.packaging_unsupported"),
                         Tr::tr("A PAdES signature is always inside the PDF; choose another format for a "
                                "separate signature file."),
                         packagingName(packaging)};
        return std::nullopt;
    };
    f.defaultOutputName = [](const QString &input, Packaging) {
        return QFileInfo(input).completeBaseName() + QStringLiteral("-signed.pdf");
    };
    f.makeSession = [](const SessionSpec &spec) -> std::unique_ptr<SigningSession> {
        PadesOptions o;
        o.input = spec.inputs.value(0);
        o.output = spec.output;
        o.overwrite = spec.overwrite;
        o.level = spec.level;
        o.reason = spec.reason;
        o.location = spec.location;
        o.clock = spec.clock;
        o.timestamps = spec.timestamps;
        return std::make_unique<PadesSession>(std::move(o));
    };
    return f;
}

} // namespace sic

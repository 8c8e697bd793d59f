#include "xades/xadessession.h"

#include <QFileInfo>

namespace sic::xades {

namespace {
bool isXml(const QMimeType &type)
{
    return type.inherits(QStringLiteral("application/xml"));
}
} // namespace

SignatureFormat xadesFormat()
{
    SignatureFormat f;
    f.id = QStringLiteral("xades");
    f.name = QStringLiteral("XAdES");
    f.levels = {SignatureLevel::B_B, SignatureLevel::B_T};
    f.packagings = {Packaging::Enveloped, Packaging::Enveloping, Packaging::Detached};
    f.autoPriority = 0; // any file no other format prefers
    f.prefers = [](const QMimeType &) {
        return true;
    };
    // The MIME database's XML inheritance (image/svg+xml, application/xhtml+xml, ... are XML).
    f.defaultPackaging = [](const QMimeType &type) {
        return isXml(type) ? Packaging::Enveloped : Packaging::Detached;
    };
    f.refuses = [](const QMimeType &type, Packaging packaging) -> std::optional<Error> {
        if (packaging == Packaging::Enveloped && !isXml(type))
            return Error{QStringLiteral("xades.not_xml"),
                         Tr::tr("Only an XML document can hold its own signature (enveloped). Choose "
                                "detached or enveloping for this file."),
                         type.name()};
        return std::nullopt;
    };
    f.defaultOutputName = [](const QString &input, Packaging packaging) {
        return QFileInfo(XadesSession::defaultOutput(input, packaging)).fileName();
    };
    f.makeSession = [](const SessionSpec &spec) -> std::unique_ptr<SigningSession> {
        XadesOptions o;
        o.packaging = spec.packaging;
        o.level = spec.level;
        o.output = spec.output;
        o.overwrite = spec.overwrite;
        if (!spec.location.isEmpty())
            o.place.city = spec.location;
        o.claimedRoles = spec.claimedRoles;
        o.clock = spec.clock;
        o.timestampSource = spec.timestamps;
        return std::make_unique<XadesSession>(spec.inputs.value(0), std::move(o));
    };
    return f;
}

} // namespace sic::xades

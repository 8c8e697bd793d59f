#include "optionsviewmodel.h"

#include "pades/padessession.h"
#include "signingflow.h"
#include "xades/xadessession.h"

#include <QDir>
#include <QFileInfo>

namespace sic::ui {

OptionsViewModel::OptionsViewModel(SigningFlow *flow) : QObject(flow), m_flow(flow)
{
    connect(flow, &SigningFlow::stepChanged, this, &OptionsViewModel::changed);
}

int OptionsViewModel::documentCount() const
{
    return m_flow->context() ? m_flow->context()->documents()->count() : 0;
}

std::vector<std::unique_ptr<SigningSession>> OptionsViewModel::makeSessions(const DocumentsViewModel &docs,
                                                                            const Clock &clock,
                                                                            TimestampSource *tsa,
                                                                            QStringList *names) const
{
    std::vector<std::unique_ptr<SigningSession>> sessions;
    const bool bt = m_level == QLatin1String("B-T");
    for (int row = 0; row < docs.count(); ++row) {
        const QModelIndex i = docs.index(row);
        const QString path = docs.data(i, DocumentsViewModel::PathRole).toString();
        const QString kind = docs.data(i, DocumentsViewModel::KindRole).toString();
        const QFileInfo info(path);
        const QDir folder(m_outputFolder.isEmpty() ? info.absolutePath() : m_outputFolder);
        if (names)
            *names << info.fileName();
        if (kind == QLatin1String("pdf")) {
            PadesOptions o;
            o.input = path;
            o.output = folder.filePath(info.completeBaseName() + QStringLiteral("-signed.pdf"));
            o.level = bt ? SignatureLevel::B_T : SignatureLevel::B_B;
            o.reason = m_reason;
            o.location = m_location;
            o.clock = &clock;
            o.timestamps = tsa;
            sessions.push_back(std::make_unique<PadesSession>(o));
        } else {
            xades::XadesOptions o;
            o.packaging = m_xmlPackaging == QLatin1String("enveloping") ? xades::Packaging::Enveloping
                          : m_xmlPackaging == QLatin1String("detached") || kind != QLatin1String("xml")
                              ? xades::Packaging::Detached
                              : xades::Packaging::Enveloped;
            o.output =
                folder.filePath(QFileInfo(xades::XadesSession::defaultOutput(path, o.packaging)).fileName());
            o.level = bt ? SignatureLevel::B_T : SignatureLevel::B_B;
            o.clock = &clock;
            o.timestampSource = tsa;
            sessions.push_back(std::make_unique<xades::XadesSession>(path, o));
        }
    }
    return sessions;
}

void OptionsViewModel::sign()
{
    m_flow->startSigning();
}

void OptionsViewModel::back()
{
    m_flow->back();
}

} // namespace sic::ui

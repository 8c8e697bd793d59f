#include "optionsviewmodel.h"

#include "signingflow.h"

#include "engine/formats.h"

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

QStringList OptionsViewModel::levels() const
{
    QStringList out;
    for (SignatureLevel l : engine::formats().levels())
        out << levelName(l);
    return out;
}

QVariantList OptionsViewModel::formats() const
{
    QVariantList out{
        QVariantMap{{QStringLiteral("key"), QStringLiteral("auto")},
                    {QStringLiteral("name"), tr("By file type (PDF as PAdES, others as XAdES)")}}};
    for (const SignatureFormat &f : engine::formats().formats())
        out << QVariantMap{{QStringLiteral("key"), f.id}, {QStringLiteral("name"), f.name}};
    return out;
}

engine::SignRequest OptionsViewModel::request(const DocumentsViewModel &docs, const Clock &clock) const
{
    engine::SignRequest r;
    for (int row = 0; row < docs.count(); ++row)
        r.files << docs.data(docs.index(row), DocumentsViewModel::PathRole).toString();
    r.format = m_format;
    r.packaging = parsePackaging(m_xmlPackaging); // "auto" parses to none: per file
    r.level = parseLevel(m_level).value_or(SignatureLevel::B_T);
    r.reason = m_reason;
    r.location = m_location;
    r.outputFolder = m_outputFolder;
    r.clock = &clock;
    return r;
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

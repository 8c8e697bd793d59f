#include "optionsviewmodel.h"

#include "signingflow.h"

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

engine::SignRequest OptionsViewModel::request(const DocumentsViewModel &docs, const Clock &clock) const
{
    engine::SignRequest r;
    for (int row = 0; row < docs.count(); ++row)
        r.files << docs.data(docs.index(row), DocumentsViewModel::PathRole).toString();
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

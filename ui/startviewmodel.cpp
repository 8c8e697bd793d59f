#include "startviewmodel.h"

namespace sic::ui {

StartViewModel::StartViewModel(QObject *parent) : QObject(parent) {}

QString StartViewModel::version() const
{
    return QStringLiteral(SIC_VERSION);
}

} // namespace sic::ui

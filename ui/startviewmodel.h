#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace sic::ui {

// The start screen: what the app is, and which way to go (sign or verify).
class StartViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString version READ version CONSTANT)
public:
    explicit StartViewModel(QObject *parent = nullptr);
    QString version() const;
};

} // namespace sic::ui

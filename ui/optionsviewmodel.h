#pragma once

#include "base/clock.h"
#include "engine/signrequest.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace sic {
class TimestampSource;
}

namespace sic::ui {

class DocumentsViewModel;
class SigningFlow;

// The options step: signature level, XAdES packaging, reason and location, output folder.
class OptionsViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("part of SigningFlow")
    Q_PROPERTY(QString level READ level WRITE setLevel NOTIFY changed)
    Q_PROPERTY(QString xmlPackaging READ xmlPackaging WRITE setXmlPackaging NOTIFY changed)
    Q_PROPERTY(QString reason READ reason WRITE setReason NOTIFY changed)
    Q_PROPERTY(QString location READ location WRITE setLocation NOTIFY changed)
    Q_PROPERTY(QString outputFolder READ outputFolder WRITE setOutputFolder NOTIFY changed)
    Q_PROPERTY(int documentCount READ documentCount NOTIFY changed)
public:
    explicit OptionsViewModel(SigningFlow *flow);

    QString level() const { return m_level; }
    void setLevel(const QString &v) { set(m_level, v); }
    QString xmlPackaging() const { return m_xmlPackaging; }
    void setXmlPackaging(const QString &v) { set(m_xmlPackaging, v); }
    QString reason() const { return m_reason; }
    void setReason(const QString &v) { set(m_reason, v); }
    QString location() const { return m_location; }
    void setLocation(const QString &v) { set(m_location, v); }
    QString outputFolder() const { return m_outputFolder; }
    void setOutputFolder(const QString &v) { set(m_outputFolder, v); }
    int documentCount() const;

    // These options over the documents, as the engine's SignRequest (the one sic-cli sign fills in
    // from its command line); the engine picks the format of each document.
    engine::SignRequest request(const DocumentsViewModel &documents, const Clock &clock) const;

    // Starts signing with these options.
    Q_INVOKABLE void sign();
    Q_INVOKABLE void back();

signals:
    void changed();

private:
    void set(QString &field, const QString &v)
    {
        if (field != v) {
            field = v;
            emit changed();
        }
    }

    SigningFlow *m_flow;
    QString m_level = QStringLiteral("B-T");
    // "auto": the format's default per file (enveloped for XML, detached for other files).
    QString m_xmlPackaging = QStringLiteral("auto");
    QString m_reason;
    QString m_location;
    QString m_outputFolder;
};

} // namespace sic::ui

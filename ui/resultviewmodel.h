#pragma once

#include "base/clock.h"
#include "engine/outcome.h"
#include "verify/report.h"
#include "verify/truststore.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

namespace sic::ui {

class SigningFlow;

// The result screen of guideline Appendix 3, one row per document: processing result (required,
// prominent), signer ID, signing target, signed document (open it, show it in its folder), signing
// time labelled by its source (the time-stamp's, else this computer's clock), signer name (CN, full
// subject on demand), and the verification of the output (verdict, reason, the report as HTML).
// The outputs are verified on a worker thread (a signed 512 MiB PDF is hashed again), with the
// revocation status fetched online when the settings allow it.
class ResultViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("part of SigningFlow")
    // Maps: name, input, ok, signerId, signer, signerDn, output, outputName, outputUrl, folderUrl,
    // signingTime, timeSource ("timestamp" | "computer"), timeSourceText, tsa, verdict, verdictText,
    // verificationReason, error, errorCode, errorDetail
    Q_PROPERTY(QVariantList results READ results NOTIFY changed)
    Q_PROPERTY(int total READ total NOTIFY changed)
    Q_PROPERTY(int succeeded READ succeeded NOTIFY changed)
    Q_PROPERTY(bool allSucceeded READ allSucceeded NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
public:
    // What the check of each output trusts: the configured anchors, and the operating system's
    // store only when the settings say so (as on the Verify screen).
    using Trust = TrustSource;

    explicit ResultViewModel(SigningFlow *flow);
    ~ResultViewModel() override;

    QVariantList results() const { return m_rows; }
    int total() const { return int(m_rows.size()); }
    int succeeded() const;
    bool allSucceeded() const { return !m_rows.isEmpty() && succeeded() == total(); }
    QString summary() const;

    // Shows the engine's outcomes and has the engine check each signed output off the GUI thread
    // (engine::checkOutcomes, as sic-cli sign does); `verifying(i, false)` before and
    // `verifying(i, true)` after each, `done()` after the last. Rows of failed documents carry the
    // error.
    void present(const QList<engine::SignOutcome> &outcomes, const Trust &trust, const Clock &clock,
                 std::function<void(int, bool)> verifying, std::function<void()> done);
    void clear();
    void setReportFolder(const QString &folder) { m_reportFolder = folder; }

    // URLs for Qt.openUrlExternally.
    Q_INVOKABLE QUrl outputUrl(int index) const;
    Q_INVOKABLE QUrl folderUrl(int index) const;
    // Writes the verification report of that output as HTML (app data folder) and returns its URL;
    // empty when there is none.
    Q_INVOKABLE QUrl reportUrl(int index);
    // The buttons of a row: open the signed document, show its folder, view the report. False
    // (and the flow's error message says why) when nothing could be opened.
    Q_INVOKABLE bool openOutput(int index);
    Q_INVOKABLE bool showFolder(int index);
    Q_INVOKABLE bool openReport(int index);
    Q_INVOKABLE void restart();

signals:
    void changed();

private:
    void accept(int index, const engine::SignOutcome &outcome);
    void setTime(qsizetype index, const engine::SignOutcome &outcome);
    bool open(const QUrl &url);

    SigningFlow *m_flow;
    QVariantList m_rows;
    QList<std::optional<verify::FileReport>> m_reports;
    QString m_reportFolder;
    const Clock *m_clock = nullptr;
    quint64 m_generation = 0; // answers for an older batch are dropped
    // What the checks of the outputs used, for their reports' headers.
    std::shared_ptr<const verify::TrustStore> m_trust;
    bool m_online = false;
};

} // namespace sic::ui

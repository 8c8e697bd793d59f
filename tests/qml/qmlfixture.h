#pragma once

#include "appcontext.h"
#include "base/clock.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace sic::test {

// What the component tests need that only C++ can make, exposed to every tst_*.qml as `fixture`:
// real files written at test time (a 3-page PDF and a text file in a documents list, PDFs for the
// verifier, signed ones when the test PKI exists) and app contexts over temporary settings and
// manual clocks, one of them with the README demo's account file.
class QmlFixture : public QObject
{
    Q_OBJECT
    Q_PROPERTY(sic::ui::AppContext *context READ context CONSTANT)
    Q_PROPERTY(sic::ui::AppContext *demoContext READ demoContext CONSTANT)
    Q_PROPERTY(int pdfRow MEMBER m_pdfRow CONSTANT)
    Q_PROPERTY(int textRow MEMBER m_textRow CONSTANT)
    Q_PROPERTY(QString pdfPath MEMBER m_pdfPath CONSTANT)
    Q_PROPERTY(QString textPath MEMBER m_textPath CONSTANT)
    Q_PROPERTY(QString textSha256 MEMBER m_textSha256 CONSTANT)
    Q_PROPERTY(QString textBytes MEMBER m_textBytes CONSTANT) // the size in the locale's digits
    Q_PROPERTY(QString unsignedPdfPath MEMBER m_unsignedPdfPath CONSTANT)
    Q_PROPERTY(QString unsignedXmlPath MEMBER m_unsignedXmlPath CONSTANT)
    Q_PROPERTY(QString brokenPdfPath MEMBER m_brokenPdfPath CONSTANT)
    Q_PROPERTY(QString signedPdfPath MEMBER m_signedPdfPath CONSTANT)     // empty without the test PKI
    Q_PROPERTY(QString tamperedPdfPath MEMBER m_tamperedPdfPath CONSTANT) // likewise
    Q_PROPERTY(QString signedProblem MEMBER m_signedProblem CONSTANT)     // why there are none
public:
    // RFC 6238 appendix B: the SHA-1 secret, at T=59 the 6-digit code is 287082.
    static constexpr qint64 kDemoStart = 59;

    QmlFixture();
    ~QmlFixture() override;

    // Writes the files; false (with a message on stderr) if the test cannot run at all.
    bool prepare();

    ui::AppContext *context() const { return m_context.get(); }
    ui::AppContext *demoContext() const { return m_demoContext.get(); }

    Q_INVOKABLE void advanceDemoClock(int seconds) { m_demoClock.advance(seconds); }
    Q_INVOKABLE void setDemoClock(qint64 secsSinceEpoch);
    Q_INVOKABLE QString clipboardText() const;

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    ManualClock m_demoClock;
    std::unique_ptr<ui::AppContext> m_context;
    std::unique_ptr<ui::AppContext> m_demoContext;
    int m_pdfRow = -1;
    int m_textRow = -1;
    QString m_pdfPath;
    QString m_textPath;
    QString m_textSha256;
    QString m_textBytes;
    QString m_unsignedPdfPath;
    QString m_unsignedXmlPath;
    QString m_brokenPdfPath;
    QString m_signedPdfPath;
    QString m_tamperedPdfPath;
    QString m_signedProblem;
};

} // namespace sic::test

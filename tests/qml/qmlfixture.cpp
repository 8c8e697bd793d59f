#include "qmlfixture.h"

#include "localhashsigner.h"
#include "samplepdf.h"
#include "verifysamples.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>

#include <cstdio>

namespace sic::test {

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

std::unique_ptr<ui::AppContext> makeContext(const QString &dir, const Clock &clock)
{
    QDir().mkpath(dir);
    return std::make_unique<ui::AppContext>(
        SettingsStore(dir + QStringLiteral("/settings.ini"), dir + QStringLiteral("/policy.ini")),
        dir + QStringLiteral("/history.jsonl"), clock);
}

} // namespace

QmlFixture::QmlFixture()
    : m_clock(QDateTime::currentDateTimeUtc()),
      m_demoClock(QDateTime::fromSecsSinceEpoch(kDemoStart, Qt::UTC))
{}

QmlFixture::~QmlFixture() = default;

bool QmlFixture::prepare()
{
    if (!m_dir.isValid())
        return false;
    const auto path = [this](const char *name) {
        return m_dir.filePath(QString::fromUtf8(name));
    };

    // The signed samples first: their clock (within the signers' validity) becomes the verifier's.
    const QString samplesDir = path("signed");
    QDir().mkpath(samplesDir);
    const VerifySamples samples = makeVerifySamples(samplesDir, testPkiDir());
    if (samples.files.size() >= 2) {
        m_signedPdfPath = samples.files[0];
        m_tamperedPdfPath = samples.files[1];
        m_clock.set(samples.clock->now());
    } else {
        m_signedProblem = samples.problem;
    }
    m_context = makeContext(path("state"), m_clock);
    AppSettings settings;
    settings.trustAnchors = samples.trustAnchors;
    if (!m_context->settingsStore().save(settings))
        return false;

    QList<QStringList> pages;
    for (int i = 1; i <= 3; ++i)
        pages << QStringList{QStringLiteral("Page %1").arg(i)};
    m_pdfPath = path("three-pages.pdf");
    // Over 1 KiB, so the size shows its exact byte count too.
    const QByteArray text = QByteArray("A note that is neither PDF nor XML.\n").repeated(40);
    m_textPath = path("notes.txt");
    m_unsignedPdfPath = path("unsigned.pdf");
    m_unsignedXmlPath = path("invoice.xml");
    m_brokenPdfPath = path("scan.pdf");
    if (!write(m_pdfPath, samplePdf(pages)) || !write(m_textPath, text) ||
        !write(m_unsignedPdfPath, samplePdf({{QStringLiteral("Not signed")}})) ||
        !write(m_unsignedXmlPath, "<Invoice><Total>1000</Total></Invoice>") ||
        !write(m_brokenPdfPath, "%PDF-1.7\ntruncated by the mail gateway"))
        return false;
    // A known modification time, so the card's date is checked against the file's, not the clock's.
    QFile textFile(m_textPath);
    if (!textFile.open(QIODevice::ReadWrite) ||
        !textFile.setFileTime(QDateTime(QDate(2024, 3, 5), QTime(12, 0), Qt::UTC),
                              QFileDevice::FileModificationTime))
        return false;
    textFile.close();
    m_textSha256 = QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
    m_textBytes = QLocale().toString(qlonglong(text.size()));

    auto *documents = m_context->documents();
    if (!documents->addPath(m_pdfPath) || !documents->addPath(m_textPath))
        return false;
    m_pdfRow = documents->rowOfPath(m_pdfPath);
    m_textRow = documents->rowOfPath(m_textPath);

    m_demoContext = makeContext(path("demo"), m_demoClock);
    const QString account = path("demo/init.json");
    if (!write(account, R"({"user":"demo-user","password":"demo-password","pin":"246810",
                            "totp_secret":"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"})"))
        return false;
    m_demoContext->setDemoAccountFile(account);
    return true;
}

void QmlFixture::setDemoClock(qint64 secsSinceEpoch)
{
    m_demoClock.set(QDateTime::fromSecsSinceEpoch(secsSinceEpoch, Qt::UTC));
}

QString QmlFixture::clipboardText() const
{
    return QGuiApplication::clipboard()->text();
}

} // namespace sic::test

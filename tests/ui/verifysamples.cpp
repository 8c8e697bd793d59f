#include "verifysamples.h"

#include "latinscript.h"

#include "appcontext.h"
#include "crlserver.h"
#include "localhashsigner.h"
#include "pades/padessession.h"
#include "pdffixtures.h"
#include "verifyviewmodel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace sic::test {

namespace {

template <typename T>
bool waitFor(const std::optional<T> &value)
{
    QDeadlineTimer deadline(60000);
    while (!value && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return value.has_value();
}

QString signPdf(const QString &pkiDir, const QString &signer, const QString &output, const Clock &clock)
{
    const QString input = output + QStringLiteral(".unsigned");
    if (!writeFile(input, miniPdf()))
        return QStringLiteral("cannot write %1").arg(input);
    auto key = LocalHashSigner::fromPki(pkiDir, signer, {});
    if (!key)
        return QStringLiteral("no key %1").arg(signer);
    PadesOptions options;
    options.input = input;
    options.output = output;
    options.clock = &clock;
    PadesSession session(options);
    auto digests = session.prepare({key->certificateChain(), key->scheme()});
    if (!digests)
        return digests.error().toString();
    std::optional<Result<QList<QByteArray>>> values;
    key->signDigests(*digests, [&](Result<QList<QByteArray>> v) { values = std::move(v); });
    if (!waitFor(values) || !*values)
        return QStringLiteral("signing failed");
    std::optional<Result<QString>> out;
    session.finish(**values, [&](Result<QString> r) { out = std::move(r); });
    if (!waitFor(out) || !*out)
        return QStringLiteral("embedding failed");
    QFile::remove(input);
    return {};
}

} // namespace

VerifySamples makeVerifySamples(const QString &dir, const QString &pkiDir)
{
    VerifySamples samples;
    const auto certs = QSslCertificate::fromPath(pkiDir + QStringLiteral("/signers/japanese.pem"));
    if (certs.isEmpty()) {
        samples.problem = QStringLiteral("no test PKI at %1").arg(pkiDir);
        return samples;
    }
    const ManualClock signingClock(certs.first().effectiveDate().toUTC().addDays(1));
    const QString valid = dir + QStringLiteral("/業務委託契約書.pdf");
    const QString tampered = dir + QStringLiteral("/invoice-2026-11.pdf");
    const QString untrusted = dir + QStringLiteral("/quotation.pdf");
    const QString broken = dir + QStringLiteral("/scan.pdf");
    for (const auto &[signer, file] :
         {std::pair{QStringLiteral("japanese"), valid}, std::pair{QStringLiteral("rsa2048"), tampered},
          std::pair{QStringLiteral("selfsigned"), untrusted}}) {
        if (const QString problem = signPdf(pkiDir, signer, file, signingClock); !problem.isEmpty()) {
            samples.problem = problem;
            return samples;
        }
    }
    QByteArray pdf = readFile(tampered);
    writeFile(tampered, pdf.replace("(Hello)", "(Hallo)"));
    writeFile(broken, "%PDF-1.7\ntruncated by the mail gateway");
    samples.files = {valid, tampered, untrusted, broken};
    samples.trustAnchors = pkiDir + QStringLiteral("/trust/root.pem");
    samples.crl = pkiDir + QStringLiteral("/intermediate/crl.der");
    samples.clock = std::make_unique<ManualClock>(signingClock.now().addSecs(3600));
    return samples;
}

} // namespace sic::test

namespace sic::test {

bool renderVerifyResults(const QString &outDir, const QString &lang, const QSize &size,
                         const VerifySamples &samples)
{
    QTemporaryDir state;
    ui::AppContext context(SettingsStore(state.filePath(QStringLiteral("settings.ini")),
                                         state.filePath(QStringLiteral("policy.ini"))),
                           state.filePath(QStringLiteral("history.jsonl")), *samples.clock);
    AppSettings settings;
    settings.trustAnchors = samples.trustAnchors;
    settings.onlineRevocation = true;
    settings.language = lang;
    if (!context.settingsStore().save(settings))
        return false;
    CrlServer crl;
    if (!crl.listen(samples.crl))
        std::fprintf(stderr, "note: no CRL served (%s); valid signatures show as not confirmed\n",
                     qPrintable(crl.errorString()));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({{QStringLiteral("context"), QVariant::fromValue(&context)}});
    engine.load(QUrl(QStringLiteral("qrc:/Sic/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return false;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    auto *verifier = window ? window->findChild<ui::VerifyViewModel *>() : nullptr;
    if (!verifier)
        return false;
    window->resize(size);
    QMetaObject::invokeMethod(window, "openPage", Q_ARG(QVariant, QStringLiteral("pages/VerifyPage.qml")));
    verifier->addPaths(samples.files);
    QDeadlineTimer deadline(60000);
    while (verifier->busy() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    // Open the details of the first signature, as a helpdesk would.
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(10);
    }
    if (size.width() >= 720) {
        QList<QQuickItem *> items{window->contentItem()};
        while (!items.isEmpty()) {
            QQuickItem *item = items.takeFirst();
            if (item->objectName() == QLatin1String("signatureCard")) {
                item->setProperty("expanded", true);
                break;
            }
            items << item->childItems();
        }
    }
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(10);
    }
    const QImage image = window->grabWindow();
    if (lang == QLatin1String("ja")) {
        const QStringList english = latinWordsShown(window);
        for (const QString &w : english)
            std::fprintf(stderr, "English on the Japanese verify results: %s\n", qPrintable(w));
        if (!english.isEmpty())
            return false;
    }
    const QString file = QStringLiteral("%1/verify-results-%2-%3x%4.png")
                             .arg(outDir, lang)
                             .arg(size.width())
                             .arg(size.height());
    return !verifier->busy() && !image.isNull() && image.save(file);
}

} // namespace sic::test

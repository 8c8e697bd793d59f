// Benchmark (docs/benchmarks.md, tests/bench/bench-guistall.sh): the longest stall of the GUI
// thread while the real app hashes, previews, signs (PAdES B-T for a PDF, XAdES B-T enveloped for
// an XML document) and verifies a large document through its screens against the development RSSP. A 1 ms
// timer on the GUI thread records the gaps between its ticks; a gap is time in which the window could not
// have drawn or reacted.
//
// Usage: sic-bench-guistall FILE   (env SIC_BUILD_DIR, SIC_SOURCE_DIR as for the tests)
#include "appcontext.h"
#include "appdriver.h"
#include "devrssp.h"
#include "screenscript.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cstdio>
#include <vector>

Q_IMPORT_QML_PLUGIN(SicPlugin)
Q_IMPORT_QML_PLUGIN(Sic_UiPlugin)

using namespace sic;
using namespace sic::ui;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: sic-bench-guistall FILE\n");
        return 2;
    }
    const QString document = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir tmp;
    DevRssp rssp;
    const DevRssp::Started started = rssp.start(tmp.filePath(QStringLiteral("rssp")));
    if (!started.ok()) {
        std::fprintf(stderr, "dev RSSP: %s\n", qPrintable(started.error));
        return 1;
    }
    SettingsStore store(tmp.filePath(QStringLiteral("settings.ini")),
                        tmp.filePath(QStringLiteral("policy.ini")));
    AppSettings s = screens::devRsspSettings(store.load(), rssp,
                                             rssp.pkiDir() + QStringLiteral("/trust/root.pem"), false);
    s.outputFolder = tmp.path();
    if (!store.save(s))
        return 1;
    AppContext context(store, tmp.filePath(QStringLiteral("history.jsonl")), SystemClock::instance());
    AppDriver driver(context);
    QString why;
    if (!driver.load(&why)) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    driver.resize(1280, 800);

    // Opening the Sign page (its QML is created on first use) is timed on its own: the target is
    // about the work on the document, not about page creation.
    QElapsedTimer pageLoad;
    pageLoad.start();
    if (!driver.click(driver.findAccessible(QStringLiteral("Sign")), &why) ||
        !driver.find(QStringLiteral("documentsPage"))) {
        std::fprintf(stderr, "the Sign page did not open: %s\n", qPrintable(why));
        return 1;
    }
    std::printf("opening the Sign page: %lld ms\n", static_cast<long long>(pageLoad.elapsed()));

    std::vector<qint64> gaps;
    QElapsedTimer total;
    total.start();
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 gap = sinceTick.nsecsElapsed() / 1000;
        gaps.push_back(gap);
        if (gap > 50000)
            std::fprintf(stderr, "  gap %.0f ms ending at %.2f s\n", double(gap) / 1000.0,
                         double(total.elapsed()) / 1000.0);
        sinceTick.restart();
    });

    sinceTick.start();
    ticker.start();
    const bool added = screens::addAndConfirm(driver, context, {document}, &why, 600000);
    std::fprintf(stderr, "  documents confirmed at %.2f s\n", double(total.elapsed()) / 1000.0);
    const bool ok =
        added && screens::signThroughTheScreens(driver, rssp, 1, screens::Login::Password, &why, 600000);
    ticker.stop();
    if (!ok) {
        std::fprintf(stderr, "the signing journey failed: %s\n", qPrintable(why));
        return 1;
    }
    std::sort(gaps.begin(), gaps.end());
    const auto pct = [&](double p) {
        return gaps.empty() ? 0 : gaps[size_t(p * double(gaps.size() - 1))];
    };
    std::printf("journey %.1f s, %zu ticks; GUI-thread gap: median %.1f ms, p99 %.1f ms, max %.1f ms\n",
                double(total.elapsed()) / 1000.0, gaps.size(), double(pct(0.5)) / 1000.0,
                double(pct(0.99)) / 1000.0, double(gaps.empty() ? 0 : gaps.back()) / 1000.0);
    return 0;
}

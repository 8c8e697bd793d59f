// Both front ends list formats and levels from the engine's registry: a third format registered
// here, from outside either front end, appears in `sic-cli sign --format list` (and its --help) and
// in the GUI's options model (formats and levels), and the level combo boxes read the same lists.
#include "command.h"
#include "engine/formats.h"
#include "settingsviewmodel.h"
#include "signingflow.h"

#include <QtTest>

using namespace sic;

namespace {

SignatureFormat fakeFormat()
{
    SignatureFormat f;
    f.id = QStringLiteral("fakeasic");
    f.name = QStringLiteral("FakeASiC");
    f.levels = {SignatureLevel::B_B, SignatureLevel::B_LTA};
    f.packagings = {Packaging::Detached};
    f.prefers = [](const QMimeType &) {
        return false;
    };
    f.defaultPackaging = [](const QMimeType &) {
        return Packaging::Detached;
    };
    f.refuses = [](const QMimeType &, Packaging) {
        return std::optional<Error>();
    };
    f.defaultOutputName = [](const QString &in, Packaging) {
        return in + QStringLiteral(".asice");
    };
    f.makeSession = [](const SessionSpec &) {
        return std::unique_ptr<SigningSession>();
    };
    return f;
}

QString runCli(const QStringList &args, int *rc)
{
    QString out, err, in;
    QTextStream o(&out), e(&err), i(&in);
    cli::Io io{o, e, i};
    for (const cli::Command &c : cli::commands()) {
        if (QLatin1String(c.name) == args.first()) {
            *rc = c.run(args.mid(1), io);
            o.flush();
            return out + err;
        }
    }
    *rc = -1;
    return {};
}

} // namespace

class TestFormatLists : public QObject
{
    Q_OBJECT
private slots:
    void builtInsOnly()
    {
        int rc = 0;
        const QString listed =
            runCli({QStringLiteral("sign"), QStringLiteral("--format"), QStringLiteral("list")}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(listed.contains(u"pades") && listed.contains(u"xades"), qPrintable(listed));
        QVERIFY(!listed.contains(u"fakeasic"));
        ui::SigningFlow flow;
        QCOMPARE(flow.options()->levels(), (QStringList{QStringLiteral("B-B"), QStringLiteral("B-T")}));
        QCOMPARE(flow.options()->formats().size(), 3); // auto, pades, xades
    }

    void aRegisteredFormatAppearsInBoth()
    {
        engine::formats().add(fakeFormat());
        int rc = 0;
        const QString listed =
            runCli({QStringLiteral("sign"), QStringLiteral("--format"), QStringLiteral("list")}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(listed.contains(u"fakeasic") && listed.contains(u"B-LTA"), qPrintable(listed));
        const QString help = runCli({QStringLiteral("sign"), QStringLiteral("--help")}, &rc);
        QVERIFY2(help.contains(u"fakeasic") && help.contains(u"B-LTA"), qPrintable(help));

        ui::SigningFlow flow;
        QStringList keys;
        for (const QVariant &v : flow.options()->formats())
            keys << v.toMap().value(QStringLiteral("key")).toString();
        QCOMPARE(keys, (QStringList{QStringLiteral("auto"), QStringLiteral("pades"), QStringLiteral("xades"),
                                    QStringLiteral("fakeasic")}));
        QCOMPARE(flow.options()->levels(),
                 (QStringList{QStringLiteral("B-B"), QStringLiteral("B-T"), QStringLiteral("B-LTA")}));
        ui::SettingsViewModel settings;
        QCOMPARE(settings.levels(), flow.options()->levels());
        QVERIFY(engine::formats().remove(QStringLiteral("fakeasic")));
    }
};

QTEST_MAIN(TestFormatLists)
#include "tst_formatlists.moc"

// The compiled translations as the apps load them: from the resource ":/i18n" that
// translations/CMakeLists.txt attaches to this binary, through QTranslator.
#include "base/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace sic;

namespace {
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translation; // the first numerus form for numerus messages
};

// The committed .ts file, read independently of lrelease, so that the test notices a .qm that is
// stale or a context name that lupdate and the runtime disagree on.
QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = TsMessage{context,
                          {},
                          {},
                          xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                          {}};
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"comment") {
            m.comment = xml.readElementText();
        } else if (name == u"translation" && !m.numerus) {
            m.translation = xml.readElementText();
            out << m;
        } else if (name == u"numerusform" && m.translation.isEmpty()) {
            m.translation = xml.readElementText();
            out << m;
        }
    }
    return out;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTranslator m_ja;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ja.load(QStringLiteral(":/i18n/sic_ja")), "the ja translation is not in the resources");
        QCOMPARE(m_ja.language(), QStringLiteral("ja"));
        QVERIFY(QCoreApplication::installTranslator(&m_ja));
    }

    void knownStrings_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("japanese");
        // core's context "sic", through the same Tr::tr that core calls.
        QTest::newRow("verdict valid") << Tr::tr("Valid") << QStringLiteral("有効");
        QTest::newRow("verdict warnings")
            << Tr::tr("Valid, with warnings") << QStringLiteral("警告付きで有効");
        QTest::newRow("verdict unconfirmed")
            << Tr::tr("Cannot be confirmed") << QStringLiteral("確認できません");
        QTest::newRow("verdict invalid") << Tr::tr("Invalid") << QStringLiteral("無効");
        QTest::newRow("numerus")
            << Tr::tr("The PIN is wrong. %n attempt(s) left before the signing key is locked.", nullptr, 2)
            << QStringLiteral("PIN が正しくありません。あと 2 回間違えると署名鍵がロックされます。");
        // QML (context = file name) and a view model (context = qualified class name).
        QTest::newRow("qml") << QCoreApplication::translate("AuthorizeStep", "One-time password")
                             << QStringLiteral("ワンタイムパスワード");
        QTest::newRow("view model") << QCoreApplication::translate("sic::ui::HistoryViewModel", "Failed")
                                    << QStringLiteral("失敗");
    }

    void knownStrings()
    {
        QFETCH(QString, actual);
        QFETCH(QString, japanese);
        QCOMPARE(actual, japanese);
    }

    // Every message of the committed sic_ja.ts comes back from the compiled catalogue.
    void everyMessageLoads()
    {
        const QString ts = qEnvironmentVariable("SIC_SOURCE_DIR") + QStringLiteral("/translations/sic_ja.ts");
        const QList<TsMessage> messages = readTs(ts);
        QVERIFY2(messages.size() > 100, qPrintable(QStringLiteral("too few messages read from ") + ts));
        QStringList wrong;
        for (const TsMessage &m : messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const QString got = QCoreApplication::translate(
                context.constData(), source.constData(), m.comment.isEmpty() ? nullptr : comment.constData(),
                m.numerus ? 1 : -1);
            const QString want =
                m.numerus ? QString(m.translation).replace(QStringLiteral("%n"), QStringLiteral("1"))
                          : m.translation;
            if (m.translation.isEmpty() || got != want)
                wrong << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    void englishLoadsToo()
    {
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/i18n/sic_en")));
        QCoreApplication::removeTranslator(&m_ja);
        QVERIFY(QCoreApplication::installTranslator(&en));
        const QString one = Tr::tr("%n reference(s) in the XML signature", nullptr, 1);
        const QString three = Tr::tr("%n reference(s) in the XML signature", nullptr, 3);
        QCoreApplication::removeTranslator(&en);
        QVERIFY(QCoreApplication::installTranslator(&m_ja));
        QCOMPARE(one, QStringLiteral("1 reference in the XML signature"));
        QCOMPARE(three, QStringLiteral("3 references in the XML signature"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

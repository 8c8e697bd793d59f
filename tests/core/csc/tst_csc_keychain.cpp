// The refresh token goes to the real system keychain (Secret Service via QtKeychain, run under
// tests/tools/with-keyring.sh) and nowhere else: a second session logs in with it, and no file under
// HOME contains it.
#include "cscintegration.h"

#include "secrets/keychainstore.h"

#include <QDirIterator>
#include <QTemporaryDir>

using namespace sic;
using namespace sic::csc;

class TstCscKeychain : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    DevRssp m_rssp;

    static QStringList filesContaining(const QString &root, const QByteArray &needle)
    {
        QStringList hits;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                hits << f.fileName();
        }
        return hits;
    }

private slots:
    void initTestCase()
    {
        LogCollector::install();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run this test through tests/tools/with-keyring.sh");
        QVERIFY(m_tmp.isValid());
        const auto started = m_rssp.start(m_tmp.filePath(QStringLiteral("rssp")));
        QVERIFY2(started.ok(), qPrintable(started.error));
    }

    void refreshTokenLivesInKeychainOnly()
    {
        const QString service = QStringLiteral("sic-test");
        const QString key = QStringLiteral("rssp:%1:%2").arg(QUrl(m_rssp.base()).authority(), m_rssp.user());
        KeychainSecretStore store(service);

        Session first;
        QVERIFY(first.open(m_rssp, m_rssp.cscV2(), false).isEmpty());
        first.client->setRefreshTokenStore(&store, key);
        Waiter<void> login;
        first.client->loginBasic(m_rssp.user(), m_rssp.password().toUtf8(), login.cb());
        QVERIFY(login.wait());
        QVERIFY2(login.ok(), login.why().constData());

        // Read back through a separate store object: it comes from the keychain daemon.
        KeychainSecretStore reader(service);
        Waiter<QByteArray> stored;
        reader.read(key, stored.cb());
        QVERIFY(stored.wait());
        QVERIFY2(stored.ok(), stored.why().constData());
        const QByteArray token = stored.v();
        QVERIFY2(token.size() >= 16, "no refresh token in the keychain");

        // A new session (as after a restart) logs in with the stored token alone.
        Session second;
        QVERIFY(second.open(m_rssp, m_rssp.cscV2(), false).isEmpty());
        second.client->setRefreshTokenStore(&store, key);
        Waiter<void> again;
        second.client->loginWithStoredRefreshToken(again.cb());
        QVERIFY(again.wait());
        QVERIFY2(again.ok(), again.why().constData());
        Waiter<QList<Credential>> list;
        second.client->listCredentials(list.cb());
        QVERIFY(list.wait() && list.ok());
        QVERIFY(!list.v().isEmpty());

        // Nowhere in HOME (settings, caches, state), nowhere in the log.
        QCOMPARE(filesContaining(QDir::homePath(), token), QStringList());
        QVERIFY(LogCollector::findAny({QString::fromUtf8(token), m_rssp.password()}).isEmpty());

        Waiter<void> removed;
        store.remove(key, removed.cb());
        QVERIFY(removed.wait() && removed.ok());
        Waiter<QByteArray> gone;
        reader.read(key, gone.cb());
        QVERIFY(gone.wait() && gone.ok());
        QVERIFY(gone.v().isEmpty());
    }

    void cleanupTestCase() { m_rssp.stop(); }
};

QTEST_GUILESS_MAIN(TstCscKeychain)
#include "tst_csc_keychain.moc"

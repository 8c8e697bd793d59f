// The SecretStore contract every implementation keeps: asynchronous callbacks, empty value for a
// missing entry, overwrite and removal. (The QtKeychain implementation is exercised against a real
// Secret Service by tests/core/csc/tst_csc_keychain.)
#include "secrets/secretstore.h"

#include <QTest>

using namespace sic;

class TstSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void memoryStoreRoundTrip()
    {
        MemorySecretStore store;
        bool called = false;
        store.write(QStringLiteral("k"), "first", [&](Result<void> r) {
            QVERIFY(r);
            called = true;
        });
        QVERIFY(!called); // never from inside the call, like a real keychain
        QTRY_VERIFY(called);

        std::optional<Result<QByteArray>> read;
        store.write(QStringLiteral("k"), "second", [](Result<void>) {});
        store.read(QStringLiteral("k"), [&](Result<QByteArray> r) { read = std::move(r); });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->value(), QByteArray("second"));

        read.reset();
        store.read(QStringLiteral("missing"), [&](Result<QByteArray> r) { read = std::move(r); });
        QTRY_VERIFY(read.has_value());
        QVERIFY(read->has_value() && read->value().isEmpty());

        bool removed = false;
        store.remove(QStringLiteral("k"), [&](Result<void> r) { removed = r.has_value(); });
        QTRY_VERIFY(removed);
        read.reset();
        store.read(QStringLiteral("k"), [&](Result<QByteArray> r) { read = std::move(r); });
        QTRY_VERIFY(read.has_value());
        QVERIFY(read->value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSecretStore)
#include "tst_secretstore.moc"

#include "crypto/digest.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sic;

namespace {
QByteArray writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return data;
}

QByteArray patterned(qint64 size)
{
    QByteArray b(size, Qt::Uninitialized);
    quint32 x = 2463534242u; // xorshift: deterministic bytes with no period near buffer sizes
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        b[i] = char(x & 0xff);
    }
    return b;
}
} // namespace

class TestDigest : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswers_data();
    void knownAnswers();
    void ranges_data();
    void ranges();
    void rangeOutsideFile();
    void emptyRangeList();
    void missingFile();
    void directory();
    void unreadableFile();
    void progressAndCancel();
    void hasherReuse();
    void sparseFileAbove4GiB();
};

// FIPS 180-4 examples as published by NIST (Cryptographic Standards and Guidelines, "Examples with
// Intermediate Values"), plus the classic one-million-'a' vectors.
void TestDigest::knownAnswers_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("repeat");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray m448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    const QByteArray m896 =
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopq"
        "rsmnopqrstnopqrstu";
    QTest::newRow("sha256 empty") << "sha256" << QByteArray() << 1
                                  << QByteArray(
                                         "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("sha256 abc") << "sha256" << QByteArray("abc") << 1
                                << QByteArray(
                                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("sha256 448 bits")
        << "sha256" << m448 << 1
        << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("sha256 million a")
        << "sha256" << QByteArray("a") << 1000000
        << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    QTest::newRow("sha384 empty")
        << "sha384" << QByteArray() << 1
        << QByteArray("38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274ede"
                      "bfe76f65fbd51ad2f14898b95b");
    QTest::newRow("sha384 abc")
        << "sha384" << QByteArray("abc") << 1
        << QByteArray("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed808607"
                      "2ba1e7cc2358baeca134c825a7");
    QTest::newRow("sha384 896 bits")
        << "sha384" << m896 << 1
        << QByteArray("09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712f"
                      "cc7c71a557e2db966c3e9fa91746039");
    QTest::newRow("sha384 million a")
        << "sha384" << QByteArray("a") << 1000000
        << QByteArray("9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b0"
                      "7b8b3dc38ecc4ebae97ddd87f3d8985");
    QTest::newRow("sha512 empty")
        << "sha512" << QByteArray() << 1
        << QByteArray("cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d"
                      "13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e");
    QTest::newRow("sha512 abc") << "sha512" << QByteArray("abc") << 1
                                << QByteArray(
                                       "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a21929"
                                       "92a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    QTest::newRow("sha512 896 bits")
        << "sha512" << m896 << 1
        << QByteArray("8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb688901850"
                      "1d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909");
    QTest::newRow("sha512 million a")
        << "sha512" << QByteArray("a") << 1000000
        << QByteArray("e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebd"
                      "e0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b");
}

void TestDigest::knownAnswers()
{
    QFETCH(QString, alg);
    QFETCH(QByteArray, message);
    QFETCH(int, repeat);
    QFETCH(QByteArray, expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("msg"));
    writeFile(path, message.repeated(repeat));
    const auto a = hashFromName(alg);
    QVERIFY(a);
    // A small buffer too, so that the vectors also cross many buffer boundaries.
    for (qint64 buffer : {qint64(7), qint64(4096), DigestOptions::kMaxBufferSize}) {
        DigestOptions options;
        options.bufferSize = buffer;
        const auto digest = digestFile(path, *a, options);
        QVERIFY2(digest, qPrintable(digest ? QString() : digest.error().toString()));
        QCOMPARE(digest->toHex(), expected);
    }
    QCOMPARE(digestBytes(*a, message.repeated(repeat)).toHex(), expected);
}

void TestDigest::ranges_data()
{
    QTest::addColumn<QList<ByteRange>>("ranges");
    QTest::addColumn<qint64>("bufferSize");
    const qint64 n = 3 * 1024 * 1024 + 17;
    const qint64 mib = 1 << 20;
    QTest::newRow("whole") << QList<ByteRange>{{0, n}} << mib;
    QTest::newRow("start only") << QList<ByteRange>{{0, 100}} << mib;
    QTest::newRow("end only") << QList<ByteRange>{{n - 100, 100}} << mib;
    QTest::newRow("pdf-like hole") << QList<ByteRange>{{0, 5000}, {5000 + 8194, n - 5000 - 8194}} << mib;
    QTest::newRow("across buffer boundary")
        << QList<ByteRange>{{mib - 10, 20}, {2 * mib - 1, mib + 2}} << mib;
    QTest::newRow("tiny buffer") << QList<ByteRange>{{1, 999}, {2000, 3}} << qint64(64);
    QTest::newRow("zero-length range") << QList<ByteRange>{{10, 0}, {n, 0}, {0, 1}} << mib;
    QTest::newRow("out of order") << QList<ByteRange>{{n - 10, 10}, {0, 10}} << qint64(4);
}

void TestDigest::ranges()
{
    QFETCH(QList<ByteRange>, ranges);
    QFETCH(qint64, bufferSize);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data"));
    const QByteArray data = writeFile(path, patterned(3 * 1024 * 1024 + 17));

    QByteArray concatenated;
    for (const ByteRange &r : ranges)
        concatenated += data.mid(r.offset, r.length);

    DigestOptions options;
    options.bufferSize = bufferSize;
    for (HashAlgorithm alg : {HashAlgorithm::Sha256, HashAlgorithm::Sha384, HashAlgorithm::Sha512}) {
        const auto digest = digestFileRanges(path, ranges, alg, options);
        QVERIFY(digest);
        QCOMPARE(*digest, digestBytes(alg, concatenated));
    }
}

void TestDigest::rangeOutsideFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data"));
    writeFile(path, QByteArray(1000, 'x'));
    for (const ByteRange r : {ByteRange{0, 1001}, ByteRange{1001, 0}, ByteRange{-1, 5}, ByteRange{999, 2}}) {
        const auto digest = digestFileRanges(path, {r}, HashAlgorithm::Sha256);
        QVERIFY(!digest);
        QCOMPARE(digest.error().code, QStringLiteral("io.range_outside_file"));
    }
}

void TestDigest::emptyRangeList()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data"));
    writeFile(path, "abc");
    const auto digest = digestFileRanges(path, {}, HashAlgorithm::Sha256);
    QVERIFY(digest);
    QCOMPARE(digest->toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestDigest::missingFile()
{
    const auto digest = digestFile(QStringLiteral("/nonexistent/sic/file.pdf"), HashAlgorithm::Sha256);
    QVERIFY(!digest);
    QCOMPARE(digest.error().code, QStringLiteral("io.not_found"));
    QVERIFY(digest.error().detail.contains(QStringLiteral("/nonexistent/sic/file.pdf")));
}

void TestDigest::directory()
{
    QTemporaryDir dir;
    const auto digest = digestFile(dir.path(), HashAlgorithm::Sha256);
    QVERIFY(!digest);
    QCOMPARE(digest.error().code, QStringLiteral("io.is_directory"));
}

void TestDigest::unreadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret"));
    writeFile(path, "abc");
    QFile::setPermissions(path, QFileDevice::Permissions());
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("running as root: permission bits do not stop reads, so 'unreadable' cannot be produced here");
    const auto digest = digestFile(path, HashAlgorithm::Sha256);
    QVERIFY(!digest);
    QCOMPARE(digest.error().code, QStringLiteral("io.permission_denied"));
}

void TestDigest::progressAndCancel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data"));
    writeFile(path, patterned(10 * 4096 + 5));

    QList<qint64> seen;
    DigestOptions options;
    options.bufferSize = 4096;
    options.progress = [&](qint64 done, qint64 total) {
        QCOMPARE(total, qint64(10 * 4096 + 5));
        seen << done;
    };
    QVERIFY(digestFile(path, HashAlgorithm::Sha256, options));
    QCOMPARE(seen.size(), 11);
    QCOMPARE(seen.last(), qint64(10 * 4096 + 5));
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));

    std::atomic_bool cancel{false};
    int calls = 0;
    options.cancel = &cancel;
    options.progress = [&](qint64, qint64) {
        if (++calls == 3)
            cancel = true;
    };
    const auto digest = digestFile(path, HashAlgorithm::Sha256, options);
    QVERIFY(!digest);
    QCOMPARE(digest.error().code, QStringLiteral("cancelled"));
    QCOMPARE(calls, 3);
}

void TestDigest::hasherReuse()
{
    Hasher h(HashAlgorithm::Sha256);
    h.update("ab");
    h.update("c");
    QCOMPARE(h.finish().toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    h.update("abc");
    QCOMPARE(h.finish().toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

// A file past 4 GiB catches 32-bit offset bugs; sparse, so it costs no disk. The reference is an
// independent implementation: the openssl command.
void TestDigest::sparseFileAbove4GiB()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl command is not installed; .ci/install-deps installs it");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sparse.bin"));
    const qint64 size = (qint64(4) << 30) + 4099;
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(size));
        for (qint64 at : {qint64(0), qint64(1) << 20, (qint64(1) << 32) - 3, size - 7}) {
            QVERIFY(f.seek(at));
            QCOMPARE(f.write("marker!", 7), qint64(7));
        }
    }
    const auto digest = digestFile(path, HashAlgorithm::Sha256);
    QVERIFY(digest);

    QProcess p;
    p.start(openssl, {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-r"), path});
    QVERIFY(p.waitForFinished(300000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray reference = p.readAllStandardOutput().split(' ').first();
    QCOMPARE(digest->toHex(), reference);

    // The same bytes through ranges that straddle the 4 GiB line.
    const qint64 cut = (qint64(1) << 32) + 1;
    const auto ranged = digestFileRanges(path, {{0, cut}, {cut, size - cut}}, HashAlgorithm::Sha256);
    QVERIFY(ranged);
    QCOMPARE(*ranged, *digest);
}

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"

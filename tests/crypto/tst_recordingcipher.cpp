#include "crypto/RecordingCipher.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace tallenne;

namespace {
constexpr qsizetype Prefix = 8 + 24 + 16;    // magic, secretstream header, key check
constexpr qsizetype Sealed = 64 * 1024 + 17; // one full chunk on disk

QByteArray randomBytes(qsizetype size)
{
    QByteArray out(size, '\0');
    randombytes_buf(out.data(), std::size_t(size));
    return out;
}
} // namespace

class TestRecordingCipher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(initialiseSodium());
        QVERIFY(m_dir.isValid());
    }

    void roundTrip_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("empty") << qsizetype(0);
        QTest::newRow("one byte") << qsizetype(1);
        QTest::newRow("exactly one chunk") << qsizetype(64 * 1024);
        QTest::newRow("one chunk and a byte") << qsizetype(64 * 1024 + 1);
        QTest::newRow("1 MiB") << qsizetype(1024 * 1024);
    }

    void roundTrip()
    {
        QFETCH(qsizetype, size);
        const QByteArray plain = randomBytes(size);
        const SecretBytes key = RecordingCipher::newKey();
        QCOMPARE(key.size(), RecordingCipher::KeyBytes);

        // Through real files, as the recording store will use it.
        const QString path = m_dir.filePath(QStringLiteral("rec.bin"));
        QBuffer in;
        in.setData(plain);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QByteArray sha;
        Error error;
        QVERIFY2(RecordingCipher::encrypt(in, out, key, &sha, &error), qPrintable(error.message));
        out.close();
        QCOMPARE(sha, QCryptographicHash::hash(plain, QCryptographicHash::Sha256));

        // Full chunks, the last one carrying the final tag; an empty input still has one.
        const qsizetype chunks = std::max<qsizetype>(1, (size + 64 * 1024 - 1) / (64 * 1024));
        QCOMPARE(QFileInfo(path).size(), Prefix + size + chunks * 17);
        QCOMPARE(RecordingCipher::encryptedSize(size), QFileInfo(path).size());

        QFile encrypted(path);
        QVERIFY(encrypted.open(QIODevice::ReadOnly));
        QByteArray decryptedSha;
        const auto decrypted = RecordingCipher::decrypt(encrypted, key, &decryptedSha, &error);
        QVERIFY2(decrypted, qPrintable(error.message));
        QCOMPARE(decrypted->size(), plain.size());
        QVERIFY(*decrypted == plain);
        QCOMPARE(decryptedSha, sha);
        if (size >= 64) {
            encrypted.seek(0);
            QVERIFY(!encrypted.readAll().contains(plain.left(64)));
        }
    }

    void truncatedAtAChunkBoundaryIsRefused()
    {
        const SecretBytes key = RecordingCipher::newKey();
        const QByteArray file = encrypt(randomBytes(200 * 1024), key); // 4 chunks
        const QByteArray withoutLast = file.left(Prefix + 3 * Sealed);
        Error error;
        QVERIFY(!decrypt(withoutLast, key, &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
        QVERIFY2(error.message.contains(QLatin1String("truncated")), qPrintable(error.message));
    }

    // The reader gives the file chunk by chunk: the same bytes as decrypt(), each chunk only
    // once its tag passed, and damage in a later chunk only when that chunk is reached.
    void readerGivesChunkByChunk()
    {
        const SecretBytes key = RecordingCipher::newKey();
        const QByteArray plain = randomBytes(200 * 1024); // 4 chunks, the last 8 KiB
        QByteArray file = encrypt(plain, key);
        QBuffer in(&file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        RecordingCipher::Reader reader(in, key);
        Error error;
        QVERIFY2(reader.start(&error), qPrintable(error.message));
        QByteArray chunk;
        QByteArray all;
        while (!reader.atEnd()) {
            QVERIFY2(reader.next(chunk, &error), qPrintable(error.message));
            all += chunk;
        }
        QCOMPARE(reader.chunks(), 4);
        QVERIFY(all == plain);
        QCOMPARE(reader.plaintextSha256(),
                 QCryptographicHash::hash(plain, QCryptographicHash::Sha256));

        // The last chunk altered: the first three come, the fourth is refused, nothing of it.
        file[file.size() - 3] = char(file[file.size() - 3] ^ 0x01);
        QBuffer damaged(&file);
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        RecordingCipher::Reader late(damaged, key);
        QVERIFY(late.start(&error));
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(late.next(chunk, &error), qPrintable(error.message));
            QCOMPARE(chunk, plain.mid(qsizetype(i) * 64 * 1024, 64 * 1024));
        }
        QVERIFY(!late.next(chunk, &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
        QCOMPARE(error.message,
                 QStringLiteral("Chunk 4 of the recording file is damaged or was altered."));
        QVERIFY(chunk.isEmpty());
        QVERIFY(!late.atEnd());
    }

    void truncatedInsideAChunkIsRefused()
    {
        const SecretBytes key = RecordingCipher::newKey();
        const QByteArray file = encrypt(randomBytes(200 * 1024), key);
        Error error;
        QVERIFY(!decrypt(file.left(file.size() - 1), key, &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
        QVERIFY(!decrypt(file.left(Prefix - 1), key, &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
    }

    void flippedByteIsRefused_data()
    {
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<QString>("expected");
        QTest::newRow("magic") << qsizetype(0) << QStringLiteral("not an encrypted");
        QTest::newRow("header") << qsizetype(10) << QStringLiteral("key does not fit");
        QTest::newRow("key check") << qsizetype(Prefix - 1) << QStringLiteral("key does not fit");
        QTest::newRow("first chunk") << qsizetype(Prefix + 5) << QStringLiteral("Chunk 1 ");
        QTest::newRow("second chunk tag")
            << qsizetype(Prefix + 2 * Sealed - 1) << QStringLiteral("Chunk 2 ");
        QTest::newRow("last chunk")
            << qsizetype(Prefix + 3 * Sealed + 3) << QStringLiteral("Chunk 4 ");
    }

    void flippedByteIsRefused()
    {
        QFETCH(qsizetype, offset);
        QFETCH(QString, expected);
        const SecretBytes key = RecordingCipher::newKey();
        QByteArray file = encrypt(randomBytes(200 * 1024), key);
        QVERIFY(decrypt(file, key, nullptr));
        file[offset] = char(file[offset] ^ 0x01);
        Error error;
        QVERIFY(!decrypt(file, key, &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    }

    void swappedChunksAreRefused()
    {
        const SecretBytes key = RecordingCipher::newKey();
        QByteArray file = encrypt(randomBytes(200 * 1024), key);
        const QByteArray first = file.mid(Prefix, Sealed);
        const QByteArray second = file.mid(Prefix + Sealed, Sealed);
        file.replace(Prefix, Sealed, second);
        file.replace(Prefix + Sealed, Sealed, first);
        Error error;
        QVERIFY(!decrypt(file, key, &error));
        QVERIFY2(error.message.contains(QLatin1String("Chunk 1 ")), qPrintable(error.message));
    }

    void trailingDataIsRefused()
    {
        const SecretBytes key = RecordingCipher::newKey();
        // After a full final chunk the extra bytes are told apart...
        const QByteArray full = encrypt(randomBytes(64 * 1024), key);
        Error error;
        QVERIFY(!decrypt(full + "x", key, &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
        QVERIFY2(error.message.contains(QLatin1String("after its final chunk")),
                 qPrintable(error.message));
        // ...after a short one they read as part of it, which then fails to authenticate.
        const QByteArray shortFile = encrypt(randomBytes(1000), key);
        QVERIFY(!decrypt(shortFile + "x", key, &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
    }

    void wrongKeyIsRefused()
    {
        const QByteArray file = encrypt(randomBytes(1000), RecordingCipher::newKey());
        Error error;
        QVERIFY(!decrypt(file, RecordingCipher::newKey(), &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
        QVERIFY2(error.message.contains(QLatin1String("key does not fit")),
                 qPrintable(error.message));
        QVERIFY(!decrypt(file, SecretBytes::random(16), &error));
        QCOMPARE(error.kind, ErrorKind::Usage);
    }

    void keysDiffer() { QVERIFY(!RecordingCipher::newKey().equals(RecordingCipher::newKey())); }

    // What verify uses: the digest written with the file is the digest of the file as read,
    // and authenticate() checks what decrypt() checks without keeping the audio.
    void digestAndAuthenticationMatchTheFile()
    {
        const SecretBytes key = RecordingCipher::newKey();
        const QByteArray plain = randomBytes(150 * 1024);
        QBuffer in;
        in.setData(plain);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QByteArray sha, written;
        Error error;
        QVERIFY(RecordingCipher::encrypt(in, out, key, &sha, &error, &written));
        const QByteArray file = out.data();
        QCOMPARE(written.size(), qsizetype(RecordingCipher::DigestBytes));
        QByteArray expected(32, '\0');
        crypto_generichash(reinterpret_cast<unsigned char*>(expected.data()), 32,
                           reinterpret_cast<const unsigned char*>(file.constData()),
                           static_cast<unsigned long long>(file.size()), nullptr, 0);
        QCOMPARE(written, expected);

        QBuffer read;
        read.setData(file);
        QVERIFY(read.open(QIODevice::ReadOnly));
        QCOMPARE(RecordingCipher::fileDigest(read).value(), written);

        QBuffer again;
        again.setData(file);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QByteArray checkedSha, checkedDigest;
        QVERIFY2(RecordingCipher::authenticate(again, key, &checkedSha, &checkedDigest, &error),
                 qPrintable(error.message));
        QCOMPARE(checkedSha, sha);
        QCOMPARE(checkedDigest, written);

        // One flipped bit anywhere changes the digest and fails the authentication.
        for (const qsizetype offset : {qsizetype(0), Prefix + 1, qsizetype(file.size() - 1)}) {
            QByteArray altered = file;
            altered[offset] = char(altered[offset] ^ 0x01);
            QBuffer bad;
            bad.setData(altered);
            QVERIFY(bad.open(QIODevice::ReadOnly));
            QVERIFY(!RecordingCipher::authenticate(bad, key, nullptr, nullptr, &error));
            QCOMPARE(error.kind, ErrorKind::Damaged);
            bad.seek(0);
            QVERIFY(RecordingCipher::fileDigest(bad).value() != written);
        }
        // Another recording's key (a swapped file) fails the key check.
        QBuffer swapped;
        swapped.setData(file);
        QVERIFY(swapped.open(QIODevice::ReadOnly));
        QVERIFY(!RecordingCipher::authenticate(swapped, RecordingCipher::newKey(), nullptr, nullptr,
                                               &error));
        QVERIFY2(error.message.contains(QLatin1String("key does not fit")),
                 qPrintable(error.message));
    }

private:
    static QByteArray encrypt(const QByteArray& plain, const SecretBytes& key)
    {
        QBuffer in;
        in.setData(plain);
        in.open(QIODevice::ReadOnly);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        Error error;
        if (!RecordingCipher::encrypt(in, out, key, nullptr, &error))
            qFatal("encrypt failed: %s", qPrintable(error.message));
        return out.data();
    }

    static std::optional<QByteArray> decrypt(const QByteArray& file, const SecretBytes& key,
                                             Error* error)
    {
        QBuffer in;
        in.setData(file);
        in.open(QIODevice::ReadOnly);
        return RecordingCipher::decrypt(in, key, nullptr, error);
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRecordingCipher)
#include "tst_recordingcipher.moc"

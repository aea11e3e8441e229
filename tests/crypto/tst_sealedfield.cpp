// Sealed fields: values sealed to a capability's public key open only with its secret key and
// only in their place (associated data); every flipped bit is refused; the blind index is
// stable under one key and says nothing under another.

#include "crypto/SealedField.h"

#include <QtTest>

using namespace tallenne;

class TestSealedField : public QObject
{
    Q_OBJECT

private:
    static QHash<qint64, QByteArray>& batches()
    {
        static QHash<qint64, QByteArray> b;
        return b;
    }
    static SealedFieldReader::BatchLookup lookup()
    {
        return [](qint64 id) {
            return batches().value(id);
        };
    }

private slots:
    void roundTripInItsPlaceOnly()
    {
        Error error;
        auto pair = CapabilityKeyPair::generate(&error);
        QVERIFY(pair);
        QCOMPARE(CapabilityKeyPair::publicKeyOf(pair->secretKey), pair->publicKey);
        auto writer = SealedFieldWriter::start(pair->publicKey, &error);
        QVERIFY(writer);
        writer->setBatchId(7);
        batches().insert(7, writer->ephemeralPublicKey());
        const QByteArray phone = "+358401112241";
        const QByteArray sealed = writer->seal(phone, "calls/caller/cdr:abc");
        QCOMPARE(sealed.size(), phone.size() + qsizetype(SealedFieldWriter::Overhead));
        QVERIFY(!sealed.contains(phone));
        QCOMPARE(SealedFieldReader::batchOf(sealed), 7);
        // Two seals of one value differ (fresh nonces): equal values are not visible.
        QVERIFY(writer->seal(phone, "calls/caller/cdr:abc") != sealed);

        SealedFieldReader reader(pair->secretKey, pair->publicKey, lookup());
        const auto opened = reader.open(sealed, "calls/caller/cdr:abc", &error);
        QVERIFY2(opened, qPrintable(error.message));
        QCOMPARE(*opened, phone);
        // Moved to another row or column: refused.
        QVERIFY(!reader.open(sealed, "calls/caller/cdr:abd", &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
        QVERIFY(!reader.open(sealed, "chats/nickname/cdr:abc", &error));
        // Another capability's secret key: refused.
        auto other = CapabilityKeyPair::generate(&error);
        SealedFieldReader stranger(other->secretKey, pair->publicKey, lookup());
        QVERIFY(!stranger.open(sealed, "calls/caller/cdr:abc", &error));
        // An unknown batch: refused.
        QByteArray moved = sealed;
        moved[1] = 8;
        QVERIFY(!reader.open(moved, "calls/caller/cdr:abc", &error));
        QVERIFY(!reader.open(QByteArray("short"), "x", &error));
        QVERIFY(!reader.open(QByteArray(), "x", &error));
    }

    void everyFlippedBitIsRefused()
    {
        Error error;
        auto pair = CapabilityKeyPair::generate(&error);
        auto writer = SealedFieldWriter::start(pair->publicKey, &error);
        writer->setBatchId(11);
        batches().insert(11, writer->ephemeralPublicKey());
        const QByteArray sealed = writer->seal("131052-308T", "subject_identifiers/value/4/id");
        SealedFieldReader reader(pair->secretKey, pair->publicKey, lookup());
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray flipped = sealed;
                flipped[i] = char(flipped.at(i) ^ (1 << bit));
                QVERIFY2(!reader.open(flipped, "subject_identifiers/value/4/id", &error),
                         qPrintable(QStringLiteral("byte %1 bit %2").arg(i).arg(bit)));
            }
        }
        // A changed batch key (e.public) in the register: refused.
        QByteArray ephemeral = writer->ephemeralPublicKey();
        ephemeral[0] = char(ephemeral.at(0) ^ 1);
        batches().insert(11, ephemeral);
        SealedFieldReader fooled(pair->secretKey, pair->publicKey, lookup());
        QVERIFY(!fooled.open(sealed, "subject_identifiers/value/4/id", &error));
    }

    void blindIndex()
    {
        SecretBytes key = SecretBytes::random(32);
        SecretBytes other = SecretBytes::random(32);
        const QByteArray a = BlindIndex::of(key, u"phone", u"+358401112241");
        QCOMPARE(a.size(), qsizetype(BlindIndex::Bytes));
        QCOMPARE(BlindIndex::of(key, u"phone", u"+358401112241"), a);
        QVERIFY(BlindIndex::of(key, u"phone", u"+358401112242") != a);
        QVERIFY(BlindIndex::of(key, u"email", u"+358401112241") != a); // the kind counts
        QVERIFY(BlindIndex::of(other, u"phone", u"+358401112241") != a);
        // No confusion of kind and value at their border.
        QVERIFY(BlindIndex::of(key, u"ab", u"c") != BlindIndex::of(key, u"a", u"bc"));
    }
};

QTEST_APPLESS_MAIN(TestSealedField)
#include "tst_sealedfield.moc"

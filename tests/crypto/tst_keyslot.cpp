#include "crypto/KeySlot.h"
#include "crypto/RecoveryCode.h"

#include <QJsonObject>
#include <QTest>

#include <sodium.h>

using namespace tallenne;

namespace {
const QString RegisterId = QStringLiteral("6f1c2a9e-4b3d-4e8f-9a51-2c7d8e0b1f34");

SecretBytes secret(const char* text)
{
    QByteArray bytes(text);
    return SecretBytes::fromBytes(bytes);
}

QByteArray flipped(const QByteArray& bytes, qsizetype bit)
{
    QByteArray out(bytes.constData(), bytes.size());
    out[bit / 8] = char(out[bit / 8] ^ (1 << (bit % 8)));
    return out;
}

QByteArray randomBytes(std::size_t size)
{
    QByteArray out(qsizetype(size), '\0');
    randombytes_buf(out.data(), size);
    return out;
}

/// The slot with one JSON field replaced.
KeySlot with(const KeySlot& slot, const char* field, const QJsonValue& value)
{
    QJsonObject json = slot.toJson();
    json.insert(QLatin1String(field), value);
    Error error;
    const auto changed = KeySlot::fromJson(json, QStringLiteral("slot"), &error);
    if (!changed)
        qFatal("test slot did not parse: %s", qPrintable(error.message));
    return *changed;
}
} // namespace

class TestKeySlot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(initialiseSodium());
        m_dataKey = SecretBytes::random(32);
        m_workstation = SecretBytes::random(32);
    }

    void roundTrip_data()
    {
        QTest::addColumn<bool>("bound");
        QTest::newRow("unbound") << false;
        QTest::newRow("bound") << true;
    }

    void roundTrip()
    {
        QFETCH(bool, bound);
        Error error;
        const auto slot =
            KeySlot::create(KeySlot::Kind::User, QStringLiteral("alice"), 1, RegisterId, m_dataKey,
                            secret("correct horse"), bound ? &m_workstation : nullptr,
                            KdfParams::forTests(), &error);
        QVERIFY2(slot, qPrintable(error.message));
        QCOMPARE(slot->isBound(), bound);
        QCOMPARE(slot->salt().size(), 16);
        QCOMPARE(slot->nonce().size(), 24);
        QCOMPARE(slot->ciphertext().size(), 48);
        QVERIFY(slot->created().isValid());
        QVERIFY(!slot->ciphertext().contains(QByteArray(m_dataKey.constChars(), 32)));

        const SecretBytes key = slot->unwrap(RegisterId, secret("correct horse"),
                                             bound ? &m_workstation : nullptr, &error);
        QVERIFY2(!key.isNull(), qPrintable(error.message));
        QVERIFY(key.equals(m_dataKey));

        // The JSON form opens the same way.
        const auto reread = KeySlot::fromJson(slot->toJson(), QStringLiteral("slot"), &error);
        QVERIFY2(reread, qPrintable(error.message));
        QVERIFY(reread
                    ->unwrap(RegisterId, secret("correct horse"), bound ? &m_workstation : nullptr,
                             nullptr)
                    .equals(m_dataKey));
    }

    void wrongPasswordRefusedAndLeavesNoKeyMaterial()
    {
        const auto slot = userSlot(nullptr);
        const int before = SecretBytes::liveCount();
        Error error;
        const SecretBytes key = slot.unwrap(RegisterId, secret("correct horsf"), nullptr, &error);
        QVERIFY(key.isNull());
        QCOMPARE(error.kind, ErrorKind::Authentication);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(SecretBytes::liveCount(), before);
    }

    // Every single-bit change of what is stored must keep the slot shut.
    void everyBitFlipIsRefused_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("ciphertext") << QByteArray("ciphertext");
        QTest::newRow("nonce") << QByteArray("nonce");
        QTest::newRow("salt") << QByteArray("salt");
    }

    void everyBitFlipIsRefused()
    {
        QFETCH(QByteArray, field);
        const auto slot = userSlot(nullptr);
        const SecretBytes password = secret("correct horse");
        const QByteArray original = field == "ciphertext" ? slot.ciphertext()
                                    : field == "nonce"    ? slot.nonce()
                                                          : slot.salt();
        const int before = SecretBytes::liveCount();
        for (qsizetype bit = 0; bit < original.size() * 8; ++bit) {
            const KeySlot tampered = with(slot, field.constData(),
                                          QString::fromLatin1(flipped(original, bit).toBase64()));
            Error error;
            if (!tampered.unwrap(RegisterId, password, nullptr, &error).isNull())
                QFAIL(qPrintable(QStringLiteral("bit %1 of %2 flipped and the slot still opened")
                                     .arg(bit)
                                     .arg(QString::fromLatin1(field))));
            QCOMPARE(error.kind, ErrorKind::Authentication);
        }
        QCOMPARE(SecretBytes::liveCount(), before);
        QVERIFY(slot.unwrap(RegisterId, password, nullptr, nullptr).equals(m_dataKey));
    }

    void copiedToAnotherPlaceIsRefused_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("other user")
            << QByteArray("id") << QJsonValue(QStringLiteral("bob")) << ErrorKind::Authentication;
        // The slot key (from the right password) opens it under the version it was sealed as:
        // the file was altered, which is damage and not a wrong password (issue [15], item 1).
        QTest::newRow("other version")
            << QByteArray("version") << QJsonValue(2) << ErrorKind::Damaged;
        QTest::newRow("bound flag set")
            << QByteArray("bound") << QJsonValue(true) << ErrorKind::Authentication;
    }

    void copiedToAnotherPlaceIsRefused()
    {
        QFETCH(QByteArray, field);
        QFETCH(QJsonValue, value);
        QFETCH(ErrorKind, kind);
        const KeySlot moved = with(userSlot(nullptr), field.constData(), value);
        Error error;
        QVERIFY(moved.unwrap(RegisterId, secret("correct horse"), &m_workstation, &error).isNull());
        QCOMPARE(error.kind, kind);
    }

    void anotherRegisterIsRefused()
    {
        const auto slot = userSlot(nullptr);
        Error error;
        QVERIFY(slot.unwrap(QStringLiteral("0b5e7c1d-2f3a-4c6b-8d9e-1a2b3c4d5e6f"),
                            secret("correct horse"), nullptr, &error)
                    .isNull());
        QCOMPARE(error.kind, ErrorKind::Authentication);
    }

    void boundSlot()
    {
        const auto slot = userSlot(&m_workstation);
        const int before = SecretBytes::liveCount();
        Error error;
        const SecretBytes otherWorkstation = SecretBytes::random(32);
        QVERIFY(
            slot.unwrap(RegisterId, secret("correct horse"), &otherWorkstation, &error).isNull());
        QCOMPARE(error.kind, ErrorKind::Authentication);

        // The message for a wrong workstation is the one for a wrong password.
        Error passwordError;
        QVERIFY(slot.unwrap(RegisterId, secret("wrong"), &m_workstation, &passwordError).isNull());
        QCOMPARE(passwordError.message, error.message);

        error = {};
        QVERIFY(slot.unwrap(RegisterId, secret("correct horse"), nullptr, &error).isNull());
        QCOMPARE(error.kind, ErrorKind::Environment);
        QVERIFY(error.message.contains(QLatin1String("keychain")));
        QCOMPARE(SecretBytes::liveCount(), before + 1); // only otherWorkstation
    }

    void unboundSlotIgnoresTheWorkstation()
    {
        const auto slot = userSlot(nullptr);
        QVERIFY(slot.unwrap(RegisterId, secret("correct horse"), &m_workstation, nullptr)
                    .equals(m_dataKey));
    }

    void recoverySlotOpensWithTheCodeAsTyped()
    {
        const SecretBytes code = RecoveryCode::generate();
        Error error;
        const SecretBytes canonical = RecoveryCode::normalise(code, &error);
        QVERIFY2(!canonical.isNull(), qPrintable(error.message));
        const auto slot =
            KeySlot::create(KeySlot::Kind::Recovery, QStringLiteral("recovery"), 1, RegisterId,
                            m_dataKey, canonical, nullptr, KdfParams::forTests(), &error);
        QVERIFY2(slot, qPrintable(error.message));

        // Typed in lower case, with spaces instead of dashes.
        QByteArray typed(code.constChars(), qsizetype(code.size()));
        typed = typed.toLower().replace('-', "  ");
        const SecretBytes typedCanonical =
            RecoveryCode::normalise(SecretBytes::fromBytes(typed), &error);
        QVERIFY2(!typedCanonical.isNull(), qPrintable(error.message));
        QVERIFY(slot->unwrap(RegisterId, typedCanonical, nullptr, &error).equals(m_dataKey));

        // Unnormalised, the code is simply wrong.
        QByteArray raw(code.constChars(), qsizetype(code.size()));
        raw = raw.toLower();
        QVERIFY(slot->unwrap(RegisterId, SecretBytes::fromBytes(raw), nullptr, nullptr).isNull());
    }

    void unattendedSlot()
    {
        const SecretBytes keychainSecret = SecretBytes::random(32);
        Error error;
        const auto slot =
            KeySlot::create(KeySlot::Kind::Unattended, QStringLiteral("unattended"), 1, RegisterId,
                            m_dataKey, keychainSecret, nullptr, KdfParams::forTests(), &error);
        QVERIFY2(slot, qPrintable(error.message));
        QVERIFY(!slot->kdf());
        QVERIFY(!slot->toJson().contains(QLatin1String("kdf")));
        QVERIFY(slot->unwrap(RegisterId, keychainSecret, nullptr, &error).equals(m_dataKey));
        QVERIFY(slot->unwrap(RegisterId, SecretBytes::random(32), nullptr, &error).isNull());
        QCOMPARE(error.kind, ErrorKind::Authentication);
        QVERIFY(slot->unwrap(RegisterId, secret("short"), nullptr, &error).isNull());
        QCOMPARE(error.kind, ErrorKind::Authentication);
    }

    void createRejectsBadArguments_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("keySize");
        QTest::addColumn<int>("workstationSize");
        QTest::newRow("empty id") << int(KeySlot::Kind::User) << QString() << 1 << 32 << 0;
        QTest::newRow("recovery id")
            << int(KeySlot::Kind::Recovery) << QStringLiteral("alice") << 1 << 32 << 0;
        QTest::newRow("unattended id")
            << int(KeySlot::Kind::Unattended) << QStringLiteral("alice") << 1 << 32 << 0;
        QTest::newRow("version 0")
            << int(KeySlot::Kind::User) << QStringLiteral("alice") << 0 << 32 << 0;
        QTest::newRow("short data key")
            << int(KeySlot::Kind::User) << QStringLiteral("alice") << 1 << 31 << 0;
        QTest::newRow("short workstation secret")
            << int(KeySlot::Kind::User) << QStringLiteral("alice") << 1 << 32 << 16;
    }

    void createRejectsBadArguments()
    {
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(int, version);
        QFETCH(int, keySize);
        QFETCH(int, workstationSize);
        const SecretBytes key = SecretBytes::random(std::size_t(keySize));
        const SecretBytes workstation = SecretBytes::random(std::size_t(workstationSize));
        Error error;
        QVERIFY(!KeySlot::create(
            KeySlot::Kind(kind), id, version, RegisterId, key, SecretBytes::random(32),
            workstationSize > 0 ? &workstation : nullptr, KdfParams::forTests(), &error));
        QCOMPARE(error.kind, ErrorKind::Usage);
    }

    void twoSlotsOfOneKeyDiffer()
    {
        const auto a = userSlot(nullptr);
        const auto b = userSlot(nullptr);
        QVERIFY(a.salt() != b.salt());
        QVERIFY(a.nonce() != b.nonce());
        QVERIFY(a.ciphertext() != b.ciphertext());
    }

    // verify's check of slots whose owner is not the one logging in: the seal tag under the
    // register key covers every field and survives the JSON form.
    void sealTagCoversEveryField_data()
    {
        QTest::addColumn<QString>("field");
        for (const char* field : {"public_key", "sealed_key", "ciphertext", "nonce", "salt"})
            QTest::newRow(field) << QString::fromLatin1(field);
        QTest::newRow("version") << QStringLiteral("version");
        QTest::newRow("id") << QStringLiteral("id");
        QTest::newRow("created") << QStringLiteral("created");
    }

    void sealTagCoversEveryField()
    {
        QFETCH(QString, field);
        KeySlot slot = userSlot(nullptr);
        slot.setIdentity(randomBytes(KeySlot::PublicKeyBytes),
                         randomBytes(KeySlot::SealedKeyBytes));
        QVERIFY(slot.sealTag().isEmpty()); // a new identity clears the old tag
        const SecretBytes registerKey = SecretBytes::random(32);
        slot.setSealTag(slot.computeSealTag(registerKey));
        QCOMPARE(slot.sealTag().size(), qsizetype(KeySlot::SealTagBytes));

        Error error;
        const auto reread = KeySlot::fromJson(slot.toJson(), QStringLiteral("slot"), &error);
        QVERIFY2(reread, qPrintable(error.message));
        QCOMPARE(reread->sealTag(), slot.sealTag());
        QCOMPARE(reread->computeSealTag(registerKey), slot.sealTag());
        QVERIFY(reread->computeSealTag(SecretBytes::random(32)) != slot.sealTag());

        QJsonObject json = slot.toJson();
        const QJsonValue value = json.value(field);
        if (field == QLatin1String("version"))
            json.insert(field, value.toInt() + 1);
        else if (field == QLatin1String("id"))
            json.insert(field, QStringLiteral("mallory"));
        else if (field == QLatin1String("created"))
            json.insert(field, QStringLiteral("2020-01-01T00:00:00Z"));
        else
            json.insert(
                field,
                QString::fromLatin1(
                    flipped(QByteArray::fromBase64(value.toString().toLatin1()), 3).toBase64()));
        const auto altered = KeySlot::fromJson(json, QStringLiteral("slot"), &error);
        QVERIFY2(altered, qPrintable(error.message));
        QCOMPARE(altered->sealTag(), slot.sealTag());
        QVERIFY(altered->computeSealTag(registerKey) != altered->sealTag());
    }

    void sealTagIsOptionalButNeedsTheIdentity()
    {
        const KeySlot slot = userSlot(nullptr);
        Error error;
        // Slots written before tags were kept have none, and still parse.
        QVERIFY(!slot.toJson().contains(QLatin1String("seal_tag")));
        QVERIFY(KeySlot::fromJson(slot.toJson(), QStringLiteral("slot"), &error));
        QJsonObject json = slot.toJson();
        json.insert(QLatin1String("seal_tag"), QString::fromLatin1(QByteArray(32, 'x').toBase64()));
        QVERIFY(!KeySlot::fromJson(json, QStringLiteral("slot"), &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
    }

private:
    KeySlot userSlot(const SecretBytes* workstation)
    {
        Error error;
        auto slot =
            KeySlot::create(KeySlot::Kind::User, QStringLiteral("alice"), 1, RegisterId, m_dataKey,
                            secret("correct horse"), workstation, KdfParams::forTests(), &error);
        if (!slot)
            qFatal("could not create a test slot: %s", qPrintable(error.message));
        return *slot;
    }

    SecretBytes m_dataKey;
    SecretBytes m_workstation;
};

QTEST_GUILESS_MAIN(TestKeySlot)
#include "tst_keyslot.moc"

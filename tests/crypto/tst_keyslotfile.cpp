#include "crypto/KeySlotFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <sys/stat.h>

using namespace tallenne;

namespace {
const QString RegisterId = QStringLiteral("6f1c2a9e-4b3d-4e8f-9a51-2c7d8e0b1f34");

SecretBytes secret(const char* text)
{
    QByteArray bytes(text);
    return SecretBytes::fromBytes(bytes);
}

using Edit = std::function<void(QJsonObject&)>;

/// Applies `edit` to the object at slots[index].
Edit editSlot(int index, const std::function<void(QJsonObject&)>& edit)
{
    return [index, edit](QJsonObject& root) {
        QJsonArray slotArray = root.value(QLatin1String("slots")).toArray();
        QJsonObject slot = slotArray.at(index).toObject();
        edit(slot);
        slotArray.replace(index, slot);
        root.insert(QStringLiteral("slots"), slotArray);
    };
}
} // namespace

Q_DECLARE_METATYPE(Edit)

class TestKeySlotFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(initialiseSodium());
        QVERIFY(m_dir.isValid());
        m_dataKey = SecretBytes::random(32);
    }

    void roundTrip()
    {
        KeySlotFile file = sampleFile();
        file.recordFailure(QStringLiteral("bob"),
                           QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC));
        file.setLockedUntil(QStringLiteral("bob"),
                            QDateTime(QDate(2026, 1, 15), QTime(9, 1), Qt::UTC));
        file.setAuditAnchor({42, QByteArray(32, '\x5a')});
        file.setBindingEnabled(true);
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.json"));
        Error error;
        QVERIFY2(file.save(path, &error), qPrintable(error.message));

        const auto loaded = KeySlotFile::load(path, &error);
        QVERIFY2(loaded, qPrintable(error.message));
        QCOMPARE(loaded->registerId(), RegisterId);
        QCOMPARE(loaded->keySlots().size(), 3);
        QCOMPARE(loaded->auditAnchor(), (AuditAnchor{42, QByteArray(32, '\x5a')}));
        QVERIFY(loaded->bindingEnabled());
        QCOMPARE(loaded->lockout(QStringLiteral("bob")), file.lockout(QStringLiteral("bob")));
        QCOMPARE(loaded->toJson(), file.toJson());

        const KeySlot* alice = loaded->findSlot(KeySlot::Kind::User, QStringLiteral("alice"));
        QVERIFY(alice);
        QVERIFY(alice->unwrap(RegisterId, secret("alice pw"), nullptr, nullptr).equals(m_dataKey));
        QVERIFY(!loaded->findSlot(KeySlot::Kind::Recovery, QStringLiteral("alice")));
        QVERIFY(!QByteArray(file.toJson()).contains(QByteArray("alice pw")));
    }

    void ownerOnlyPermissions()
    {
        const QString path = m_dir.filePath(QStringLiteral("mode.json"));
        // A pre-existing world-readable file must not pass its mode on.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                   QFileDevice::ReadOther | QFileDevice::ReadGroup));
        Error error;
        QVERIFY2(sampleFile().save(path, &error), qPrintable(error.message));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).filter(QStringLiteral("mode")).size(),
                 1); // no temporary left behind
    }

    void slotMutators()
    {
        KeySlotFile file = sampleFile();
        Error error;
        const KeySlot alice = *file.findSlot(KeySlot::Kind::User, QStringLiteral("alice"));
        QVERIFY(!file.addSlot(alice, &error));
        QCOMPARE(error.kind, ErrorKind::Usage);
        QVERIFY(file.replaceSlot(alice, &error));
        QVERIFY(file.removeSlot(KeySlot::Kind::User, QStringLiteral("alice")));
        QVERIFY(!file.removeSlot(KeySlot::Kind::User, QStringLiteral("alice")));
        QVERIFY(!file.replaceSlot(alice, &error));
        QVERIFY(file.addSlot(alice, &error));
        QCOMPARE(file.keySlots().size(), 3);
    }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("raw");   // used when not empty
        QTest::addColumn<Edit>("edit");        // applied to a valid file otherwise
        QTest::addColumn<QString>("expected"); // must appear in the message

        const Edit none = [](QJsonObject&) {
        };
        const auto raw = [this](qsizetype keep) {
            return sampleFile().toJson().left(keep);
        };
        QTest::newRow("empty") << QByteArray(" ") << none << QStringLiteral("not valid JSON");
        QTest::newRow("truncated") << raw(200) << none << QStringLiteral("not valid JSON");
        QTest::newRow("not JSON") << QByteArray("register=yes\n") << none
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("trailing junk")
            << QByteArray(sampleFile().toJson() + "}}") << none << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << none << QStringLiteral("not a JSON object");
        QTest::newRow("wrong format") << QByteArray() << Edit([](QJsonObject& r) {
            r.insert(QStringLiteral("format"), QStringLiteral("tallenne.keyslots/2"));
        }) << QStringLiteral("format: \"tallenne.keyslots/2\" is not a format");
        QTest::newRow("missing format")
            << QByteArray() << Edit([](QJsonObject& r) { r.remove(QStringLiteral("format")); })
            << QStringLiteral("format: missing");
        QTest::newRow("missing register_id")
            << QByteArray() << Edit([](QJsonObject& r) { r.remove(QStringLiteral("register_id")); })
            << QStringLiteral("register_id: missing");
        QTest::newRow("register_id not a uuid") << QByteArray() << Edit([](QJsonObject& r) {
            r.insert(QStringLiteral("register_id"), QStringLiteral("my-register"));
        }) << QStringLiteral("register_id: not a lower-case UUID");
        QTest::newRow("unknown top-level field")
            << QByteArray() << Edit([](QJsonObject& r) { r.insert(QStringLiteral("extra"), 1); })
            << QStringLiteral("extra: unknown field");
        QTest::newRow("slots not a list") << QByteArray() << Edit([](QJsonObject& r) {
            r.insert(QStringLiteral("slots"), QJsonObject());
        }) << QStringLiteral("slots: not a list");
        QTest::newRow("bad base64 nonce") << QByteArray() << editSlot(2, [](QJsonObject& s) {
            s.insert(QStringLiteral("nonce"), QStringLiteral("!!!not base64!!!"));
        }) << QStringLiteral("slots[2].nonce: not valid base64 of 24 bytes");
        QTest::newRow("short nonce") << QByteArray() << editSlot(2, [](QJsonObject& s) {
            s.insert(QStringLiteral("nonce"), QString::fromLatin1(QByteArray(23, 'n').toBase64()));
        }) << QStringLiteral("slots[2].nonce: not valid base64 of 24 bytes");
        QTest::newRow("short ciphertext") << QByteArray() << editSlot(0, [](QJsonObject& s) {
            s.insert(QStringLiteral("ciphertext"),
                     QString::fromLatin1(QByteArray(47, 'c').toBase64()));
        }) << QStringLiteral("slots[0].ciphertext: not valid base64 of 48 bytes");
        QTest::newRow("salt missing")
            << QByteArray() << editSlot(1, [](QJsonObject& s) { s.remove(QStringLiteral("salt")); })
            << QStringLiteral("slots[1].salt: missing");
        QTest::newRow("duplicate slot") << QByteArray() << Edit([](QJsonObject& r) {
            QJsonArray a = r.value(QLatin1String("slots")).toArray();
            a.append(a.at(0));
            r.insert(QStringLiteral("slots"), a);
        }) << QStringLiteral("slots[3]: duplicate of slots[0]");
        QTest::newRow("version is a string") << QByteArray() << editSlot(0, [](QJsonObject& s) {
            s.insert(QStringLiteral("version"), QStringLiteral("1"));
        }) << QStringLiteral("slots[0].version: not a whole number");
        QTest::newRow("version is fractional") << QByteArray() << editSlot(0, [](QJsonObject& s) {
            s.insert(QStringLiteral("version"), 1.5);
        }) << QStringLiteral("slots[0].version: not a whole number");
        QTest::newRow("bound is a number") << QByteArray() << editSlot(0, [](QJsonObject& s) {
            s.insert(QStringLiteral("bound"), 1);
        }) << QStringLiteral("slots[0].bound: not true or false");
        QTest::newRow("unknown kind") << QByteArray() << editSlot(0, [](QJsonObject& s) {
            s.insert(QStringLiteral("kind"), QStringLiteral("admin"));
        }) << QStringLiteral("slots[0].kind:");
        QTest::newRow("recovery slot with a user id")
            << QByteArray()
            << editSlot(
                   1,
                   [](QJsonObject& s) { s.insert(QStringLiteral("id"), QStringLiteral("alice")); })
            << QStringLiteral("slots[1].id:");
        QTest::newRow("extra slot field") << QByteArray() << editSlot(0, [](QJsonObject& s) {
            s.insert(QStringLiteral("password"), QStringLiteral("x"));
        }) << QStringLiteral("slots[0].password: unknown field");
        const auto kdfEdit = [](const char* key, const QJsonValue& v) {
            return editSlot(0, [key, v](QJsonObject& s) {
                QJsonObject kdf = s.value(QLatin1String("kdf")).toObject();
                kdf.insert(QLatin1String(key), v);
                s.insert(QStringLiteral("kdf"), kdf);
            });
        };
        QTest::newRow("kdf ops 0") << QByteArray() << kdfEdit("ops_limit", 0)
                                   << QStringLiteral("slots[0].kdf.ops_limit: 0 is outside 1–20");
        QTest::newRow("kdf ops 1000") << QByteArray() << kdfEdit("ops_limit", 1000)
                                      << QStringLiteral("slots[0].kdf.ops_limit: 1000 is outside");
        QTest::newRow("kdf mem 1 KiB") << QByteArray() << kdfEdit("mem_limit_bytes", 1024)
                                       << QStringLiteral("slots[0].kdf.mem_limit_bytes: 1024");
        QTest::newRow("kdf mem 1 TiB")
            << QByteArray() << kdfEdit("mem_limit_bytes", double(1ULL << 40))
            << QStringLiteral("slots[0].kdf.mem_limit_bytes:");
        QTest::newRow("kdf alg argon2i")
            << QByteArray() << kdfEdit("alg", QStringLiteral("argon2i13"))
            << QStringLiteral("slots[0].kdf.alg: unknown algorithm");
        QTest::newRow("kdf on unattended slot") << QByteArray() << Edit([](QJsonObject& r) {
            QJsonArray a = r.value(QLatin1String("slots")).toArray();
            QJsonObject user = a.at(0).toObject();
            QJsonObject unattended = a.at(2).toObject();
            unattended.insert(QStringLiteral("kdf"), user.value(QLatin1String("kdf")));
            a.replace(2, unattended);
            r.insert(QStringLiteral("slots"), a);
        }) << QStringLiteral("slots[2].kdf:");
        QTest::newRow("created not UTC") << QByteArray() << editSlot(0, [](QJsonObject& s) {
            s.insert(QStringLiteral("created"), QStringLiteral("2026-01-15T09:00:00+02:00"));
        }) << QStringLiteral("slots[0].created: not a UTC time");
        QTest::newRow("lockout failures negative") << QByteArray() << Edit([](QJsonObject& r) {
            QJsonObject bob{{QStringLiteral("failures"), -1},
                            {QStringLiteral("locked_until"), QJsonValue::Null},
                            {QStringLiteral("failed_at"), QJsonArray()}};
            r.insert(QStringLiteral("lockout"), QJsonObject{{QStringLiteral("bob"), bob}});
        }) << QStringLiteral("lockout entry 1.failures: -1 is outside");
        QTest::newRow("lockout bad time") << QByteArray() << Edit([](QJsonObject& r) {
            QJsonObject bob{{QStringLiteral("failures"), 1},
                            {QStringLiteral("locked_until"), QJsonValue::Null},
                            {QStringLiteral("failed_at"), QJsonArray{QStringLiteral("yesterday")}}};
            r.insert(QStringLiteral("lockout"), QJsonObject{{QStringLiteral("bob"), bob}});
        }) << QStringLiteral("lockout entry 1.failed_at[0]: not a UTC time");
        QTest::newRow("anchor hash short") << QByteArray() << Edit([](QJsonObject& r) {
            r.insert(QStringLiteral("audit_anchor"),
                     QJsonObject{{QStringLiteral("sequence"), 3},
                                 {QStringLiteral("hash"), QStringLiteral("abcd")}});
        }) << QStringLiteral("audit_anchor.hash: not 32 bytes of hexadecimal");
        QTest::newRow("binding missing")
            << QByteArray() << Edit([](QJsonObject& r) { r.remove(QStringLiteral("binding")); })
            << QStringLiteral("binding: missing");
        QTest::newRow("binding enabled a string") << QByteArray() << Edit([](QJsonObject& r) {
            r.insert(QStringLiteral("binding"),
                     QJsonObject{{QStringLiteral("enabled"), QStringLiteral("yes")}});
        }) << QStringLiteral("binding.enabled: not true or false");
    }

    void damaged()
    {
        QFETCH(QByteArray, raw);
        QFETCH(Edit, edit);
        QFETCH(QString, expected);
        QByteArray content = raw;
        if (content.isEmpty()) {
            QJsonObject root = QJsonDocument::fromJson(sampleFile().toJson()).object();
            edit(root);
            content = QJsonDocument(root).toJson();
        }
        const QString path = m_dir.filePath(QStringLiteral("damaged.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), content.size());
        file.close();

        Error error;
        QVERIFY(!KeySlotFile::load(path, &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("damaged.json")), qPrintable(error.message));
    }

    void missingFile()
    {
        Error error;
        QVERIFY(!KeySlotFile::load(m_dir.filePath(QStringLiteral("absent.json")), &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
    }

    // A one-byte edit of a slot's ciphertext in the file on disk keeps it shut.
    void editedCiphertextOnDiskIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("edited.json"));
        Error error;
        QVERIFY(sampleFile().save(path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray content = file.readAll();
        file.close();

        const KeySlot* alice =
            sampleFileCache().findSlot(KeySlot::Kind::User, QStringLiteral("alice"));
        const QByteArray b64 = alice->ciphertext().toBase64();
        const qsizetype at = content.indexOf(b64);
        QVERIFY(at > 0);
        // Change one base64 character in the middle (so the value still decodes to 48 bytes).
        const qsizetype pos = at + 10;
        content[pos] = content[pos] == 'A' ? 'B' : 'A';
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();

        const auto loaded = KeySlotFile::load(path, &error);
        QVERIFY2(loaded, qPrintable(error.message));
        const KeySlot* edited = loaded->findSlot(KeySlot::Kind::User, QStringLiteral("alice"));
        QVERIFY(edited);
        QVERIFY(edited->unwrap(RegisterId, secret("alice pw"), nullptr, &error).isNull());
        QCOMPARE(error.kind, ErrorKind::Authentication);
    }

    void throttle()
    {
        KeySlotFile file = sampleFile();
        ManualClock clock;
        LoginThrottle throttle(file, clock);
        const QString alice = QStringLiteral("alice");

        for (int i = 1; i <= LoginThrottle::FreeFailures - 1; ++i) {
            QVERIFY2(!throttle.blockedUntil(alice), "no delay before the fifth failure");
            throttle.recordFailure(alice);
            clock.advanceSeconds(1);
        }
        QVERIFY(!throttle.blockedUntil(alice));
        throttle.recordFailure(alice); // the fifth: from now on every failure costs time
        const QDateTime fifth = clock.nowUtc();
        QCOMPARE(throttle.blockedUntil(alice), std::optional(fifth.addSecs(30)));
        QVERIFY(!throttle.blockedUntil(QStringLiteral("bob"))); // per name

        clock.advanceSeconds(29);
        QVERIFY(throttle.blockedUntil(alice)); // the sixth attempt must wait
        clock.advanceSeconds(1);
        QVERIFY(!throttle.blockedUntil(alice));

        // Each further failure doubles the delay up to the cap.
        qint64 previous = 30;
        for (int failure = 6; failure <= 12; ++failure) {
            throttle.recordFailure(alice);
            const QDateTime now = clock.nowUtc();
            const qint64 delay = now.secsTo(*throttle.blockedUntil(alice));
            QCOMPARE(delay, std::min<qint64>(previous * 2, LoginThrottle::MaxDelaySeconds));
            previous = delay;
            clock.advanceSeconds(delay);
            QVERIFY(!throttle.blockedUntil(alice));
        }
        QCOMPARE(previous, LoginThrottle::MaxDelaySeconds);
        QCOMPARE(file.failures(alice), 12);
        QCOMPARE(file.failedAttempts(alice).size(), 12);

        // Persisted through save and load.
        const QString path = m_dir.filePath(QStringLiteral("throttle.json"));
        throttle.recordFailure(alice);
        const QDateTime lockedUntil = *throttle.blockedUntil(alice);
        Error error;
        QVERIFY(file.save(path, &error));
        auto loaded = KeySlotFile::load(path, &error);
        QVERIFY2(loaded, qPrintable(error.message));
        LoginThrottle reloaded(*loaded, clock);
        QCOMPARE(reloaded.blockedUntil(alice), std::optional(lockedUntil));
        QCOMPARE(loaded->failures(alice), 13);
        QCOMPARE(loaded->failedAttempts(alice), file.failedAttempts(alice));

        // Success clears the count and the lock; the times wait for the audit trail.
        reloaded.recordSuccess(alice);
        QVERIFY(!reloaded.blockedUntil(alice));
        QCOMPARE(loaded->failures(alice), 0);
        QCOMPARE(loaded->takeFailedAttempts(alice).size(), 13);
        QVERIFY(loaded->failedAttempts(alice).isEmpty());
        QVERIFY(!loaded->toJson().contains("alice\": {"));
        for (int i = 0; i < LoginThrottle::FreeFailures - 1; ++i)
            reloaded.recordFailure(alice);
        QVERIFY(!reloaded.blockedUntil(alice));
    }

    void delaySchedule()
    {
        QCOMPARE(LoginThrottle::delaySeconds(0), 0);
        QCOMPARE(LoginThrottle::delaySeconds(4), 0);
        QCOMPARE(LoginThrottle::delaySeconds(5), 30);
        QCOMPARE(LoginThrottle::delaySeconds(6), 60);
        QCOMPARE(LoginThrottle::delaySeconds(9), 480);
        QCOMPARE(LoginThrottle::delaySeconds(10), 900);
        QCOMPARE(LoginThrottle::delaySeconds(1000000), 900);
    }

    void failedTimesAreCapped()
    {
        KeySlotFile file(RegisterId);
        const QDateTime start(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < KeySlotFile::MaxFailedTimes + 20; ++i)
            file.recordFailure(QStringLiteral("x"), start.addSecs(i));
        QCOMPARE(file.failedAttempts(QStringLiteral("x")).size(), KeySlotFile::MaxFailedTimes);
        QCOMPARE(file.failedAttempts(QStringLiteral("x")).constLast(),
                 start.addSecs(KeySlotFile::MaxFailedTimes + 19));
        QCOMPARE(file.failures(QStringLiteral("x")), KeySlotFile::MaxFailedTimes + 20);
    }

private:
    /// Alice's user slot, the recovery slot and the unattended slot, in that order.
    const KeySlotFile& sampleFileCache()
    {
        if (!m_sample) {
            KeySlotFile file(RegisterId);
            Error error;
            const auto add = [&](KeySlot::Kind kind, const QString& id, const SecretBytes& s) {
                const auto slot = KeySlot::create(kind, id, 1, RegisterId, m_dataKey, s, nullptr,
                                                  KdfParams::forTests(), &error);
                if (!slot || !file.addSlot(*slot, &error))
                    qFatal("sample slot: %s", qPrintable(error.message));
            };
            add(KeySlot::Kind::User, QStringLiteral("alice"), secret("alice pw"));
            add(KeySlot::Kind::Recovery, QStringLiteral("recovery"), secret("RECOVERYCODE"));
            add(KeySlot::Kind::Unattended, QStringLiteral("unattended"), SecretBytes::random(32));
            m_sample = file;
        }
        return *m_sample;
    }
    KeySlotFile sampleFile() { return sampleFileCache(); }

    QTemporaryDir m_dir;
    SecretBytes m_dataKey;
    std::optional<KeySlotFile> m_sample;
};

QTEST_GUILESS_MAIN(TestKeySlotFile)
#include "tst_keyslotfile.moc"

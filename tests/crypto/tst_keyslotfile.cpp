#include "crypto/KeySlotFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <functional>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace tallenne;

namespace {
const QString RegisterId = QStringLiteral("6f1c2a9e-4b3d-4e8f-9a51-2c7d8e0b1f34");

SecretBytes secret(const char* text)
{
    QByteArray bytes(text);
    return SecretBytes::fromBytes(bytes);
}

using Edit = std::function<void(QJsonObject&)>;

/// Writes the file the way every writer must: under the register's lock.
bool saveLocked(const KeySlotFile& file, const QString& path, Error* error)
{
    const auto lock = KeySlotFileLock::acquire(path, error);
    return lock && file.save(*lock, path, error);
}

/// A lockout record of format 2 under a made-up tag.
Edit withRecord(const QJsonObject& record, const QString& tag = QString(32, QLatin1Char('a')))
{
    return [record, tag](QJsonObject& root) {
        QJsonObject lockout = root.value(QLatin1String("lockout")).toObject();
        lockout.insert(QStringLiteral("records"), QJsonObject{{tag, record}});
        root.insert(QStringLiteral("lockout"), lockout);
    };
}

QJsonObject record(const QJsonValue& failures, const QJsonArray& failedAt = {})
{
    return QJsonObject{{QStringLiteral("failures"), failures},
                       {QStringLiteral("locked_until"), QJsonValue::Null},
                       {QStringLiteral("failed_at"), failedAt}};
}

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
        file.recordFailure(QStringLiteral("bob.tester"),
                           QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC));
        file.setLockedUntil(QStringLiteral("bob.tester"),
                            QDateTime(QDate(2026, 1, 15), QTime(9, 1), Qt::UTC));
        file.setAuditAnchor({42, QByteArray(32, '\x5a')});
        file.setBindingEnabled(true);
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.json"));
        Error error;
        QVERIFY2(saveLocked(file, path, &error), qPrintable(error.message));

        const auto loaded = KeySlotFile::load(path, &error);
        QVERIFY2(loaded, qPrintable(error.message));
        QCOMPARE(loaded->registerId(), RegisterId);
        QCOMPARE(loaded->keySlots().size(), 3);
        QCOMPARE(loaded->auditAnchor(), (AuditAnchor{42, QByteArray(32, '\x5a')}));
        QVERIFY(loaded->bindingEnabled());
        QCOMPARE(loaded->lockout(QStringLiteral("bob.tester")),
                 file.lockout(QStringLiteral("bob.tester")));
        QCOMPARE(loaded->toJson(), file.toJson());

        const KeySlot* alice = loaded->findSlot(KeySlot::Kind::User, QStringLiteral("alice"));
        QVERIFY(alice);
        QVERIFY(alice->unwrap(RegisterId, secret("alice pw"), nullptr, nullptr).equals(m_dataKey));
        QVERIFY(!loaded->findSlot(KeySlot::Kind::Recovery, QStringLiteral("alice")));
        QVERIFY(!QByteArray(file.toJson()).contains(QByteArray("alice pw")));
        // A name with a character outside base64's alphabet: a short one such as "bob" turns up
        // in the random base64 of salts and ciphertexts now and then (a CI run failed on it).
        QVERIFY(!QByteArray(file.toJson()).contains(QByteArray("bob.tester")));
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
        QVERIFY2(saveLocked(sampleFile(), path, &error), qPrintable(error.message));
        for (const QString& written : {path, KeySlotFileLock::lockFilePath(path)}) {
            struct stat st
            {
            };
            QCOMPARE(::stat(QFile::encodeName(written).constData(), &st), 0);
            QCOMPARE(st.st_mode & 0777, mode_t(0600));
        }
        // No temporary left behind; the lock file stays (removing it would be a race).
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).filter(QStringLiteral("mode")),
                 QStringList({QStringLiteral("mode.json"), QStringLiteral("mode.json.lock")}));

        // update() keeps the mode too, on a file that was world-readable.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadOther));
        QVERIFY2(KeySlotFile::update(
                     path,
                     [](KeySlotFile& f, Error*) {
                         return f.removeSlot(KeySlot::Kind::User, QStringLiteral("alice"));
                     },
                     &error),
                 qPrintable(error.message));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
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
            r.insert(QStringLiteral("format"), QStringLiteral("tallenne.keyslots/3"));
        }) << QStringLiteral("format: \"tallenne.keyslots/3\" is not a format");
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
        const QString tagPath = QStringLiteral("lockout.records entry 1");
        QTest::newRow("lockout failures negative")
            << QByteArray() << withRecord(record(-1))
            << tagPath + QStringLiteral(".failures: -1 is outside");
        QTest::newRow("lockout bad time")
            << QByteArray() << withRecord(record(1, {QStringLiteral("yesterday")}))
            << tagPath + QStringLiteral(".failed_at[0]: not a UTC time");
        QJsonArray tooMany;
        for (int i = 0; i <= KeySlotFile::MaxFailedTimes; ++i)
            tooMany.append(QStringLiteral("2026-01-15T09:00:00Z"));
        QTest::newRow("lockout too many times")
            << QByteArray() << withRecord(record(1, tooMany))
            << tagPath + QStringLiteral(".failed_at: more than 100 entries");
        QTest::newRow("lockout tag is a name")
            << QByteArray() << withRecord(record(1), QStringLiteral("bob"))
            << QStringLiteral("lockout.records entry 1: not 16 bytes of hexadecimal");
        QTest::newRow("lockout tag in upper case")
            << QByteArray() << withRecord(record(1), QString(32, QLatin1Char('A')))
            << QStringLiteral("lockout.records entry 1: not lower-case hexadecimal");
        QTest::newRow("lockout salt short") << QByteArray() << Edit([](QJsonObject& r) {
            QJsonObject lockout = r.value(QLatin1String("lockout")).toObject();
            lockout.insert(QStringLiteral("salt"),
                           QString::fromLatin1(QByteArray(16, 's').toBase64()));
            r.insert(QStringLiteral("lockout"), lockout);
        }) << QStringLiteral("lockout.salt: not valid base64 of 32 bytes");
        QTest::newRow("lockout names in format 2") << QByteArray() << Edit([](QJsonObject& r) {
            r.insert(QStringLiteral("lockout"), QJsonObject{{QStringLiteral("bob"), record(1)}});
        }) << QStringLiteral("lockout: a field other than salt and records");
        // Format 1: names in clear, named by position in messages.
        const auto previous = [](const QJsonObject& lockout) {
            return Edit([lockout](QJsonObject& r) {
                r.insert(QStringLiteral("format"), QStringLiteral("tallenne.keyslots/1"));
                r.insert(QStringLiteral("lockout"), lockout);
            });
        };
        QTest::newRow("format 1 lockout failures negative")
            << QByteArray() << previous({{QStringLiteral("bob"), record(-1)}})
            << QStringLiteral("lockout entry 1.failures: -1 is outside");
        QTest::newRow("format 1 lockout bad time")
            << QByteArray()
            << previous({{QStringLiteral("bob"), record(1, {QStringLiteral("yesterday")})}})
            << QStringLiteral("lockout entry 1.failed_at[0]: not a UTC time");
        QTest::newRow("format 1 empty name") << QByteArray() << previous({{QString(), record(1)}})
                                             << QStringLiteral("lockout entry 1: empty user name");
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
        // A name in the lockout records stays out of the message.
        QVERIFY2(!error.message.contains(QLatin1String("bob")), qPrintable(error.message));
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
        QVERIFY(saveLocked(sampleFile(), path, &error));
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
        QVERIFY(saveLocked(file, path, &error));
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
        QCOMPARE(loaded->lockout(alice), LockoutState{});
        QCOMPARE(loaded->lockoutRecords(), 0);
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
        KeySlotFile file = sampleFile();
        const QDateTime start(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC);
        const QString alice = QStringLiteral("alice"); // a user: the times wait for the audit
        const QString x = QStringLiteral("x");         // no user: only the last time is kept
        for (int i = 0; i < KeySlotFile::MaxFailedTimes + 20; ++i) {
            file.recordFailure(alice, start.addSecs(i));
            file.recordFailure(x, start.addSecs(i));
        }
        QCOMPARE(file.failedAttempts(alice).size(), KeySlotFile::MaxFailedTimes);
        QCOMPARE(file.failedAttempts(alice).constLast(),
                 start.addSecs(KeySlotFile::MaxFailedTimes + 19));
        QCOMPARE(file.failures(alice), KeySlotFile::MaxFailedTimes + 20);
        QCOMPARE(file.failedAttempts(x),
                 QList<QDateTime>{start.addSecs(KeySlotFile::MaxFailedTimes + 19)});
        QCOMPARE(file.failures(x), KeySlotFile::MaxFailedTimes + 20);
    }

    // The records are found by name but store no name: not the one typed, not a password
    // typed into the name field. The needles hold characters no base64 or hex has (a short
    // ASCII needle turns up in the file's random salts and tags now and then).
    void namesNeverReachTheFile()
    {
        KeySlotFile file = sampleFile();
        ManualClock clock;
        LoginThrottle throttle(file, clock);
        const QString typedPassword = QStringLiteral("Kesä-sauna 2026! (salasana)");
        throttle.recordFailure(typedPassword);
        throttle.recordFailure(QStringLiteral("bob.tester"));
        throttle.recordFailure(QStringLiteral("bob.tester"));
        QCOMPARE(file.failures(QStringLiteral("bob.tester")), 2); // same name, same record
        QCOMPARE(file.failures(typedPassword), 1);
        QCOMPARE(file.failures(QStringLiteral("Bob.tester")), 0); // names are compared as typed
        QCOMPARE(file.lockoutRecords(), 2);

        const QByteArray json = file.toJson();
        for (const QByteArray& needle :
             {typedPassword.toUtf8(), QString(QStringLiteral("Kesä")).toUtf8(),
              QByteArray("salasana"), QByteArray("bob.tester")})
            QVERIFY2(!json.contains(needle), needle.constData());

        // Through a save and a load the records still answer to the names.
        const QString path = m_dir.filePath(QStringLiteral("anonymous.json"));
        Error error;
        QVERIFY(saveLocked(file, path, &error));
        const auto loaded = KeySlotFile::load(path, &error);
        QVERIFY2(loaded, qPrintable(error.message));
        QCOMPARE(loaded->failures(QStringLiteral("bob.tester")), 2);
        QCOMPARE(loaded->failures(typedPassword), 1);

        // Another register has another salt: the same name gets another tag.
        LockoutTable a;
        LockoutTable b;
        QVERIFY(a.tag(QStringLiteral("bob.tester")) != b.tag(QStringLiteral("bob.tester")));
        QCOMPARE(a.tag(QStringLiteral("bob.tester")), a.tag(QStringLiteral("bob.tester")));
        QCOMPARE(a.tag(QStringLiteral("bob.tester")).size(), qsizetype(LockoutTable::TagBytes));
    }

    // Many names: at most MaxRecords count, the newest stays, the file stays small.
    void recordsAreBounded()
    {
        KeySlotFile file = sampleFile();
        ManualClock clock;
        LoginThrottle throttle(file, clock);
        for (int i = 0; i < 3; ++i)
            throttle.recordFailure(QStringLiteral("alice")); // a user: her times are kept
        throttle.recordFailure(QStringLiteral("bob"));       // not a user
        for (int i = 0; i < LockoutTable::MaxRecords + 500; ++i) {
            clock.advanceSeconds(1);
            throttle.recordFailure(QStringLiteral("flood-%1").arg(i));
            QVERIFY(file.lockoutRecords() <= LockoutTable::MaxRecords);
            QCOMPARE(file.failures(QStringLiteral("flood-%1").arg(i)), 1);
        }
        QCOMPARE(file.lockoutRecords(), LockoutTable::MaxRecords);
        // The oldest were reset: their throttle starts afresh, whether the name exists or not.
        QCOMPARE(file.failures(QStringLiteral("bob")), 0);
        QCOMPARE(file.failures(QStringLiteral("alice")), 0);
        QCOMPARE(file.failures(QStringLiteral("flood-0")), 0);
        QCOMPARE(file.failures(QStringLiteral("flood-500")), 1);
        // Only a user's failed attempts outlive the reset, for the audit trail.
        QCOMPARE(file.failedAttempts(QStringLiteral("alice")).size(), 3);
        QVERIFY(file.failedAttempts(QStringLiteral("bob")).isEmpty());
        const qsizetype bytes = file.toJson().size();
        QVERIFY2(bytes < 256 * 1024, qPrintable(QString::number(bytes)));
        qInfo("%d records: %lld bytes", file.lockoutRecords(), qlonglong(bytes));
    }

    // A locked record is pushed out like any other, only by MaxRecords newer failures.
    void theRecordJustCountedIsNeverEvicted()
    {
        KeySlotFile file = sampleFile();
        ManualClock clock;
        LoginThrottle throttle(file, clock);
        for (int i = 0; i < LockoutTable::MaxRecords; ++i)
            throttle.recordFailure(QStringLiteral("newer-%1").arg(i));
        clock.advanceSeconds(-3600); // the next failure is older than all the others
        for (int i = 0; i < LoginThrottle::FreeFailures; ++i)
            throttle.recordFailure(QStringLiteral("bob"));
        QVERIFY(throttle.blockedUntil(QStringLiteral("bob")));
        QCOMPARE(file.lockoutRecords(), LockoutTable::MaxRecords);
    }

    void recordsExpireAfterADay()
    {
        KeySlotFile file = sampleFile();
        ManualClock clock;
        LoginThrottle throttle(file, clock);
        for (int i = 0; i < 7; ++i)
            throttle.recordFailure(QStringLiteral("alice"));
        throttle.recordFailure(QStringLiteral("bob"));
        QVERIFY(throttle.blockedUntil(QStringLiteral("alice")));

        clock.advanceSeconds(LockoutTable::RecordLifetimeSeconds - 1);
        throttle.recordFailure(QStringLiteral("carol"));
        QCOMPARE(file.failures(QStringLiteral("alice")), 7);
        QCOMPARE(file.failures(QStringLiteral("bob")), 1);
        clock.advanceSeconds(2);
        throttle.recordFailure(QStringLiteral("carol"));
        QCOMPARE(file.failures(QStringLiteral("bob")), 0);
        // A lock counts as activity until it ends: Alice's (2 min after her seventh failure)
        // keeps her record a little longer.
        QCOMPARE(file.failures(QStringLiteral("alice")), 7);
        clock.advanceSeconds(LoginThrottle::delaySeconds(7));
        throttle.recordFailure(QStringLiteral("carol"));
        QCOMPARE(file.lockoutRecords(), 1);
        QCOMPARE(file.failures(QStringLiteral("bob")), 0);
        // Alice's count starts afresh; her attempt times wait for her next login.
        QCOMPARE(file.failures(QStringLiteral("alice")), 0);
        QCOMPARE(file.failedAttempts(QStringLiteral("alice")).size(), 7);
        throttle.recordFailure(QStringLiteral("alice"));
        QCOMPARE(file.failures(QStringLiteral("alice")), 1);
        QVERIFY(!throttle.blockedUntil(QStringLiteral("alice")));
        QCOMPARE(file.failedAttempts(QStringLiteral("alice")).size(), 8);
    }

    // Format 1 kept names in clear; it is read, and the next write stores none.
    void previousFormatIsConverted()
    {
        const QString typedPassword = QStringLiteral("correct horse battery staple");
        const QDateTime at(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC);
        QJsonObject root = QJsonDocument::fromJson(sampleFile().toJson()).object();
        root.insert(QStringLiteral("format"), QStringLiteral("tallenne.keyslots/1"));
        QJsonObject lockout;
        lockout.insert(QStringLiteral("alice"),
                       QJsonObject{{QStringLiteral("failures"), 3},
                                   {QStringLiteral("locked_until"), QJsonValue::Null},
                                   {QStringLiteral("failed_at"),
                                    QJsonArray{QStringLiteral("2026-01-15T09:00:00Z"),
                                               QStringLiteral("2026-01-15T09:00:01Z"),
                                               QStringLiteral("2026-01-15T09:00:02Z")}}});
        lockout.insert(
            typedPassword,
            QJsonObject{
                {QStringLiteral("failures"), 5},
                {QStringLiteral("locked_until"), QStringLiteral("2026-01-15T09:01:00Z")},
                {QStringLiteral("failed_at"), QJsonArray{QStringLiteral("2026-01-15T09:00:30Z"),
                                                         QStringLiteral("2026-01-15T09:00:31Z")}}});
        root.insert(QStringLiteral("lockout"), lockout);
        const QByteArray v1 = QJsonDocument(root).toJson();
        QVERIFY(v1.contains(typedPassword.toUtf8()));
        const QString path = m_dir.filePath(QStringLiteral("format1.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(out.write(v1), v1.size());
        out.close();

        Error error;
        auto loaded = KeySlotFile::load(path, &error);
        QVERIFY2(loaded, qPrintable(error.message));
        QCOMPARE(loaded->failures(QStringLiteral("alice")), 3);
        QCOMPARE(loaded->failedAttempts(QStringLiteral("alice")).size(), 3);
        QCOMPARE(loaded->failures(typedPassword), 5);
        QCOMPARE(loaded->lockedUntil(typedPassword), std::optional(at.addSecs(60)));
        QCOMPARE(loaded->failedAttempts(typedPassword).size(), 1); // not a user: the last one
        QCOMPARE(loaded->keySlots().size(), 3);

        // Any locked write converts it.
        QVERIFY2(KeySlotFile::update(
                     path, [](KeySlotFile&, Error*) { return true; }, &error),
                 qPrintable(error.message));
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray v2 = in.readAll();
        QVERIFY(v2.contains(KeySlotFile::FormatName));
        QVERIFY(!v2.contains(typedPassword.toUtf8()));
        QVERIFY(!v2.contains("horse"));
        const auto converted = KeySlotFile::load(path, &error);
        QVERIFY2(converted, qPrintable(error.message));
        QCOMPARE(converted->failures(QStringLiteral("alice")), 3);
        QCOMPARE(converted->failures(typedPassword), 5);
        QCOMPARE(converted->lockedUntil(typedPassword), std::optional(at.addSecs(60)));
    }

    // update() re-reads under the lock, so parallel read-modify-writes all count.
    void parallelUpdatesLoseNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("parallel.json"));
        Error error;
        QVERIFY(saveLocked(sampleFile(), path, &error));
        constexpr int Threads = 4;
        constexpr int Each = 25;
        // flock is not fair: on a loaded machine (or under the sanitizers) one thread can wait
        // out the default 10 s while the others take turns. What is tested is that no update
        // is lost, not how long the lock is waited for.
        constexpr std::chrono::milliseconds Patient{120000};
        std::atomic<int> failed{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < Threads; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < Each; ++i) {
                    Error e;
                    const bool ok = KeySlotFile::update(
                        path,
                        [](KeySlotFile& f, Error*) {
                            f.recordFailure(QStringLiteral("alice"),
                                            QDateTime::currentDateTimeUtc());
                            return true;
                        },
                        &e, Patient);
                    if (!ok)
                        ++failed;
                }
            });
        }
        for (std::thread& t : threads)
            t.join();
        QCOMPARE(failed.load(), 0);
        const auto loaded = KeySlotFile::load(path, &error);
        QVERIFY2(loaded, qPrintable(error.message));
        QCOMPARE(loaded->failures(QStringLiteral("alice")), Threads * Each);
    }

    void aChangeThatFailsWritesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("refused.json"));
        Error error;
        QVERIFY(saveLocked(sampleFile(), path, &error));
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray content = before.readAll();
        before.close();
        QVERIFY(!KeySlotFile::update(
            path,
            [](KeySlotFile& f, Error* e) {
                f.removeSlot(KeySlot::Kind::User, QStringLiteral("alice"));
                return fail(e, ErrorKind::RefusedByRule, QStringLiteral("no"));
            },
            &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), content);
    }

    // Another process holds the lock: a clear Environment error after the timeout; once that
    // process is killed, the kernel has dropped its lock.
    void lockHeldByAnotherProcess()
    {
        const QString path = m_dir.filePath(QStringLiteral("held.json"));
        Error error;
        QVERIFY(saveLocked(sampleFile(), path, &error));
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        const QByteArray lockFile = QFile::encodeName(KeySlotFileLock::lockFilePath(path));
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // Only async-signal-safe calls in the child.
            const int fd = ::open(lockFile.constData(), O_RDWR);
            if (fd < 0 || ::flock(fd, LOCK_EX) != 0)
                ::_exit(1);
            const char one = '1';
            if (::write(ready[1], &one, 1) != 1)
                ::_exit(1);
            for (;;)
                ::pause();
        }
        ::close(ready[1]);
        char got = 0;
        QCOMPARE(::read(ready[0], &got, 1), ssize_t(1)); // the child holds the lock now
        ::close(ready[0]);

        QElapsedTimer timer;
        timer.start();
        const auto noop = [](KeySlotFile&, Error*) {
            return true;
        };
        QVERIFY(!KeySlotFile::update(path, noop, &error, std::chrono::milliseconds(300)));
        QVERIFY(timer.elapsed() >= 300);
        QCOMPARE(error.kind, ErrorKind::Environment);
        QVERIFY2(error.message.contains(QStringLiteral("Another Tallenne process")),
                 qPrintable(error.message));

        QCOMPARE(::kill(child, SIGKILL), 0); // a holder that crashes
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY2(KeySlotFile::update(path, noop, &error, std::chrono::milliseconds(300)),
                 qPrintable(error.message));
    }

    void nestedWriteFailsAtOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("nested.json"));
        Error error;
        QVERIFY(saveLocked(sampleFile(), path, &error));
        QElapsedTimer timer;
        timer.start();
        Error inner;
        QVERIFY(!KeySlotFile::update(
            path,
            [&](KeySlotFile&, Error*) {
                return KeySlotFile::update(
                    path, [](KeySlotFile&, Error*) { return true; }, &inner);
            },
            &error));
        QCOMPARE(inner.kind, ErrorKind::Usage);
        QVERIFY(timer.elapsed() < 5000);
        // And the lock is free again afterwards.
        QVERIFY(KeySlotFile::update(
            path, [](KeySlotFile&, Error*) { return true; }, &error));
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

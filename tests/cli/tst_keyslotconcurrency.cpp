// keyslots.json under parallel tallenne-admin processes: failed logins, successful logins,
// audited actions and a password change at once, several rounds. Every failed attempt must be
// counted (in the file, then in the audit trail), no password change may be reverted, the
// audit anchor may never move backwards, and verify must pass. Without the lock of
// KeySlotFile::update() this fails: parallel writers overwrite each other's copies.

#include "crypto/KeySlotFile.h"
#include "services/UserService.h"
#include "support/AdminProcess.h"
#include "support/TestRegister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <memory>
#include <vector>

using namespace tallenne;
using namespace tallenne::test;

namespace {

constexpr int Rounds = 3;
const QStringList Users = {QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3"),
                           QStringLiteral("u4")};

/// One tallenne-admin process started in the background.
struct Job
{
    QString what;
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    int code = -1;
    QString err;
};

} // namespace

class TestKeySlotConcurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    QMap<QString, QByteArray> m_passwords;
    qint64 m_highestAnchor = 0;
    int m_anchorReads = 0;

    QStringList as(const QString& user, const QStringList& rest) const
    {
        return QStringList{QStringLiteral("--register"), m_paths.folder, QStringLiteral("--user"),
                           user, QStringLiteral("--password-stdin")} +
               rest;
    }

    void start(std::vector<Job>& jobs, const QString& what, const QStringList& args,
               const QByteArray& input)
    {
        Job job;
        job.what = what;
        job.process->start(QStringLiteral(TALLENNE_BIN_DIR "/tallenne-admin"), args);
        job.process->write(input);
        job.process->closeWriteChannel();
        jobs.push_back(std::move(job));
    }

    /// The anchor in keyslots.json now; fails the test when it is lower than one seen before.
    bool checkAnchor()
    {
        Error error;
        const auto file = KeySlotFile::load(m_paths.keySlots(), &error);
        if (!file) {
            qWarning("keyslots.json could not be read: %s", qPrintable(error.message));
            return false;
        }
        ++m_anchorReads;
        const qint64 sequence = file->auditAnchor().sequence;
        if (sequence < m_highestAnchor) {
            qWarning("the audit anchor moved backwards from %lld to %lld", m_highestAnchor,
                     sequence);
            return false;
        }
        m_highestAnchor = sequence;
        return true;
    }

    /// Waits for every job, reading the anchor in between (the waits are for the processes,
    /// not sleeps).
    bool finish(std::vector<Job>& jobs)
    {
        bool anchorOk = true;
        for (;;) {
            bool running = false;
            for (Job& job : jobs) {
                if (job.process->state() != QProcess::NotRunning) {
                    running = true;
                    job.process->waitForFinished(10);
                }
            }
            anchorOk = checkAnchor() && anchorOk;
            if (!running)
                break;
        }
        for (Job& job : jobs) {
            job.code =
                job.process->exitStatus() == QProcess::NormalExit ? job.process->exitCode() : -1;
            job.err = QString::fromUtf8(job.process->readAllStandardError());
        }
        return anchorOk;
    }

    /// Failed attempt times per user as keyslots.json holds them.
    QMap<QString, int> failuresInFile()
    {
        QMap<QString, int> counts;
        Error error;
        const auto file = KeySlotFile::load(m_paths.keySlots(), &error);
        if (!file)
            qFatal("keyslots.json: %s", qPrintable(error.message));
        for (const QString& user : Users)
            counts[user] = int(file->failedAttempts(user).size());
        return counts;
    }

    /// `login.failed` entries per user in the audit trail, as the administrator lists them.
    QMap<QString, int> failuresInAudit()
    {
        const AdminRun r =
            runAdmin(as(QStringLiteral("admin"),
                        {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                         QStringLiteral("--action"), QStringLiteral("login.failed")}),
                     m_passwords.value(QStringLiteral("admin")) + '\n');
        if (r.code != 0)
            qFatal("audit list: %s", qPrintable(r.err));
        QMap<QString, int> counts;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            ++counts[v.toObject().value(QStringLiteral("user")).toString()];
        return counts;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        // The real Argon2id parameters: each login takes about half a second, so the parallel
        // processes overlap the way people and scripts at several desks do.
        VaultOptions options = fastOptions();
        options.fastKdfForTests = false;
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, options, &error).isEmpty(),
                 qPrintable(error.message));
        m_passwords[QStringLiteral("admin")] = adminPassword;
        auto session = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword),
                                      m_clock, options, &error);
        QVERIFY2(session, qPrintable(error.message));
        for (const QString& user : Users) {
            const QByteArray password = "password of " + user.toUtf8() + " round 0";
            QByteArray copy = password; // fromBytes() wipes what it is given
            QVERIFY2(UserService(*session).add(user, Role::Trainer, SecretBytes::fromBytes(copy),
                                               &error),
                     qPrintable(error.message));
            m_passwords[user] = password;
        }
        QVERIFY(checkAnchor());
    }

    void parallelProcessesLoseNothing()
    {
        QMap<QString, int> expectedFailures;
        for (int round = 1; round <= Rounds; ++round) {
            std::vector<Job> jobs;
            // Two failed logins per user (fewer than the five free ones, so nobody is locked
            // out), a password change, and successful logins with audited actions.
            for (const QString& user : Users) {
                for (int i = 0; i < 2; ++i)
                    start(jobs, QStringLiteral("fail"),
                          as(user, {QStringLiteral("user"), QStringLiteral("list")}),
                          "not the password of anyone\n");
            }
            const QByteArray newPassword = "password of u1 round " + QByteArray::number(round);
            start(jobs, QStringLiteral("passwd"),
                  as(QStringLiteral("u1"),
                     {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("u1")}),
                  m_passwords.value(QStringLiteral("u1")) + '\n' + newPassword + '\n');
            start(jobs, QStringLiteral("admin"),
                  as(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("list")}),
                  m_passwords.value(QStringLiteral("admin")) + '\n');
            start(jobs, QStringLiteral("admin"),
                  as(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")}),
                  m_passwords.value(QStringLiteral("admin")) + '\n');
            // A trainer may not list users: a successful login, then an audited refusal.
            start(jobs, QStringLiteral("denied"),
                  as(QStringLiteral("u3"), {QStringLiteral("user"), QStringLiteral("list")}),
                  m_passwords.value(QStringLiteral("u3")) + '\n');
            QVERIFY2(finish(jobs), "the audit anchor in keyslots.json moved backwards");

            for (const Job& job : jobs) {
                const QString context = QStringLiteral("round %1, %2: exit %3, %4")
                                            .arg(round)
                                            .arg(job.what)
                                            .arg(job.code)
                                            .arg(job.err);
                if (job.what == QLatin1String("fail")) {
                    QVERIFY2(job.code == 2 && job.err.contains(QStringLiteral("Wrong user name")),
                             qPrintable(context));
                } else {
                    const int expected = job.what == QLatin1String("denied") ? 3 : 0;
                    QVERIFY2(job.code == expected, qPrintable(context));
                }
            }
            m_passwords[QStringLiteral("u1")] = newPassword;
            for (const QString& user : Users)
                expectedFailures[user] += 2;

            // Every failed attempt is in the file or already in the audit trail (a
            // successful login of that user in the same round took it there).
            const QMap<QString, int> inFile = failuresInFile();
            const QMap<QString, int> inAudit = failuresInAudit();
            for (const QString& user : Users) {
                QVERIFY2(inFile.value(user) + inAudit.value(user) == expectedFailures.value(user),
                         qPrintable(QStringLiteral("round %1, %2: %3 in keyslots.json + %4 in "
                                                   "the audit trail, %5 expected")
                                        .arg(round)
                                        .arg(user)
                                        .arg(inFile.value(user))
                                        .arg(inAudit.value(user))
                                        .arg(expectedFailures.value(user))));
            }

            // The password change stayed: the new password opens, and the old one does not.
            // Each user logs in once (refused `user list`, exit 3 after a successful login),
            // which takes the failed attempts to the audit trail and resets the counts.
            for (const QString& user : Users) {
                const AdminRun r =
                    runAdmin(as(user, {QStringLiteral("user"), QStringLiteral("list")}),
                             m_passwords.value(user) + '\n');
                QVERIFY2(r.code == 3, qPrintable(QStringLiteral("round %1, %2 logs in: exit %3, %4")
                                                     .arg(round)
                                                     .arg(user)
                                                     .arg(r.code)
                                                     .arg(r.err)));
            }
            QVERIFY(checkAnchor());
            const QMap<QString, int> afterLogins = failuresInFile();
            const QMap<QString, int> audited = failuresInAudit();
            for (const QString& user : Users) {
                QCOMPARE(afterLogins.value(user), 0);
                QCOMPARE(audited.value(user), expectedFailures.value(user));
            }
        }

        // The old password of u1 no longer opens (a failed attempt of its own, counted).
        const AdminRun old =
            runAdmin(as(QStringLiteral("u1"), {QStringLiteral("user"), QStringLiteral("list")}),
                     "password of u1 round " + QByteArray::number(Rounds - 1) + '\n');
        QCOMPARE(old.code, 2);
        QCOMPARE(failuresInFile().value(QStringLiteral("u1")), 1);

        const QByteArray adminInput = m_passwords.value(QStringLiteral("admin")) + '\n';
        AdminRun r = runAdmin(as(QStringLiteral("admin"), {QStringLiteral("verify")}), adminInput);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = runAdmin(
            as(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")}),
            adminInput);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(checkAnchor());
        qInfo("anchor read %d times, never backwards; now at entry %lld", m_anchorReads,
              m_highestAnchor);
    }
};

QTEST_GUILESS_MAIN(TestKeySlotConcurrency)
#include "tst_keyslotconcurrency.moc"

// A full disk during `import asterisk` and during `subject export`: the command stops with
// exit 7 (the environment, docs/design.md) and a message that names the disk, nothing
// committed is lost, nothing half-written remains (no *.tmp, no file without its row, no
// partial export), and once there is space again `verify` passes.
//
// The disk is a small tmpfs mounted in a private mount namespace (`unshare -m` as root, or
// `unshare -rm` in a user namespace otherwise), so nothing is mounted on the machine; the
// commands run inside it from a script, and the register is copied back out for the checks.
// When neither works the test says so and is skipped.

#include "services/ProfileService.h"
#include "services/UserService.h"
#include "storage/SubjectRepository.h"
#include "support/AdminProcess.h"
#include "support/TestAudio.h"
#include "support/TestData.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>

#include <unistd.h>

using namespace tallenne;
using namespace tallenne::test;

namespace {
constexpr int rows = 1500;
constexpr int everyNthHasRecording = 5; // 300 recordings of 1 s, about 16 kB each
constexpr int batchSize = 500;          // ImportService's default

// How a private mount namespace can be had here, or empty when it cannot.
QStringList namespaceCommand(QString* how)
{
    const QStringList candidates[] = {
        geteuid() == 0 ? QStringList{QStringLiteral("unshare"), QStringLiteral("-m"),
                                     QStringLiteral("--propagation"), QStringLiteral("private")}
                       : QStringList{},
        {QStringLiteral("unshare"), QStringLiteral("-rm")},
    };
    for (const QStringList& c : candidates) {
        if (c.isEmpty())
            continue;
        QProcess p;
        p.start(c.first(), c.mid(1) + QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                                  QStringLiteral("d=$(mktemp -d) && mount -t "
                                                                 "tmpfs -o size=64k tmpfs $d && "
                                                                 "umount $d && rmdir $d")});
        if (p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit &&
            p.exitCode() == 0) {
            *how = c.join(QLatin1Char(' '));
            return c;
        }
    }
    return {};
}
} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // tallenne-admin runs on the system clock.
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    RegisterPaths m_paths;
    QString m_request;
    QStringList m_namespace;
    QString m_how;

    static QByteArray passwordOf(const QString& user)
    {
        return user == QLatin1String("admin") ? QByteArray(adminPassword)
                                              : user.toUtf8() + "-violet-tram-harbour";
    }

private slots:
    void initTestCase()
    {
        m_namespace = namespaceCommand(&m_how);
        if (m_namespace.isEmpty())
            QSKIP("A FULL DISK IS NOT TESTED HERE: neither root (unshare -m) nor a user "
                  "namespace (unshare -rm) can mount a small tmpfs on this machine.");
        qInfo("the full disk is a tmpfs in a private mount namespace (%s)", qPrintable(m_how));

        Error error;
        auto admin = newRegisterAsAdmin(m_dir, m_clock, &m_paths, &error);
        QVERIFY2(admin, qPrintable(error.message));
        QVERIFY2(UserService(*admin).add(QStringLiteral("privacy-officer"), Role::PrivacyOfficer,
                                         secret(passwordOf(QStringLiteral("privacy-officer"))),
                                         &error),
                 qPrintable(error.message));
        QStringList warnings;
        QVERIFY2(ProfileService(*admin).set(exampleProfile(QStringLiteral("nordic-helpdesk")),
                                            &warnings, &error),
                 qPrintable(error.message));
        admin.reset();
        auto po = Session::login(m_paths, QStringLiteral("privacy-officer"),
                                 secret(passwordOf(QStringLiteral("privacy-officer"))), m_clock,
                                 fastOptions(), &error);
        QVERIFY2(po, qPrintable(error.message));
        const qint64 subject = *SubjectRepository(po->db()).create(m_clock.nowUtc(), &error);
        QVERIFY(addIdentifier(*po, subject, IdentifierKind::Phone, QStringLiteral("+358401234567"),
                              &error));
        // The person's calls: an export of some hundred kB of noise (which no zip shrinks).
        QRandomGenerator noise(15);
        for (int i = 0; i < 4; ++i) {
            QByteArray wav = toneWav(2000);
            for (qsizetype b = 44; b < wav.size(); ++b)
                wav[b] = char(noise.bounded(256));
            const auto call = addCall(*po, QStringLiteral("full-%1").arg(i), wav);
            QVERIFY(call);
            QVERIFY(execSql(po->db(),
                            QStringLiteral("UPDATE calls SET subject_id = ? WHERE id = ?"),
                            {subject, *call}));
        }
        po.reset();
        const QStringList as = {QStringLiteral("--register"), m_paths.folder,
                                QStringLiteral("--user"), QStringLiteral("privacy-officer"),
                                QStringLiteral("--password-stdin")};
        AdminRun run =
            runAdmin(as + QStringList{QStringLiteral("request"), QStringLiteral("open"),
                                      QStringLiteral("--kind"), QStringLiteral("access"),
                                      QStringLiteral("--channel"), QStringLiteral("letter"),
                                      QStringLiteral("--phone"), QStringLiteral("040 123 4567")},
                     passwordOf(QStringLiteral("privacy-officer")) + '\n');
        QVERIFY2(run.code == 0, qPrintable(run.err));
        m_request = run.out.trimmed().split(QLatin1Char('\n')).last().trimmed();
        run = runAdmin(as + QStringList{QStringLiteral("request"), QStringLiteral("verify"),
                                        m_request, QStringLiteral("--signed"),
                                        QStringLiteral("letter 17")},
                       passwordOf(QStringLiteral("privacy-officer")) + '\n');
        QVERIFY2(run.code == 0, qPrintable(run.err));

        // The CDR and its recordings (1 s, mono): about 5 MB in all.
        const QString monitor = m_dir.filePath(QStringLiteral("monitor"));
        QVERIFY(QDir().mkpath(monitor));
        QFile cdr(m_dir.filePath(QStringLiteral("Master.csv")));
        QVERIFY(cdr.open(QIODevice::WriteOnly));
        const QDateTime start(QDate(2024, 5, 2), QTime(8, 0), Qt::UTC);
        const QByteArray wav = toneWav(1000, 8000, 1);
        for (int i = 0; i < rows; ++i) {
            const QByteArray uid = "1714636800." + QByteArray::number(i);
            const QByteArray caller = "040" + QByteArray::number(1000000 + i);
            const QDateTime t = start.addSecs(i * 60);
            const auto at = [](const QDateTime& d) {
                return d.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1();
            };
            cdr.write("\"\",\"" + caller +
                      "\",\"0201234567\",\"from-trunk\",\"\",\"SIP/t-1\","
                      "\"SIP/agent-2\",\"Queue\",\"support,t\",\"" +
                      at(t) + "\",\"" + at(t.addSecs(5)) + "\",\"" + at(t.addSecs(65)) +
                      "\",65,60,\"ANSWERED\",\"DOCUMENTATION\",\"" + uid + "\"\n");
            if (i % everyNthHasRecording == 0) {
                QFile f(monitor + QStringLiteral("/in-0201234567-%1-%2-%3.wav")
                                      .arg(QString::fromLatin1(caller),
                                           t.toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                           QString::fromLatin1(uid)));
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(wav);
            }
        }
    }

    void importAndExportOnAFullDisk()
    {
        // Room for the register and about a batch and a half of recordings.
        qint64 registerBytes = 0;
        for (QDirIterator it(m_paths.folder, QDir::Files | QDir::Hidden,
                             QDirIterator::Subdirectories);
             it.hasNext();) {
            it.next();
            registerBytes += it.fileInfo().size();
        }
        const qint64 diskBytes = registerBytes + 2600 * 1024;
        const QString out = m_dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        const QString admin = QStringLiteral(TALLENNE_BIN_DIR "/tallenne-admin");
        const QString script = m_dir.filePath(QStringLiteral("full.sh"));
        QFile s(script);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write(QStringLiteral(R"(set -u
out=%1; admin=%2; size=%3
disk=$out/disk; small=$out/small
mkdir -p $disk $small
mount -t tmpfs -o size=$size,mode=0700 tmpfs $disk || exit 90
cp -a %4 $disk/register || exit 91
adm() { user=$1; pw=$2; shift 2; printf '%s\n' "$pw" | "$admin" --register $disk/register --user $user --password-stdin "$@"; }
adm admin '%5' import asterisk --cdr %6 --utc --recordings %7 >$out/import.out 2>$out/import.err
echo $? >$out/import.code
ls -a $disk/register/recordings >$out/recordings-after-import
# Space again: what the import left must verify.
mount -o remount,size=256m $disk
adm admin '%5' verify >$out/verify1.out 2>&1; echo $? >$out/verify1.code
# The export onto a disk too small for it.
mount -t tmpfs -o size=48k,mode=0700 tmpfs $small || exit 92
adm privacy-officer '%8' subject export --request %9 --out $small/copy.zip --lang fi >$out/export.out 2>$out/export.err
echo $? >$out/export.code
ls -a $small >$out/small-after-export
adm admin '%5' verify >$out/verify2.out 2>&1; echo $? >$out/verify2.code
cp -a $disk/register $out/register
umount $small; umount $disk
echo $disk >$out/disk.path; echo $small >$out/small.path
)")
                    .arg(out, admin, QString::number(diskBytes), m_paths.folder,
                         QString::fromLatin1(adminPassword),
                         m_dir.filePath(QStringLiteral("Master.csv")),
                         m_dir.filePath(QStringLiteral("monitor")),
                         QString::fromLatin1(passwordOf(QStringLiteral("privacy-officer"))),
                         m_request)
                    .toUtf8());
        s.close();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_namespace.first(),
                m_namespace.mid(1) + QStringList{QStringLiteral("bash"), script});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAll())));
        const auto read = [&out](const char* name) {
            QFile f(QDir(out).filePath(QString::fromLatin1(name)));
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed()
                                               : QString();
        };
        const QString disk = read("disk.path");
        const QString small = read("small.path");

        // The import: exit 7 and a message naming the disk.
        qInfo("import on a full disk: exit %s: %s", qPrintable(read("import.code")),
              qPrintable(read("import.err")));
        QCOMPARE(read("import.code"), QStringLiteral("7"));
        QVERIFY2(read("import.err").contains(QStringLiteral("is full")) &&
                     read("import.err").contains(disk),
                 qPrintable(read("import.err")));
        QVERIFY2(!read("recordings-after-import").contains(QStringLiteral(".tmp")),
                 qPrintable(read("recordings-after-import")));
        // With space again, verify passes: no file without its row, nothing half-written.
        QVERIFY2(read("verify1.code") == QLatin1String("0"), qPrintable(read("verify1.out")));

        // The export: exit 7, the small disk named, and no file (or part of one) left on it.
        qInfo("export onto a full disk: exit %s: %s", qPrintable(read("export.code")),
              qPrintable(read("export.err")));
        QCOMPARE(read("export.code"), QStringLiteral("7"));
        QVERIFY2(read("export.err").contains(QStringLiteral("is full")) &&
                     read("export.err").contains(small),
                 qPrintable(read("export.err")));
        QCOMPARE(read("small-after-export").split(QLatin1Char('\n')),
                 QStringList({QStringLiteral("."), QStringLiteral("..")}));
        QVERIFY2(read("verify2.code") == QLatin1String("0"), qPrintable(read("verify2.out")));

        // What the import committed is whole batches, each call with its recording.
        const RegisterPaths after{QDir(out).filePath(QStringLiteral("register"))};
        Error error;
        auto session = Session::login(after, QStringLiteral("admin"), secret(adminPassword),
                                      m_clock, fastOptions(), &error);
        QVERIFY2(session, qPrintable(error.message));
        QSqlQuery q(session->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM calls")) && q.next());
        const qint64 imported = q.value(0).toLongLong() - 4; // the person's four
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM recordings")) && q.next());
        const qint64 recordings = q.value(0).toLongLong();
        qInfo("committed before the disk was full: %lld calls, %lld recordings", imported,
              recordings);
        QVERIFY2(imported % batchSize == 0 && imported < rows,
                 qPrintable(QString::number(imported)));
        QCOMPARE(recordings, imported / everyNthHasRecording + 4);
        QCOMPARE(QDir(after.recordings()).entryList(QDir::Files).size(), int(recordings));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"

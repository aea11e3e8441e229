// tallenne-admin in the environments scripts run it in: a desktop's QT_QPA_PLATFORM with no
// display (SSH, a systemd timer), no XDG_RUNTIME_DIR (cron, root over SSH). It works, and
// its standard error holds only what is meant for the person running it.

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList& args, const QProcessEnvironment& env, const QByteArray& input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TALLENNE_BIN_DIR "/tallenne-admin"), args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(180000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Run admin(const QStringList& args, const QMap<QString, QString>& set, const QStringList& unset)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : unset)
        env.remove(name);
    for (auto it = set.cbegin(); it != set.cend(); ++it)
        env.insert(it.key(), it.value());
    return run(args, env);
}

// The folder Qt falls back to without XDG_RUNTIME_DIR: runtime-USER in the temporary folder.
QString fallbackRuntimeFolder(const QString& tmp)
{
    const passwd* user = getpwuid(geteuid());
    return tmp + QStringLiteral("/runtime-") + QString::fromLocal8Bit(user ? user->pw_name : "");
}

// "demo: user NAME role ROLE password PW" lines: the password of the user with this role.
QByteArray demoPassword(const QString& out, const QString& role)
{
    const QRegularExpression line(QStringLiteral("^user (\\S+) role ") + role +
                                      QStringLiteral(" password (\\S+)$"),
                                  QRegularExpression::MultilineOption);
    const auto m = line.match(out);
    return m.hasMatch() ? m.captured(2).toUtf8() : QByteArray();
}

QString demoUser(const QString& out, const QString& role)
{
    const QRegularExpression line(QStringLiteral("^user (\\S+) role ") + role,
                                  QRegularExpression::MultilineOption);
    return line.match(out).captured(1);
}

} // namespace

class TestCliEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void noDisplayWhateverThePlatformSays_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::newRow("xcb") << QStringLiteral("xcb");
        QTest::newRow("wayland") << QStringLiteral("wayland");
        QTest::newRow("offscreen") << QStringLiteral("offscreen");
    }

    void noDisplayWhateverThePlatformSays()
    {
        QFETCH(QString, platform);
        const QMap<QString, QString> set{{QStringLiteral("QT_QPA_PLATFORM"), platform}};
        const QStringList unset{QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY")};
        Run r = admin({QStringLiteral("--version")}, set, unset);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("tallenne-admin ")));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        if (platform != QLatin1String("xcb"))
            return;
        // A whole command that writes a register, with the desktop's platform still set.
        QTemporaryDir dir;
        r = admin({QStringLiteral("--register"), dir.filePath(QStringLiteral("demo")),
                   QStringLiteral("demo"), QStringLiteral("--calls"), QStringLiteral("3"),
                   QStringLiteral("--chats"), QStringLiteral("1"), QStringLiteral("--no-bind")},
                  set, unset);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("role administrator")));
    }

    // Without XDG_RUNTIME_DIR Qt remarks on it; the user sees only the command's own lines.
    // Qt's own runtime folder is then private to the user (0700, theirs), never shared.
    void noRuntimeFolderNoQtRemarks()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QMap<QString, QString> set{{QStringLiteral("TMPDIR"), tmp.path()}};
        const QStringList unset{QStringLiteral("XDG_RUNTIME_DIR")};
        Run r = admin({QStringLiteral("--version")}, set, unset);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QTemporaryDir dir;
        r = admin({QStringLiteral("--register"), dir.filePath(QStringLiteral("demo")),
                   QStringLiteral("demo"), QStringLiteral("--calls"), QStringLiteral("3"),
                   QStringLiteral("--chats"), QStringLiteral("1"), QStringLiteral("--no-bind")},
                  set, unset);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("XDG_RUNTIME_DIR")) &&
                     !r.err.contains(QStringLiteral("QStandardPaths")) &&
                     !r.err.contains(QStringLiteral("qt.")),
                 qPrintable(r.err));
        // What is meant for the user still comes: the demo's progress.
        QVERIFY2(r.err.contains(QStringLiteral("3 of 3")), qPrintable(r.err));
        // The folder Qt used instead: the user's alone.
        struct stat st = {};
        const QByteArray folder = QFile::encodeName(fallbackRuntimeFolder(tmp.path()));
        QVERIFY2(::stat(folder.constData(), &st) == 0, folder.constData());
        QVERIFY(S_ISDIR(st.st_mode));
        QCOMPARE(st.st_mode & 07777, mode_t(0700));
        QCOMPARE(st.st_uid, geteuid());
    }

    // Only the remark is kept back: a runtime folder others may enter (planted in a shared
    // temporary folder) is said, is not used, and the command still works.
    void unsafeRuntimeFolderIsSaid()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString folder = fallbackRuntimeFolder(tmp.path());
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0777) == 0);
        const Run r = admin({QStringLiteral("--version")}, {{QStringLiteral("TMPDIR"), tmp.path()}},
                            {QStringLiteral("XDG_RUNTIME_DIR")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("tallenne-admin ")));
        QVERIFY2(r.err.contains(QStringLiteral("wrong permissions on runtime directory")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("XDG_RUNTIME_DIR not set")), qPrintable(r.err));
        QCOMPARE(QFileInfo(folder).permissions() & QFile::WriteOther, QFile::WriteOther);
    }

    // cron's environment: HOME, PATH, SHELL and LOGNAME only; the desktop's platform name
    // left in by a crontab line that copied it. A register is made and read, and standard
    // error holds nothing the command did not mean to say.
    void cronEnvironment()
    {
        QTemporaryDir home;
        QTemporaryDir tmp;
        QVERIFY(home.isValid() && tmp.isValid());
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        env.insert(QStringLiteral("SHELL"), QStringLiteral("/bin/sh"));
        env.insert(QStringLiteral("LOGNAME"), QStringLiteral("cron"));
        env.insert(QStringLiteral("TMPDIR"), tmp.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("wayland"));
        const QString reg = home.filePath(QStringLiteral("register"));
        Run r = run({QStringLiteral("--register"), reg, QStringLiteral("demo"),
                     QStringLiteral("--calls"), QStringLiteral("3"), QStringLiteral("--chats"),
                     QStringLiteral("1"), QStringLiteral("--no-bind")},
                    env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString user = demoUser(r.out, QStringLiteral("quality-manager"));
        const QByteArray password = demoPassword(r.out, QStringLiteral("quality-manager"));
        QVERIFY(!user.isEmpty() && !password.isEmpty());
        r = run({QStringLiteral("--register"), reg, QStringLiteral("--user"), user,
                 QStringLiteral("--password-stdin"), QStringLiteral("calls"),
                 QStringLiteral("list"), QStringLiteral("--json-lines")},
                env, password + '\n');
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 3);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliEnvironment)
#include "tst_clienvironment.moc"

// tallenne-admin in the environments scripts run it in: a desktop's QT_QPA_PLATFORM with no
// display (SSH, a systemd timer), no XDG_RUNTIME_DIR (cron, root over SSH). It works, and
// its standard error holds only what is meant for the person running it.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run admin(const QStringList& args, const QMap<QString, QString>& set, const QStringList& unset)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : unset)
        env.remove(name);
    for (auto it = set.cbegin(); it != set.cend(); ++it)
        env.insert(it.key(), it.value());
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TALLENNE_BIN_DIR "/tallenne-admin"), args);
    if (!p.waitForStarted() || !p.waitForFinished(180000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
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
    void noRuntimeFolderNoQtRemarks()
    {
        const QStringList unset{QStringLiteral("XDG_RUNTIME_DIR")};
        Run r = admin({QStringLiteral("--version")}, {}, unset);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QTemporaryDir dir;
        r = admin({QStringLiteral("--register"), dir.filePath(QStringLiteral("demo")),
                   QStringLiteral("demo"), QStringLiteral("--calls"), QStringLiteral("3"),
                   QStringLiteral("--chats"), QStringLiteral("1"), QStringLiteral("--no-bind")},
                  {}, unset);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("XDG_RUNTIME_DIR")) &&
                     !r.err.contains(QStringLiteral("QStandardPaths")) &&
                     !r.err.contains(QStringLiteral("qt.")),
                 qPrintable(r.err));
        // What is meant for the user still comes: the demo's progress.
        QVERIFY2(r.err.contains(QStringLiteral("3 of 3")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliEnvironment)
#include "tst_clienvironment.moc"

// tallenne-admin speaks the user's language: Finnish when LC_ALL, LC_MESSAGES or LANG (the
// first set, as POSIX has it) names Finnish, English otherwise; values the code inserts
// (hold reasons, months) are in the same language, never raw ids.

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

class TestCliLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_register;
    const QByteArray m_password = "admin violet tram harbour";

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    /// Runs tallenne-admin with the locale variables given (the others unset).
    Run run(const QMap<QString, QString>& locale, const QStringList& args,
            const QByteArray& input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(QLatin1String(name));
        for (auto it = locale.cbegin(); it != locale.cend(); ++it)
            env.insert(it.key(), it.value());
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TALLENNE_BIN_DIR "/tallenne-admin"),
                QStringList{QStringLiteral("--register"), m_register} + args);
        if (!p.waitForStarted())
            return {};
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) { // still running: not its exit code 0
            p.kill();
            p.waitForFinished();
            return {-2, {}, QStringLiteral("(did not end within 120 s)")};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    Run profileShow(const QMap<QString, QString>& locale)
    {
        return run(locale,
                   {QStringLiteral("--user"), QStringLiteral("anna"),
                    QStringLiteral("--password-stdin"), QStringLiteral("profile"),
                    QStringLiteral("show")},
                   m_password + '\n');
    }

    static QMap<QString, QString> lang(const QString& value)
    {
        return {{QStringLiteral("LANG"), value}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_register = m_dir.filePath(QStringLiteral("register"));
        const Run r =
            run(lang(QStringLiteral("C")),
                {QStringLiteral("--password-stdin"), QStringLiteral("init"),
                 QStringLiteral("--admin"), QStringLiteral("anna"), QStringLiteral("--no-bind")},
                m_password + '\n');
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Created the register in")), qPrintable(r.out));
    }

    void usageErrorInTheUsersLanguage()
    {
        const Run fi = run(lang(QStringLiteral("fi_FI.UTF-8")), {QStringLiteral("frobnicate")});
        QCOMPARE(fi.code, 1);
        QVERIFY2(fi.err.contains(QStringLiteral("tuntematon komento 'frobnicate'")),
                 qPrintable(fi.err));
        const Run en = run(lang(QStringLiteral("C")), {QStringLiteral("frobnicate")});
        QCOMPARE(en.code, 1);
        QVERIFY2(en.err.contains(QStringLiteral("unknown command 'frobnicate'")),
                 qPrintable(en.err));
    }

    void noProfileYet()
    {
        const Run fi = profileShow(lang(QStringLiteral("fi_FI.UTF-8")));
        QVERIFY2(fi.code == 0, qPrintable(fi.err));
        QVERIFY2(fi.out.contains(QStringLiteral("Rekisteriprofiilia ei ole vielä asetettu")),
                 qPrintable(fi.out));
        const Run en = profileShow(lang(QStringLiteral("C")));
        QVERIFY2(en.code == 0, qPrintable(en.err));
        QVERIFY2(en.out.contains(QStringLiteral("No register profile has been set yet")),
                 qPrintable(en.out));
    }

    void profileShowsWordsNotIds()
    {
        const QString file =
            QStringLiteral(TALLENNE_TEST_DATA "/../../resources/profiles/polar-collections.json");
        QVERIFY(QFile::exists(file));
        const Run set = run(lang(QStringLiteral("C")),
                            {QStringLiteral("--user"), QStringLiteral("anna"),
                             QStringLiteral("--password-stdin"), QStringLiteral("profile"),
                             QStringLiteral("set"), file},
                            m_password + '\n');
        QVERIFY2(set.code == 0, qPrintable(set.err));

        const Run fi = profileShow(lang(QStringLiteral("fi_FI.UTF-8")));
        QVERIFY2(fi.code == 0, qPrintable(fi.err));
        QVERIFY2(fi.out.contains(QStringLiteral("Tallenteiden säilytysaika: 12 kuukautta")),
                 qPrintable(fi.out));
        QVERIFY2(fi.out.contains(QStringLiteral("Puhelutietojen säilytysaika: ei kiinteää aikaa")),
                 qPrintable(fi.out));
        QVERIFY2(fi.out.contains(QStringLiteral(
                     "Poistoestot: oikeudellisen vaatimuksen laatiminen, esittäminen tai "
                     "puolustaminen, viranomaisen määräys, enintään 36 kuukautta")),
                 qPrintable(fi.out));
        QVERIFY2(!fi.out.contains(QStringLiteral("legal_claim")), qPrintable(fi.out));

        const Run en = profileShow(lang(QStringLiteral("C")));
        QVERIFY2(en.code == 0, qPrintable(en.err));
        QVERIFY2(en.out.contains(QStringLiteral("Recordings kept: 12 months")), qPrintable(en.out));
        QVERIFY2(en.out.contains(QStringLiteral(
                     "Legal holds: establishing, exercising or defending a legal claim, an order "
                     "from an authority, at most 36 months")),
                 qPrintable(en.out));
        QVERIFY2(!en.out.contains(QStringLiteral("legal_claim")), qPrintable(en.out));
    }

    void callListInWords()
    {
        const QStringList login{QStringLiteral("--user"), QStringLiteral("anna"),
                                QStringLiteral("--password-stdin")};
        const Run import =
            run(lang(QStringLiteral("C")),
                login + QStringList{QStringLiteral("import"), QStringLiteral("asterisk"),
                                    QStringLiteral("--cdr"),
                                    QStringLiteral(TALLENNE_TEST_DATA "/import/master-21.csv"),
                                    QStringLiteral("--utc")},
                m_password + '\n');
        QVERIFY2(import.code == 0, qPrintable(import.err));
        // Browsing calls is the quality manager's.
        const Run add = run(lang(QStringLiteral("C")),
                            login + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                                QStringLiteral("laura"), QStringLiteral("--role"),
                                                QStringLiteral("quality-manager")},
                            m_password + "\nlaura violet tram harbour\n");
        QVERIFY2(add.code == 0, qPrintable(add.err));
        QVERIFY2(add.out.contains(QStringLiteral("Added laura (Quality manager).")),
                 qPrintable(add.out));
        const Run users = run(lang(QStringLiteral("fi_FI.UTF-8")),
                              login + QStringList{QStringLiteral("user"), QStringLiteral("list")},
                              m_password + '\n');
        QVERIFY2(users.code == 0, qPrintable(users.err));
        QVERIFY2(users.out.contains(QStringLiteral("laura\tLaatupäällikkö\t")),
                 qPrintable(users.out));
        QVERIFY2(users.out.contains(QStringLiteral("anna\tPääkäyttäjä\t")), qPrintable(users.out));
        const QStringList list{QStringLiteral("--user"), QStringLiteral("laura"),
                               QStringLiteral("--password-stdin"), QStringLiteral("calls"),
                               QStringLiteral("list")};
        const QByteArray laura = "laura violet tram harbour\n";

        const Run fi = run(lang(QStringLiteral("fi_FI.UTF-8")), list, laura);
        QVERIFY2(fi.code == 0, qPrintable(fi.err));
        QVERIFY2(fi.out.contains(QStringLiteral("\tsaapuva\t")), qPrintable(fi.out));
        QVERIFY2(fi.out.contains(QStringLiteral("\tVastattu\t")), qPrintable(fi.out));
        QVERIFY2(fi.out.contains(QStringLiteral("\tEpäonnistui\t")), qPrintable(fi.out));
        for (const char* raw : {"ANSWERED", "FAILED", "inbound"})
            QVERIFY2(!fi.out.contains(QLatin1String(raw)), raw);

        const Run en = run(lang(QStringLiteral("C")), list, laura);
        QVERIFY2(en.code == 0, qPrintable(en.err));
        QVERIFY2(en.out.contains(QStringLiteral("\tinbound\t")), qPrintable(en.out));
        QVERIFY2(en.out.contains(QStringLiteral("\tAnswered\t")), qPrintable(en.out));
        QVERIFY2(en.out.contains(QStringLiteral("\tFailed\t")), qPrintable(en.out));
        QVERIFY(!en.out.contains(QStringLiteral("ANSWERED")));
    }

    // POSIX order: LC_ALL over LC_MESSAGES over LANG.
    void localeVariablesInOrder_data()
    {
        QTest::addColumn<QString>("lcAll");
        QTest::addColumn<QString>("lcMessages");
        QTest::addColumn<QString>("langValue");
        QTest::addColumn<bool>("finnish");
        QTest::newRow("LANG fi") << QString() << QString() << "fi_FI.UTF-8" << true;
        QTest::newRow("LANG C") << QString() << QString() << "C" << false;
        QTest::newRow("LANG en_GB") << QString() << QString() << "en_GB.UTF-8" << false;
        QTest::newRow("LC_MESSAGES fi over LANG C") << QString() << "fi_FI.UTF-8"
                                                    << "C" << true;
        QTest::newRow("LC_ALL C over LANG fi") << "C" << QString() << "fi_FI.UTF-8" << false;
        QTest::newRow("LC_ALL fi over LC_MESSAGES C") << "fi_FI.UTF-8"
                                                      << "C"
                                                      << "C" << true;
    }
    void localeVariablesInOrder()
    {
        QFETCH(QString, lcAll);
        QFETCH(QString, lcMessages);
        QFETCH(QString, langValue);
        QFETCH(bool, finnish);
        QMap<QString, QString> locale;
        if (!lcAll.isEmpty())
            locale.insert(QStringLiteral("LC_ALL"), lcAll);
        if (!lcMessages.isEmpty())
            locale.insert(QStringLiteral("LC_MESSAGES"), lcMessages);
        locale.insert(QStringLiteral("LANG"), langValue);
        const Run r = run(locale, {QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.contains(QStringLiteral("tuntematon komento")), finnish);
        QCOMPARE(r.err.contains(QStringLiteral("unknown command")), !finnish);
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"

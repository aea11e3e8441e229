// The password rule (zxcvbn): guessable passwords are refused with the reason, strong ones
// pass, the user's own name and the register's name count for nothing, and every entry point
// (init, user add, passwd) applies it.

#include "services/PasswordPolicy.h"
#include "services/ProfileService.h"
#include "services/UserService.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

Q_DECLARE_METATYPE(tallenne::PasswordWeakness)

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(initialiseSodium());
    }

    void weakPasswordsAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QStringList>("personal");
        QTest::addColumn<PasswordWeakness>("reason");
        QTest::addColumn<QString>("sentence");
        const QStringList none;
        const QStringList kristiina =
            PasswordPolicy::personalWords(QStringLiteral("kristiina"), QStringLiteral("/srv/reg"),
                                          {QStringLiteral("Asiakaspalvelun puhelut")});
        QTest::newRow("password") << QStringLiteral("password") << none
                                  << PasswordWeakness::CommonWord
                                  << QStringLiteral("common words or names");
        QTest::newRow("Salasana123")
            << QStringLiteral("Salasana123") << none << PasswordWeakness::CommonWord
            << QStringLiteral("common words or names");
        QTest::newRow("look-alikes")
            << QStringLiteral("P@ssw0rd1234") << none << PasswordWeakness::LookAlikes
            << QStringLiteral("look-alike");
        QTest::newRow("a date") << QStringLiteral("12.4.1985") << none << PasswordWeakness::Date
                                << QStringLiteral("a date or a year");
        QTest::newRow("ISO date") << QStringLiteral("1985-04-12") << none << PasswordWeakness::Date
                                  << QStringLiteral("a date or a year");
        QTest::newRow("keyboard walk")
            << QStringLiteral("zxcvbnm,./") << none << PasswordWeakness::KeyboardRow
            << QStringLiteral("keys next to each other");
        QTest::newRow("another walk")
            << QStringLiteral("asdfghjkl;'") << none << PasswordWeakness::KeyboardRow
            << QStringLiteral("keys next to each other");
        QTest::newRow("repetition") << QStringLiteral("aaaaaaaaaaaaaaaa") << none
                                    << PasswordWeakness::Repetition << QStringLiteral("repeats");
        QTest::newRow("own name") << QStringLiteral("Kristiina2024!") << kristiina
                                  << PasswordWeakness::PersonalWord
                                  << QStringLiteral("the user's name");
        QTest::newRow("register's name")
            << QStringLiteral("asiakaspalvelun-puhelut") << kristiina
            << PasswordWeakness::PersonalWord << QStringLiteral("the register's name");
        QTest::newRow("short random") << QStringLiteral("Zq8") << none << PasswordWeakness::Short
                                      << QStringLiteral("too short");
        // Long is not enough: the old rule's 12 characters pass nothing any more.
        QTest::newRow("long but guessable")
            << QStringLiteral("password-password-123") << none << PasswordWeakness::CommonWord
            << QStringLiteral("common words or names");
    }

    void weakPasswordsAreRefusedWithTheReason()
    {
        QFETCH(QString, password);
        QFETCH(QStringList, personal);
        QFETCH(PasswordWeakness, reason);
        QFETCH(QString, sentence);
        QByteArray utf8 = password.toUtf8();
        const SecretBytes secret = SecretBytes::fromBytes(utf8);
        const PasswordStrength strength = PasswordPolicy::estimate(secret, personal);
        QVERIFY2(strength.log10Guesses < PasswordPolicy::minimumLog10Guesses,
                 qPrintable(QString::number(strength.log10Guesses)));
        QVERIFY(strength.weaknesses.contains(reason));
        Error error;
        QVERIFY(!PasswordPolicy::check(secret, personal, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(error.message.startsWith(QStringLiteral("The password is too easy to guess: it "
                                                         "would take about ")),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(sentence), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("at least 10 billion")),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("would be enough")),
                 qPrintable(error.message));
        // The message never quotes the password (the word "password" is its own).
        QVERIFY2(password == QLatin1String("password") ||
                     !error.message.contains(password, Qt::CaseInsensitive),
                 qPrintable(error.message));
    }

    void personalWordsMatter()
    {
        // The same password passes for another user and is refused for the one it names.
        QByteArray utf8("kristiina 1985 aamulla");
        const SecretBytes secret = SecretBytes::fromBytes(utf8);
        const QStringList other =
            PasswordPolicy::personalWords(QStringLiteral("teemu"), QStringLiteral("/srv/register"));
        const QStringList own = PasswordPolicy::personalWords(QStringLiteral("kristiina"),
                                                              QStringLiteral("/srv/register"));
        QVERIFY(PasswordPolicy::estimate(secret, own).log10Guesses <
                PasswordPolicy::estimate(secret, other).log10Guesses);
        QVERIFY(PasswordPolicy::estimate(secret, own)
                    .weaknesses.contains(PasswordWeakness::PersonalWord));
        QCOMPARE(
            PasswordPolicy::personalWords(QStringLiteral("Anna-Liisa"),
                                          QStringLiteral("/srv/Tallenne Demo"),
                                          {QStringLiteral("Asiakaspalvelu Oy")}),
            (QStringList{QStringLiteral("anna-liisa"), QStringLiteral("anna"),
                         QStringLiteral("liisa"), QStringLiteral("tallenne demo"),
                         QStringLiteral("tallenne"), QStringLiteral("demo"),
                         QStringLiteral("asiakaspalvelu oy"), QStringLiteral("asiakaspalvelu")}));
    }

    void strongPasswordsPass_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("four words") << QStringLiteral("violet tram harbour sings");
        QTest::newRow("three words") << QStringLiteral("correct horse battery");
        QTest::newRow("random characters") << QStringLiteral("Tq8vLz3mWp2x");
        QTest::newRow("demo form") << QStringLiteral("x7kq-9m2p-hv4t-e8wn");
        QTest::newRow("Finnish phrase") << QStringLiteral("kuusi kaunista kissaa");
        QTest::newRow("non-ASCII") << QStringLiteral("jäätelö höyryää öisin");
        QTest::newRow("tests' form") << QStringLiteral("trainer-violet-tram-harbour");
    }

    void strongPasswordsPass()
    {
        QFETCH(QString, password);
        QByteArray utf8 = password.toUtf8();
        const SecretBytes secret = SecretBytes::fromBytes(utf8);
        Error error;
        QVERIFY2(PasswordPolicy::check(
                     secret, PasswordPolicy::personalWords(QStringLiteral("trainer"), m_dir.path()),
                     &error),
                 qPrintable(error.message));
        QVERIFY(PasswordPolicy::estimate(secret).log10Guesses >=
                PasswordPolicy::minimumLog10Guesses);
    }

    void overLongIsRefused()
    {
        QByteArray utf8(qsizetype(PasswordPolicy::maximumBytes), 'k');
        utf8 += "x";
        const SecretBytes secret = SecretBytes::fromBytes(utf8);
        Error error;
        QVERIFY(!PasswordPolicy::check(secret, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(error.message.contains(
                     QStringLiteral("longer than %1 bytes").arg(QLocale().toString(1024))),
                 qPrintable(error.message));
    }

    void guessesInWords()
    {
        QCOMPARE(PasswordPolicy::guessesText(0), QStringLiteral("about one guess"));
        QCOMPARE(PasswordPolicy::guessesText(std::log10(2345.0)),
                 QStringLiteral("about %1 guesses").arg(QLocale().toString(2300)));
        QCOMPARE(PasswordPolicy::guessesText(7.6), QStringLiteral("about 40 million guesses"));
        QCOMPARE(PasswordPolicy::guessesText(9.5), QStringLiteral("about 3 billion guesses"));
    }

    // The entry points: init, user add and passwd refuse a weak password (InputRejected,
    // exit 5 on the command line) and change nothing.
    void everyEntryPointAppliesTheRule()
    {
        const RegisterPaths paths{m_dir.filePath(QStringLiteral("asiakaspalvelu"))};
        registerSqlCipherDriver();
        SecretBytes code;
        Error error;
        QVERIFY(!RegisterService::init(paths, QStringLiteral("admin"), secret("Salasana123"),
                                       m_clock, fastOptions(), &code, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY(!QFileInfo::exists(paths.folder));
        // The folder's name is the register's: it does not make a password.
        QVERIFY(!RegisterService::init(paths, QStringLiteral("admin"),
                                       secret("asiakaspalvelu-2024"), m_clock, fastOptions(), &code,
                                       &error));
        QVERIFY2(error.message.contains(QStringLiteral("register's name")),
                 qPrintable(error.message));
        QVERIFY(!makeRegister(paths, m_clock, fastOptions(), &error).isEmpty());
        auto admin = Session::login(paths, QStringLiteral("admin"), secret(adminPassword), m_clock,
                                    fastOptions(), &error);
        QVERIFY(admin);
        UserService users(*admin);
        QVERIFY(!users.add(QStringLiteral("kristiina"), Role::Trainer, secret("kristiina1985"),
                           &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(error.message.contains(QStringLiteral("the user's name")),
                 qPrintable(error.message));
        QVERIFY(users.add(QStringLiteral("kristiina"), Role::Trainer,
                          secret("violet tram harbour sings"), &error));
        QVERIFY(!users.changePassword(QStringLiteral("kristiina"), secret("qwertyuiop"), &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        // Still the old password.
        QVERIFY(Session::login(paths, QStringLiteral("kristiina"),
                               secret("violet tram harbour sings"), m_clock, fastOptions(),
                               &error));
        // The register's name in the profile counts too.
        QVERIFY(ProfileService(*admin).set(exampleProfile(QStringLiteral("nordic-helpdesk")),
                                           nullptr, &error));
        const QString name = ProfileService(*admin).current(&error)->registerName().fi;
        QVERIFY(!name.isEmpty());
        QByteArray named = name.toUtf8() + " 2024";
        QVERIFY(!users.changePassword(QStringLiteral("kristiina"), SecretBytes::fromBytes(named),
                                      &error));
        QVERIFY2(error.message.contains(QStringLiteral("register's name")),
                 qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"

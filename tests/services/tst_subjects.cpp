// Finding data subjects: privacy officers only, every identifier kind in the forms people
// write them (a phone number in every form PhoneNumber::read takes, in the profile's phone
// region; an ambiguous one finds both readings), audited with the kind and never the value.

#include "services/ProfileService.h"
#include "services/SubjectService.h"
#include "services/UserService.h"
#include "storage/CallRepository.h"
#include "support/TestData.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestSubjects : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    qint64 m_subject = 0;
    qint64 m_call = 0;
    QHash<QString, qint64> m_phoneSubjects; // E.164 -> subject with that number alone

    std::unique_ptr<Session> loginAs(const QString& name)
    {
        Error error;
        const QByteArray password = name == QLatin1String("admin")
                                        ? QByteArray(adminPassword)
                                        : name.toUtf8() + "-violet-tram-harbour";
        return Session::login(m_paths, name, secret(password.constData()), m_clock, fastOptions(),
                              &error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        for (Role role : {Role::QualityManager, Role::Trainer, Role::PrivacyOfficer}) {
            const QByteArray password = RoleNames::id(role).toUtf8() + "-violet-tram-harbour";
            QVERIFY(UserService(*admin).add(RoleNames::id(role), role, secret(password.constData()),
                                            &error));
        }
        SubjectRepository subjects(admin->db());
        m_subject = *subjects.create(m_clock.nowUtc(), &error);
        const QList<std::pair<IdentifierKind, QString>> identifiers = {
            {IdentifierKind::Phone, QStringLiteral("+358401234567")},
            {IdentifierKind::Email, QStringLiteral("matti.meikalainen@example.com")},
            {IdentifierKind::IdentityCode, QStringLiteral("131052-308T")},
            {IdentifierKind::Name, QString::fromUtf8("Matti Meikäläinen")},
            {IdentifierKind::BusinessId, QStringLiteral("1761337-2")},
        };
        for (const auto& [kind, value] : identifiers)
            QVERIFY(addIdentifier(*admin, m_subject, kind, value, &error));
        CallRepository calls(admin->db());
        CallInsert c;
        c.sourceId = QStringLiteral("call-1");
        c.startedAt = m_clock.nowUtc();
        m_call = *calls.insertOrIgnore(c, &error);
        QVERIFY(calls.linkSubject(m_call, m_subject, &error));
        // Subjects known by a phone number only: one stored from a trunk's 358401112241, two
        // that one ambiguous input can mean, and a Swede.
        for (const char* phone :
             {"+358401112241", "+3584791102413", "+4791102413", "+46812345678"}) {
            const qint64 id = *subjects.create(m_clock.nowUtc(), &error);
            QVERIFY(addIdentifier(*admin, id, IdentifierKind::Phone, QString::fromLatin1(phone),
                                  &error));
            m_phoneSubjects.insert(QString::fromLatin1(phone), id);
        }
    }

    /// The subjects a privacy officer finds by this phone input, sorted.
    QList<qint64> subjectsByPhone(const QString& input, Error* error)
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        const auto matches = SubjectService(*po).find(IdentifierKind::Phone, input, error);
        QList<qint64> ids;
        for (const SubjectMatch& m : matches.value_or(QList<SubjectMatch>()))
            ids << m.subjectId;
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    void eachKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("found");
        QTest::newRow("phone national") << int(IdentifierKind::Phone) << "040 123 4567" << true;
        QTest::newRow("phone 00") << int(IdentifierKind::Phone) << "00358 40 1234567" << true;
        QTest::newRow("phone other") << int(IdentifierKind::Phone) << "040 123 4568" << false;
        QTest::newRow("email case")
            << int(IdentifierKind::Email) << " Matti.Meikalainen@EXAMPLE.com " << true;
        QTest::newRow("identity code lower")
            << int(IdentifierKind::IdentityCode) << "131052-308t" << true;
        QTest::newRow("name case")
            << int(IdentifierKind::Name) << QString::fromUtf8("MATTI meikäläinen") << true;
        QTest::newRow("name other") << int(IdentifierKind::Name) << "Matti Virtanen" << false;
        QTest::newRow("business id") << int(IdentifierKind::BusinessId) << " 1761337-2" << true;
    }

    void eachKind()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(bool, found);
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        Error error;
        const auto matches = SubjectService(*po).find(IdentifierKind(kind), value, &error);
        QVERIFY2(matches, qPrintable(error.message));
        QCOMPARE(matches->size(), found ? 1 : 0);
        if (found) {
            QCOMPARE(matches->first().subjectId, m_subject);
            QCOMPARE(matches->first().identifiers.size(), 5);
            QCOMPARE(matches->first().callIds, QList<qint64>{m_call});
        }
        // The audit entry names the kind, never the value.
        AuditFilter filter;
        filter.action = QStringLiteral("subject.find");
        const QList<AuditEntry> entries = AuditLog(po->db()).list(filter, nullptr);
        QVERIFY(!entries.isEmpty());
        for (const AuditEntry& e : entries) {
            QVERIFY(e.details.startsWith(QStringLiteral("kind=")));
            QVERIFY(!e.details.contains(QStringLiteral("1234567")));
            QVERIFY(!e.details.contains(QStringLiteral("308")));
            QVERIFY(!e.details.contains(QStringLiteral("atti"), Qt::CaseInsensitive));
        }
    }

    void invalidValuesAreRejected_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::newRow("phone") << int(IdentifierKind::Phone) << "abc";
        QTest::newRow("email") << int(IdentifierKind::Email) << "no-at-sign";
        QTest::newRow("identity code check") << int(IdentifierKind::IdentityCode) << "131052-308U";
        QTest::newRow("business id") << int(IdentifierKind::BusinessId) << "1761337-3";
        QTest::newRow("name") << int(IdentifierKind::Name) << "   ";
    }

    void invalidValuesAreRejected()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        auto po = loginAs(QStringLiteral("privacy-officer"));
        Error error;
        QVERIFY(!SubjectService(*po).find(IdentifierKind(kind), value, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY(!error.message.contains(QStringLiteral("308U")));
    }

    void phoneInputForms_data()
    {
        QTest::addColumn<QString>("input");
        for (const char* input :
             {"+358401112241", "358401112241", "040 111 2241", "0401112241", "+358 (0)40 111 2241",
              "+358 040 111 2241", "00358 40 111 2241", "40 111 2241", "whatsapp:+358401112241",
              "358401112241@s.whatsapp.net", "wa.me/358401112241", "tel:+358-40-111-2241"})
            QTest::newRow(input) << QString::fromLatin1(input);
    }
    void phoneInputForms()
    {
        QFETCH(QString, input);
        Error error;
        QCOMPARE(subjectsByPhone(input, &error),
                 QList<qint64>{m_phoneSubjects[QStringLiteral("+358401112241")]});
        QVERIFY2(!error.isError(), qPrintable(error.message));
    }

    void ambiguousPhoneFindsBothReadings()
    {
        const qint64 fi = m_phoneSubjects[QStringLiteral("+3584791102413")];
        const qint64 no = m_phoneSubjects[QStringLiteral("+4791102413")];
        Error error;
        QCOMPARE(subjectsByPhone(QStringLiteral("4791102413"), &error),
                 (QList<qint64>{std::min(fi, no), std::max(fi, no)}));
        QCOMPARE(subjectsByPhone(QStringLiteral("047 9110 2413"), &error), QList<qint64>{fi});
        QCOMPARE(subjectsByPhone(QStringLiteral("+47 911 02 413"), &error), QList<qint64>{no});
        QVERIFY2(!error.isError(), qPrintable(error.message));
        // normalise() gives the preferred reading: the national one.
        QCOMPARE(
            SubjectService::normalise(IdentifierKind::Phone, QStringLiteral("4791102413"), &error),
            std::optional<QString>(QStringLiteral("+3584791102413")));
        QCOMPARE(SubjectService::normalise(IdentifierKind::Phone, QStringLiteral("08 123 456 78"),
                                           &error, QStringLiteral("SE")),
                 std::optional<QString>(QStringLiteral("+46812345678")));
    }

    void businessIdForms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("as stored") << "1761337-2";
        QTest::newRow("VAT form") << "FI17613372";
        QTest::newRow("VAT form, lower case, spaces") << " fi 1761337 2 ";
    }
    void businessIdForms()
    {
        QFETCH(QString, input);
        auto po = loginAs(QStringLiteral("privacy-officer"));
        Error error;
        const auto matches = SubjectService(*po).find(IdentifierKind::BusinessId, input, &error);
        QVERIFY2(matches, qPrintable(error.message));
        QCOMPARE(matches->size(), 1);
        QCOMPARE(matches->first().subjectId, m_subject);
    }

    void onlyPrivacyOfficers_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("quality manager") << "quality-manager";
        QTest::newRow("trainer") << "trainer";
        QTest::newRow("administrator") << "admin";
    }

    void onlyPrivacyOfficers()
    {
        QFETCH(QString, user);
        auto session = loginAs(user);
        QVERIFY(session);
        Error error;
        QVERIFY(!SubjectService(*session).find(IdentifierKind::Phone,
                                               QStringLiteral("040 123 4567"), &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        auto admin = loginAs(QStringLiteral("admin"));
        AuditFilter filter;
        filter.action = QStringLiteral("permission.denied");
        filter.user = user;
        bool seen = false;
        for (const AuditEntry& e : AuditLog(admin->db()).list(filter, nullptr))
            seen = seen || e.details.contains(QStringLiteral("subject.find"));
        QVERIFY(seen);
    }

    // Last: sets a profile.
    void phoneRegionComesFromProfile()
    {
        const qint64 se = m_phoneSubjects[QStringLiteral("+46812345678")];
        const qint64 trunk = m_phoneSubjects[QStringLiteral("+358401112241")];
        Error error;
        QVERIFY(subjectsByPhone(QStringLiteral("08 123 456 78"), &error).isEmpty());
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY2(ProfileService(*admin).set(
                     exampleProfile(QStringLiteral("nordic-helpdesk"),
                                    {{QStringLiteral("phone_region"), QStringLiteral("SE")}}),
                     nullptr, &error),
                 qPrintable(error.message));
        QCOMPARE(subjectsByPhone(QStringLiteral("08 123 456 78"), &error), QList<qint64>{se});
        QVERIFY(subjectsByPhone(QStringLiteral("040 111 2241"), &error).isEmpty());
        QCOMPARE(subjectsByPhone(QStringLiteral("+358 40 111 2241"), &error), QList<qint64>{trunk});
        QVERIFY2(!error.isError(), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestSubjects)
#include "tst_subjects.moc"

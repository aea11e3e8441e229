// The register profile: the example profiles are valid, every invalid profile is refused with
// the JSON path and the reason, and a text missing in one language is a warning, not an error.

#include "core/LocalCalendar.h"
#include "core/RegisterProfile.h"
#include "core/RetentionPolicy.h"
#include "support/ProfileCases.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestRegisterProfile : public QObject
{
    Q_OBJECT

private slots:
    void examplesAreValid_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("recordingsMonths");
        QTest::newRow("kaleva") << QStringLiteral("kaleva-asiakaspalvelu") << 3;
        QTest::newRow("nordic") << QStringLiteral("nordic-helpdesk") << 6;
        QTest::newRow("polar") << QStringLiteral("polar-collections") << 12;
    }
    void examplesAreValid()
    {
        QFETCH(QString, name);
        QFETCH(int, recordingsMonths);
        const QByteArray json = readFile(profilePath(name));
        QVERIFY(!json.isEmpty());
        Error error;
        QStringList warnings;
        const auto profile = RegisterProfile::parse(json, &warnings, &error);
        QVERIFY2(profile, qPrintable(error.message));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(profile->retention().recordingsMonths, recordingsMonths);
        QCOMPARE(RetentionPolicy::fromProfile(*profile).months(RetentionPolicy::Kind::Recordings),
                 recordingsMonths);
        QVERIFY(!profile->controller().name.isEmpty());
        QVERIFY(profile->updated().isValid());
    }

    void tooLargeIsRefusedUnparsed()
    {
        // A valid profile padded past the limit with spaces (still valid JSON): refused by its
        // size, before parsing; at the limit it is read as usual (issue [15]).
        const QByteArray json = readFile(profilePath(QStringLiteral("kaleva-asiakaspalvelu")));
        QByteArray atLimit = json;
        atLimit.append(QByteArray(RegisterProfile::MaxFileBytes - json.size(), ' '));
        Error error;
        QVERIFY2(RegisterProfile::parse(atLimit, nullptr, &error), qPrintable(error.message));
        QVERIFY(!RegisterProfile::parse(atLimit + ' ', nullptr, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QCOMPARE(error.message, QStringLiteral("too large for a register profile: 1048577 bytes, "
                                               "at most 1048576"));
    }

    void examplesDiffer()
    {
        // Different legal bases, recipients and holds across the three examples.
        QSet<QString> bases;
        QSet<int> holdMax;
        QSet<QString> recipients;
        for (const char* name : {"kaleva-asiakaspalvelu", "nordic-helpdesk", "polar-collections"}) {
            const auto p = RegisterProfile::parse(readFile(profilePath(QLatin1String(name))),
                                                  nullptr, nullptr);
            QVERIFY(p);
            for (const LegalBasisEntry& b : p->legalBases())
                bases << b.basisId;
            holdMax << p->retention().holdMaxMonths;
            recipients << p->recipients().first().en;
        }
        // Polar rests on legitimate interest only since review N17 (the Debt Collection Act
        // does not require recording); Nordic adds a contract.
        QVERIFY(bases.contains(QStringLiteral("contract")));
        QVERIFY(bases.contains(QStringLiteral("legitimate_interest")));
        QVERIFY(holdMax.contains(12));
        QCOMPARE(recipients.size(), 3);
    }

    // Every profile of the shared table (tests/core/ProfileCases.h) is refused with the path
    // and the reason; tst_profileschema holds the JSON Schema to the same table.
    void invalid_data()
    {
        QTest::addColumn<int>("index");
        const QList<ProfileCase> cases = refusedProfiles();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(cases.at(i).tag)) << i;
    }
    void invalid()
    {
        QFETCH(int, index);
        const ProfileCase c = refusedProfiles().at(index);
        Error error;
        QStringList warnings;
        QVERIFY(!RegisterProfile::parse(modified(c.edits), &warnings, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(error.message.startsWith(c.message), qPrintable(error.message));
    }

    void accepted_data()
    {
        QTest::addColumn<int>("index");
        const QList<ProfileCase> cases = acceptedProfiles();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(cases.at(i).tag)) << i;
    }
    void accepted()
    {
        QFETCH(int, index);
        Error error;
        QVERIFY2(
            RegisterProfile::parse(modified(acceptedProfiles().at(index).edits), nullptr, &error),
            qPrintable(error.message));
    }

    void phoneRegion_data()
    {
        QTest::addColumn<QByteArray>("value"); // JSON; empty: leave the field out
        QTest::addColumn<QString>("region");
        QTest::newRow("absent: Finland") << QByteArray() << "FI";
        QTest::newRow("FI") << QByteArray("\"FI\"") << "FI";
        QTest::newRow("SE") << QByteArray("\"SE\"") << "SE";
        QTest::newRow("spaces trimmed") << QByteArray("\" EE \"") << "EE";
        QTest::newRow("US") << QByteArray("\"US\"") << "US";
    }
    void phoneRegion()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, region);
        Error error;
        const auto profile = RegisterProfile::parse(modified(QStringLiteral("phone_region"), value),
                                                    nullptr, &error);
        QVERIFY2(profile, qPrintable(error.message));
        QCOMPARE(profile->phoneRegion(), region);
    }

    void businessIdStoredNormalised_data()
    {
        QTest::addColumn<QString>("written");
        QTest::newRow("VAT form") << "FI29876540";
        QTest::newRow("VAT form, lower case, spaces") << "fi 2987654 0";
        QTest::newRow("as it is") << "2987654-0";
    }
    void businessIdStoredNormalised()
    {
        QFETCH(QString, written);
        Error error;
        const QByteArray json = '"' + written.toUtf8() + '"';
        const auto profile = RegisterProfile::parse(
            modified(QStringLiteral("controller.business_id"), json), nullptr, &error);
        QVERIFY2(profile, qPrintable(error.message));
        QCOMPARE(profile->controller().businessId, QStringLiteral("2987654-0"));
    }

    void syntaxErrorNamesLine()
    {
        Error error;
        QVERIFY(!RegisterProfile::parse("{\n  \"schema\": \"x\",\n  oops\n}", nullptr, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(error.message.startsWith(QStringLiteral("line 3, column ")),
                 qPrintable(error.message));
        QVERIFY(!RegisterProfile::parse("[1, 2]", nullptr, &error));
        QCOMPARE(error.message, QStringLiteral("$: the profile must be a JSON object"));
    }

    void missingLanguageWarns()
    {
        QByteArray json = modified(QStringLiteral("purposes[0].en"), {});
        json = QJsonDocument(setAt(QJsonDocument::fromJson(json).object(),
                                   {QStringLiteral("legal_basis[1]"), QStringLiteral("fi")},
                                   QJsonValue::Undefined)
                                 .toObject())
                   .toJson();
        Error error;
        QStringList warnings;
        const auto profile = RegisterProfile::parse(json, &warnings, &error);
        QVERIFY2(profile, qPrintable(error.message));
        QCOMPARE(warnings, (QStringList{QStringLiteral("purposes[0].en is missing"),
                                        QStringLiteral("legal_basis[1].fi is missing")}));
        QCOMPARE(profile->warnings(), warnings);
        QVERIFY(!profile->purposes().first().has(NoticeLanguage::English));
        QVERIFY(profile->purposes().first().has(NoticeLanguage::Finnish));
    }

    void retentionPolicyFollowsProfile()
    {
        // A stored profile from before a 0 needed its criterion (a new one would be refused).
        const auto profile =
            RegisterProfile::parse(modified(QStringLiteral("retention.call_metadata_months"), "0"),
                                   nullptr, nullptr, RegisterProfile::Rules::AsStored);
        QVERIFY(profile);
        const auto policy = RetentionPolicy::fromProfile(*profile);
        QVERIFY(!policy.hasFixedPeriod(RetentionPolicy::Kind::CallMetadata));
        QVERIFY(
            !policy.expiry(RetentionPolicy::Kind::CallMetadata, QDateTime::currentDateTimeUtc()));
        // Six months from noon on 31 January (Helsinki, +2): to the end of 31 July, which
        // ends at 21:00 UTC (+3 in summer).
        const QDateTime jan31(QDate(2026, 1, 31), QTime(10, 0), Qt::UTC);
        QCOMPARE(*policy.expiry(RetentionPolicy::Kind::Recordings, jan31),
                 QDateTime(QDate(2026, 7, 31), QTime(21, 0), Qt::UTC));
        QCOMPARE(*policy.holdLimit(jan31), QDateTime(QDate(2027, 1, 31), QTime(22, 0), Qt::UTC));
        QCOMPARE(policy.holdReasons(), (QStringList{QStringLiteral("complaint"),
                                                    QStringLiteral("criminal_investigation")}));
    }

    // Periods are counted on the register's local calendar (Laki säädettyjen määräaikain
    // laskemisesta 3 §): the day with the same number in the later month, or its last day,
    // to the end of that day. The UTC date of an event after local midnight is the day before.
    void localCalendarPeriods_data()
    {
        QTest::addColumn<QDateTime>("start"); // UTC
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("lastDay");
        QTest::addColumn<QDateTime>("end"); // UTC
        // 00:30 on 31 January 2028 in Helsinki (+2) is 22:30 on 30 January UTC.
        QTest::newRow("31 Jan + 1, leap year")
            << QDateTime(QDate(2028, 1, 30), QTime(22, 30), Qt::UTC) << 1 << QDate(2028, 2, 29)
            << QDateTime(QDate(2028, 2, 29), QTime(22, 0), Qt::UTC);
        QTest::newRow("31 Jan + 1")
            << QDateTime(QDate(2027, 1, 30), QTime(22, 30), Qt::UTC) << 1 << QDate(2027, 2, 28)
            << QDateTime(QDate(2027, 2, 28), QTime(22, 0), Qt::UTC);
        // 00:30 on 1 March in Helsinki is still February in UTC: the period is to 1 April
        // (summer time by then: its end is 21:00 UTC).
        QTest::newRow("1 Mar + 1")
            << QDateTime(QDate(2028, 2, 29), QTime(22, 30), Qt::UTC) << 1 << QDate(2028, 4, 1)
            << QDateTime(QDate(2028, 4, 1), QTime(21, 0), Qt::UTC);
        QTest::newRow("31 Aug + 6")
            << QDateTime(QDate(2026, 8, 31), QTime(9, 0), Qt::UTC) << 6 << QDate(2027, 2, 28)
            << QDateTime(QDate(2027, 2, 28), QTime(22, 0), Qt::UTC);
        QTest::newRow("late evening stays its day")
            << QDateTime(QDate(2026, 5, 15), QTime(20, 59), Qt::UTC) << 3 << QDate(2026, 8, 15)
            << QDateTime(QDate(2026, 8, 15), QTime(21, 0), Qt::UTC);
    }
    void localCalendarPeriods()
    {
        QFETCH(QDateTime, start);
        QFETCH(int, months);
        QFETCH(QDate, lastDay);
        QFETCH(QDateTime, end);
        const QTimeZone helsinki = LocalCalendar::defaultZone();
        QVERIFY(helsinki.isValid());
        QCOMPARE(LocalCalendar::lastDay(start, months, helsinki), lastDay);
        QCOMPARE(LocalCalendar::periodEnd(start, months, helsinki), end);
        // The same through the policy of a profile with that period.
        const auto profile = RegisterProfile::parse(
            modified(QStringLiteral("retention.recordings_months"), QByteArray::number(months)),
            nullptr, nullptr);
        QVERIFY(profile);
        QCOMPARE(*RetentionPolicy::fromProfile(*profile).expiry(RetentionPolicy::Kind::Recordings,
                                                                start),
                 end);
    }

    // The register's zone and the later categories come from the profile; absent, Helsinki
    // and no fixed period; a zone the system does not know is refused at its field.
    void timeZoneAndLaterCategories()
    {
        auto profile = RegisterProfile::parse(
            readFile(profilePath(QStringLiteral("nordic-helpdesk"))), nullptr, nullptr);
        QVERIFY(profile);
        QCOMPARE(profile->timeZone().id(), QByteArray("Europe/Helsinki"));
        // The examples keep the audit trail whole (the purge cannot cut a hash chain), and say
        // so in a criterion.
        QCOMPARE(RetentionPolicy::fromProfile(*profile).months(RetentionPolicy::Kind::AuditTrail),
                 0);
        QVERIFY(profile->retention().criteria.contains(QStringLiteral("audit_trail")));
        // A profile written before the later categories: no fixed period for them.
        profile = RegisterProfile::parse(
            modified(QStringLiteral("retention.audit_trail_months"), {}), nullptr, nullptr);
        QVERIFY(profile);
        const auto policy = RetentionPolicy::fromProfile(*profile);
        QCOMPARE(policy.kinds().size(), 6);
        QVERIFY(!policy.hasFixedPeriod(RetentionPolicy::Kind::AuditTrail));
        profile = RegisterProfile::parse(
            modified(QStringLiteral("time_zone"), "\"Europe/Stockholm\""), nullptr, nullptr);
        QVERIFY(profile);
        QCOMPARE(profile->timeZone().id(), QByteArray("Europe/Stockholm"));
        profile = RegisterProfile::parse(
            modified(QStringLiteral("retention.evaluations_months"), "24"), nullptr, nullptr);
        QVERIFY(profile);
        QCOMPARE(RetentionPolicy::fromProfile(*profile).months(
                     RetentionPolicy::Kind::EvaluationsAndTags),
                 24);
        Error error;
        QVERIFY(!RegisterProfile::parse(modified(QStringLiteral("time_zone"), "\"Mars/Olympus\""),
                                        nullptr, &error));
        QVERIFY2(error.message.startsWith(QStringLiteral("time_zone: ")),
                 qPrintable(error.message));
        QVERIFY(!RegisterProfile::parse(
            modified(QStringLiteral("retention.audit_trail_months"), "-1"), nullptr, &error));
        QVERIFY2(error.message.startsWith(QStringLiteral("retention.audit_trail_months")),
                 qPrintable(error.message));
    }

    // The kind ids of the profile are those of the policy, in its order.
    void retentionKindIdsMatchThePolicy()
    {
        QStringList ids;
        for (const RetentionPolicy::Kind kind : RetentionPolicy::kinds())
            ids << RetentionPolicy::kindId(kind);
        QCOMPARE(RegisterProfile::retentionKindIds(), ids);
    }

    // GDPR art. 13(2)(a): a period of 0 needs a criterion. A stored profile set before that
    // rule is read with a warning, for every category the register holds (a new one is refused:
    // zeroPeriodWithoutCriterionIsRefused).
    void zeroPeriodWithoutCriterionWarns_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QStringList>("expected");
        const QString noCriterion = QStringLiteral(
            "retention.%1_months is 0 (no fixed period) but retention.criteria.%1 does not say "
            "how the period is determined; the notice must state it (GDPR art. 13(2)(a))");
        QTest::newRow("recordings 0")
            << QStringLiteral("retention.recordings_months") << QByteArray("0")
            << QStringList{noCriterion.arg(QStringLiteral("recordings"))};
        QTest::newRow("audit trail without criterion")
            << QStringLiteral("retention.criteria") << QByteArray()
            << QStringList{noCriterion.arg(QStringLiteral("audit_trail"))};
        QTest::newRow("criterion for a fixed period")
            << QStringLiteral("retention.criteria.recordings")
            << QByteArray(R"({"fi": "Poistetaan, kun reklamaatio on käsitelty.",
                              "en": "Deleted once the complaint has been handled."})")
            << QStringList{QStringLiteral("retention.criteria.recordings is not shown in the "
                                          "notice: retention.recordings_months is a fixed "
                                          "period")};
        // A register without recordings needs no criterion for them.
        QTest::newRow("not held") << QStringLiteral("data_categories")
                                  << QByteArray(
                                         R"(["name", "phone", "chat_transcript", "call_metadata"])")
                                  << QStringList{};
        QTest::newRow("no data subjects")
            << QStringLiteral("data_subjects") << QByteArray()
            << QStringList{QStringLiteral(
                   "data_subjects is missing: the notice names callers, chat users and the "
                   "people customer service calls as the data subjects")};
    }
    void zeroPeriodWithoutCriterionWarns()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, value);
        QFETCH(QStringList, expected);
        QJsonObject root = QJsonDocument::fromJson(modified(path, value)).object();
        if (qstrcmp(QTest::currentDataTag(), "not held") == 0) {
            // Recordings 0 but not held: no warning.
            root =
                setAt(root, {QStringLiteral("retention"), QStringLiteral("recordings_months")}, 0)
                    .toObject();
        }
        QStringList warnings;
        Error error;
        const auto profile = RegisterProfile::parse(QJsonDocument(root).toJson(), &warnings, &error,
                                                    RegisterProfile::Rules::AsStored);
        QVERIFY2(profile, qPrintable(error.message));
        QCOMPARE(warnings, expected);
    }

    // DESIGN.md, "Register profile": a month value of 0 requires the criterion, and "as long as
    // needed" is not one. A new version breaking either is refused at the criterion's path
    // (issue [9]: it was saved with a warning and the notice printed "[Criterion missing…]").
    void zeroPeriodWithoutCriterionIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected");
        const QString needed = QStringLiteral(
            "retention.criteria.%1: is needed: retention.%1_months is 0 (no fixed period), so "
            "the notice must say how the period is determined (GDPR art. 13(2)(a))");
        // nordic-helpdesk holds every category; its audit trail has 0 with a criterion.
        for (const QString& kind : RegisterProfile::retentionKindIds()) {
            if (kind == QLatin1String("audit_trail"))
                continue;
            const QString path = QStringLiteral("retention.%1_months").arg(kind);
            QTest::newRow(qPrintable(kind)) << path << QByteArray("0") << needed.arg(kind);
        }
        QTest::newRow("audit trail criterion removed")
            << QStringLiteral("retention.criteria") << QByteArray()
            << needed.arg(QStringLiteral("audit_trail"));
        QTest::newRow("as long as needed")
            << QStringLiteral("retention.criteria.audit_trail.en")
            << QByteArray("\"As long as needed.\"")
            << QStringLiteral("retention.criteria.audit_trail.en: \"As long as needed.\" is not a "
                              "criterion: say what decides how long the data is kept, e.g. an "
                              "event and a time after it (GDPR art. 13(2)(a))");
        QTest::newRow("niin kauan kuin tarpeen")
            << QStringLiteral("retention.criteria.audit_trail.fi")
            << QByteArray("\"Niin kauan kuin on tarpeen\"")
            << QStringLiteral("retention.criteria.audit_trail.fi: \"Niin kauan kuin on tarpeen\" "
                              "is not a criterion: say what decides how long the data is kept, "
                              "e.g. an event and a time after it (GDPR art. 13(2)(a))");
    }
    void zeroPeriodWithoutCriterionIsRefused()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        const QByteArray json = modified(path, value);
        Error error;
        QStringList warnings;
        QVERIFY(!RegisterProfile::parse(json, &warnings, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QCOMPARE(error.message, expected);
        // The same profile, stored before the rule, still opens, with the rule as a warning.
        QVERIFY(RegisterProfile::parse(json, &warnings, &error, RegisterProfile::Rules::AsStored));
        QVERIFY2(!warnings.filter(expected.section(QStringLiteral(": "), 0, 0)).isEmpty(),
                 qPrintable(warnings.join(QLatin1Char('\n'))));
        // A criterion that goes on to name an event is one.
        QVERIFY(!RegisterProfile::isVagueCriterion(
            QStringLiteral("As long as needed to handle the complaint, at most two years")));
    }

    // A later category left out of the profile (written before it existed) has no fixed period
    // and no criterion: the contract's profiles must keep working, so it is a warning.
    void laterCategoryLeftOutWarns()
    {
        QJsonObject root =
            QJsonDocument::fromJson(modified(QStringLiteral("retention.criteria"), QByteArray()))
                .object();
        root = setAt(root, {QStringLiteral("retention"), QStringLiteral("audit_trail_months")},
                     QJsonValue::Undefined)
                   .toObject();
        QStringList warnings;
        Error error;
        QVERIFY2(RegisterProfile::parse(QJsonDocument(root).toJson(), &warnings, &error),
                 qPrintable(error.message));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().startsWith(
            QStringLiteral("retention.audit_trail_months is 0 (no fixed period)")));
    }

    void criterionDataSubjectsAndDpoAreRead()
    {
        Error error;
        auto polar = RegisterProfile::parse(
            readFile(profilePath(QStringLiteral("polar-collections"))), nullptr, &error);
        QVERIFY2(polar, qPrintable(error.message));
        QCOMPARE(polar->retention().callMetadataMonths, 0);
        const LocalizedText criterion =
            polar->retention().criteria.value(QStringLiteral("call_metadata"));
        QVERIFY(criterion.fi.contains(QStringLiteral("perintäasia on päättynyt")));
        QVERIFY(criterion.en.contains(QStringLiteral("collection matter has ended")));
        QVERIFY(polar->dpo());
        QCOMPARE(polar->dpo()->name, QStringLiteral("Aino Kärkkäinen"));
        QCOMPARE(polar->dataSubjects().size(), 2);
        QVERIFY(polar->holdsRetentionKind(QStringLiteral("audit_trail")));
        QVERIFY(!polar->hasBasis(LegalBasis::Contract));

        auto nordic = RegisterProfile::parse(
            readFile(profilePath(QStringLiteral("nordic-helpdesk"))), nullptr, &error);
        QVERIFY(nordic);
        QVERIFY(!nordic->dpo());
        QVERIFY(nordic->hasBasis(LegalBasis::Contract));
        // The pre-GDPR field is optional and, where present, still read.
        QCOMPARE(nordic->rights().freeAccessRequestsPerYear, 1);
        nordic = RegisterProfile::parse(
            modified(QStringLiteral("rights.free_access_requests_per_year"), "2"), nullptr, &error);
        QVERIFY2(nordic, qPrintable(error.message));

        // Refused: an unknown category, an empty criterion, a DPO without e-mail, an empty
        // list of data subjects.
        const struct
        {
            const char* path;
            QByteArray value;
            const char* message;
        } bad[] = {
            {"retention.criteria", R"({"voicemail": {"fi": "x"}})",
             "retention.criteria.voicemail: is not a field of the profile"},
            {"retention.criteria", R"({"call_metadata": {}})",
             "retention.criteria.call_metadata: must have a Finnish (\"fi\") or an English "
             "(\"en\") text"},
            {"dpo", R"({"name": "Aino"})", "dpo.email: is missing"},
            {"dpo", R"({"name": "Aino", "email": "not an address"})", "dpo.email: "},
            {"data_subjects", "[]", "data_subjects: must have at least one entry"},
        };
        for (const auto& b : bad) {
            QVERIFY(
                !RegisterProfile::parse(modified(QLatin1String(b.path), b.value), nullptr, &error));
            QVERIFY2(error.message.startsWith(QString::fromUtf8(b.message)),
                     qPrintable(error.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestRegisterProfile)
#include "tst_registerprofile.moc"

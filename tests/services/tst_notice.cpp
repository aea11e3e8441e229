// The privacy notice: every example profile renders every section in both languages, the
// retention section comes from the enforced RetentionPolicy, and ProfileService keeps
// versions, refuses bad profiles and non-administrators, and publishes the public files.

#include "core/RetentionPolicy.h"
#include "services/NoticeRenderer.h"
#include "services/ProfileService.h"
#include "services/PublicNotice.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "support/TestRegister.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {

QByteArray example(const QString& name)
{
    QFile f(QStringLiteral(TALLENNE_TEST_DATA "/../../resources/profiles/%1.json").arg(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The example with retention values replaced.
QByteArray withRetention(const QString& name, const QJsonObject& changes)
{
    QJsonObject root = QJsonDocument::fromJson(example(name)).object();
    QJsonObject retention = root.value(QStringLiteral("retention")).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        retention[it.key()] = it.value();
    root[QStringLiteral("retention")] = retention;
    return QJsonDocument(root).toJson();
}

const QStringList finnishHeadings = {
    QStringLiteral("1. Rekisterinpitäjä ja yhteyshenkilö"),
    QStringLiteral("2. Rekisterin nimi ja rekisteröidyt"),
    QStringLiteral("3. Henkilötietojen käsittelyn tarkoitukset ja oikeusperuste"),
    QStringLiteral("4. Rekisterin tietosisältö"),
    QStringLiteral("5. Säännönmukaiset tietolähteet"),
    QStringLiteral("6. Tietojen vastaanottajat ja säännönmukaiset luovutukset"),
    QStringLiteral("7. Tietojen siirto EU:n tai ETA:n ulkopuolelle"),
    QStringLiteral("8. Tietojen säilytysaika"),
    QStringLiteral("9. Rekisterin suojauksen periaatteet"),
    QStringLiteral("10. Automaattinen päätöksenteko ja profilointi"),
    QStringLiteral("11. Rekisteröidyn oikeudet ja niiden käyttäminen"),
    QStringLiteral("12. Oikeus tehdä valitus valvontaviranomaiselle"),
    QStringLiteral("13. Selosteen päivittäminen"),
};
const QStringList englishHeadings = {
    QStringLiteral("1. Controller and contact person"),
    QStringLiteral("2. Name of the register and data subjects"),
    QStringLiteral("3. Purposes and legal basis of the processing"),
    QStringLiteral("4. Personal data in the register"),
    QStringLiteral("5. Where the data comes from"),
    QStringLiteral("6. Recipients of the data"),
    QStringLiteral("7. Transfers outside the EU and the EEA"),
    QStringLiteral("8. How long the data is kept"),
    QStringLiteral("9. How the data is protected"),
    QStringLiteral("10. Automated decision-making and profiling"),
    QStringLiteral("11. Your rights and how to exercise them"),
    QStringLiteral("12. Right to lodge a complaint with a supervisory authority"),
    QStringLiteral("13. Updates to this notice"),
};

const QString finnishNoFixed = QStringLiteral(
    "ei kiinteää säilytysaikaa; tietoja säilytetään niin kauan kuin käsittelyn tarkoitus tai "
    "laki edellyttää");
const QString englishNoFixed = QStringLiteral(
    "no fixed period; kept as long as the purpose of the processing or the law requires");

} // namespace

class TestNotice : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;

    std::unique_ptr<Session> loginAs(const QString& name)
    {
        Error error;
        const QByteArray password = name == QLatin1String("admin")
                                        ? QByteArray(adminPassword)
                                        : name.toUtf8() + "-violet-tram-harbour";
        auto session = Session::login(m_paths, name, secret(password.constData()), m_clock,
                                      fastOptions(), &error);
        if (!session)
            qWarning() << error.message;
        return session;
    }

    static int auditCount(Session& session, const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        filter.limit = 100000;
        return int(AuditLog(session.db()).list(filter, nullptr).size());
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
        for (Role role : RoleNames::all()) {
            const QString name = RoleNames::id(role);
            const QByteArray password = name.toUtf8() + "-violet-tram-harbour";
            QVERIFY2(UserService(*admin).add(name, role, secret(password.constData()), &error),
                     qPrintable(error.message));
        }
    }

    // Runs first (slots run in order): the register has no profile yet.
    void withoutProfileTheNoticeSaysSo()
    {
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        Error error;
        QVERIFY(!ProfileService(*admin).current(&error));
        QVERIFY(!error.isError());
        QVERIFY(!ProfileService(*admin).retentionPolicy(&error));
        QVERIFY(!error.isError());
        const auto en = PublicNotice::read(m_paths.folder, NoticeLanguage::English,
                                           PublicNotice::Format::Html, &error);
        QVERIFY(en);
        QVERIFY(en->contains(QStringLiteral("administrator has not yet set the register profile")));
        const auto fi = PublicNotice::read(m_paths.folder, NoticeLanguage::Finnish,
                                           PublicNotice::Format::Text, &error);
        QVERIFY(fi);
        QVERIFY(fi->simplified().contains(QStringLiteral("pääkäyttäjä ei ole vielä asettanut")));
    }

    void examplesRenderEverySection_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("finnish");
        QTest::addColumn<QStringList>("english");
        QTest::newRow("kaleva") << QStringLiteral("kaleva-asiakaspalvelu")
                                << QStringList{QStringLiteral(
                                                   "Puhelujen äänitallenteet: 3 kuukautta"),
                                               QStringLiteral("Chat-keskustelut: 3 kuukautta"),
                                               QStringLiteral("viimeistään 6 kuukauden kuluttua")}
                                << QStringList{QStringLiteral("Call recordings: 3 months"),
                                               QStringLiteral("Chat transcripts: 3 months"),
                                               QStringLiteral("at the latest 6 months after")};
        QTest::newRow("nordic") << QStringLiteral("nordic-helpdesk")
                                << QStringList{QStringLiteral(
                                                   "Puhelujen äänitallenteet: 6 kuukautta"),
                                               QStringLiteral("viimeistään 12 kuukauden kuluttua"),
                                               QStringLiteral("rikoksen selvittäminen"),
                                               QStringLiteral("Yhdistyneessä kuningaskunnassa")}
                                << QStringList{QStringLiteral("Call recordings: 6 months"),
                                               QStringLiteral("at the latest 12 months after"),
                                               QStringLiteral("investigation of a suspected crime"),
                                               QStringLiteral("United Kingdom")};
        QTest::newRow("polar")
            << QStringLiteral("polar-collections")
            << QStringList{QStringLiteral("Puhelujen äänitallenteet: 12 kuukautta"), finnishNoFixed,
                           QStringLiteral("viimeistään 36 kuukauden kuluttua"),
                           QStringLiteral("maksutonta 2 kertaa vuodessa")}
            << QStringList{QStringLiteral("Call recordings: 12 months"), englishNoFixed,
                           QStringLiteral("at the latest 36 months after"),
                           QStringLiteral("free of charge 2 times a year")};
    }
    void examplesRenderEverySection()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, finnish);
        QFETCH(QStringList, english);
        Error error;
        const auto profile = RegisterProfile::parse(example(name), nullptr, &error);
        QVERIFY2(profile, qPrintable(error.message));
        for (const NoticeLanguage language : {NoticeLanguage::Finnish, NoticeLanguage::English}) {
            const bool fi = language == NoticeLanguage::Finnish;
            // The text is wrapped at 78 columns: compare with the lines joined.
            const QString text = NoticeRenderer::text(&*profile, language).simplified();
            const QString html = NoticeRenderer::html(&*profile, language);
            for (const QString& heading : fi ? finnishHeadings : englishHeadings) {
                QVERIFY2(text.contains(heading), qPrintable(heading));
                QVERIFY2(html.contains(heading.toHtmlEscaped()), qPrintable(heading));
            }
            for (const QString& expected : fi ? finnish : english) {
                QVERIFY2(text.contains(expected), qPrintable(expected));
                QVERIFY2(html.contains(expected.toHtmlEscaped()), qPrintable(expected));
            }
            QVERIFY(text.contains(profile->controller().businessId));
            QVERIFY(text.contains(QStringLiteral("www.tietosuoja.fi")));
            QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
            QVERIFY(html.contains(fi ? QStringLiteral("<html lang=\"fi\">")
                                     : QStringLiteral("<html lang=\"en\">")));
            // Every category appears as words, never as its id.
            QVERIFY(!text.contains(QStringLiteral("voice_recording")));
            QVERIFY(!text.contains(QStringLiteral("{")));
            QVERIFY(!text.contains(QStringLiteral("[Suomenkielinen teksti puuttuu")));
            QVERIFY(!text.contains(QStringLiteral("[English text missing")));
            // The date in each language's own form.
            QVERIFY(text.contains(
                fi ? profile->updated().toString(QStringLiteral("d.M.yyyy"))
                   : QLocale(QLocale::English)
                         .toString(profile->updated(), QStringLiteral("d MMMM yyyy"))));
        }
    }

    void zeroMonthsSaysAsLongAsRequired()
    {
        const auto profile =
            RegisterProfile::parse(withRetention(QStringLiteral("kaleva-asiakaspalvelu"),
                                                 {{QStringLiteral("recordings_months"), 0}}),
                                   nullptr, nullptr);
        QVERIFY(profile);
        QVERIFY(NoticeRenderer::text(&*profile, NoticeLanguage::English)
                    .simplified()
                    .contains(QStringLiteral("Call recordings: ") + englishNoFixed));
        QVERIFY(NoticeRenderer::text(&*profile, NoticeLanguage::Finnish)
                    .simplified()
                    .contains(QStringLiteral("Puhelujen äänitallenteet: ") + finnishNoFixed));
        // One month is singular.
        const auto one =
            RegisterProfile::parse(withRetention(QStringLiteral("kaleva-asiakaspalvelu"),
                                                 {{QStringLiteral("recordings_months"), 1}}),
                                   nullptr, nullptr);
        QVERIFY(one);
        QVERIFY(NoticeRenderer::text(&*one, NoticeLanguage::English)
                    .contains(QStringLiteral("Call recordings: 1 month\n")));
        QVERIFY(NoticeRenderer::text(&*one, NoticeLanguage::Finnish)
                    .contains(QStringLiteral("Puhelujen äänitallenteet: 1 kuukausi\n")));
    }

    void profileTextIsEscapedAndGapsAreMarked()
    {
        QJsonObject root =
            QJsonDocument::fromJson(example(QStringLiteral("nordic-helpdesk"))).object();
        root[QStringLiteral("register_name")] =
            QJsonObject{{QStringLiteral("fi"),
                         QStringLiteral("Tukirekisteri <script>alert(1)</script> & muut")}};
        QStringList warnings;
        const auto profile =
            RegisterProfile::parse(QJsonDocument(root).toJson(), &warnings, nullptr);
        QVERIFY(profile);
        QCOMPARE(warnings, QStringList{QStringLiteral("register_name.en is missing")});
        const QString fi = NoticeRenderer::html(&*profile, NoticeLanguage::Finnish);
        QVERIFY(!fi.contains(QStringLiteral("<script>")));
        QVERIFY(fi.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; muut")));
        const QString en = NoticeRenderer::html(&*profile, NoticeLanguage::English);
        QVERIFY(!en.contains(QStringLiteral("Tukirekisteri")));
        QVERIFY(en.contains(QStringLiteral("<span class=\"missing\">[English text missing")));
        QVERIFY(NoticeRenderer::text(&*profile, NoticeLanguage::English)
                    .contains(QStringLiteral("[English text missing")));
    }

    void setStoresVersionsAndPublishes()
    {
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        ProfileService service(*admin);
        const int audited = auditCount(*admin, QStringLiteral("profile.set"));
        Error error;
        QStringList warnings{QStringLiteral("stale")};
        QVERIFY2(service.set(example(QStringLiteral("nordic-helpdesk")), &warnings, &error),
                 qPrintable(error.message));
        QVERIFY(warnings.isEmpty());
        QCOMPARE(auditCount(*admin, QStringLiteral("profile.set")), audited + 1);
        const auto version = service.currentVersion(&error);
        QVERIFY(version);
        QCOMPARE(version->json, example(QStringLiteral("nordic-helpdesk")));
        QCOMPARE(version->setBy, QStringLiteral("admin"));
        QCOMPARE(version->setAt, m_clock.nowUtc());
        QCOMPARE(version->sha256.size(), 64);
        for (const NoticeLanguage language : {NoticeLanguage::Finnish, NoticeLanguage::English}) {
            for (const auto format : {PublicNotice::Format::Html, PublicNotice::Format::Text}) {
                const QString path = PublicNotice::path(m_paths.folder, language, format);
                QVERIFY2(QFile::exists(path), qPrintable(path));
                QVERIFY(QFile::permissions(path).testFlag(QFile::ReadOther));
            }
        }
        QCOMPARE(QFileInfo(PublicNotice::path(m_paths.folder, NoticeLanguage::Finnish,
                                              PublicNotice::Format::Html))
                     .fileName(),
                 QStringLiteral("notice_fi.html"));
        const auto html = PublicNotice::read(m_paths.folder, NoticeLanguage::English,
                                             PublicNotice::Format::Html, &error);
        QVERIFY(html);
        const auto current = service.current(&error);
        QVERIFY(current);
        QCOMPARE(*html, NoticeRenderer::html(&*current, NoticeLanguage::English));
    }

    void changingTheProfileChangesNoticeAndPolicy()
    {
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        ProfileService service(*admin);
        Error error;
        QVERIFY(service.set(example(QStringLiteral("nordic-helpdesk")), nullptr, &error));
        auto policy = service.retentionPolicy(&error);
        QVERIFY(policy);
        QCOMPARE(policy->months(RetentionPolicy::Kind::Recordings), 6);
        QCOMPARE(policy->holdMaxMonths(), 12);

        QVERIFY2(service.set(withRetention(QStringLiteral("nordic-helpdesk"),
                                           {{QStringLiteral("recordings_months"), 9},
                                            {QStringLiteral("hold_max_months"), 24}}),
                             nullptr, &error),
                 qPrintable(error.message));
        policy = service.retentionPolicy(&error);
        QVERIFY(policy);
        QCOMPARE(policy->months(RetentionPolicy::Kind::Recordings), 9);
        QCOMPARE(policy->holdMaxMonths(), 24);
        const auto profile = service.current(&error);
        QVERIFY(profile);
        QCOMPARE(RetentionPolicy::fromProfile(*profile), *policy);
        const auto text = PublicNotice::read(m_paths.folder, NoticeLanguage::English,
                                             PublicNotice::Format::Text, &error);
        QVERIFY(text);
        QVERIFY(text->contains(QStringLiteral("Call recordings: 9 months")));
        QVERIFY(!text->contains(QStringLiteral("Call recordings: 6 months")));
        QVERIFY(text->simplified().contains(QStringLiteral("at the latest 24 months after")));
        const auto fi = PublicNotice::read(m_paths.folder, NoticeLanguage::Finnish,
                                           PublicNotice::Format::Text, &error);
        QVERIFY(fi && fi->contains(QStringLiteral("Puhelujen äänitallenteet: 9 kuukautta")));
        const auto history = service.history(&error);
        QVERIFY(history);
        QVERIFY(history->size() >= 3);
        QCOMPARE(history->last().id, service.currentVersion(&error)->id);
    }

    void invalidProfileChangesNothing()
    {
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        ProfileService service(*admin);
        Error error;
        const auto before = service.currentVersion(&error);
        QVERIFY(before);
        const auto historyBefore = service.history(&error)->size();
        const QByteArray noticeBefore = [&] {
            QFile f(PublicNotice::path(m_paths.folder, NoticeLanguage::Finnish,
                                       PublicNotice::Format::Html));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!service.set(withRetention(QStringLiteral("kaleva-asiakaspalvelu"),
                                           {{QStringLiteral("recordings_months"), 200}}),
                             nullptr, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QCOMPARE(
            error.message,
            QStringLiteral("retention.recordings_months: must be a whole number from 0 to 120"));
        Error readError;
        QCOMPARE(service.currentVersion(&readError)->id, before->id);
        QCOMPARE(service.history(&readError)->size(), historyBefore);
        QFile f(PublicNotice::path(m_paths.folder, NoticeLanguage::Finnish,
                                   PublicNotice::Format::Html));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), noticeBefore);
    }

    void onlyAdministratorsSet_data()
    {
        QTest::addColumn<QString>("user");
        for (const char* role : {"quality-manager", "trainer", "privacy-officer"})
            QTest::newRow(role) << QString::fromLatin1(role);
    }
    void onlyAdministratorsSet()
    {
        QFETCH(QString, user);
        auto session = loginAs(user);
        QVERIFY(session);
        ProfileService service(*session);
        Error error;
        const auto before = service.currentVersion(&error);
        QVERIFY2(before, qPrintable(error.message)); // every role may read
        QVERIFY(service.current(&error));
        QVERIFY(service.retentionPolicy(&error));
        auto admin = loginAs(QStringLiteral("admin"));
        const int denied = auditCount(*admin, QStringLiteral("permission.denied"));
        QVERIFY(!service.set(example(QStringLiteral("polar-collections")), nullptr, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QCOMPARE(auditCount(*admin, QStringLiteral("permission.denied")), denied + 1);
        QVERIFY(!service.history(&error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        Error readError;
        QCOMPARE(service.currentVersion(&readError)->id, before->id);
    }

    void storedProfilesAreAppendOnly()
    {
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        Error error;
        QVERIFY(
            !admin->database().exec(QStringLiteral("DELETE FROM register_profiles"), {}, &error));
        QVERIFY(!admin->database().exec(QStringLiteral("UPDATE register_profiles SET json = 'x'"),
                                        {}, &error));
        QVERIFY(ProfileService(*admin).current(&error));
    }

    void pdfExport()
    {
        const auto profile =
            RegisterProfile::parse(example(QStringLiteral("polar-collections")), nullptr, nullptr);
        QVERIFY(profile);
        const QString path = m_dir.filePath(QStringLiteral("notice.pdf"));
        Error error;
        QVERIFY2(NoticeRenderer::writePdf(NoticeRenderer::html(&*profile, NoticeLanguage::Finnish),
                                          path, &error),
                 qPrintable(error.message));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdf.size() > 5000);
        QVERIFY(!NoticeRenderer::writePdf(QStringLiteral("<p>x</p>"),
                                          m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")),
                                          &error));
        QCOMPARE(error.kind, ErrorKind::Environment);
    }
};

QTEST_MAIN(TestNotice)
#include "tst_notice.moc"

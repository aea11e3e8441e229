// calls list, chats search and subject find, run as real tallenne-admin processes against a
// small demo register: output, JSON, masking per role and the documented exit codes.

#include "support/AdminProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestDataCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_register;
    QHash<QString, QString> m_passwords; // role -> password
    QHash<QString, QString> m_names;     // role -> user name

    using Run = tallenne::test::AdminRun;

    Run admin(const QStringList& args, const QByteArray& input = {})
    {
        return tallenne::test::runAdmin(args, input, 180000);
    }

    Run as(const QString& role, const QStringList& rest)
    {
        return admin(QStringList{QStringLiteral("--register"), m_register, QStringLiteral("--user"),
                                 m_names.value(role), QStringLiteral("--password-stdin")} +
                         rest,
                     m_passwords.value(role).toUtf8() + '\n');
    }

    static QJsonArray array(const Run& r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_register = m_dir.filePath(QStringLiteral("demo"));
        const Run r =
            admin({QStringLiteral("--register"), m_register, QStringLiteral("demo"),
                   QStringLiteral("--calls"), QStringLiteral("40"), QStringLiteral("--chats"),
                   QStringLiteral("20"), QStringLiteral("--no-bind")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QRegularExpression line(QStringLiteral("^user (\\S+) role (\\S+) password (\\S+)$"),
                                      QRegularExpression::MultilineOption);
        auto it = line.globalMatch(r.out);
        while (it.hasNext()) {
            const auto m = it.next();
            m_names.insert(m.captured(2), m.captured(1));
            m_passwords.insert(m.captured(2), m.captured(3));
        }
        QCOMPARE(m_names.size(), 4);
        QVERIFY2(r.err.contains(QStringLiteral("calls/s")), qPrintable(r.err));
    }

    void callsListJsonMasksForQualityManagers()
    {
        const Run qm = as(QStringLiteral("quality-manager"),
                          {QStringLiteral("--json"), QStringLiteral("calls"),
                           QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5")});
        QVERIFY2(qm.code == 0, qPrintable(qm.err));
        const QJsonArray rows = array(qm);
        QCOMPARE(rows.size(), 5);
        for (const QJsonValue& v : rows) {
            const QString caller = v.toObject().value(QStringLiteral("caller")).toString();
            QVERIFY2(caller.contains(QLatin1Char('*')), qPrintable(caller));
            QVERIFY(v.toObject().contains(QStringLiteral("started_at")));
        }
        const Run po =
            as(QStringLiteral("privacy-officer"),
               {QStringLiteral("--json"), QStringLiteral("calls"), QStringLiteral("list"),
                QStringLiteral("--limit"), QStringLiteral("40")});
        QVERIFY2(po.code == 0, qPrintable(po.err));
        QCOMPARE(array(po).size(), 40);
        QVERIFY(!array(po)
                     .first()
                     .toObject()
                     .value(QStringLiteral("caller"))
                     .toString()
                     .contains(QLatin1Char('*')));
    }

    void callsListPlainAndFilters()
    {
        const Run all =
            as(QStringLiteral("privacy-officer"), {QStringLiteral("calls"), QStringLiteral("list"),
                                                   QStringLiteral("--limit"), QStringLiteral("3")});
        QVERIFY2(all.code == 0, qPrintable(all.err));
        const QStringList lines = all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.first().count(QLatin1Char('\t')) >= 8);

        // A phone from the list finds its calls, and only those.
        const QJsonArray rows =
            array(as(QStringLiteral("privacy-officer"),
                     {QStringLiteral("--json"), QStringLiteral("calls"), QStringLiteral("list"),
                      QStringLiteral("--limit"), QStringLiteral("1")}));
        const QString phone = rows.first().toObject().value(QStringLiteral("caller")).toString();
        const Run byPhone = as(QStringLiteral("privacy-officer"),
                               {QStringLiteral("--json"), QStringLiteral("calls"),
                                QStringLiteral("list"), QStringLiteral("--phone"), phone});
        QVERIFY2(byPhone.code == 0, qPrintable(byPhone.err));
        QVERIFY(!array(byPhone).isEmpty());
        for (const QJsonValue& v : array(byPhone))
            QCOMPARE(v.toObject().value(QStringLiteral("caller")).toString(), phone);

        const Run future =
            as(QStringLiteral("quality-manager"),
               {QStringLiteral("--json"), QStringLiteral("calls"), QStringLiteral("list"),
                QStringLiteral("--from"), QStringLiteral("2999-01-01")});
        QCOMPARE(future.code, 0);
        QCOMPARE(array(future).size(), 0);
        const Run range =
            as(QStringLiteral("quality-manager"),
               {QStringLiteral("--json"), QStringLiteral("calls"), QStringLiteral("list"),
                QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                QStringLiteral("2999-12-31T23:00:00")});
        QCOMPARE(range.code, 0);
        QVERIFY(!array(range).isEmpty());
    }

    void chatsSearch()
    {
        const Run r =
            as(QStringLiteral("trainer"), {QStringLiteral("--json"), QStringLiteral("chats"),
                                           QStringLiteral("search"), QStringLiteral("kiitos")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray hits = array(r);
        QVERIFY(!hits.isEmpty());
        QVERIFY(hits.first()
                    .toObject()
                    .value(QStringLiteral("snippet"))
                    .toString()
                    .contains(QLatin1Char('[')));
        const Run syntax =
            as(QStringLiteral("trainer"),
               {QStringLiteral("chats"), QStringLiteral("search"), QStringLiteral("\"AND (")});
        QCOMPARE(syntax.code, 5);
    }

    void subjectFind()
    {
        const QJsonArray rows =
            array(as(QStringLiteral("privacy-officer"),
                     {QStringLiteral("--json"), QStringLiteral("calls"), QStringLiteral("list"),
                      QStringLiteral("--limit"), QStringLiteral("40")}));
        // Every demo caller is a data subject; some are identified customers with an identity
        // code. Each phone finds its subject with its calls.
        int found = 0, identified = 0;
        for (const QJsonValue& v : rows) {
            const QString phone = v.toObject().value(QStringLiteral("caller")).toString();
            if (!phone.startsWith(QLatin1String("+358")))
                continue;
            const Run r =
                as(QStringLiteral("privacy-officer"),
                   {QStringLiteral("--json"), QStringLiteral("subject"), QStringLiteral("find"),
                    QStringLiteral("--phone"), QStringLiteral("0") + phone.mid(4)});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            // Calls from the number that no subject holds come as subject 0.
            QJsonArray subjects;
            for (const QJsonValue& m : array(r)) {
                if (m.toObject().value(QStringLiteral("subject_id")).toInteger() > 0)
                    subjects.append(m);
            }
            if (subjects.isEmpty())
                continue;
            ++found;
            const QJsonObject s = subjects.first().toObject();
            QVERIFY(!s.value(QStringLiteral("calls")).toArray().isEmpty());
            QStringList kinds;
            for (const QJsonValue& i : s.value(QStringLiteral("identifiers")).toArray())
                kinds << i.toObject().value(QStringLiteral("kind")).toString();
            QVERIFY(kinds.contains(QStringLiteral("phone")));
            if (kinds.contains(QStringLiteral("identity_code")) && ++identified >= 1)
                break;
        }
        QVERIFY(found > 0);
        QVERIFY(identified > 0); // 65 % of demo calls come from identified customers
    }

    void exitCodes()
    {
        QCOMPARE(
            as(QStringLiteral("administrator"), {QStringLiteral("calls"), QStringLiteral("list")})
                .code,
            3);
        QCOMPARE(as(QStringLiteral("quality-manager"),
                    {QStringLiteral("subject"), QStringLiteral("find"), QStringLiteral("--phone"),
                     QStringLiteral("0401234567")})
                     .code,
                 3);
        QCOMPARE(as(QStringLiteral("privacy-officer"),
                    {QStringLiteral("subject"), QStringLiteral("find"), QStringLiteral("--phone"),
                     QStringLiteral("040"), QStringLiteral("--name"), QStringLiteral("Matti")})
                     .code,
                 1);
        QCOMPARE(as(QStringLiteral("privacy-officer"),
                    {QStringLiteral("subject"), QStringLiteral("find")})
                     .code,
                 1);
        QCOMPARE(as(QStringLiteral("privacy-officer"),
                    {QStringLiteral("subject"), QStringLiteral("find"),
                     QStringLiteral("--identity-code"), QStringLiteral("131052-308U")})
                     .code,
                 5);
        QCOMPARE(as(QStringLiteral("quality-manager"),
                    {QStringLiteral("calls"), QStringLiteral("list"), QStringLiteral("--from"),
                     QStringLiteral("yesterday")})
                     .code,
                 1);
        QCOMPARE(as(QStringLiteral("quality-manager"),
                    {QStringLiteral("calls"), QStringLiteral("list"), QStringLiteral("--phone"),
                     QStringLiteral("not a phone")})
                     .code,
                 5);
        QCOMPARE(
            as(QStringLiteral("quality-manager"), {QStringLiteral("calls"), QStringLiteral("list"),
                                                   QStringLiteral("--limit"), QStringLiteral("-1")})
                .code,
            1);
    }

    // --limit has no upper bound (it stopped at 10,000), and 0 means every row.
    void limitAnyNumber()
    {
        for (const QString& limit : {QStringLiteral("0"), QStringLiteral("20000")}) {
            const Run r = as(QStringLiteral("privacy-officer"),
                             {QStringLiteral("--json"), QStringLiteral("calls"),
                              QStringLiteral("list"), QStringLiteral("--limit"), limit});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(array(r).size(), 40);
        }
    }
};

QTEST_GUILESS_MAIN(TestDataCli)
#include "tst_datacli.moc"

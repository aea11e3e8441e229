// The lazy call list model: correct rows in both orders, few fetches for a jump to the end,
// and Qt's model tester finds nothing wrong.

#include "gui/CallListModel.h"
#include "services/UserService.h"
#include "support/TestData.h"
#include "support/TestRegister.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestCallListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Session> m_session;
    static constexpr int Calls = 2500;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const RegisterPaths paths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY(!makeRegister(paths, m_clock, fastOptions(), &error).isEmpty());
        auto admin = Session::login(paths, QStringLiteral("admin"), secret(adminPassword), m_clock,
                                    fastOptions(), &error);
        QVERIFY(admin);
        QVERIFY(UserService(*admin).add(QStringLiteral("pirjo"), Role::PrivacyOfficer,
                                        secret("pirjo's long password"), &error));
        QVERIFY(UserService(*admin).add(QStringLiteral("laura"), Role::QualityManager,
                                        secret("laura's long password"), &error));
        QVERIFY(fillRegister(*admin, Calls));
        admin.reset();
        m_session = Session::login(paths, QStringLiteral("pirjo"), secret("pirjo's long password"),
                                   m_clock, fastOptions(), &error);
        QVERIFY2(m_session, qPrintable(error.message));
    }

    void modelTester()
    {
        CallListModel model(*m_session);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Error error;
        QVERIFY(model.setFilter({}, &error));
        QCOMPARE(model.rowCount(), Calls);
        model.sort(CallListModel::Duration, Qt::AscendingOrder);
        QVERIFY(model.setFilter(CallFilter{}, &error));
    }

    void rowsInOrderAndLazy()
    {
        CallListModel model(*m_session);
        Error error;
        QVERIFY(model.setFilter({}, &error));
        QCOMPARE(model.pagesFetched(), 0);
        // Newest first by default: call 1 is the newest, call N the oldest.
        QCOMPARE(model.callId(0), qint64(1));
        QCOMPARE(model.pagesFetched(), 1);
        // A jump to the end fetches one page, with the order reversed, and gets the oldest.
        QCOMPARE(model.callId(Calls - 1), qint64(Calls));
        QCOMPARE(model.callId(Calls - 50), qint64(Calls - 49)); // the same (last) page
        QCOMPARE(model.pagesFetched(), 2);
        // The middle: one more page.
        QCOMPARE(model.callId(Calls / 2), qint64(Calls / 2 + 1));
        QCOMPARE(model.pagesFetched(), 3);

        model.sort(CallListModel::Duration, Qt::AscendingOrder);
        QCOMPARE(model.callId(0), qint64(1)); // duration 31 s
        QCOMPARE(model.callId(Calls - 1), qint64(Calls));
        model.sort(CallListModel::Duration, Qt::DescendingOrder);
        QCOMPARE(model.callId(0), qint64(Calls));
        QCOMPARE(model.index(0, CallListModel::Duration).data().toString(),
                 QStringLiteral("%1:%2")
                     .arg((30 + Calls) / 60)
                     .arg((30 + Calls) % 60, 2, 10, QLatin1Char('0')));
    }

    void filtersCombine()
    {
        CallListModel model(*m_session);
        Error error;
        CallFilter f;
        f.agent = QStringLiteral("anna");
        QVERIFY(model.setFilter(f, &error));
        QCOMPARE(model.rowCount(), (Calls + 2) / 3);
        f.queue =
            QStringLiteral("Laskutus"); // even calls; anna has 1, 4, 7, …: the even ones 4, 10, …
        QVERIFY(model.setFilter(f, &error));
        int expected = 0;
        for (int i = 1; i <= Calls; ++i)
            expected += ((i - 1) % 3 == 0 && i % 2 == 0) ? 1 : 0;
        QCOMPARE(model.rowCount(), expected);
        f = {};
        f.direction = QStringLiteral("outbound");
        f.minDurationS = 100;
        f.maxDurationS = 200;
        QVERIFY(model.setFilter(f, &error));
        expected = 0;
        for (int i = 1; i <= Calls; ++i)
            expected += (i % 5 == 0 && 30 + i >= 100 && 30 + i <= 200) ? 1 : 0;
        QCOMPARE(model.rowCount(), expected);
        f = {};
        f.phone = QStringLiteral("040 000 0042");
        QVERIFY(model.setFilter(f, &error));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.callId(0), qint64(42));
        // The privacy officer sees the number in clear.
        QCOMPARE(model.index(0, CallListModel::Caller).data().toString(),
                 QStringLiteral("+358 40 0000042"));
    }

    void qualityManagerSeesMaskedAndNoRestricted()
    {
        Error error;
        auto laura =
            Session::login(m_session->paths(), QStringLiteral("laura"),
                           secret("laura's long password"), m_clock, fastOptions(), &error);
        QVERIFY(laura);
        CallListModel model(*laura);
        QVERIFY(model.setFilter({}, &error));
        QCOMPARE(model.rowCount(), Calls - 1); // call 2 is restricted
        QCOMPARE(model.callId(1), qint64(3));
        QVERIFY(model.index(0, CallListModel::Caller).data().toString().contains(QLatin1Char('*')));
    }
};

QTEST_MAIN(TestCallListModel)
#include "tst_calllistmodel.moc"

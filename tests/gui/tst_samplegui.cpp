// The Quality section's sampling queue (issue [12]), driven like a quality manager: the weeks,
// N per agent and a seed typed into the filter, Draw pressed (and Enter in a field); the items
// shown are exactly min(N, available) per agent and week, a second draw with the same seed
// shows the same rows, "Draw again with this seed" repeats a run, and an item opens for
// evaluation (or its evaluation, once there is one) on a double click or Enter. A trainer sees
// the runs and items but no filter.

#include "core/Scorecard.h"
#include "gui/DateFields.h"
#include "gui/quality/NewCalibrationDialog.h"
#include "gui/quality/QualityPage.h"
#include "gui/quality/SamplePanel.h"
#include "services/UserService.h"
#include "services/quality/EvaluationService.h"
#include "services/quality/ScorecardService.h"
#include "support/GuiTest.h"
#include "support/TestAudio.h"
#include "support/TestRegister.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {
QDateTime utc(QDate day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC);
}

/// The rows of a table as "column 0 | column 1 | …".
QStringList rowsOf(const QTableWidget* table, QList<int> columns)
{
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList cells;
        for (int c : columns)
            cells << table->item(r, c)->text();
        out << cells.join(QStringLiteral(" | "));
    }
    return out;
}

/// Replaces a field's text as a person does: select all, type.
void retype(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}
} // namespace

class TestSampleGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // Wednesday 18 Feb 2026: the previous full week is 9 to 15 February.
    ManualClock m_clock{utc(QDate(2026, 2, 18), 10)};
    RegisterPaths m_paths;
    QHash<qint64, QString> m_agentOf; ///< call → agent
    qint64 m_card = 0;

    std::optional<qint64> call(Session& session, int n, const QString& agent, const QDateTime& at)
    {
        const auto id = addCall(session, QStringLiteral("s-%1").arg(n), toneWav(2000), false, 2000);
        if (!id)
            return std::nullopt;
        QSqlQuery q(session.db());
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO agents (name) VALUES (?)"));
        q.addBindValue(agent);
        if (!q.exec())
            return std::nullopt;
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO queues (name) VALUES ('Myynti')"));
        if (!q.exec())
            return std::nullopt;
        q.prepare(QStringLiteral(
            "UPDATE calls SET started_at = ?, agent_id = (SELECT id FROM agents WHERE name = ?),"
            " queue_id = (SELECT id FROM queues WHERE name = 'Myynti') WHERE id = ?"));
        q.addBindValue(at.toSecsSinceEpoch());
        q.addBindValue(agent);
        q.addBindValue(*id);
        if (!q.exec())
            return std::nullopt;
        m_agentOf.insert(*id, agent);
        return id;
    }

    static QTableWidget* items(SamplePanel& panel)
    {
        return child<QTableWidget>(&panel, "sampleItemsTable");
    }

    /// Sets the filter to the two weeks from 2 February, 2 per agent, the seed typed.
    static void setFilter(SamplePanel& panel, const QString& seed)
    {
        auto* from = child<QDateEdit>(&panel, "sampleFromDateEdit");
        auto* to = child<QDateEdit>(&panel, "sampleToDateEdit");
        auto* perAgent = child<QSpinBox>(&panel, "perAgentSpinBox");
        auto* seedEdit = child<QLineEdit>(&panel, "sampleSeedLineEdit");
        QVERIFY(from && to && perAgent && seedEdit);
        // The previous full week is the default.
        QCOMPARE(from->date(), QDate(2026, 2, 9));
        QCOMPARE(to->date(), QDate(2026, 2, 15));
        QCOMPARE(perAgent->value(), 2);
        retype(from, DateFields::text(QDate(2026, 2, 2)));
        QCOMPARE(from->date(), QDate(2026, 2, 2));
        retype(perAgent, QStringLiteral("2"));
        QCOMPARE(perAgent->value(), 2);
        retype(seedEdit, seed);
        QCOMPARE(seedEdit->text(), seed);
    }

    /// The sample's rows per "agent week".
    static QHash<QString, int> perAgentAndWeek(const QTableWidget* table)
    {
        QHash<QString, int> out;
        for (int r = 0; r < table->rowCount(); ++r)
            ++out[table->item(r, 1)->text() + QLatin1Char(' ') + table->item(r, 0)->text()];
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty());
        auto admin = loginTo(m_paths, m_clock, QStringLiteral("admin"));
        QVERIFY(admin);
        for (const auto& [name, role] : {std::pair{QStringLiteral("laura"), Role::QualityManager},
                                         std::pair{QStringLiteral("teemu"), Role::Trainer}})
            QVERIFY2(
                UserService(*admin).add(name, role, secret(passwordOf(name).constData()), &error),
                qPrintable(error.message));
        // Three agents over two weeks from Monday 2 February: Bea 5 and 4 calls, Cai 1 and 3,
        // Dan 2 and none.
        int n = 0;
        for (const auto& [agent, first, second] :
             {std::tuple{QStringLiteral("Bea"), 5, 4}, std::tuple{QStringLiteral("Cai"), 1, 3},
              std::tuple{QStringLiteral("Dan"), 2, 0}}) {
            for (int w = 0; w < 2; ++w) {
                for (int i = 0; i < (w == 0 ? first : second); ++i)
                    QVERIFY(call(*admin, ++n, agent, utc(QDate(2026, 2, 2 + 7 * w + i), 9 + i)));
            }
        }
        auto laura = loginTo(m_paths, m_clock, QStringLiteral("laura"));
        QVERIFY(laura);
        ScorecardDefinition card;
        card.name = QStringLiteral("Service call");
        ScorecardSection section;
        section.title = QStringLiteral("Call");
        ScorecardCriterion greeting;
        greeting.id = QStringLiteral("greeting");
        greeting.title = QStringLiteral("Greets the customer");
        section.criteria << greeting;
        card.sections << section;
        const auto id = ScorecardService(*laura).create(card, &error);
        QVERIFY2(id, qPrintable(error.message));
        m_card = *id;
    }

    void drawTwiceWithTheSameSeed()
    {
        auto session = loginTo(m_paths, m_clock, QStringLiteral("laura"));
        QVERIFY(session);
        SamplePanel panel(*session);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* table = items(panel);
        auto* runs = child<QTableWidget>(&panel, "sampleRunsTable");
        auto* draw = child<QPushButton>(&panel, "drawButton");
        auto* progress = child<QLabel>(&panel, "sampleProgressLabel");
        QVERIFY(table && runs && draw && progress);
        QCOMPARE(runs->rowCount(), 0);

        setFilter(panel, QStringLiteral("424242"));
        QTest::mouseClick(draw, Qt::LeftButton);
        QTRY_COMPARE(runs->rowCount(), 1);
        // min(2, available) per agent and week: Bea 2+2, Cai 1+2, Dan 2+0.
        const QHash<QString, int> groups = perAgentAndWeek(table);
        const QString week6 = QStringLiteral("week 6, ") + DateFields::text(QDate(2026, 2, 2));
        const QString week7 = QStringLiteral("week 7, ") + DateFields::text(QDate(2026, 2, 9));
        QCOMPARE(groups.value(QStringLiteral("Bea ") + week6), 2);
        QCOMPARE(groups.value(QStringLiteral("Bea ") + week7), 2);
        QCOMPARE(groups.value(QStringLiteral("Cai ") + week6), 1);
        QCOMPARE(groups.value(QStringLiteral("Cai ") + week7), 2);
        QCOMPARE(groups.value(QStringLiteral("Dan ") + week6), 2);
        QCOMPARE(groups.size(), 5);
        QCOMPARE(table->rowCount(), 9);
        // Each item is a call of the agent its row names, to evaluate.
        for (int r = 0; r < table->rowCount(); ++r) {
            const QString target = table->item(r, 2)->text();
            QVERIFY2(target.startsWith(QStringLiteral("Call ")), qPrintable(target));
            QCOMPARE(m_agentOf.value(target.mid(5).toLongLong()), table->item(r, 1)->text());
            QCOMPARE(table->item(r, 4)->text(), QStringLiteral("to evaluate"));
        }
        QCOMPARE(runs->item(0, 0)->text(), QStringLiteral("laura"));
        QCOMPARE(runs->item(0, 3)->text(), QStringLiteral("424242"));
        QCOMPARE(runs->item(0, 4)->text(), QStringLiteral("0 of 9"));
        QCOMPARE(progress->text(), QStringLiteral("0 of 9 evaluated"));
        // The run shows its filter; the agent-week with fewer calls than asked for is named.
        QVERIFY2(runs->item(0, 5)->text().startsWith(QStringLiteral("2 per agent and week; calls")),
                 qPrintable(runs->item(0, 5)->text()));
        const QString said = child<QLabel>(&panel, "sampleStatusLabel")->text();
        QVERIFY2(said.contains(QStringLiteral("In 1 agent-week(s) there were fewer than 2")),
                 qPrintable(said));
        const QStringList first = rowsOf(table, {0, 1, 2});

        // Enter in the seed field draws again: the same seed gives the same rows.
        auto* seed = child<QLineEdit>(&panel, "sampleSeedLineEdit");
        seed->setFocus();
        QTest::keyClick(seed, Qt::Key_Return);
        QTRY_COMPARE(runs->rowCount(), 2);
        QCOMPARE(rowsOf(table, {0, 1, 2}), first);

        // Another seed draws another sample from Bea's five in week 6 (10 possible pairs)
        // with the same even spread; the seed field emptied draws with a random seed shown.
        QStringList other;
        for (const QString& s :
             {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}) {
            retype(seed, s);
            QTest::mouseClick(draw, Qt::LeftButton);
            QTRY_COMPARE(runs->item(0, 3)->text(), s);
            QCOMPARE(perAgentAndWeek(table), groups);
            other << rowsOf(table, {0, 1, 2}).join(QLatin1Char(','));
        }
        other.removeDuplicates();
        QVERIFY(other.size() >= 2);
        seed->clear();
        const int before = runs->rowCount();
        QTest::mouseClick(draw, Qt::LeftButton);
        QTRY_COMPARE(runs->rowCount(), before + 1);
        QVERIFY(runs->item(0, 3)->text().toULongLong() > 0);

        // "Draw again with this seed" on the first run repeats it.
        runs->selectRow(runs->rowCount() - 1);
        QCOMPARE(rowsOf(table, {0, 1, 2}), first);
        QTest::mouseClick(child<QPushButton>(&panel, "drawAgainButton"), Qt::LeftButton);
        QTRY_COMPARE(runs->rowCount(), before + 2);
        QCOMPARE(runs->item(0, 3)->text(), QStringLiteral("424242"));
        QCOMPARE(seed->text(), QStringLiteral("424242"));
        QCOMPARE(rowsOf(table, {0, 1, 2}), first);
    }

    void itemOpensForEvaluation()
    {
        auto session = loginTo(m_paths, m_clock, QStringLiteral("laura"));
        QVERIFY(session);
        SamplePanel panel(*session);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* runs = child<QTableWidget>(&panel, "sampleRunsTable");
        auto* table = items(panel);
        QVERIFY(runs && table && runs->rowCount() > 0);
        runs->selectRow(0);
        QTRY_COMPARE(table->rowCount(), 9);
        QSignalSpy evaluate(&panel, &SamplePanel::evaluateRequested);
        QSignalSpy open(&panel, &SamplePanel::openEvaluationRequested);

        // A double click on the third item asks to evaluate that call.
        const QString target = table->item(2, 2)->text();
        const qint64 callId = target.mid(5).toLongLong();
        const QRect rect = table->visualRect(table->model()->index(2, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(evaluate.size(), 1);
        QCOMPARE(evaluate.at(0).at(0).value<Interaction>(), Interaction::call(callId));
        QCOMPARE(open.size(), 0);

        // Evaluated (as the Evaluate tab does it), the item says so with its score, the run
        // counts it, and Enter on it opens the evaluation instead.
        Error error;
        EvaluationService evaluations(*session);
        const auto id = evaluations.start(Interaction::call(callId), m_card, &error);
        QVERIFY2(id, qPrintable(error.message));
        QTRY_COMPARE(table->item(2, 4)->text(), QStringLiteral("draft"));
        AnswerMap answers;
        answers.insert(QStringLiteral("greeting"), CriterionAnswer::yes());
        QVERIFY2(evaluations.submit(*id, answers, &error), qPrintable(error.message));
        QTRY_COMPARE(table->item(2, 4)->text(), QStringLiteral("evaluated, 100.0 %"));
        QCOMPARE(child<QLabel>(&panel, "sampleProgressLabel")->text(),
                 QStringLiteral("1 of 9 evaluated"));
        QCOMPARE(runs->item(0, 4)->text(), QStringLiteral("1 of 9"));
        table->setFocus();
        table->selectRow(2);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), *id);
        QCOMPARE(evaluate.size(), 1);

        // Enter on an item not yet evaluated asks to evaluate it.
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(evaluate.size(), 2);
        QCOMPARE(evaluate.at(1).at(0).value<Interaction>().id,
                 table->item(0, 2)->text().mid(5).toLongLong());
    }

    // Calibrate… on an item opens the new calibration on the Calibration tab with that call.
    void calibrateAnItem()
    {
        auto session = loginTo(m_paths, m_clock, QStringLiteral("laura"));
        QVERIFY(session);
        QualityPage page(*session);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* panel = child<SamplePanel>(&page, "samplePanel");
        QVERIFY(panel);
        page.setCurrentWidget(panel);
        auto* runs = child<QTableWidget>(panel, "sampleRunsTable");
        auto* table = items(*panel);
        runs->selectRow(0);
        QTRY_COMPARE(table->rowCount(), 9);
        table->selectRow(1);
        const QString target = table->item(1, 2)->text();
        QString preset;
        QTimer::singleShot(0, this, [&preset] {
            NewCalibrationDialog* dialog = nullptr;
            QTRY_VERIFY(
                (dialog = qobject_cast<NewCalibrationDialog*>(QApplication::activeModalWidget())));
            auto* number = child<QLineEdit>(dialog, "calibrationNumberLineEdit");
            preset = number->text();
            QTest::keyClick(number, Qt::Key_Return);
        });
        QTest::mouseClick(child<QPushButton>(panel, "calibrateSampleItemButton"), Qt::LeftButton);
        QCOMPARE(preset, target.mid(5));
        QCOMPARE(page.currentWidget()->objectName(), QStringLiteral("calibrationPanel"));
        auto* calibrations = child<QTableWidget>(&page, "calibrationsTable");
        QVERIFY(calibrations);
        QTRY_COMPARE(calibrations->rowCount(), 1);
        QCOMPARE(calibrations->item(0, 1)->text(), target);
    }

    void trainerReadsOnly()
    {
        auto session = loginTo(m_paths, m_clock, QStringLiteral("teemu"));
        QVERIFY(session);
        SamplePanel panel(*session);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* runs = child<QTableWidget>(&panel, "sampleRunsTable");
        QVERIFY(runs);
        QVERIFY(runs->rowCount() >= 8);
        QVERIFY(!child<QPushButton>(&panel, "drawButton")->isVisible());
        QVERIFY(!child<QLineEdit>(&panel, "sampleSeedLineEdit")->isVisible());
        QVERIFY(!child<QPushButton>(&panel, "calibrateSampleItemButton")->isVisible());
        runs->selectRow(runs->rowCount() - 1);
        auto* table = items(panel);
        QTRY_COMPARE(table->rowCount(), 9);
        QCOMPARE(child<QLabel>(&panel, "sampleProgressLabel")->text(),
                 QStringLiteral("1 of 9 evaluated"));
    }
};

QTEST_MAIN(TestSampleGui)
#include "tst_samplegui.moc"

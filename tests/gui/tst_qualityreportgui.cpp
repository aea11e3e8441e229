// The Quality section's Reports tab driven as a quality manager works: two agents in two queues
// over three weeks with hand-worked scores; the range typed, Show pressed; the summary's numbers,
// the trend chart's points (the average per week, the critical-failure rate as bars), the bar per
// agent, the tables by agent and queue, the criterion most often missed at the top; an agent
// chosen, an empty range; CSV through the file dialog and PDF (with pdftotext) written; Enter on
// an evaluation asks to open it; a new evaluation shows in the report by itself; a trainer sees
// the same report.

#include "gui/DateFields.h"
#include "gui/Translations.h"
#include "gui/quality/QualityReportCharts.h"
#include "gui/quality/QualityReportPanel.h"
#include "services/UserService.h"
#include "services/quality/EvaluationService.h"
#include "services/quality/ScorecardService.h"
#include "support/GuiTest.h"
#include "support/TestAudio.h"
#include "support/TestRegister.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {

const QTimeZone helsinki(QByteArrayLiteral("Europe/Helsinki"));

QDateTime helsinkiTime(QDate day, int hour = 12)
{
    return QDateTime(day, QTime(hour, 0), helsinki).toUTC();
}

ScorecardCriterion criterion(const QString& id, const QString& title, bool critical = false)
{
    ScorecardCriterion c;
    c.id = id;
    c.title = title;
    c.weight = 1;
    c.scale = AnswerScale::YesNo;
    c.critical = critical;
    c.comment = CommentRule::Optional;
    return c;
}

// Four yes/no criteria of weight 1 each (pass mark 70): every "no" takes 25 points; a "no" on
// the critical one fails the evaluation (score 0).
ScorecardDefinition card()
{
    ScorecardDefinition card;
    card.name = QStringLiteral("Service call");
    card.passMark = 70;
    ScorecardSection section;
    section.title = QStringLiteral("Call");
    section.criteria << criterion(QStringLiteral("greeting"), QStringLiteral("Greets"))
                     << criterion(QStringLiteral("needs"), QStringLiteral("Asks the need"))
                     << criterion(QStringLiteral("solution"), QStringLiteral("Solves it"))
                     << criterion(QStringLiteral("identity"), QStringLiteral("Checks identity"),
                                  true);
    card.sections << section;
    return card;
}

AnswerMap answers(const QStringList& no)
{
    AnswerMap a;
    for (const QString& id : {QStringLiteral("greeting"), QStringLiteral("needs"),
                              QStringLiteral("solution"), QStringLiteral("identity")})
        a.insert(id, no.contains(id) ? CriterionAnswer::no() : CriterionAnswer::yes());
    return a;
}

void typeOver(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

QStringList rowTexts(const QTableWidget* table, int row)
{
    QStringList out;
    for (int c = 0; c < table->columnCount(); ++c)
        out << (table->item(row, c) ? table->item(row, c)->text() : QString());
    return out;
}

QList<QPointF> points(const QLineSeries* series)
{
    return series ? series->points() : QList<QPointF>();
}

} // namespace

class TestQualityReportGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    qint64 m_card = 0;
    qint64 m_lateCall = 0; ///< Bertta's call of 21 Jan, evaluated during the test
    QList<qint64> m_evaluations;

    // A call with a recording, by an agent in a queue, at noon of a day.
    std::optional<qint64> call(Session& session, const QString& source, const QString& agent,
                               const QString& queue, QDate day)
    {
        const auto id = addCall(session, source, toneWav(3000), false, 3000);
        if (!id)
            return std::nullopt;
        QSqlQuery q(session.db());
        for (const auto& [table, name] :
             {std::pair{QStringLiteral("agents"), agent}, {QStringLiteral("queues"), queue}}) {
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (name) VALUES (?)").arg(table));
            q.addBindValue(name);
            if (!q.exec())
                return std::nullopt;
        }
        q.prepare(QStringLiteral(
            "UPDATE calls SET started_at = ?, agent_id = (SELECT id FROM agents WHERE name = ?),"
            " queue_id = (SELECT id FROM queues WHERE name = ?) WHERE id = ?"));
        q.addBindValue(helsinkiTime(day).toSecsSinceEpoch());
        q.addBindValue(agent);
        q.addBindValue(queue);
        q.addBindValue(*id);
        if (!q.exec())
            return std::nullopt;
        return id;
    }

    std::optional<qint64> evaluate(Session& qm, qint64 callId, const AnswerMap& a)
    {
        Error error;
        EvaluationService evaluations(qm);
        const auto id = evaluations.start(Interaction::call(callId), m_card, &error);
        if (!id || !evaluations.submit(*id, a, &error)) {
            qWarning() << error.message;
            return std::nullopt;
        }
        return id;
    }

    // The panel's range typed in and Show pressed.
    static void showRange(QualityReportPanel* panel, QDate from, QDate to)
    {
        auto* fromEdit = child<QDateEdit>(panel, "fromDateEdit");
        auto* toEdit = child<QDateEdit>(panel, "toDateEdit");
        typeOver(fromEdit, from.toString(fromEdit->displayFormat()));
        typeOver(toEdit, to.toString(toEdit->displayFormat()));
        QCOMPARE(fromEdit->date(), from);
        QCOMPARE(toEdit->date(), to);
        QTest::mouseClick(child<QPushButton>(panel, "showButton"), Qt::LeftButton);
    }

    static QLineSeries* lineSeries(QChartView* view, const char* name)
    {
        for (QAbstractSeries* s : view->chart()->series()) {
            if (s->objectName() == QLatin1String(name))
                return qobject_cast<QLineSeries*>(s);
        }
        return nullptr;
    }

    static QBarSet* firstBarSet(QChartView* view, const char* name)
    {
        for (QAbstractSeries* s : view->chart()->series()) {
            auto* bars = qobject_cast<QAbstractBarSeries*>(s);
            if (bars && s->objectName() == QLatin1String(name) && !bars->barSets().isEmpty())
                return bars->barSets().first();
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translations::apply(QStringLiteral("en"));
        // Wednesday 21 January 2026: the report's default range is the eight weeks to today.
        m_clock.set(helsinkiTime(QDate(2026, 1, 21), 15));
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        auto admin = loginTo(m_paths, m_clock, QStringLiteral("admin"));
        QVERIFY(admin);
        for (const auto& [name, role] : {std::pair{QStringLiteral("laura"), Role::QualityManager},
                                         std::pair{QStringLiteral("teemu"), Role::Trainer}})
            QVERIFY2(
                UserService(*admin).add(name, role, secret(passwordOf(name).constData()), &error),
                qPrintable(error.message));
        auto qm = loginTo(m_paths, m_clock, QStringLiteral("laura"));
        QVERIFY(qm);
        const auto cardId = ScorecardService(*qm).create(card(), &error);
        QVERIFY2(cardId, qPrintable(error.message));
        m_card = *cardId;

        // Weeks 2, 3 and 4 of 2026 (Mondays 5, 12 and 19 January):
        //   week 2: Aino/Laskutus 100, Bertta/Myynti 50 (two "no")             → average 75
        //   week 3: Aino/Myynti 75, Bertta/Laskutus 0 (the critical one "no")  → 37.5, 50 %
        //   critical week 4: Aino/Laskutus 75, Bertta/Myynti 75                         → 75
        // Whole: 6 evaluations, average 375/6 = 62.5, critical 1/6 = 16.7 %, passed 4/6 = 66.7 %;
        // Aino 250/3 = 83.3 (all passed), Bertta 125/3 = 41.7 (1 critical, 1 of 3 passed).
        // Queues: Laskutus 175/3 = 58.3 (the critical one), Myynti 200/3 = 66.7.
        // The greeting missed 3 times of 6, the most often missed.
        const struct
        {
            const char* agent;
            const char* queue;
            QDate day;
            QStringList no;
        } plan[] = {
            {"Aino", "Laskutus", QDate(2026, 1, 5), {}},
            {"Bertta",
             "Myynti",
             QDate(2026, 1, 6),
             {QStringLiteral("solution"), QStringLiteral("needs")}},
            {"Aino", "Myynti", QDate(2026, 1, 13), {QStringLiteral("greeting")}},
            {"Bertta", "Laskutus", QDate(2026, 1, 14), {QStringLiteral("identity")}},
            {"Aino", "Laskutus", QDate(2026, 1, 19), {QStringLiteral("greeting")}},
            {"Bertta", "Myynti", QDate(2026, 1, 20), {QStringLiteral("greeting")}},
        };
        int n = 0;
        for (const auto& p : plan) {
            const auto id = call(*admin, QStringLiteral("r-%1").arg(++n),
                                 QString::fromLatin1(p.agent), QString::fromLatin1(p.queue), p.day);
            QVERIFY(id);
            const auto evaluation = evaluate(*qm, *id, answers(p.no));
            QVERIFY(evaluation);
            m_evaluations << *evaluation;
        }
        const auto late = call(*admin, QStringLiteral("r-late"), QStringLiteral("Bertta"),
                               QStringLiteral("Laskutus"), QDate(2026, 1, 21));
        QVERIFY(late);
        m_lateCall = *late;
    }

    void reportOfThreeWeeks()
    {
        auto qm = loginTo(m_paths, m_clock, QStringLiteral("laura"));
        QVERIFY(qm);
        QualityReportPanel panel(*qm);
        panel.resize(1100, 720);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        // Shown at once with the default range: the eight weeks up to today.
        QTRY_VERIFY(panel.report().has_value());
        QCOMPARE(panel.report()->spec.from, QDate(2025, 12, 1));
        QCOMPARE(panel.report()->spec.to, QDate(2026, 1, 21));
        QCOMPARE(panel.report()->trend.size(), 8);

        showRange(&panel, QDate(2026, 1, 5), QDate(2026, 1, 25));
        QTRY_COMPARE(panel.report()->spec.from, QDate(2026, 1, 5));
        const QString summary = child<QLabel>(&panel, "summaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("6 evaluations, average score 62.5 %, "
                                                 "critical-failure rate 16.7 %, pass rate 66.7 %")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(DateFields::text(QDate(2026, 1, 5))) &&
                     summary.contains(DateFields::text(QDate(2026, 1, 25))),
                 qPrintable(summary));

        // The trend: one point per week, the exact averages; the critical-failure rate as bars.
        auto* trend = child<QChartView>(&panel, "trendChartView");
        QVERIFY(trend);
        const QList<QPointF> average = points(lineSeries(trend, "averageSeries"));
        QCOMPARE(average.size(), qsizetype(3));
        QCOMPARE(average.at(0), QPointF(0, 75));
        QCOMPARE(average.at(1), QPointF(1, 37.5));
        QCOMPARE(average.at(2), QPointF(2, 75));
        QBarSet* critical = firstBarSet(trend, "criticalFailureSeries");
        QVERIFY(critical);
        QCOMPARE(critical->count(), 3);
        QCOMPARE(critical->at(0), 0.0);
        QCOMPARE(critical->at(1), 50.0);
        QCOMPARE(critical->at(2), 0.0);
        // The period labels on the category axis, the axis 0–100.
        QStringList categories;
        for (QAbstractAxis* axis : trend->chart()->axes(Qt::Horizontal)) {
            if (auto* c = qobject_cast<QBarCategoryAxis*>(axis))
                categories = c->categories();
        }
        QCOMPARE(categories,
                 (QStringList{QStringLiteral("Week 2/2026"), QStringLiteral("Week 3/2026"),
                              QStringLiteral("Week 4/2026")}));
        // Two agents: a line each (Aino 100, 75, 75; Bertta 50, 0, 75).
        int agentLines = 0;
        for (QAbstractSeries* s : trend->chart()->series()) {
            if (s->objectName() != QLatin1String("agentSeries"))
                continue;
            ++agentLines;
            const auto* line = qobject_cast<QLineSeries*>(s);
            QVERIFY(line);
            const QList<QPointF> expected = s->name() == QLatin1String("Aino")
                                                ? QList<QPointF>{{0, 100}, {1, 75}, {2, 75}}
                                                : QList<QPointF>{{0, 50}, {1, 0}, {2, 75}};
            QCOMPARE(line->points(), expected);
        }
        QCOMPARE(agentLines, 2);

        // The average per agent as bars, Aino on top (the chart's last category).
        auto* agents = child<QChartView>(&panel, "agentChartView");
        QBarSet* perAgent = firstBarSet(agents, "agentAverageSeries");
        QVERIFY(perAgent);
        QCOMPARE(perAgent->count(), 2);
        QCOMPARE(perAgent->at(1), 250.0 / 3);
        QCOMPARE(perAgent->at(0), 125.0 / 3);

        // The tables.
        auto* agentTable = child<QTableWidget>(&panel, "agentTableWidget");
        QCOMPARE(agentTable->rowCount(), 2);
        QCOMPARE(rowTexts(agentTable, 0),
                 (QStringList{QStringLiteral("Aino"), QStringLiteral("3"), QStringLiteral("83.3 %"),
                              QStringLiteral("0 (0.0 %)"), QStringLiteral("100.0 %")}));
        QCOMPARE(
            rowTexts(agentTable, 1),
            (QStringList{QStringLiteral("Bertta"), QStringLiteral("3"), QStringLiteral("41.7 %"),
                         QStringLiteral("1 (33.3 %)"), QStringLiteral("33.3 %")}));
        auto* queueTable = child<QTableWidget>(&panel, "queueTableWidget");
        QCOMPARE(queueTable->rowCount(), 2);
        // Laskutus: 100, 0 (critical), 75; Myynti: 50, 75, 75.
        QCOMPARE(rowTexts(queueTable, 0).mid(0, 4),
                 (QStringList{QStringLiteral("Laskutus"), QStringLiteral("3"),
                              QStringLiteral("58.3 %"), QStringLiteral("1 (33.3 %)")}));
        QCOMPARE(
            rowTexts(queueTable, 1).mid(0, 3),
            (QStringList{QStringLiteral("Myynti"), QStringLiteral("3"), QStringLiteral("66.7 %")}));
        auto* missed = child<QTableWidget>(&panel, "missedTableWidget");
        QVERIFY(missed->rowCount() >= 4);
        QCOMPARE(rowTexts(missed, 0),
                 (QStringList{QStringLiteral("Service call"), QStringLiteral("Greets"),
                              QStringLiteral("3 / 6"), QStringLiteral("50.0 %")}));

        // Enter on an evaluation asks to open it, as a double click does.
        auto* list = child<QTableWidget>(&panel, "evaluationTableWidget");
        QCOMPARE(list->rowCount(), 6);
        QSignalSpy open(&panel, &QualityReportPanel::openEvaluationRequested);
        child<QTabWidget>(&panel, "reportTabs")->setCurrentWidget(list);
        list->setFocus();
        list->selectRow(0); // newest first: Bertta's of 20 January
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toLongLong(), m_evaluations.last());
        const QRect second = list->visualRect(list->model()->index(1, 0));
        // A double click is a press and a release, then the double click.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.last().first().toLongLong(), m_evaluations.at(4));

        // One agent (chosen with the keyboard), Enter in the field shows.
        auto* agentCombo = child<QComboBox>(&panel, "agentComboBox");
        QCOMPARE(agentCombo->itemText(0), QStringLiteral("All agents"));
        const int bertta = agentCombo->findText(QStringLiteral("Bertta"));
        QVERIFY(bertta > 0);
        agentCombo->setFocus();
        while (agentCombo->currentIndex() < bertta)
            QTest::keyClick(agentCombo, Qt::Key_Down);
        QTest::keyClick(agentCombo, Qt::Key_Return);
        QTRY_COMPARE(panel.report()->spec.agent, QStringLiteral("Bertta"));
        QVERIFY2(
            panel.summaryText().contains(QStringLiteral("3 evaluations, average score 41.7 %")),
            qPrintable(panel.summaryText()));
        QCOMPARE(points(lineSeries(trend, "averageSeries")),
                 (QList<QPointF>{{0, 50}, {1, 0}, {2, 75}}));
        agentCombo->setCurrentIndex(0);

        // Nothing evaluated: a sentence, not empty charts.
        showRange(&panel, QDate(2025, 12, 1), QDate(2025, 12, 31));
        QTRY_COMPARE(panel.report()->spec.to, QDate(2025, 12, 31));
        QVERIFY2(panel.summaryText().startsWith(QStringLiteral("Nothing was evaluated from")),
                 qPrintable(panel.summaryText()));
        auto* empty = child<QLabel>(&panel, "emptyLabel");
        QVERIFY(empty->isVisible());
        QVERIFY(!trend->isVisible());

        // Month by month: January's one point is the whole month's average.
        showRange(&panel, QDate(2026, 1, 5), QDate(2026, 1, 25));
        QTRY_VERIFY(trend->isVisible());
        // A choice picked applies at once, without Show.
        auto* period = child<QComboBox>(&panel, "periodComboBox");
        period->setFocus();
        QTest::keyClick(period, Qt::Key_Down);
        QTRY_COMPARE(panel.report()->spec.period, ReportPeriod::Month);
        QCOMPARE(points(lineSeries(trend, "averageSeries")), (QList<QPointF>{{0, 62.5}}));
        QTest::keyClick(period, Qt::Key_Up);
        QTRY_COMPARE(panel.report()->spec.period, ReportPeriod::Week);

        // Export CSV: the file dialog answered with a path.
        const QString csvPath = m_dir.filePath(QStringLiteral("report.csv"));
        QTimer::singleShot(0, this, [csvPath] {
            QFileDialog* dialog = nullptr;
            if (!QTest::qWaitFor(
                    [&] {
                        return (dialog = qobject_cast<QFileDialog*>(
                                    QApplication::activeModalWidget())) != nullptr;
                    },
                    5000))
                return;
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            if (!name)
                return dialog->reject();
            name->setText(csvPath);
            QTest::keyClick(name, Qt::Key_Return);
            QTimer::singleShot(3000, dialog, [dialog] { dialog->reject(); });
        });
        QTest::mouseClick(child<QPushButton>(&panel, "exportCsvButton"), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(csvPath));
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("Exported the report to")),
                 qPrintable(panel.statusText()));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"));
        QCOMPARE(rows.first(), QStringLiteral("section,name,period_start,evaluations,average_score,"
                                              "critical_failures,critical_failure_rate,pass_rate,"
                                              "missed,answered"));
        QVERIFY(rows.contains(QStringLiteral("total,All,,6,62.5,1,16.7,66.7,,")));
        QVERIFY(rows.contains(QStringLiteral("agent,Aino,,3,83.3,0,0.0,100.0,,")));
        QVERIFY(rows.contains(QStringLiteral("agent,Bertta,,3,41.7,1,33.3,33.3,,")));
        QVERIFY(
            rows.contains(QStringLiteral("period,Week 3/2026,2026-01-12,2,37.5,1,50.0,50.0,,")));
        QVERIFY(rows.contains(QStringLiteral("missed_criterion,Service call: Greets,,,,,,,3,6")));

        // Export PDF (the dialog's work without it): a PDF with the report's words.
        const QString pdfPath = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(panel.exportPdf(pdfPath));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(4) == "%PDF");
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(QStringLiteral("Quality report")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("Aino")) && words.contains(QStringLiteral("Bertta")),
                 qPrintable(words));
        // The charts are in it as images of a fixed size, not the window's.
        const QImage chart = QualityReportCharts::render(
            [&panel](QChart* c) { QualityReportCharts::fillTrend(c, *panel.report()); });
        QCOMPARE(chart.size(), QSize(1200, 600));
        int drawn = 0;
        for (int y = 0; y < chart.height(); y += 10) {
            for (int x = 0; x < chart.width(); x += 10)
                drawn += chart.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        }
        QVERIFY2(drawn > 500, qPrintable(QString::number(drawn)));

        // A file that cannot be written: said, nothing claimed.
        QVERIFY(!panel.exportCsv(m_dir.filePath(QStringLiteral("missing/folder/report.csv"))));
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("Cannot write")),
                 qPrintable(panel.statusText()));

        // A new evaluation shows by itself: the same choices made again.
        QVERIFY(evaluate(*qm, m_lateCall, answers({})));
        QTRY_VERIFY2(panel.summaryText().contains(QStringLiteral("7 evaluations")),
                     qPrintable(panel.summaryText()));
        QCOMPARE(panel.report()->spec.from, QDate(2026, 1, 5));
        const QList<QPointF> after = points(lineSeries(trend, "averageSeries"));
        QCOMPARE(after.size(), qsizetype(3));
        QCOMPARE(after.at(2).y(), 250.0 / 3);
        QCOMPARE(list->rowCount(), 7);
    }

    void trainerSeesTheSameReport()
    {
        auto trainer = loginTo(m_paths, m_clock, QStringLiteral("teemu"));
        QVERIFY(trainer);
        QualityReportPanel panel(*trainer);
        panel.resize(1100, 720);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(panel.report().has_value());
        showRange(&panel, QDate(2026, 1, 5), QDate(2026, 1, 25));
        QTRY_COMPARE(panel.report()->spec.from, QDate(2026, 1, 5));
        // Seven by now (reportOfThreeWeeks added Bertta's of 21 January: 100): 475/7 = 67.9.
        QVERIFY2(
            panel.summaryText().contains(QStringLiteral("7 evaluations, average score 67.9 %")),
            qPrintable(panel.summaryText()));
        QCOMPARE(child<QTableWidget>(&panel, "agentTableWidget")->rowCount(), 2);
        QVERIFY(child<QPushButton>(&panel, "exportCsvButton")->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("trainer.csv"));
        QVERIFY(panel.exportCsv(path));
        QVERIFY(QFile::exists(path));
    }

    // A language switch sets the chart's words again (titles, axes), as it does the form's.
    void chartsFollowTheLanguage()
    {
        auto qm = loginTo(m_paths, m_clock, QStringLiteral("laura"));
        QVERIFY(qm);
        QualityReportPanel panel(*qm);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(panel.report().has_value());
        auto* trend = child<QChartView>(&panel, "trendChartView");
        trend->chart()->setTitle(QStringLiteral("stale"));
        child<QPushButton>(&panel, "showButton")->setText(QStringLiteral("stale"));
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(&panel, &change);
        QCOMPARE(trend->chart()->title(),
                 QStringLiteral("Average score and critical failures per period"));
        QCOMPARE(child<QPushButton>(&panel, "showButton")->text(), QStringLiteral("&Show"));
    }
};

QTEST_MAIN(TestQualityReportGui)
#include "tst_qualityreportgui.moc"

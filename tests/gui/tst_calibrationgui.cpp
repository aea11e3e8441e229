// The Quality section's calibration tab (issue [12]): a quality manager starts a calibration
// through its dialog, "Score it" opens her own evaluation in it, two quality managers submit
// known answers, the panel says who has submitted (no answers) while it is open, refuses to
// close with one submitted (the service's reason shown), and once closed shows each
// criterion's points per reviewer with the spread, widest first and highlighted by size
// (yes against no: 100; 5 against 3 on 1-5: 50; an N/A against an answer marked), and the
// total scores' spread. A trainer reads the closed result and has no write buttons.

#include "core/Scorecard.h"
#include "gui/quality/CalibrationPanel.h"
#include "gui/quality/NewCalibrationDialog.h"
#include "services/UserService.h"
#include "services/quality/CalibrationService.h"
#include "services/quality/EvaluationService.h"
#include "services/quality/ScorecardService.h"
#include "support/GuiTest.h"
#include "support/TestAudio.h"
#include "support/TestRegister.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {
ScorecardCriterion criterion(const QString& id, const QString& title,
                             AnswerScale scale = AnswerScale::YesNo, bool na = false)
{
    ScorecardCriterion c;
    c.id = id;
    c.title = title;
    c.scale = scale;
    c.allowNotApplicable = na;
    return c;
}

/// The first column's texts, top to bottom.
QStringList titles(const QTableWidget* table)
{
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        out << table->item(r, 0)->text();
    return out;
}

/// The row whose first cell is `title`, or -1.
int rowOf(const QTableWidget* table, const QString& title)
{
    return int(titles(table).indexOf(title));
}
} // namespace

class TestCalibrationGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC)};
    RegisterPaths m_paths;
    qint64 m_call = 0;

    static QTableWidget* spreads(CalibrationPanel& panel)
    {
        return child<QTableWidget>(&panel, "calibrationSpreadTable");
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
                                         std::pair{QStringLiteral("olli"), Role::QualityManager},
                                         std::pair{QStringLiteral("teemu"), Role::Trainer}})
            QVERIFY2(
                UserService(*admin).add(name, role, secret(passwordOf(name).constData()), &error),
                qPrintable(error.message));
        const auto call = addCall(*admin, QStringLiteral("cal-1"), toneWav(2000), false, 2000);
        QVERIFY(call);
        m_call = *call;
        // In scorecard order: name (N/A allowed), tone (1-5), greeting, purpose; weights 1.
        ScorecardDefinition card;
        card.name = QStringLiteral("Service call");
        ScorecardSection section;
        section.title = QStringLiteral("Call");
        section.criteria << criterion(QStringLiteral("name"), QStringLiteral("Says own name"),
                                      AnswerScale::YesNo, true)
                         << criterion(QStringLiteral("tone"), QStringLiteral("Friendly tone"),
                                      AnswerScale::OneToFive)
                         << criterion(QStringLiteral("greeting"), QStringLiteral("Greets"))
                         << criterion(QStringLiteral("purpose"), QStringLiteral("Asks purpose"));
        card.sections << section;
        auto laura = loginTo(m_paths, m_clock, QStringLiteral("laura"));
        QVERIFY(laura);
        QVERIFY2(ScorecardService(*laura).create(card, &error), qPrintable(error.message));
    }

    void calibrateAndCompare()
    {
        auto laura = loginTo(m_paths, m_clock, QStringLiteral("laura"));
        auto olli = loginTo(m_paths, m_clock, QStringLiteral("olli"));
        QVERIFY(laura && olli);
        // As the main window does: changes by other connections are noticed.
        laura->events().watchFile(m_paths.database(), laura->db());
        CalibrationPanel panel(*laura);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* list = child<QTableWidget>(&panel, "calibrationsTable");
        auto* summary = child<QLabel>(&panel, "calibrationSummaryLabel");
        auto* status = child<QLabel>(&panel, "calibrationStatusLabel");
        auto* close = child<QPushButton>(&panel, "closeCalibrationButton");
        auto* score = child<QPushButton>(&panel, "scoreCalibrationButton");
        QVERIFY(list && summary && status && close && score);
        QCOMPARE(list->rowCount(), 0);

        // New calibration: the call's number typed into the dialog.
        QTimer::singleShot(0, this, [this] {
            NewCalibrationDialog* dialog = nullptr;
            QTRY_VERIFY(
                (dialog = qobject_cast<NewCalibrationDialog*>(QApplication::activeModalWidget())));
            auto* number = child<QLineEdit>(dialog, "calibrationNumberLineEdit");
            QVERIFY(number);
            // The keyboard starts on the number, the one thing the dialog cannot guess.
            QCOMPARE(dialog->focusWidget(), number);
            QCOMPARE(child<QComboBox>(dialog, "calibrationScorecardComboBox")->currentText(),
                     QStringLiteral("Service call"));
            QTest::keyClicks(number, QString::number(m_call));
            QTest::keyClick(number, Qt::Key_Return);
        });
        QTest::mouseClick(child<QPushButton>(&panel, "newCalibrationButton"), Qt::LeftButton);
        QTRY_COMPARE(list->rowCount(), 1);
        QCOMPARE(list->item(0, 1)->text(), QStringLiteral("Call %1").arg(m_call));
        QCOMPARE(list->item(0, 2)->text(), QStringLiteral("Service call (version 1)"));
        QCOMPARE(list->item(0, 5)->text(), QStringLiteral("open"));
        QVERIFY(list->item(0, 0)->isSelected());

        // Score it: laura's own evaluation opens.
        QSignalSpy open(&panel, &CalibrationPanel::openEvaluationRequested);
        QTest::mouseClick(score, Qt::LeftButton);
        QCOMPARE(open.size(), 1);
        const qint64 mine = open.at(0).at(0).toLongLong();
        Error error;
        const auto calibrations = CalibrationService(*olli).list(&error);
        QVERIFY(calibrations && calibrations->size() == 1);
        const auto theirs = CalibrationService(*olli).join(calibrations->first().id, &error);
        QVERIFY2(theirs && *theirs != mine, qPrintable(error.message));

        // laura: name yes, tone 5, greeting yes, purpose yes → 100 %.
        AnswerMap a;
        a.insert(QStringLiteral("name"), CriterionAnswer::yes());
        a.insert(QStringLiteral("tone"), CriterionAnswer::rated(5));
        a.insert(QStringLiteral("greeting"), CriterionAnswer::yes());
        a.insert(QStringLiteral("purpose"), CriterionAnswer::yes());
        // olli: name N/A, tone 3, greeting no, purpose yes → (0.5 + 0 + 1) of 3 = 50 %.
        AnswerMap b = a;
        b[QStringLiteral("name")] = CriterionAnswer::notApplicable();
        b[QStringLiteral("tone")] = CriterionAnswer::rated(3);
        b[QStringLiteral("greeting")] = CriterionAnswer::no();
        QVERIFY2(EvaluationService(*laura).submit(mine, a, &error), qPrintable(error.message));
        QTRY_VERIFY2(summary->text().contains(QStringLiteral("Open, 1 submitted: laura.")),
                     qPrintable(summary->text()));
        // One submitted: Close waits for a second reviewer, and the summary says so; the
        // calibration's number is in the list, as the messages name it.
        QVERIFY(!close->isEnabled());
        QVERIFY2(summary->text().contains(QStringLiteral("once two reviewers have submitted")),
                 qPrintable(summary->text()));
        QCOMPARE(list->item(0, 0)->text(), QString::number(calibrations->first().id));
        QVERIFY(summary->text().startsWith(
            QStringLiteral("Calibration %1: ").arg(calibrations->first().id)));
        QCOMPARE(list->item(0, 5)->text(), QStringLiteral("open"));

        QVERIFY2(EvaluationService(*olli).submit(*theirs, b, &error), qPrintable(error.message));
        QTRY_VERIFY2(summary->text().contains(QStringLiteral("Open, 2 submitted: laura, olli.")),
                     qPrintable(summary->text()));
        QCOMPARE(list->item(0, 4)->text(), QStringLiteral("2 of 2 reviewers"));
        QVERIFY(close->isEnabled());
        // While open, no answers are shown.
        QVERIFY(!spreads(panel)->isVisible());

        // Closing is asked first: Cancel leaves it open, Yes closes it.
        const auto answerClose = [this](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, this, [button] {
                QMessageBox* box = nullptr;
                QTRY_VERIFY((box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())));
                QVERIFY(box->text().startsWith(QStringLiteral("Close calibration")));
                QTest::mouseClick(box->button(button), Qt::LeftButton);
            });
        };
        answerClose(QMessageBox::Cancel);
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(list->item(0, 5)->text(), QStringLiteral("open"));
        answerClose(QMessageBox::Yes);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(list->item(0, 5)->text().startsWith(QStringLiteral("closed")));
        QVERIFY(!close->isEnabled() && !score->isEnabled());
        auto* table = spreads(panel);
        QVERIFY(table->isVisible());
        const int columns = table->columnCount();
        QCOMPARE(columns, 4);
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("laura"));
        QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("olli"));
        QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("Spread"));
        // Widest spread first, the mixed N/A before an agreement, totals last.
        QCOMPARE(titles(table),
                 (QStringList{QStringLiteral("Greets"), QStringLiteral("Friendly tone"),
                              QStringLiteral("Says own name"), QStringLiteral("Asks purpose"),
                              QStringLiteral("Total score")}));
        const auto text = [table](int row, int column) {
            return table->item(row, column)->text();
        };
        QCOMPARE(text(0, 1), QStringLiteral("100"));
        QCOMPARE(text(0, 2), QStringLiteral("0"));
        QCOMPARE(text(0, 3), QStringLiteral("100"));
        QCOMPARE(text(1, 1), QStringLiteral("100"));
        QCOMPARE(text(1, 2), QStringLiteral("50"));
        QCOMPARE(text(1, 3), QStringLiteral("50"));
        QCOMPARE(text(2, 1), QStringLiteral("100"));
        QCOMPARE(text(2, 2), QStringLiteral("N/A"));
        QCOMPARE(text(2, 3), QStringLiteral("0, N/A mixed"));
        QCOMPARE(text(3, 3), QStringLiteral("0"));
        QCOMPARE(text(4, 1), QStringLiteral("100 %"));
        QCOMPARE(text(4, 2), QStringLiteral("50 %"));
        QCOMPARE(text(4, 3), QStringLiteral("50"));
        // Highlighted by size: strongest at 100, weaker at 50, none where they agree; the mixed
        // N/A marked.
        const auto alpha = [table](int row) {
            const QBrush brush = table->item(row, 3)->background();
            return brush.style() == Qt::NoBrush ? 0 : brush.color().alpha();
        };
        QVERIFY2(alpha(0) > alpha(1) && alpha(1) > 0,
                 qPrintable(QStringLiteral("%1 %2").arg(alpha(0)).arg(alpha(1))));
        QCOMPARE(alpha(3), 0);
        QVERIFY(alpha(2) > 0);
        QVERIFY(table->item(2, 3)->font().italic());
        QVERIFY2(child<QLabel>(&panel, "calibrationTotalsLabel")
                     ->text()
                     .contains(QStringLiteral("laura 100 %, olli 50 %")),
                 qPrintable(child<QLabel>(&panel, "calibrationTotalsLabel")->text()));

        // The toggle puts them in scorecard order.
        auto* order = child<QCheckBox>(&panel, "scorecardOrderCheckBox");
        QVERIFY(order && order->isVisible());
        // (The dialog took the activation with it; the window gets it back.)
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        order->setFocus();
        QVERIFY(order->hasFocus());
        QTest::keyClick(order, Qt::Key_Space);
        QVERIFY(order->hasFocus());
        QCOMPARE(titles(table),
                 (QStringList{QStringLiteral("Says own name"), QStringLiteral("Friendly tone"),
                              QStringLiteral("Greets"), QStringLiteral("Asks purpose"),
                              QStringLiteral("Total score")}));
        QCOMPARE(text(rowOf(table, QStringLiteral("Greets")), 3), QStringLiteral("100"));
        laura->events().stopWatching();
    }

    void trainerReadsTheResult()
    {
        auto teemu = loginTo(m_paths, m_clock, QStringLiteral("teemu"));
        QVERIFY(teemu);
        CalibrationPanel panel(*teemu);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (const char* name :
             {"newCalibrationButton", "scoreCalibrationButton", "closeCalibrationButton"})
            QVERIFY2(!child<QPushButton>(&panel, name)->isVisible(), name);
        auto* list = child<QTableWidget>(&panel, "calibrationsTable");
        QCOMPARE(list->rowCount(), 1);
        list->setFocus();
        list->selectRow(0);
        auto* table = spreads(panel);
        QTRY_VERIFY(table->isVisible());
        const int greets = rowOf(table, QStringLiteral("Greets"));
        QCOMPARE(greets, 0);
        QCOMPARE(table->item(greets, 3)->text(), QStringLiteral("100"));
        QCOMPARE(table->item(rowOf(table, QStringLiteral("Friendly tone")), 3)->text(),
                 QStringLiteral("50"));
    }
};

QTEST_MAIN(TestCalibrationGui)
#include "tst_calibrationgui.moc"

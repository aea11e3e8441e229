// Evaluating in the real window as a quality manager works: a call selected in Calls, Evaluate,
// the Quality section's Evaluate tab with the call in the player; the recording plays (the
// device gets its samples), every criterion is answered with the mouse, a comment is pinned to
// the moment heard, the score follows the answers (2 of 3 weighted points = 66.7 %), and the
// submitted evaluation is listed with its score and keeps its pin. An incomplete form is
// refused with what is missing and stays a draft; a draft left for another call is saved by
// itself; a change after submission needs a reason and keeps the earlier revision; a trainer
// reads and changes nothing; a chat's comment is pinned to a message of its transcript.

#include "gui/CallsPanel.h"
#include "gui/ChatsPanel.h"
#include "gui/MainWindow.h"
#include "gui/PlayerPanel.h"
#include "gui/Translations.h"
#include "gui/WaveformWidget.h"
#include "gui/player/AudioEngine.h"
#include "gui/quality/EvaluationForm.h"
#include "gui/quality/EvaluationPanel.h"
#include "gui/quality/QualityPage.h"
#include "gui/quality/QualityReportPanel.h"
#include "gui/quality/ReviseDialog.h"
#include "services/UserService.h"
#include "services/quality/EvaluationService.h"
#include "services/quality/ScorecardService.h"
#include "support/CaptureSink.h"
#include "support/GuiTest.h"
#include "support/TestAudio.h"
#include "support/TestData.h"
#include "support/TestRegister.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include <functional>

using namespace tallenne;
using namespace tallenne::test;

namespace {

QList<QPointer<QTimer>> pendingSteps;

// Runs `step` on the next modal widget of type T as soon as it shows, from inside its exec().
template <typename T> void whenModal(std::function<void(T*)> step)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, step] {
        auto* modal = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        pendingSteps.removeAll(timer);
        step(modal);
    });
    pendingSteps.append(timer);
    timer->start();
}

void click(QWidget* widget)
{
    QVERIFY2(widget, "no such widget");
    QVERIFY2(widget->isVisible(), qPrintable(widget->objectName()));
    QVERIFY2(widget->isEnabled(), qPrintable(widget->objectName()));
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
}

// The row of the evaluations list whose first cell is `interaction`, -1 when none.
int listRow(QTableWidget* table, const QString& interaction)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == interaction)
            return row;
    }
    return -1;
}

} // namespace

class TestEvaluationGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    qint64 m_call = 0;
    qint64 m_other = 0;
    qint64 m_third = 0;
    qint64 m_scorecard = 0;
    qint64 m_submitted = 0; ///< made by evaluateACallBesideItsPlayer
    qint64 m_pinMs = -1;

    std::unique_ptr<MainWindow> windowFor(const QString& user)
    {
        auto session = loginTo(m_paths, m_clock, user);
        if (!session)
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(session), m_clock, fastOptions());
        window->resize(1500, 950);
        window->show();
        return window;
    }

    static QualityPage* quality(MainWindow& window)
    {
        return qobject_cast<QualityPage*>(window.sectionPage(Section::Quality));
    }

    // The scorecard of the hand-worked example: weights 2 and 1, yes/no; "no" on the second
    // needs a comment.
    static ScorecardDefinition card()
    {
        ScorecardDefinition d;
        d.name = QStringLiteral("Basics");
        d.passMark = 80;
        ScorecardSection section;
        section.title = QStringLiteral("Call handling");
        ScorecardCriterion greet;
        greet.id = QStringLiteral("greet");
        greet.title = QStringLiteral("Greets the customer");
        greet.guidance = QStringLiteral("Names the company and offers help");
        greet.weight = 2;
        ScorecardCriterion solve;
        solve.id = QStringLiteral("solve");
        solve.title = QStringLiteral("Solves the problem");
        solve.weight = 1;
        solve.comment = CommentRule::OnFail;
        section.criteria = {greet, solve};
        d.sections = {section};
        return d;
    }

    // Starts an evaluation on the open interaction with the one scorecard: Start, clicked.
    static void start(EvaluationPanel* panel)
    {
        auto* cards = child<QComboBox>(panel, "scorecardComboBox");
        QVERIFY(cards);
        QCOMPARE(cards->count(), 1);
        QCOMPARE(cards->currentText(), QStringLiteral("Basics"));
        click(child<QPushButton>(panel, "startButton"));
        QTRY_VERIFY(panel->evaluationId() > 0);
        QVERIFY(child<QWidget>(panel, "criterion_greet"));
    }

private slots:
    void cleanup()
    {
        const bool left = !pendingSteps.isEmpty();
        for (const QPointer<QTimer>& timer : std::as_const(pendingSteps))
            delete timer.data();
        pendingSteps.clear();
        QVERIFY2(!left, "a dialog the test expected did not open");
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translations::apply(QStringLiteral("en"));
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        auto admin = loginTo(m_paths, m_clock, QStringLiteral("admin"));
        QVERIFY(admin);
        QVERIFY(fillRegister(*admin, 0)); // agents and the two chats
        for (const QString& name : {QStringLiteral("laura"), QStringLiteral("trainer")}) {
            const Role role = name == QLatin1String("laura") ? Role::QualityManager : Role::Trainer;
            QVERIFY2(
                UserService(*admin).add(name, role, secret(passwordOf(name).constData()), &error),
                qPrintable(error.message));
        }
        m_call = addCall(*admin, QStringLiteral("c1"), toneWav(20000), false, 20000).value_or(0);
        m_other = addCall(*admin, QStringLiteral("c2"), toneWav(20000), false, 20000).value_or(0);
        m_third = addCall(*admin, QStringLiteral("c3"), toneWav(20000), false, 20000).value_or(0);
        QVERIFY(m_call && m_other && m_third);
        auto laura = loginTo(m_paths, m_clock, QStringLiteral("laura"));
        QVERIFY(laura);
        const auto id = ScorecardService(*laura).create(card(), &error);
        QVERIFY2(id, qPrintable(error.message));
        m_scorecard = *id;
    }

    void evaluateACallBesideItsPlayer()
    {
        if (!PlayerPanel::audioOutputAvailable())
            QSKIP("No audio output device: run inside the test command's session.");
        // The device: a sink that keeps every sample, five times faster than real time.
        auto log = std::make_shared<CaptureLog>();
        AudioEngine::setDefaultSinkFactory(
            [log] { return std::make_unique<CaptureSink>(log, 400); });
        auto window = windowFor(QStringLiteral("laura"));
        AudioEngine::setDefaultSinkFactory({});
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QualityPage* page = quality(*window);
        QVERIFY(page);
        EvaluationPanel* panel = page->evaluationPanel();
        QVERIFY(panel->player());
        // The Evaluate tab's player plays for quality review without asking why.
        QCOMPARE(panel->player()->purpose(), std::optional(PlaybackPurpose::QualityReview));

        // Calls: the call selected, Evaluate.
        window->showSection(Section::Calls);
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        QVERIFY(calls);
        calls->player()->setPurpose(PlaybackPurpose::QualityReview);
        auto* evaluate = child<QPushButton>(calls, "evaluateButton");
        QVERIFY(evaluate);
        QVERIFY(!evaluate->isEnabled()); // nothing selected yet
        QTRY_VERIFY(calls->selectCall(m_call));
        QVERIFY(evaluate->isEnabled());
        click(evaluate);

        // The Quality section, Evaluate tab, the call in the player.
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(page->currentWidget(), panel);
        QCOMPARE(panel->player()->callId(), m_call);
        QVERIFY(panel->player()->isVisible());
        QCOMPARE(child<QLabel>(panel, "titleLabel")->text(), QStringLiteral("Call %1").arg(m_call));
        start(panel);
        auto* score = child<QLabel>(panel, "scoreLabel");
        QCOMPARE(score->text(), QStringLiteral("—"));

        // The recording plays: the device gets its samples. Paused after a second or so.
        click(child<QPushButton>(panel->player(), "playPauseButton"));
        QTRY_VERIFY_WITH_TIMEOUT(log->frames() >= 8000, 10000);
        QVERIFY(panel->player()->isPlaying());
        click(child<QPushButton>(panel->player(), "playPauseButton"));
        QTRY_VERIFY(!panel->player()->isPlaying());
        const qint64 heard = panel->player()->position();
        QVERIFY2(heard >= 1000 && heard < 20000, qPrintable(QString::number(heard)));

        // Answered with the mouse: the score follows.
        click(child<QRadioButton>(panel, "yes_greet"));
        QCOMPARE(score->text(), QStringLiteral("100.0 %"));
        click(child<QRadioButton>(panel, "no_solve"));
        QCOMPARE(score->text(), QStringLiteral("66.7 %"));
        auto* rule = child<QLabel>(panel, "ruleLabel");
        QVERIFY2(rule->text().contains(QStringLiteral("2 of 3 weighted points = 66.7 %")),
                 qPrintable(rule->text()));
        QVERIFY2(rule->text().contains(QStringLiteral("Pass mark 80 %: not passed")),
                 qPrintable(rule->text()));
        // "No" needs a comment: said beside the field.
        auto* commentLabel = child<QLabel>(panel, "commentLabel_solve");
        QCOMPARE(commentLabel->text(), QStringLiteral("Comment (required):"));
        QCOMPARE(child<QLabel>(panel, "commentLabel_greet")->text(), QStringLiteral("Comment:"));
        click(child<QRadioButton>(panel, "yes_solve"));
        QCOMPARE(score->text(), QStringLiteral("100.0 %"));
        QCOMPARE(commentLabel->text(), QStringLiteral("Comment:"));
        click(child<QRadioButton>(panel, "no_solve"));
        QCOMPARE(score->text(), QStringLiteral("66.7 %"));

        // The comment, pinned to the moment heard; the pin leads back there.
        auto* comment = child<QPlainTextEdit>(panel, "comment_solve");
        comment->setFocus();
        QTest::keyClicks(comment, QStringLiteral("Promised a call back, never made it"));
        QCOMPARE(commentLabel->text(), QStringLiteral("Comment:"));
        click(child<QPushButton>(panel, "pin_solve"));
        auto* pinned = child<QToolButton>(panel, "pinned_solve");
        QVERIFY(pinned->isVisible());
        QCOMPARE(pinned->text(), QStringLiteral("▶ %1").arg(EvaluationForm::formatMoment(heard)));
        panel->player()->seek(0);
        QCOMPARE(panel->player()->position(), 0);
        click(pinned);
        QCOMPARE(panel->player()->position(), heard);
        // The pinned comment is a flag on the call's waveform, at its moment.
        const auto pins = panel->player()->waveform()->pins();
        QCOMPARE(pins.size(), 1);
        QCOMPARE(pins.first().ms, heard);

        // Submitted: read-only, and listed with its score.
        click(child<QPushButton>(panel, "submitButton"));
        QTRY_VERIFY(!child<QPushButton>(panel, "submitButton")->isEnabled());
        QVERIFY2(child<QLabel>(panel, "statusLabel")->text().contains(QStringLiteral("66.7 %")),
                 qPrintable(child<QLabel>(panel, "statusLabel")->text()));
        QVERIFY(!child<QRadioButton>(panel, "yes_greet")->isEnabled());
        QVERIFY(child<QPlainTextEdit>(panel, "comment_solve")->isReadOnly());
        QVERIFY(!child<QPushButton>(panel, "pin_solve")->isVisible());
        QVERIFY(!child<QPushButton>(panel, "saveButton")->isEnabled());
        QVERIFY(child<QPushButton>(panel, "changeButton")->isEnabled());
        QCOMPARE(score->text(), QStringLiteral("66.7 %"));

        auto* choice = child<QComboBox>(panel, "listComboBox");
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_Down); // My drafts → Submitted evaluations
        QCOMPARE(choice->currentText(), QStringLiteral("Submitted evaluations"));
        auto* table = child<QTableWidget>(panel, "evaluationsTableWidget");
        const int row = listRow(table, QStringLiteral("Call %1").arg(m_call));
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 4)->text(), QStringLiteral("66.7 %"));
        QCOMPARE(table->item(row, 5)->text(), QStringLiteral("Submitted"));
        QCOMPARE(table->item(row, 3)->text(), QStringLiteral("laura"));

        // Stored with its pin.
        Error error;
        const auto view = EvaluationService(*window->session()).get(panel->evaluationId(), &error);
        QVERIFY2(view, qPrintable(error.message));
        QVERIFY(view->record.submitted);
        QCOMPARE(view->record.score, std::optional<double>(66.7));
        QCOMPARE(view->answers.value(QStringLiteral("solve")).pinMs, std::optional<qint64>(heard));
        QCOMPARE(view->answers.value(QStringLiteral("solve")).comment,
                 QStringLiteral("Promised a call back, never made it"));
        m_submitted = panel->evaluationId();
        m_pinMs = heard;
        panel->player()->stop();

        // The report then shows the new score: the Reports tab, clicked as a person would.
        QualityReportPanel* reports = page->reportPanel();
        QTabBar* tabs = page->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(page->indexOf(reports)).center());
        QTRY_VERIFY(reports->isVisible());
        QTRY_VERIFY(reports->report().has_value());
        QCOMPARE(reports->report()->total.evaluations, 1);
        QVERIFY2(reports->summaryText().contains(QStringLiteral("1 evaluations, average score "
                                                                "66.7 %")),
                 qPrintable(reports->summaryText()));
        auto* rows = child<QTableWidget>(reports, "evaluationTableWidget");
        QVERIFY(rows);
        QCOMPARE(rows->model()->rowCount(), 1);
        bool shown = false;
        for (int c = 0; c < rows->model()->columnCount(); ++c)
            shown = shown ||
                    rows->model()->index(0, c).data().toString().contains(QStringLiteral("66.7"));
        QVERIFY(shown);
    }

    void incompleteIsRefusedAndStaysADraft()
    {
        auto window = windowFor(QStringLiteral("laura"));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QualityPage* page = quality(*window);
        EvaluationPanel* panel = page->evaluationPanel();
        panel->player()->setPurpose(PlaybackPurpose::QualityReview);
        window->showSection(Section::Quality);
        page->evaluate(Interaction::call(m_other));
        QCOMPARE(panel->player()->callId(), m_other);
        start(panel);
        click(child<QRadioButton>(panel, "yes_greet"));
        click(child<QPushButton>(panel, "submitButton"));
        auto* status = child<QLabel>(panel, "statusLabel");
        QCOMPARE(status->text(),
                 QStringLiteral("The evaluation is not complete (not answered: Solves the "
                                "problem). Your answers so far are saved in the draft."));
        // The keyboard is on the criterion missing.
        QTRY_COMPARE(QApplication::focusWidget(), child<QRadioButton>(panel, "yes_solve"));
        QVERIFY(child<QPushButton>(panel, "submitButton")->isEnabled());
        Error error;
        auto view = EvaluationService(*window->session()).get(panel->evaluationId(), &error);
        QVERIFY(view);
        QVERIFY(!view->record.submitted);
        QCOMPARE(view->answers.value(QStringLiteral("greet")).state,
                 CriterionAnswer::State::Answered);

        // "No" without its comment: refused, and the keyboard goes to the comment. (Answering
        // takes the earlier refusal away.)
        click(child<QRadioButton>(panel, "no_solve"));
        QCOMPARE(status->text(), QString());
        click(child<QPushButton>(panel, "submitButton"));
        QVERIFY2(status->text().contains(QStringLiteral("a comment is needed: Solves the problem")),
                 qPrintable(status->text()));
        QTRY_COMPARE(QApplication::focusWidget(), child<QPlainTextEdit>(panel, "comment_solve"));

        // Nothing lost: another call opened with answers unsaved saves the draft first.
        click(child<QRadioButton>(panel, "yes_solve"));
        QVERIFY(panel->hasUnsavedAnswers());
        const qint64 draft = panel->evaluationId();
        page->evaluate(Interaction::call(m_third));
        QCOMPARE(panel->evaluationId(), 0);
        QCOMPARE(status->text(),
                 QStringLiteral("Your draft of Call %1 was saved before the next one opened.")
                     .arg(m_other));
        view = EvaluationService(*window->session()).get(draft, &error);
        QVERIFY(view);
        QCOMPARE(view->answers.value(QStringLiteral("solve")).value, 1);
        QVERIFY(!view->record.submitted);

        // The draft is in My drafts, and opens from there as it was left.
        auto* table = child<QTableWidget>(panel, "evaluationsTableWidget");
        const int row = listRow(table, QStringLiteral("Call %1").arg(m_other));
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 5)->text(), QStringLiteral("Draft"));
        QCOMPARE(table->item(row, 4)->text(), QStringLiteral("100.0 %"));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(row, 0)).center());
        QTRY_COMPARE(panel->evaluationId(), draft);
        QVERIFY(child<QRadioButton>(panel, "yes_solve")->isChecked());
        QCOMPARE(child<QLabel>(panel, "scoreLabel")->text(), QStringLiteral("100.0 %"));
        panel->player()->stop();
    }

    void changeNeedsAReasonAndKeepsTheRevision()
    {
        if (!m_submitted)
            QSKIP("needs evaluateACallBesideItsPlayer");
        auto window = windowFor(QStringLiteral("laura"));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QualityPage* page = quality(*window);
        EvaluationPanel* panel = page->evaluationPanel();
        panel->player()->setPurpose(PlaybackPurpose::QualityReview);
        window->showSection(Section::Quality);
        page->showEvaluation(m_submitted);
        QCOMPARE(panel->evaluationId(), m_submitted);
        QVERIFY(!child<QRadioButton>(panel, "yes_solve")->isEnabled());

        // Cancelled: nothing changes.
        whenModal<ReviseDialog>([](ReviseDialog* dialog) { dialog->reject(); });
        click(child<QPushButton>(panel, "changeButton"));
        QVERIFY(!child<QRadioButton>(panel, "yes_solve")->isEnabled());

        bool okWaited = false;
        whenModal<ReviseDialog>([&okWaited](ReviseDialog* dialog) {
            QPushButton* ok =
                child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
            okWaited = !ok->isEnabled(); // no reason yet
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonTextEdit"),
                             QStringLiteral("The call back was made the next day"));
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        click(child<QPushButton>(panel, "changeButton"));
        QVERIFY(okWaited);
        auto* save = child<QPushButton>(panel, "saveButton");
        QVERIFY(save->isEnabled());
        QCOMPARE(save->text(), QStringLiteral("Save &revision"));
        click(child<QRadioButton>(panel, "yes_solve"));
        QCOMPARE(child<QLabel>(panel, "scoreLabel")->text(), QStringLiteral("100.0 %"));
        click(save);

        QTRY_VERIFY(!child<QRadioButton>(panel, "yes_solve")->isEnabled());
        QCOMPARE(child<QLabel>(panel, "statusLabel")->text(),
                 QStringLiteral("Saved as revision 2."));
        auto* revisions = child<QListWidget>(panel, "revisionsListWidget");
        QVERIFY(revisions->isVisible());
        QCOMPARE(revisions->count(), 1);
        const QString earlier = revisions->item(0)->text();
        QVERIFY2(earlier.startsWith(QStringLiteral("Revision 1: 66.7 %, changed by laura")),
                 qPrintable(earlier));
        QVERIFY2(earlier.endsWith(QStringLiteral("The call back was made the next day")),
                 qPrintable(earlier));
        Error error;
        const auto view = EvaluationService(*window->session()).get(m_submitted, &error);
        QVERIFY(view);
        QCOMPARE(view->record.revision, 2);
        QCOMPARE(view->record.score, std::optional<double>(100.0));
        QCOMPARE(view->revisions.size(), 1);
        QCOMPARE(view->revisions.first().score, std::optional<double>(66.7));
        QCOMPARE(view->revisions.first().reason,
                 QStringLiteral("The call back was made the next day"));
        // The pin stays where it was.
        QCOMPARE(view->answers.value(QStringLiteral("solve")).pinMs,
                 std::optional<qint64>(m_pinMs));
        panel->player()->stop();
    }

    void trainerReadsOnly()
    {
        if (!m_submitted)
            QSKIP("needs evaluateACallBesideItsPlayer");
        auto window = windowFor(QStringLiteral("trainer"));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        // No Evaluate in Calls for a trainer.
        QVERIFY(!child<QPushButton>(window->sectionPage(Section::Calls), "evaluateButton"));
        QualityPage* page = quality(*window);
        QVERIFY(page);
        EvaluationPanel* panel = page->evaluationPanel();
        panel->player()->setPurpose(PlaybackPurpose::Training);
        window->showSection(Section::Quality);
        auto* choice = child<QComboBox>(panel, "listComboBox");
        QCOMPARE(choice->count(), 1);
        QCOMPARE(choice->currentText(), QStringLiteral("Submitted evaluations"));
        auto* table = child<QTableWidget>(panel, "evaluationsTableWidget");
        const int row = listRow(table, QStringLiteral("Call %1").arg(m_call));
        QVERIFY(row >= 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(row, 0)).center());
        QTRY_COMPARE(panel->evaluationId(), m_submitted);
        QCOMPARE(child<QLabel>(panel, "scoreLabel")->text(), QStringLiteral("100.0 %"));
        for (const char* name : {"startButton", "saveButton", "submitButton", "changeButton"})
            QVERIFY2(!child<QPushButton>(panel, name)->isVisible(), name);
        QVERIFY(!child<QComboBox>(panel, "scorecardComboBox")->isVisible());
        QVERIFY(!child<QRadioButton>(panel, "yes_greet")->isEnabled());
        QVERIFY(child<QPlainTextEdit>(panel, "comment_solve")->isReadOnly());
        QVERIFY(!child<QPushButton>(panel, "pin_solve")->isVisible());
        // The pin still leads to its moment.
        auto* pinned = child<QToolButton>(panel, "pinned_solve");
        QVERIFY(pinned->isVisible());
        click(pinned);
        QCOMPARE(panel->player()->position(), m_pinMs);
        QCOMPARE(child<QListWidget>(panel, "revisionsListWidget")->count(), 1);
        panel->player()->stop();
    }

    void chatCommentPinnedToAMessage()
    {
        auto window = windowFor(QStringLiteral("laura"));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->showSection(Section::Chats);
        auto* chats = qobject_cast<ChatsPanel*>(window->sectionPage(Section::Chats));
        QVERIFY(chats);
        auto* evaluate = child<QPushButton>(chats, "evaluateButton");
        QVERIFY(evaluate);
        QVERIFY(!evaluate->isEnabled());
        chats->openChat(1);
        QVERIFY(evaluate->isEnabled());
        click(evaluate);

        QualityPage* page = quality(*window);
        EvaluationPanel* panel = page->evaluationPanel();
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(page->currentWidget(), panel);
        QCOMPARE(panel->target(), std::optional<Interaction>(Interaction::chat(1)));
        auto* transcript = child<QListWidget>(panel, "transcriptListWidget");
        QVERIFY(transcript->isVisible());
        QCOMPARE(transcript->count(), 4);
        QVERIFY(transcript->item(2)->text().endsWith(
            QStringLiteral("Agent: Päätös on tehty: hyvitämme laskun kokonaan.")));
        start(panel);

        // Pinning with no message selected says what to do.
        click(child<QRadioButton>(panel, "yes_greet"));
        click(child<QRadioButton>(panel, "no_solve"));
        click(child<QPushButton>(panel, "pin_solve"));
        QCOMPARE(child<QLabel>(panel, "statusLabel")->text(),
                 QStringLiteral("Select a message in the transcript first."));
        QTest::mouseClick(transcript->viewport(), Qt::LeftButton, {},
                          transcript->visualItemRect(transcript->item(2)).center());
        QCOMPARE(transcript->currentRow(), 2);
        click(child<QPushButton>(panel, "pin_solve"));
        auto* pinned = child<QToolButton>(panel, "pinned_solve");
        QVERIFY(pinned->isVisible());
        QVERIFY2(pinned->text().endsWith(QStringLiteral(" Agent")), qPrintable(pinned->text()));
        QTest::keyClicks(child<QPlainTextEdit>(panel, "comment_solve"),
                         QStringLiteral("Refund without checking the invoice"));
        // The pin leads back to the message.
        transcript->setCurrentRow(0);
        click(pinned);
        QCOMPARE(transcript->currentRow(), 2);
        QCOMPARE(child<QLabel>(panel, "scoreLabel")->text(), QStringLiteral("66.7 %"));
        click(child<QPushButton>(panel, "submitButton"));
        QTRY_VERIFY(!child<QPushButton>(panel, "submitButton")->isEnabled());

        Error error;
        const auto view = EvaluationService(*window->session()).get(panel->evaluationId(), &error);
        QVERIFY2(view, qPrintable(error.message));
        QVERIFY(view->record.submitted);
        const CriterionAnswer solve = view->answers.value(QStringLiteral("solve"));
        QCOMPARE(solve.pinMessageId,
                 std::optional<qint64>(transcript->item(2)->data(Qt::UserRole + 1).toLongLong()));
        QVERIFY(!solve.pinMs);
        QCOMPARE(view->record.target, Interaction::chat(1));
    }

    // At the window's default size the form beside the player shows every button and label
    // whole (the page does not need more than the window has).
    void formFitsTheDefaultWindow()
    {
        auto window = windowFor(QStringLiteral("laura"));
        QVERIFY(window);
        window->resize(1100, 720);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QualityPage* page = quality(*window);
        EvaluationPanel* panel = page->evaluationPanel();
        panel->player()->setPurpose(PlaybackPurpose::QualityReview);
        window->showSection(Section::Quality);
        page->evaluate(Interaction::call(m_third));
        start(panel);
        QApplication::processEvents();
        if (const QString shot = qEnvironmentVariable("TALLENNE_SHOT"); !shot.isEmpty())
            window->grab().save(shot);
        QStringList cut;
        for (QWidget* w : panel->findChildren<QWidget*>()) {
            if (!w->isVisible())
                continue;
            QString text;
            if (auto* b = qobject_cast<QAbstractButton*>(w))
                text = b->text();
            else if (auto* l = qobject_cast<QLabel*>(w); l && !l->wordWrap())
                text = l->text();
            if (text.isEmpty())
                continue;
            const int needed = qobject_cast<QAbstractButton*>(w) ? w->sizeHint().width()
                                                                 : w->minimumSizeHint().width();
            if (w->width() < needed)
                cut << QStringLiteral("%1 \"%2\" %3 < %4")
                           .arg(w->objectName(), text)
                           .arg(w->width())
                           .arg(needed);
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        QVERIFY2(panel->width() >= panel->minimumSizeHint().width(),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(panel->width())
                                .arg(panel->minimumSizeHint().width())));
        panel->player()->stop();
    }

    // The draft left by formFitsTheDefaultWindow: while it is open it is the one evaluation of
    // the call (no Start, no other scorecard); Discard, confirmed, deletes it and Start is back.
    void discardADraft()
    {
        auto window = windowFor(QStringLiteral("laura"));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QualityPage* page = quality(*window);
        EvaluationPanel* panel = page->evaluationPanel();
        window->showSection(Section::Quality);
        page->evaluate(Interaction::call(m_third));
        const qint64 draft = panel->evaluationId();
        QVERIFY(draft > 0);
        auto* discard = child<QPushButton>(panel, "discardButton");
        QVERIFY(discard->isVisible() && discard->isEnabled());
        QVERIFY(!child<QPushButton>(panel, "changeButton")->isVisible());
        QVERIFY(!child<QPushButton>(panel, "startButton")->isEnabled());
        QVERIFY(!child<QComboBox>(panel, "scorecardComboBox")->isEnabled());

        // Cancel keeps it; Discard deletes it.
        whenModal<QMessageBox>([](QMessageBox* box) {
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        });
        click(discard);
        QCOMPARE(panel->evaluationId(), draft);
        whenModal<QMessageBox>([](QMessageBox* box) {
            QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
        });
        click(discard);
        QTRY_COMPARE(panel->evaluationId(), 0);
        QCOMPARE(child<QLabel>(panel, "statusLabel")->text(),
                 QStringLiteral("The draft was discarded."));
        QVERIFY(child<QPushButton>(panel, "startButton")->isEnabled());
        QVERIFY(!discard->isVisible());
        Error error;
        QVERIFY(!EvaluationService(*window->session()).get(draft, &error));
        QCOMPARE(panel->target(), std::optional(Interaction::call(m_third)));
        panel->player()->stop();
    }
};

QTEST_MAIN(TestEvaluationGui)
#include "tst_evaluationgui.moc"

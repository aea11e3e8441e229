// The Scorecards tab (issue [12]) driven as a quality manager works: a new scorecard typed in
// with sections and criteria, weights, a scale, a comment rule and a critical criterion, saved
// and read back exactly; a bad weight and an empty title refused at their place; an edit of a
// scorecard in use saved as a new version while the evaluation keeps its own; unsaved changes
// asked about; a Finnish scorecard imported and exported unchanged, a broken file refused with
// its name and place; retiring; and a trainer who only reads and exports.

#include "gui/quality/ScorecardEditor.h"
#include "gui/quality/ScorecardPanel.h"
#include "services/UserService.h"
#include "services/quality/EvaluationService.h"
#include "services/quality/ScorecardService.h"
#include "support/GuiTest.h"
#include "support/TestAudio.h"
#include "support/TestRegister.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <functional>

using namespace tallenne;
using namespace tallenne::test;

namespace {

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
        step(modal);
    });
    timer->start();
}

// Types text with letters beyond ASCII (QTest::keyClicks takes only Latin-1 key codes).
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(widget, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

// Ticks a check box with the space bar.
void check(QCheckBox* box)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
}

void clickItem(QTreeWidget* tree, QTreeWidgetItem* item)
{
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
}

// Replaces a spin box's value by typing, as a person does.
void typeNumber(QDoubleSpinBox* spin, const QString& text)
{
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Tab);
}

void replaceText(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

ScorecardCriterion criterion(const QString& id, const QString& title, double weight)
{
    ScorecardCriterion c;
    c.id = id;
    c.title = title;
    c.weight = weight;
    return c;
}

QByteArray example()
{
    QFile file(
        QStringLiteral(TALLENNE_TEST_DATA "/../../docs/examples/scorecard-customer-service.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestScorecardGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    qint64 m_call = 0;
    qint64 m_card = 0; ///< made in newScorecardIsSavedExactly

    template <typename T> static T* w(QObject* parent, const char* name)
    {
        T* found = child<T>(parent, name);
        if (!found)
            qWarning() << "no widget" << name;
        return found;
    }

    static QTreeWidget* structure(ScorecardPanel& panel)
    {
        return w<QTreeWidget>(&panel, "structureTreeWidget");
    }

    static std::unique_ptr<ScorecardPanel> shown(Session& session)
    {
        auto panel = std::make_unique<ScorecardPanel>(session);
        panel->resize(1000, 700);
        panel->show();
        QApplication::setActiveWindow(panel.get());
        if (!QTest::qWaitForWindowActive(panel.get()))
            qWarning() << "the panel is not active";
        return panel;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        auto admin = loginTo(m_paths, m_clock, QStringLiteral("admin"));
        QVERIFY(admin);
        for (const auto& [name, role] :
             QList<std::pair<QString, Role>>{{QStringLiteral("laura"), Role::QualityManager},
                                             {QStringLiteral("teemu"), Role::Trainer}})
            QVERIFY2(UserService(*admin).add(name, role, secret(passwordOf(name)), &error),
                     qPrintable(error.message));
        const auto call = addCall(*admin, QStringLiteral("sc-1"), toneWav(3000), false, 3000);
        QVERIFY(call);
        m_call = *call;
    }

    void newScorecardIsSavedExactly()
    {
        auto qm = loginTo(m_paths, m_clock, QStringLiteral("laura"));
        QVERIFY(qm);
        auto panel = shown(*qm);
        QTest::mouseClick(w<QPushButton>(panel.get(), "newButton"), Qt::LeftButton);
        QTreeWidget* tree = structure(*panel);
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
        QTest::keyClicks(w<QLineEdit>(panel.get(), "nameLineEdit"),
                         QStringLiteral("Puhelun laatu"));

        clickItem(tree, tree->topLevelItem(0));
        QTest::keyClicks(w<QLineEdit>(panel.get(), "sectionTitleLineEdit"),
                         QStringLiteral("Avaus"));
        clickItem(tree, tree->topLevelItem(0)->child(0));
        auto* title = w<QLineEdit>(panel.get(), "criterionTitleLineEdit");
        typeText(title, QStringLiteral("Tervehdys ja esittäytyminen"));
        QCOMPARE(w<QLineEdit>(panel.get(), "idLineEdit")->text(),
                 QStringLiteral("tervehdys-ja-esittaytyminen"));
        typeNumber(w<QDoubleSpinBox>(panel.get(), "weightSpinBox"), QStringLiteral("2"));

        QTest::mouseClick(w<QPushButton>(panel.get(), "addCriterionButton"), Qt::LeftButton);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
        QCOMPARE(tree->currentItem(), tree->topLevelItem(0)->child(1));
        QTest::keyClicks(title, QStringLiteral("Asia selvitettiin"));
        auto* scale = w<QComboBox>(panel.get(), "scaleComboBox");
        QTest::keyClick(scale, Qt::Key_Down);
        auto* comment = w<QComboBox>(panel.get(), "commentComboBox");
        QTest::keyClick(comment, Qt::Key_Down);
        check(w<QCheckBox>(panel.get(), "notApplicableCheckBox"));

        QTest::mouseClick(w<QPushButton>(panel.get(), "addSectionButton"), Qt::LeftButton);
        QCOMPARE(tree->topLevelItemCount(), 2);
        QTest::keyClicks(w<QLineEdit>(panel.get(), "sectionTitleLineEdit"),
                         QStringLiteral("Tunnistaminen"));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Insert); // a criterion into the section
        QCOMPARE(tree->topLevelItem(1)->childCount(), 1);
        typeText(title, QStringLiteral("Henkilöllisyys tarkistettu"));
        check(w<QCheckBox>(panel.get(), "criticalCheckBox"));
        // Shares: weights 2, 1 and 1 of 4.
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(2), QStringLiteral("50.0 %"));
        QCOMPARE(tree->topLevelItem(1)->child(0)->text(2), QStringLiteral("25.0 %"));

        QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(panel->currentScorecard() > 0);
        QCOMPARE(panel->statusText(), QStringLiteral("Saved as version 1."));
        m_card = panel->currentScorecard();

        ScorecardDefinition expected;
        expected.name = QStringLiteral("Puhelun laatu");
        ScorecardSection opening{QStringLiteral("Avaus"), {}};
        opening.criteria << criterion(QStringLiteral("tervehdys-ja-esittaytyminen"),
                                      QStringLiteral("Tervehdys ja esittäytyminen"), 2);
        ScorecardCriterion purpose =
            criterion(QStringLiteral("asia-selvitettiin"), QStringLiteral("Asia selvitettiin"), 1);
        purpose.scale = AnswerScale::OneToFive;
        purpose.comment = CommentRule::OnFail;
        purpose.allowNotApplicable = true;
        opening.criteria << purpose;
        ScorecardSection identity{QStringLiteral("Tunnistaminen"), {}};
        ScorecardCriterion checked = criterion(QStringLiteral("henkilollisyys-tarkistettu"),
                                               QStringLiteral("Henkilöllisyys tarkistettu"), 1);
        checked.critical = true;
        identity.criteria << checked;
        expected.sections << opening << identity;
        Error error;
        const auto stored = ScorecardService(*qm).get(m_card, &error);
        QVERIFY2(stored, qPrintable(error.message));
        QCOMPARE(stored->definition.toJson(), expected.toJson());
        QVERIFY(stored->definition == expected);
    }

    void refusalsAreShownAtTheirPlace()
    {
        auto qm = loginTo(m_paths, m_clock, QStringLiteral("laura"));
        QVERIFY(qm);
        auto panel = shown(*qm);
        QVERIFY(panel->selectScorecard(m_card));
        QTreeWidget* tree = structure(*panel);
        auto* weight = w<QDoubleSpinBox>(panel.get(), "weightSpinBox");

        // A weight of 0, on criterion 1.2.
        clickItem(tree, tree->topLevelItem(0)->child(1));
        typeNumber(weight, QStringLiteral("0"));
        clickItem(tree, tree->topLevelItem(1)); // away from it
        QVERIFY(!panel->save());
        QVERIFY2(panel->statusText().startsWith(QStringLiteral("Criterion 1.2: ")) &&
                     panel->statusText().contains(QStringLiteral("the weight must be more than 0")),
                 qPrintable(panel->statusText()));
        QCOMPARE(tree->currentItem(), tree->topLevelItem(0)->child(1));
        QCOMPARE(QApplication::focusWidget(), weight);
        typeNumber(weight, QStringLiteral("1"));

        // An empty title, on criterion 2.1.
        clickItem(tree, tree->topLevelItem(1)->child(0));
        auto* title = w<QLineEdit>(panel.get(), "criterionTitleLineEdit");
        replaceText(title, QString());
        clickItem(tree, tree->topLevelItem(0));
        QTest::keyClick(tree, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY2(panel->statusText().contains(QStringLiteral("the title must not be empty")),
                     qPrintable(panel->statusText()));
        QVERIFY(panel->statusText().startsWith(QStringLiteral("Criterion 2.1: ")));
        QCOMPARE(tree->currentItem(), tree->topLevelItem(1)->child(0));
        QCOMPARE(QApplication::focusWidget(), title);
        typeText(title, QStringLiteral("Henkilöllisyys tarkistettu"));

        // Nothing was stored by the refusals.
        Error error;
        const auto stored = ScorecardService(*qm).get(m_card, &error);
        QVERIFY(stored);
        QCOMPARE(stored->version.version, 1);
        QCOMPARE(stored->definition.sections.at(0).criteria.at(1).weight, 1.0);
        QVERIFY(panel->save()); // the same as stored: version 1 is rewritten, still 1
        QCOMPARE(panel->statusText(), QStringLiteral("Saved as version 1."));
        QVERIFY(ScorecardService(*qm).get(m_card, &error)->definition == stored->definition);
    }

    void editInUseMakesNewVersion()
    {
        auto qm = loginTo(m_paths, m_clock, QStringLiteral("laura"));
        QVERIFY(qm);
        Error error;
        EvaluationService evaluations(*qm);
        const auto evaluation = evaluations.start(Interaction::call(m_call), m_card, &error);
        QVERIFY2(evaluation, qPrintable(error.message));
        AnswerMap answers;
        answers.insert(QStringLiteral("tervehdys-ja-esittaytyminen"), CriterionAnswer::yes());
        answers.insert(QStringLiteral("asia-selvitettiin"), CriterionAnswer::rated(4));
        answers.insert(QStringLiteral("henkilollisyys-tarkistettu"), CriterionAnswer::yes());
        QVERIFY2(evaluations.submit(*evaluation, answers, &error), qPrintable(error.message));

        auto panel = shown(*qm);
        QVERIFY(panel->selectScorecard(m_card));
        QTreeWidget* tree = structure(*panel);
        clickItem(tree, tree->topLevelItem(0)->child(0));
        typeNumber(w<QDoubleSpinBox>(panel.get(), "weightSpinBox"), QStringLiteral("3"));
        QTest::mouseClick(w<QPushButton>(panel.get(), "saveButton"), Qt::LeftButton);
        QTRY_VERIFY2(panel->statusText().startsWith(QStringLiteral("Saved as a new version 2")),
                     qPrintable(panel->statusText()));
        QVERIFY2(panel->statusText().contains(QStringLiteral("made on version 1")),
                 qPrintable(panel->statusText()));
        QCOMPARE(panel->currentVersion(), 2);

        const auto view = EvaluationService(*qm).get(*evaluation, &error);
        QVERIFY2(view, qPrintable(error.message));
        QCOMPARE(view->record.scorecardVersion, 1);
        QCOMPARE(view->card.sections.at(0).criteria.at(0).weight, 2.0);
        QCOMPARE(ScorecardService(*qm)
                     .get(m_card, &error)
                     ->definition.sections.at(0)
                     .criteria.at(0)
                     .weight,
                 3.0);

        // The versions picker: version 1, used by the evaluation, shown read-only.
        auto* versions = w<QComboBox>(panel.get(), "versionComboBox");
        QCOMPARE(versions->count(), 2);
        QVERIFY2(versions->itemText(1).startsWith(QStringLiteral("Version 1 — used by 1 ")),
                 qPrintable(versions->itemText(1)));
        versions->setFocus();
        QTest::keyClick(versions, Qt::Key_Down);
        QTRY_COMPARE(panel->currentVersion(), 1);
        QVERIFY(w<QLineEdit>(panel.get(), "nameLineEdit")->isReadOnly());
        QVERIFY(!w<QPushButton>(panel.get(), "saveButton")->isEnabled());
        clickItem(tree, tree->topLevelItem(0)->child(0));
        QCOMPARE(w<QDoubleSpinBox>(panel.get(), "weightSpinBox")->value(), 2.0);
    }

    void importExportAndRetire()
    {
        auto qm = loginTo(m_paths, m_clock, QStringLiteral("laura"));
        QVERIFY(qm);
        auto panel = shown(*qm);
        const QByteArray json = example();
        QVERIFY(!json.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("scorecard-customer-service.json"));
        QFile in(path);
        QVERIFY(in.open(QIODevice::WriteOnly) && in.write(json) == json.size());
        in.close();
        QVERIFY2(panel->importFrom(path), qPrintable(panel->statusText()));
        const qint64 imported = panel->currentScorecard();
        QVERIFY(imported > 0 && imported != m_card);
        auto* list = w<QTreeWidget>(panel.get(), "scorecardsTreeWidget");
        QStringList names;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            names << list->topLevelItem(i)->text(0);
        QVERIFY2(names.contains(QStringLiteral("Asiakaspalvelupuhelun arviointi")),
                 qPrintable(names.join(QLatin1Char(','))));
        QCOMPARE(w<QLineEdit>(panel.get(), "nameLineEdit")->text(),
                 QStringLiteral("Asiakaspalvelupuhelun arviointi"));

        const auto original = ScorecardDefinition::fromJson(json, nullptr);
        QVERIFY(original);
        const QString out = m_dir.filePath(QStringLiteral("exported.json"));
        QVERIFY2(panel->exportTo(out), qPrintable(panel->statusText()));
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const auto back = ScorecardDefinition::fromJson(exported.readAll(), nullptr);
        QVERIFY(back);
        QVERIFY(*back == *original);

        // A file that is not a scorecard: its name and the place in the message.
        const QString badPath = m_dir.filePath(QStringLiteral("zero-weight.json"));
        QFile bad(badPath);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        QByteArray broken = json;
        broken.replace("\"weight\": 2,", "\"weight\": 0,");
        QVERIFY(broken != json);
        bad.write(broken);
        bad.close();
        QVERIFY(!panel->importFrom(badPath));
        QVERIFY2(
            panel->statusText().startsWith(QStringLiteral("zero-weight.json was not imported")) &&
                panel->statusText().contains(QStringLiteral("sections[0].criteria[1].weight")),
            qPrintable(panel->statusText()));
        QCOMPARE(panel->currentScorecard(), imported);
        const QString cutPath = m_dir.filePath(QStringLiteral("cut.json"));
        QFile cut(cutPath);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(json.left(json.size() / 2));
        cut.close();
        QVERIFY(!panel->importFrom(cutPath));
        QVERIFY2(panel->statusText().startsWith(QStringLiteral("cut.json was not imported")),
                 qPrintable(panel->statusText()));

        // Retire: greyed at the end of the list; Reinstate brings it back.
        auto* retire = w<QPushButton>(panel.get(), "retireButton");
        QTest::mouseClick(retire, Qt::LeftButton);
        QTRY_COMPARE(list->topLevelItem(list->topLevelItemCount() - 1)->text(0),
                     QStringLiteral("Asiakaspalvelupuhelun arviointi (retired)"));
        QCOMPARE(QString(retire->text()).remove(QLatin1Char('&')), QStringLiteral("Reinstate"));
        Error error;
        QVERIFY(!EvaluationService(*qm).start(Interaction::call(m_call), imported, &error));
        QTest::mouseClick(retire, Qt::LeftButton);
        QTRY_COMPARE(QString(retire->text()).remove(QLatin1Char('&')), QStringLiteral("Retire"));
    }

    void unsavedChangesAreAskedAbout()
    {
        auto qm = loginTo(m_paths, m_clock, QStringLiteral("laura"));
        QVERIFY(qm);
        auto panel = shown(*qm);
        QVERIFY(panel->selectScorecard(m_card));
        auto* name = w<QLineEdit>(panel.get(), "nameLineEdit");
        QTest::keyClicks(name, QStringLiteral(" 2"));
        QVERIFY(panel->hasUnsavedChanges());

        // Someone else saves the scorecard meanwhile: what is typed here is kept, and said so.
        Error error;
        auto elsewhere = ScorecardService(*qm).get(m_card, &error)->definition;
        elsewhere.description = QStringLiteral("Changed elsewhere.");
        QVERIFY2(ScorecardService(*qm).save(m_card, elsewhere, &error), qPrintable(error.message));
        QTRY_VERIFY2(panel->statusText().startsWith(
                         QStringLiteral("This scorecard was changed elsewhere (now version 2).")),
                     qPrintable(panel->statusText()));
        QCOMPARE(name->text(), QStringLiteral("Puhelun laatu 2"));
        QVERIFY(panel->hasUnsavedChanges());

        // The list was read again: find the other scorecard now.
        auto* list = w<QTreeWidget>(panel.get(), "scorecardsTreeWidget");
        QTreeWidgetItem* other = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(0, Qt::UserRole + 1).toLongLong() != m_card)
                other = list->topLevelItem(i);
        }
        QVERIFY(other);
        whenModal<QMessageBox>([](QMessageBox* box) {
            QCOMPARE(box->objectName(), QStringLiteral("unsavedChangesBox"));
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        });
        clickItem(list, other);
        QCOMPARE(panel->currentScorecard(), m_card);
        QCOMPARE(name->text(), QStringLiteral("Puhelun laatu 2"));
        whenModal<QMessageBox>([](QMessageBox* box) {
            QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
        });
        clickItem(list, other);
        QTRY_VERIFY(panel->currentScorecard() != m_card);
        QVERIFY(!panel->hasUnsavedChanges());
        QCOMPARE(ScorecardService(*qm).get(m_card, &error)->definition.name,
                 QStringLiteral("Puhelun laatu"));
    }

    void trainerReadsAndExports()
    {
        auto trainer = loginTo(m_paths, m_clock, QStringLiteral("teemu"));
        QVERIFY(trainer);
        auto panel = shown(*trainer);
        QVERIFY(panel->selectScorecard(m_card));
        for (const char* hidden : {"newButton", "importButton", "retireButton", "saveButton",
                                   "addSectionButton", "addCriterionButton", "removeButton"})
            QVERIFY2(w<QPushButton>(panel.get(), hidden)->isHidden(), hidden);
        QVERIFY(w<QLineEdit>(panel.get(), "nameLineEdit")->isReadOnly());
        QTreeWidget* tree = structure(*panel);
        clickItem(tree, tree->topLevelItem(0)->child(0));
        QVERIFY(w<QLineEdit>(panel.get(), "criterionTitleLineEdit")->isReadOnly());
        QVERIFY(w<QDoubleSpinBox>(panel.get(), "weightSpinBox")->isReadOnly());
        QVERIFY(!w<QComboBox>(panel.get(), "scaleComboBox")->isEnabled());
        QVERIFY(!w<QCheckBox>(panel.get(), "criticalCheckBox")->isEnabled());
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Insert);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
        QVERIFY(!panel->save());
        const QString out = m_dir.filePath(QStringLiteral("trainer.json"));
        QVERIFY(w<QPushButton>(panel.get(), "exportButton")->isVisible());
        QVERIFY2(panel->exportTo(out), qPrintable(panel->statusText()));
        QVERIFY(QFile::exists(out));
    }
};

QTEST_MAIN(TestScorecardGui)
#include "tst_scorecardgui.moc"

// Scorecards: the score rule on hand-worked examples, the exchange format (round trip, the
// examples in docs/examples, every kind of refusal with its place), answers as JSON, and the
// reproducible random sequence used for sampling.

#include "core/Scorecard.h"

#include <QFile>
#include <QLocale>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace tallenne;

Q_DECLARE_METATYPE(tallenne::ScorecardDefinition)
Q_DECLARE_METATYPE(tallenne::AnswerMap)

namespace {

QString examplePath(const char* name)
{
    return QStringLiteral(TALLENNE_TEST_DATA "/../../docs/examples/%1").arg(QLatin1String(name));
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ScorecardCriterion crit(const char* id, double weight, AnswerScale scale = AnswerScale::YesNo)
{
    ScorecardCriterion c;
    c.id = QLatin1String(id);
    c.title = QStringLiteral("Criterion %1").arg(c.id);
    c.weight = weight;
    c.scale = scale;
    return c;
}

ScorecardCriterion allowNa(ScorecardCriterion c)
{
    c.allowNotApplicable = true;
    return c;
}

ScorecardCriterion critical(ScorecardCriterion c)
{
    c.critical = true;
    return c;
}

ScorecardCriterion withComment(ScorecardCriterion c, CommentRule rule)
{
    c.comment = rule;
    return c;
}

ScorecardDefinition cardOf(const QList<ScorecardCriterion>& criteria, double passMark = 80.0)
{
    ScorecardDefinition card;
    card.name = QStringLiteral("Test card");
    card.passMark = passMark;
    card.sections = {ScorecardSection{QStringLiteral("Only section"), criteria}};
    return card;
}

AnswerMap answers(std::initializer_list<std::pair<const char*, CriterionAnswer>> list)
{
    AnswerMap map;
    for (const auto& [id, answer] : list)
        map.insert(QLatin1String(id), answer);
    return map;
}

CriterionAnswer commented(CriterionAnswer a, const char* comment)
{
    a.comment = QString::fromUtf8(comment);
    return a;
}

QStringList ids(const char* commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

/// A small valid card in the exchange format, with a second section whose one criterion has
/// `fields` added, so that refusals there are reported at sections[1].criteria[0].
QByteArray cardJson(const char* criterionFields = "", const char* sectionFields = "",
                    const char* topFields = "")
{
    return QByteArray(R"({"format": "tallenne-scorecard", "format_version": 1, "name": "N", )") +
           topFields +
           R"("sections": [{"title": "S", "criteria": [{"id": "a", "title": "A"}]}, )"
           R"({"title": "T", )" +
           sectionFields + R"("criteria": [{"id": "b", "title": "B")" + criterionFields + "}]}]}";
}

/// A card with `count` one-criterion sections, or one section of `count` criteria.
QByteArray manyJson(int count, bool sections)
{
    QByteArray items;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            items += ',';
        const QByteArray criterion = R"({"id": "c)" + QByteArray::number(i) + R"(", "title": "C"})";
        items += sections ? R"({"title": "S", "criteria": [)" + criterion + "]}" : criterion;
    }
    const QByteArray list = sections ? items : R"([{"title": "S", "criteria": [)" + items + "]}]";
    return R"({"format": "tallenne-scorecard", "format_version": 1, "name": "N", "sections": )" +
           (sections ? "[" + list + "]" : list) + "}";
}

} // namespace

class TestScorecard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // --- The score rule ---------------------------------------------------------------------

    void score_data()
    {
        QTest::addColumn<ScorecardDefinition>("card");
        QTest::addColumn<AnswerMap>("given");
        QTest::addColumn<double>("earned");
        QTest::addColumn<double>("possible");
        QTest::addColumn<double>("rawPercent"); // -1: none
        QTest::addColumn<double>("percent");    // -1: none
        QTest::addColumn<bool>("passed");
        QTest::addColumn<QStringList>("failedCritical");
        QTest::addColumn<QStringList>("notApplicable");
        QTest::addColumn<QStringList>("unanswered");
        QTest::addColumn<QStringList>("missingComments");
        QTest::addColumn<QStringList>("invalidAnswers");

        const auto yes = CriterionAnswer::yes();
        const auto no = CriterionAnswer::no();
        const auto na = CriterionAnswer::notApplicable();
        const auto rated = &CriterionAnswer::rated;
        const QStringList none;
        const auto five = AnswerScale::OneToFive;

        // (1) Weights 2, 1, 1 answered yes, no, yes: 2 + 0 + 1 = 3 of 4 = 75.0 %.
        QTest::newRow("weights") << cardOf({crit("a", 2), crit("b", 1), crit("c", 1)})
                                 << answers({{"a", yes}, {"b", no}, {"c", yes}}) << 3.0 << 4.0
                                 << 75.0 << 75.0 << false << none << none << none << none << none;
        // (2) Weight 2 on the five-point scale answered 4: 2 × (4 − 1) / 4 = 1.5 of 2.
        QTest::newRow("five-point 4")
            << cardOf({crit("a", 2, five)}) << answers({{"a", rated(4)}}) << 1.5 << 2.0 << 75.0
            << 75.0 << false << none << none << none << none << none;
        QTest::newRow("five-point 1 and 5")
            << cardOf({crit("a", 1, five), crit("b", 1, five)})
            << answers({{"a", rated(1)}, {"b", rated(5)}}) << 1.0 << 2.0 << 50.0 << 50.0 << false
            << none << none << none << none << none;
        // (3) N/A removes the weight: a (2) N/A, b yes, c no: 1 of 2 = 50.0 %.
        QTest::newRow("not applicable")
            << cardOf({allowNa(crit("a", 2)), crit("b", 1), crit("c", 1)})
            << answers({{"a", na}, {"b", yes}, {"c", no}}) << 1.0 << 2.0 << 50.0 << 50.0 << false
            << none << ids("a") << none << none << none;
        // (4) A critical criterion answered no: 3 of 4 would be 75.0 %, the score is 0.
        QTest::newRow("critical no")
            << cardOf({critical(crit("a", 1)), crit("b", 2), crit("c", 1)}, 50.0)
            << answers({{"a", no}, {"b", yes}, {"c", yes}}) << 3.0 << 4.0 << 75.0 << 0.0 << false
            << ids("a") << none << none << none << none;
        QTest::newRow("critical yes")
            << cardOf({critical(crit("a", 1)), crit("b", 2), crit("c", 1)}, 50.0)
            << answers({{"a", yes}, {"b", yes}, {"c", no}}) << 3.0 << 4.0 << 75.0 << 75.0 << true
            << none << none << none << none << none;
        // (5) Critical on the five-point scale: 1 fails, 2 does not.
        QTest::newRow("critical 1 of 5")
            << cardOf({critical(crit("a", 1, five)), crit("b", 1)}, 50.0)
            << answers({{"a", rated(1)}, {"b", yes}}) << 1.0 << 2.0 << 50.0 << 0.0 << false
            << ids("a") << none << none << none << none;
        QTest::newRow("critical 2 of 5")
            << cardOf({critical(crit("a", 1, five)), crit("b", 1)}, 50.0)
            << answers({{"a", rated(2)}, {"b", yes}}) << 1.25 << 2.0 << 62.5 << 62.5 << true << none
            << none << none << none << none;
        QTest::newRow("critical N/A") << cardOf({allowNa(critical(crit("a", 1))), crit("b", 1)})
                                      << answers({{"a", na}, {"b", yes}}) << 1.0 << 1.0 << 100.0
                                      << 100.0 << true << none << ids("a") << none << none << none;
        // (6) Unanswered criteria count nowhere; the score so far still shows.
        QTest::newRow("unanswered")
            << cardOf({crit("a", 1), crit("b", 3), crit("c", 1)}) << answers({{"a", yes}}) << 1.0
            << 1.0 << 100.0 << 100.0 << true << none << none << ids("b,c") << none << none;
        QTest::newRow("explicitly unanswered")
            << cardOf({crit("a", 1), crit("b", 1)})
            << answers({{"a", yes}, {"b", commented(CriterionAnswer(), "draft")}}) << 1.0 << 1.0
            << 100.0 << 100.0 << true << none << none << ids("b") << none << none;
        QTest::newRow("nothing answered")
            << cardOf({crit("a", 1), crit("b", 1)}) << AnswerMap() << 0.0 << 0.0 << -1.0 << -1.0
            << false << none << none << ids("a,b") << none << none;
        const auto onFail = [](ScorecardCriterion c) {
            return withComment(c, CommentRule::OnFail);
        };
        const auto always = [](ScorecardCriterion c) {
            return withComment(c, CommentRule::Always);
        };
        QTest::newRow("on-fail: no needs a comment")
            << cardOf({onFail(crit("a", 1)), onFail(crit("b", 1))})
            << answers({{"a", no}, {"b", yes}}) << 1.0 << 2.0 << 50.0 << 50.0 << false << none
            << none << none << ids("a") << none;
        QTest::newRow("on-fail: blank is no comment")
            << cardOf({onFail(crit("a", 1))}) << answers({{"a", commented(no, " \n\t")}}) << 0.0
            << 1.0 << 0.0 << 0.0 << false << none << none << none << ids("a") << none;
        QTest::newRow("on-fail: commented")
            << cardOf({onFail(crit("a", 1))}) << answers({{"a", commented(no, "Pito 4 min")}})
            << 0.0 << 1.0 << 0.0 << 0.0 << false << none << none << none << none << none;
        QTest::newRow("on-fail: 2 of 5 needs one, 3 does not")
            << cardOf({onFail(crit("a", 1, five)), onFail(crit("b", 1, five))})
            << answers({{"a", rated(2)}, {"b", rated(3)}}) << 0.75 << 2.0 << 37.5 << 37.5 << false
            << none << none << none << ids("a") << none;
        QTest::newRow("always: yes needs one, N/A does not")
            << cardOf({always(crit("a", 1)), allowNa(always(crit("b", 1))), always(crit("c", 1))})
            << answers({{"a", yes}, {"b", na}, {"c", commented(yes, "ok")}}) << 2.0 << 2.0 << 100.0
            << 100.0 << true << none << ids("b") << none << ids("a") << none;
        // (7) Invalid answers go to invalidAnswers and count nowhere, not even as unanswered
        // or as a critical failure.
        QTest::newRow("invalid") << cardOf({critical(crit("a", 1, five)),
                                            onFail(crit("b", 1, five)), crit("c", 1), crit("d", 1),
                                            crit("e", 1), crit("f", 1)})
                                 << answers({{"a", rated(0)},
                                             {"b", rated(6)},
                                             {"c", rated(2)},
                                             {"d", rated(-1)},
                                             {"e", na},
                                             {"f", yes}})
                                 << 1.0 << 1.0 << 100.0 << 100.0 << true << none << none << none
                                 << none << ids("a,b,c,d,e");
        // (8) All N/A: no score at all.
        QTest::newRow("all N/A") << cardOf({allowNa(crit("a", 1)), allowNa(crit("b", 2))})
                                 << answers({{"a", na}, {"b", na}}) << 0.0 << 0.0 << -1.0 << -1.0
                                 << false << none << ids("a,b") << none << none << none;
        // (9) The pass mark: exactly 80.0 passes, 79.9 does not.
        QTest::newRow("pass mark exactly")
            << cardOf({crit("a", 1), crit("b", 1), crit("c", 1), crit("d", 1), crit("e", 1)})
            << answers({{"a", yes}, {"b", yes}, {"c", yes}, {"d", yes}, {"e", no}}) << 4.0 << 5.0
            << 80.0 << 80.0 << true << none << none << none << none << none;
        QTest::newRow("just below the pass mark")
            << cardOf({crit("a", 79.9), crit("b", 20.1)}) << answers({{"a", yes}, {"b", no}})
            << 79.9 << 100.0 << 79.9 << 79.9 << false << none << none << none << none << none;
        QTest::newRow("pass mark 0")
            << cardOf({crit("a", 1)}, 0.0) << answers({{"a", no}}) << 0.0 << 1.0 << 0.0 << 0.0
            << true << none << none << none << none << none;
        // One decimal: 2 of 3 = 66.666… → 66.7; 1 of 16 = 6.25 → 6.3 (half away from zero).
        QTest::newRow("rounding thirds")
            << cardOf({crit("a", 1), crit("b", 1), crit("c", 1)})
            << answers({{"a", yes}, {"b", yes}, {"c", no}}) << 2.0 << 3.0 << 66.7 << 66.7 << false
            << none << none << none << none << none;
        QTest::newRow("rounding a half")
            << cardOf({crit("a", 1), crit("b", 15)}) << answers({{"a", yes}, {"b", no}}) << 1.0
            << 16.0 << 6.3 << 6.3 << false << none << none << none << none << none;
        // 0.33 of 0.48 is exactly 68.75 %, but in binary 1000 × 0.33 / 0.48 = 687.4999999999999:
        // the half must still round up.
        QTest::newRow("rounding binary noise")
            << cardOf({crit("a", 0.03), crit("b", 0.3), crit("c", 0.15)})
            << answers({{"a", yes}, {"b", yes}, {"c", no}}) << 0.33 << 0.48 << 68.8 << 68.8 << false
            << none << none << none << none << none;
        QTest::newRow("unknown ids ignored")
            << cardOf({crit("a", 1)}) << answers({{"a", yes}, {"zz", no}}) << 1.0 << 1.0 << 100.0
            << 100.0 << true << none << none << none << none << none;
    }

    void score()
    {
        QFETCH(ScorecardDefinition, card);
        QFETCH(AnswerMap, given);
        QFETCH(double, earned);
        QFETCH(double, possible);
        QFETCH(double, rawPercent);
        QFETCH(double, percent);
        QFETCH(bool, passed);
        QFETCH(QStringList, failedCritical);
        QFETCH(QStringList, notApplicable);
        QFETCH(QStringList, unanswered);
        QFETCH(QStringList, missingComments);
        QFETCH(QStringList, invalidAnswers);
        QVERIFY2(card.validate(nullptr), "the test's card must be valid");

        const ScoreBreakdown s = computeScore(card, given);
        QCOMPARE(s.earned, earned);
        QCOMPARE(s.possible, possible);
        QCOMPARE(s.rawPercent.has_value(), rawPercent >= 0);
        QCOMPARE(s.percent.has_value(), percent >= 0);
        if (s.rawPercent)
            QCOMPARE(*s.rawPercent, rawPercent);
        if (s.percent)
            QCOMPARE(*s.percent, percent);
        QCOMPARE(s.passed, passed);
        QCOMPARE(s.criticalFailed, !failedCritical.isEmpty());
        QCOMPARE(s.failedCritical, failedCritical);
        QCOMPARE(s.notApplicable, notApplicable);
        QCOMPARE(s.unanswered, unanswered);
        QCOMPARE(s.missingComments, missingComments);
        QCOMPARE(s.invalidAnswers, invalidAnswers);
        QCOMPARE(s.complete(),
                 unanswered.isEmpty() && missingComments.isEmpty() && invalidAnswers.isEmpty());
        QCOMPARE(s.sections.size(), 1);
        QCOMPARE(s.sections.first().earned, earned);
        QCOMPARE(s.sections.first().possible, possible);
    }

    void completeNeedsEverything()
    {
        const ScorecardDefinition card =
            cardOf({withComment(crit("a", 1), CommentRule::OnFail), crit("b", 1)});
        QVERIFY(!computeScore(card, answers({{"a", CriterionAnswer::yes()}})).complete());
        QVERIFY(!computeScore(
                     card, answers({{"a", CriterionAnswer::no()}, {"b", CriterionAnswer::yes()}}))
                     .complete());
        QVERIFY(!computeScore(card, answers({{"a", CriterionAnswer::yes()},
                                             {"b", CriterionAnswer::rated(3)}}))
                     .complete());
        QVERIFY(computeScore(card, answers({{"a", commented(CriterionAnswer::no(), "why")},
                                            {"b", CriterionAnswer::yes()}}))
                    .complete());
    }

    void sectionScores()
    {
        ScorecardDefinition card;
        card.name = QStringLiteral("Two sections");
        card.sections = {
            {QStringLiteral("Opening"), {crit("a", 2), allowNa(crit("b", 1))}},
            {QStringLiteral("Closing"), {crit("c", 1, AnswerScale::OneToFive), crit("d", 3)}},
        };
        const ScoreBreakdown s =
            computeScore(card, answers({{"a", CriterionAnswer::yes()},
                                        {"b", CriterionAnswer::notApplicable()},
                                        {"c", CriterionAnswer::rated(3)},
                                        {"d", CriterionAnswer::no()}}));
        QCOMPARE(s.sections.size(), 2);
        QCOMPARE(s.sections.at(0).title, QStringLiteral("Opening"));
        QCOMPARE(s.sections.at(0).earned, 2.0);
        QCOMPARE(s.sections.at(0).possible, 2.0);
        QCOMPARE(s.sections.at(1).title, QStringLiteral("Closing"));
        QCOMPARE(s.sections.at(1).earned, 0.5);
        QCOMPARE(s.sections.at(1).possible, 4.0);
        QCOMPARE(s.earned, 2.5);
        QCOMPARE(s.possible, 6.0);
        QCOMPARE(*s.percent, 41.7);
    }

    void answerPredicates_data()
    {
        QTest::addColumn<int>("scale");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("value");
        QTest::addColumn<double>("fraction"); // -1: none
        QTest::addColumn<bool>("lowest");
        QTest::addColumn<bool>("isFail");
        const int yn = int(AnswerScale::YesNo), five = int(AnswerScale::OneToFive);
        const int answered = int(CriterionAnswer::State::Answered);
        const int na = int(CriterionAnswer::State::NotApplicable);
        const int unanswered = int(CriterionAnswer::State::Unanswered);
        QTest::newRow("yes") << yn << answered << 1 << 1.0 << false << false;
        QTest::newRow("no") << yn << answered << 0 << 0.0 << true << true;
        QTest::newRow("yes/no 2") << yn << answered << 2 << -1.0 << false << false;
        QTest::newRow("1 of 5") << five << answered << 1 << 0.0 << true << true;
        QTest::newRow("2 of 5") << five << answered << 2 << 0.25 << false << true;
        QTest::newRow("3 of 5") << five << answered << 3 << 0.5 << false << false;
        QTest::newRow("4 of 5") << five << answered << 4 << 0.75 << false << false;
        QTest::newRow("5 of 5") << five << answered << 5 << 1.0 << false << false;
        QTest::newRow("0 of 5") << five << answered << 0 << -1.0 << false << false;
        QTest::newRow("6 of 5") << five << answered << 6 << -1.0 << false << false;
        QTest::newRow("N/A") << yn << na << 0 << -1.0 << false << false;
        QTest::newRow("unanswered") << five << unanswered << 1 << -1.0 << false << false;
    }

    void answerPredicates()
    {
        QFETCH(int, scale);
        QFETCH(int, state);
        QFETCH(int, value);
        QFETCH(double, fraction);
        QFETCH(bool, lowest);
        QFETCH(bool, isFail);
        ScorecardCriterion c = crit("a", 1, AnswerScale(scale));
        c.allowNotApplicable = true;
        CriterionAnswer a;
        a.state = CriterionAnswer::State(state);
        a.value = value;
        const auto f = answerFraction(c, a);
        QCOMPARE(f.has_value(), fraction >= 0);
        if (f)
            QCOMPARE(*f, fraction);
        QCOMPARE(answerIsLowest(c, a), lowest);
        QCOMPARE(answerIsFail(c, a), isFail);
    }

    // --- Explanation ------------------------------------------------------------------------

    void explanation()
    {
        ScorecardCriterion id = critical(crit("identity", 2));
        id.title = QStringLiteral("Identity checked");
        ScorecardCriterion hold = allowNa(crit("hold", 2));
        hold.title = QStringLiteral("Hold etiquette");
        ScorecardCriterion solve =
            withComment(crit("solve", 4, AnswerScale::OneToFive), CommentRule::OnFail);
        solve.title = QStringLiteral("Solved");
        ScorecardCriterion close = crit("close", 1.5);
        close.title = QStringLiteral("Closing");
        ScorecardCriterion extra = crit("extra", 1);
        extra.title = QStringLiteral("Extra");
        ScorecardCriterion extra2 = crit("extra2", 1);
        extra2.title = QStringLiteral("Extra 2");
        const ScorecardDefinition card = cardOf({id, hold, solve, close, extra, extra2});

        // 2 + 4 × 0.25 + 1.5 = 4.5 of 7.5 = 60.0 %; not passed.
        const ScoreBreakdown s =
            computeScore(card, answers({{"identity", CriterionAnswer::yes()},
                                        {"hold", CriterionAnswer::notApplicable()},
                                        {"solve", CriterionAnswer::rated(2)},
                                        {"close", CriterionAnswer::yes()}}));
        QCOMPARE(s.explanation(card),
                 QStringList({QStringLiteral("4.5 of 7.5 weighted points = 60.0 %"),
                              QStringLiteral("Not applicable, weight removed: Hold etiquette (2)"),
                              QStringLiteral("Not answered yet: 2 criterion(s)"),
                              QStringLiteral("A comment is needed: Solved"),
                              QStringLiteral("Pass mark 80 %: not passed")}));

        const ScoreBreakdown failed =
            computeScore(card, answers({{"identity", CriterionAnswer::no()},
                                        {"hold", CriterionAnswer::yes()},
                                        {"solve", commented(CriterionAnswer::rated(5), "x")},
                                        {"close", CriterionAnswer::yes()},
                                        {"extra", CriterionAnswer::yes()},
                                        {"extra2", CriterionAnswer::rated(7)}}));
        // 0 + 2 + 4 + 1.5 + 1 = 8.5 of 10.5 = 81.0 %, but the identity check failed.
        QCOMPARE(failed.explanation(card),
                 QStringList(
                     {QStringLiteral("8.5 of 10.5 weighted points = 81.0 %"),
                      QString::fromUtf8("Critical criterion failed: Identity checked — the score "
                                        "is 0 (it would be 81.0 %)"),
                      QStringLiteral("Answer not allowed for the criterion, not counted: Extra 2"),
                      QStringLiteral("Pass mark 80 %: not passed")}));

        const ScoreBreakdown passed =
            computeScore(cardOf({crit("a", 3)}), answers({{"a", CriterionAnswer::yes()}}));
        QCOMPARE(passed.explanation(cardOf({crit("a", 3)})),
                 QStringList({QStringLiteral("3 of 3 weighted points = 100.0 %"),
                              QStringLiteral("Pass mark 80 %: passed")}));

        // Untranslated the source's plural shows; tallenne_en.ts gives "1 criterion".
        const ScoreBreakdown single = computeScore(cardOf({crit("a", 1), crit("b", 1)}),
                                                   answers({{"a", CriterionAnswer::yes()}}));
        QVERIFY(single.explanation(cardOf({crit("a", 1), crit("b", 1)}))
                    .contains(QStringLiteral("Not answered yet: 1 criterion(s)")));

        const ScoreBreakdown empty = computeScore(card, AnswerMap());
        QCOMPARE(empty.explanation(card).size(), 2); // no score, 6 not answered, no pass line
    }

    void explanationUsesTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
        const ScorecardDefinition card =
            cardOf({crit("a", 5), allowNa(crit("b", 2.25)), crit("c", 2.5), crit("d", 2.5)}, 72.5);
        // 5 + 2.5 = 7.5 of 10 = 75.0 %.
        const ScoreBreakdown s =
            computeScore(card, answers({{"a", CriterionAnswer::yes()},
                                        {"b", CriterionAnswer::notApplicable()},
                                        {"c", CriterionAnswer::yes()},
                                        {"d", CriterionAnswer::no()}}));
        const QStringList lines = s.explanation(card);
        QCOMPARE(lines.value(0), QStringLiteral("7,5 of 10 weighted points = 75,0 %"));
        QCOMPARE(lines.value(1),
                 QStringLiteral("Not applicable, weight removed: Criterion b (2,25)"));
        QCOMPARE(lines.value(2), QStringLiteral("Pass mark 72,5 %: passed"));
    }

    // --- The exchange format ----------------------------------------------------------------

    void roundTrip()
    {
        ScorecardDefinition card;
        card.name = QString::fromUtf8("Asiakaspalvelupuhelun arviointi – kevät");
        card.description = QStringLiteral("Line one\nline two \"quoted\"");
        card.passMark = 72.5;
        ScorecardCriterion a = crit("tervehdys", 1.25, AnswerScale::OneToFive);
        a.guidance = QString::fromUtf8("Yrityksen nimi ja oma etunimi; ”lainaus”");
        a.allowNotApplicable = true;
        a.critical = true;
        a.comment = CommentRule::Always;
        ScorecardCriterion b = crit("b_2-x", 100);
        b.comment = CommentRule::OnFail;
        card.sections = {{QStringLiteral("Avaus"), {a, b}},
                         {QStringLiteral("Lopetus"), {crit("c", 0.001)}}};
        QVERIFY(card.validate(nullptr));

        const QByteArray json = card.toJson();
        QVERIFY(json.contains('\n')); // indented
        Error error;
        const auto back = ScorecardDefinition::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error.message));
        QCOMPARE(back->toJson(), json);
        QVERIFY(*back == card);
        QCOMPARE(back->criterionCount(), 3);
        QVERIFY(back->criterion(QStringLiteral("b_2-x")));
        QCOMPARE(back->criterion(QStringLiteral("b_2-x"))->weight, 100.0);
        QVERIFY(!back->criterion(QStringLiteral("nope")));
    }

    void defaults()
    {
        Error error;
        const auto card = ScorecardDefinition::fromJson(
            R"({"format": "tallenne-scorecard", "format_version": 1, "name": "N",
                "sections": [{"title": "S", "criteria": [{"id": "a", "title": "A"}]}]})",
            &error);
        QVERIFY2(card, qPrintable(error.message));
        QCOMPARE(card->description, QString());
        QCOMPARE(card->passMark, 80.0);
        const ScorecardCriterion& c = card->sections.first().criteria.first();
        QCOMPARE(c.guidance, QString());
        QCOMPARE(c.weight, 1.0);
        QCOMPARE(c.scale, AnswerScale::YesNo);
        QCOMPARE(c.allowNotApplicable, false);
        QCOMPARE(c.critical, false);
        QCOMPARE(c.comment, CommentRule::Optional);
    }

    void examples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("criteria");
        QTest::addColumn<QString>("criticalId");
        QTest::newRow("customer service") << examplePath("scorecard-customer-service.json") << 10
                                          << QStringLiteral("henkilollisyys");
        QTest::newRow("chat") << examplePath("scorecard-chat-en.json") << 7
                              << QStringLiteral("no-sensitive-data");
    }

    void examples()
    {
        QFETCH(QString, file);
        QFETCH(int, criteria);
        QFETCH(QString, criticalId);
        const QByteArray json = readFile(file);
        QVERIFY2(!json.isEmpty(), qPrintable(file));
        Error error;
        const auto card = ScorecardDefinition::fromJson(json, &error);
        QVERIFY2(card, qPrintable(error.message));
        QCOMPARE(card->criterionCount(), criteria);
        QStringList criticalIds;
        for (const ScorecardSection& s : card->sections) {
            for (const ScorecardCriterion& c : s.criteria) {
                if (c.critical)
                    criticalIds << c.id;
            }
        }
        QCOMPARE(criticalIds, QStringList{criticalId});
        const auto again = ScorecardDefinition::fromJson(card->toJson(), &error);
        QVERIFY2(again, qPrintable(error.message));
        QVERIFY(*again == *card);
    }

    void workedExampleOfTheDocs()
    {
        // docs/scorecard.md, "Worked example": the numbers and lines there are these.
        Error error;
        const auto card = ScorecardDefinition::fromJson(
            readFile(examplePath("scorecard-customer-service.json")), &error);
        QVERIFY2(card, qPrintable(error.message));
        AnswerMap given = answers({{"tervehdys", CriterionAnswer::yes()},
                                   {"asian-kartoitus", CriterionAnswer::rated(4)},
                                   {"ratkaisu", CriterionAnswer::rated(3)},
                                   {"oikea-tieto", CriterionAnswer::yes()},
                                   {"pitoon-asetus", CriterionAnswer::notApplicable()},
                                   {"siirto", CriterionAnswer::notApplicable()},
                                   {"henkilollisyys", commented(CriterionAnswer::yes(), "ok")},
                                   {"tallennusilmoitus", CriterionAnswer::yes()},
                                   {"yhteenveto", CriterionAnswer::rated(5)},
                                   {"lopputervehdys", CriterionAnswer::no()}});
        const ScoreBreakdown s = computeScore(*card, given);
        QVERIFY(s.complete());
        QCOMPARE(s.explanation(*card),
                 QStringList({QStringLiteral("11 of 13.5 weighted points = 81.5 %"),
                              QString::fromUtf8("Not applicable, weight removed: Pitoon "
                                                "asettaminen hoidettiin kohteliaasti (1)"),
                              QStringLiteral("Not applicable, weight removed: Puhelun siirto "
                                             "oikealle taholle (1)"),
                              QStringLiteral("Pass mark 80 %: passed")}));

        given[QStringLiteral("henkilollisyys")] = commented(CriterionAnswer::no(), "ei kysytty");
        const ScoreBreakdown failed = computeScore(*card, given);
        QCOMPARE(failed.rawPercent, std::optional<double>(66.7));
        QCOMPARE(failed.percent, std::optional<double>(0.0));
        const QStringList lines = failed.explanation(*card);
        QCOMPARE(lines.first(), QStringLiteral("9 of 13.5 weighted points = 66.7 %"));
        QVERIFY(lines.contains(QString::fromUtf8(
            "Critical criterion failed: Soittajan henkilöllisyys tarkistettiin ennen tietojen "
            "antamista — the score is 0 (it would be 66.7 %)")));
        QCOMPARE(lines.last(), QStringLiteral("Pass mark 80 %: not passed"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message"); // the whole message, or its start ending in "…"
        const auto row = [](const char* tag, const QByteArray& json, const char* message) {
            QTest::newRow(tag) << json << QString::fromUtf8(message);
        };
        QByteArray tooBig = cardJson();
        tooBig += QByteArray(ScorecardDefinition::MaxFileBytes + 1 - tooBig.size(), ' ');
        row("too big", tooBig,
            "The file is too large for a scorecard: 1048577 bytes, at most 1048576.");
        row("not JSON", "{\"format\": ", "line 1, column 12: the file is not valid JSON (…");
        row("not JSON, line 3", "{\n\"format\":\n  \"x\" \"y\"}", "line 3, column …");
        row("an array", "[]", "The scorecard must be a JSON object.");
        row("wrong format", R"({"format": "tallenne.register-profile/1", "format_version": 1})",
            "format: the file is not a Tallenne scorecard (the format must be "
            "\"tallenne-scorecard\").");
        row("no format", R"({"format_version": 1, "name": "N", "sections": []})", "format: …");
        row("wrong version", R"({"format": "tallenne-scorecard", "format_version": 2})",
            "format_version: this version of Tallenne reads format version 1 only.");
        row("version as text", R"({"format": "tallenne-scorecard", "format_version": "1"})",
            "format_version: this version of Tallenne reads format version 1 only.");
        row("no version", R"({"format": "tallenne-scorecard"})",
            "format_version: the field is missing.");
        row("unknown key at the top", cardJson("", "", R"("colour": "red", )"),
            "colour: this field is not part of the scorecard format.");
        row("unknown key in a section", cardJson("", R"("colour": "red", )"),
            "sections[1].colour: this field is not part of the scorecard format.");
        row("unknown key in a criterion", cardJson(R"(, "colour": "red")"),
            "sections[1].criteria[0].colour: this field is not part of the scorecard format.");
        row("weight 0", cardJson(R"(, "weight": 0)"),
            "sections[1].criteria[0].weight: the weight must be more than 0 and at most 100.");
        row("weight -1", cardJson(R"(, "weight": -1)"),
            "sections[1].criteria[0].weight: the weight must be more than 0 and at most 100.");
        row("weight 101", cardJson(R"(, "weight": 101)"),
            "sections[1].criteria[0].weight: the weight must be more than 0 and at most 100.");
        row("weight 100.0001", cardJson(R"(, "weight": 100.0001)"),
            "sections[1].criteria[0].weight: the weight must be more than 0 and at most 100.");
        row("weight \"x\"", cardJson(R"(, "weight": "x")"),
            "sections[1].criteria[0].weight: the value must be a number.");
        row("weight null", cardJson(R"(, "weight": null)"),
            "sections[1].criteria[0].weight: the value must be a number.");
        row("duplicate id",
            cardJson(R"(, "guidance": "g")").replace(R"("id": "b")", R"("id": "a")"),
            "sections[1].criteria[0].id: the id \"a\" is already used by sections[0].criteria[0].");
        row("bad id", cardJson().replace(R"("id": "b")", R"("id": "Bad Id")"),
            "sections[1].criteria[0].id: the id must be 1 to 64 characters of a-z, 0-9, _ and -.");
        row("id 65 characters",
            cardJson().replace(R"("id": "b")", "\"id\": \"" + QByteArray(65, 'b') + '"'),
            "sections[1].criteria[0].id: the id must be 1 to 64 characters of a-z, 0-9, _ and -.");
        row("id a number", cardJson().replace(R"("id": "b")", R"("id": 7)"),
            "sections[1].criteria[0].id: the value must be a text.");
        row("no id", cardJson().replace(R"("id": "b", )", ""),
            "sections[1].criteria[0].id: the field is missing.");
        row("no sections", R"({"format": "tallenne-scorecard", "format_version": 1, "name": "N",
                               "sections": []})",
            "sections: the scorecard must have at least one section.");
        row("sections missing", R"({"format": "tallenne-scorecard", "format_version": 1,
                                    "name": "N"})",
            "sections: the field is missing.");
        row("sections an object", R"({"format": "tallenne-scorecard", "format_version": 1,
                                      "name": "N", "sections": {}})",
            "sections: the value must be a list.");
        row("section not an object", R"({"format": "tallenne-scorecard", "format_version": 1,
                                         "name": "N", "sections": [1]})",
            "sections[0]: the value must be an object.");
        row("no criteria", R"({"format": "tallenne-scorecard", "format_version": 1, "name": "N",
                               "sections": [{"title": "S", "criteria": []}]})",
            "sections[0].criteria: a section must have at least one criterion.");
        row("too many criteria", manyJson(ScorecardDefinition::MaxCriteria + 1, false),
            "sections: a scorecard has at most 200 criteria in all; this one has 201.");
        row("too many sections", manyJson(ScorecardDefinition::MaxSections + 1, true),
            "sections: a scorecard has at most 50 sections.");
        row("no name", cardJson().replace(R"("name": "N", )", ""), "name: the field is missing.");
        row("blank name", cardJson().replace(R"("name": "N")", R"("name": "  ")"),
            "name: the name must not be empty.");
        row("name 201 characters",
            cardJson().replace(R"("name": "N")", "\"name\": \"" + QByteArray(201, 'n') + '"'),
            "name: the name must be at most 200 characters.");
        row("blank section title", cardJson().replace(R"("title": "T")", R"("title": "")"),
            "sections[1].title: the title must not be empty.");
        row("criterion title 301 characters",
            cardJson().replace(R"("title": "B")", "\"title\": \"" + QByteArray(301, 't') + '"'),
            "sections[1].criteria[0].title: the title must be at most 300 characters.");
        row("guidance 2001 characters",
            cardJson(", \"guidance\": \"" + QByteArray(2001, 'g') + '"'),
            "sections[1].criteria[0].guidance: the guidance must be at most 2000 characters.");
        row("description 2001 characters",
            cardJson("", "", "\"description\": \"" + QByteArray(2001, 'd') + "\", "),
            "description: the description must be at most 2000 characters.");
        row("pass mark 101", cardJson("", "", R"("pass_mark": 101, )"),
            "pass_mark: the pass mark must be from 0 to 100.");
        row("pass mark -0.5", cardJson("", "", R"("pass_mark": -0.5, )"),
            "pass_mark: the pass mark must be from 0 to 100.");
        row("pass mark text", cardJson("", "", R"("pass_mark": "80", )"),
            "pass_mark: the value must be a number.");
        row("bad scale", cardJson(R"(, "scale": "one_to_ten")"),
            "sections[1].criteria[0].scale: the scale must be \"yes_no\" or \"one_to_five\".");
        row("bad comment rule", cardJson(R"(, "comment": "sometimes")"),
            "sections[1].criteria[0].comment: the comment rule must be \"optional\", "
            "\"on_fail\" or \"always\".");
        row("critical as text", cardJson(R"(, "critical": "yes")"),
            "sections[1].criteria[0].critical: the value must be true or false.");
        row("not_applicable as 1", cardJson(R"(, "not_applicable": 1)"),
            "sections[1].criteria[0].not_applicable: the value must be true or false.");
    }

    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        Error error;
        QVERIFY(!ScorecardDefinition::fromJson(json, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        if (message.endsWith(QChar(0x2026)))
            QVERIFY2(error.message.startsWith(message.chopped(1)), qPrintable(error.message));
        else
            QCOMPARE(error.message, message);
        // Without an Error to fill, the refusal is the same (and does not crash).
        QVERIFY(!ScorecardDefinition::fromJson(json, nullptr));
    }

    void limitsAccepted()
    {
        // The largest file, the most sections and criteria, and the longest texts are accepted.
        QByteArray big = cardJson();
        big += QByteArray(ScorecardDefinition::MaxFileBytes - big.size(), ' ');
        Error error;
        QVERIFY2(ScorecardDefinition::fromJson(big, &error), qPrintable(error.message));
        QVERIFY2(ScorecardDefinition::fromJson(manyJson(ScorecardDefinition::MaxCriteria, false),
                                               &error),
                 qPrintable(error.message));
        QVERIFY2(
            ScorecardDefinition::fromJson(manyJson(ScorecardDefinition::MaxSections, true), &error),
            qPrintable(error.message));
        ScorecardDefinition card = cardOf({crit("a", 100)});
        card.name = QString(200, QLatin1Char('n'));
        card.description = QString(2000, QLatin1Char('d'));
        card.sections[0].title = QString(300, QLatin1Char('s'));
        card.sections[0].criteria[0].id = QString(64, QLatin1Char('-'));
        card.sections[0].criteria[0].title = QString(300, QLatin1Char('t'));
        card.sections[0].criteria[0].guidance = QString(2000, QLatin1Char('g'));
        card.passMark = 100;
        QVERIFY2(card.validate(&error), qPrintable(error.message));
        card.passMark = 0;
        QVERIFY2(card.validate(&error), qPrintable(error.message));
    }

    void validateRefusesNonFinite_data()
    {
        QTest::addColumn<ScorecardDefinition>("card");
        QTest::addColumn<QString>("place");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("weight NaN")
            << cardOf({crit("a", nan)}) << QStringLiteral("sections[0].criteria[0].weight: ");
        QTest::newRow("weight inf") << cardOf({crit("a", 1), crit("b", inf)})
                                    << QStringLiteral("sections[0].criteria[1].weight: ");
        QTest::newRow("weight -inf")
            << cardOf({crit("a", -inf)}) << QStringLiteral("sections[0].criteria[0].weight: ");
        QTest::newRow("pass mark NaN")
            << cardOf({crit("a", 1)}, nan) << QStringLiteral("pass_mark: ");
        QTest::newRow("pass mark inf")
            << cardOf({crit("a", 1)}, inf) << QStringLiteral("pass_mark: ");
        QTest::newRow("empty") << ScorecardDefinition{QStringLiteral("N"), {}, 80.0, {}}
                               << QStringLiteral("sections: ");
    }

    void validateRefusesNonFinite()
    {
        QFETCH(ScorecardDefinition, card);
        QFETCH(QString, place);
        Error error;
        QVERIFY(!card.validate(&error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(error.message.startsWith(place), qPrintable(error.message));
    }

    void names()
    {
        QCOMPARE(ScorecardDefinition::scaleId(AnswerScale::YesNo), QStringLiteral("yes_no"));
        QCOMPARE(ScorecardDefinition::scaleId(AnswerScale::OneToFive),
                 QStringLiteral("one_to_five"));
        QCOMPARE(ScorecardDefinition::commentRuleId(CommentRule::Optional),
                 QStringLiteral("optional"));
        QCOMPARE(ScorecardDefinition::commentRuleId(CommentRule::OnFail),
                 QStringLiteral("on_fail"));
        QCOMPARE(ScorecardDefinition::commentRuleId(CommentRule::Always), QStringLiteral("always"));
        QSet<QString> names;
        for (auto scale : {AnswerScale::YesNo, AnswerScale::OneToFive})
            names << ScorecardDefinition::scaleName(scale);
        for (auto rule : {CommentRule::Optional, CommentRule::OnFail, CommentRule::Always})
            names << ScorecardDefinition::commentRuleName(rule);
        QCOMPARE(names.size(), 5);
        QVERIFY(!names.contains(QString()));
    }

    // --- Answers as JSON --------------------------------------------------------------------

    void answersRoundTrip()
    {
        CriterionAnswer pinnedToCall = CriterionAnswer::no();
        pinnedToCall.comment = QString::fromUtf8("Pitoa ei pyydetty – 0:42");
        pinnedToCall.pinMs = 42'000;
        CriterionAnswer pinnedToChat = CriterionAnswer::rated(2);
        pinnedToChat.comment = QStringLiteral("Link \"broken\"\nsecond line");
        pinnedToChat.pinMessageId = 9'007'199'254'740'992; // 2^53, still exact
        CriterionAnswer draft; // unanswered, with a comment typed already
        draft.comment = QStringLiteral("draft");
        draft.pinMs = 0;
        const AnswerMap given{{QStringLiteral("a"), CriterionAnswer::yes()},
                              {QStringLiteral("b"), pinnedToCall},
                              {QStringLiteral("c"), pinnedToChat},
                              {QStringLiteral("d"), CriterionAnswer::notApplicable()},
                              {QStringLiteral("e"), draft},
                              {QStringLiteral("f"), CriterionAnswer::rated(7)}};
        const QByteArray json = answersToJson(given);
        QVERIFY(!json.contains('\n'));
        QVERIFY(!json.contains(": "));
        const auto back = answersFromJson(json);
        QVERIFY(back);
        QCOMPARE(*back, given);
        QCOMPARE(answersToJson(*back), json);

        QCOMPARE(answersToJson(answers({{"a", CriterionAnswer::yes()}})),
                 QByteArray(R"({"a":{"state":"answered","value":1}})"));
        QCOMPARE(answersToJson(answers({{"n", CriterionAnswer::notApplicable()}})),
                 QByteArray(R"({"n":{"state":"na"}})"));
        QCOMPARE(answersToJson(AnswerMap()), QByteArray("{}"));
        QCOMPARE(answersFromJson("{}"), std::optional<AnswerMap>(AnswerMap()));
    }

    void answersMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray(R"({"a": )");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("answer not an object") << QByteArray(R"({"a": 1})");
        QTest::newRow("no state") << QByteArray(R"({"a": {"value": 1}})");
        QTest::newRow("unknown state") << QByteArray(R"({"a": {"state": "maybe"}})");
        QTest::newRow("state a number") << QByteArray(R"({"a": {"state": 1}})");
        QTest::newRow("answered without value") << QByteArray(R"({"a": {"state": "answered"}})");
        QTest::newRow("value a fraction")
            << QByteArray(R"({"a": {"state": "answered", "value": 1.5}})");
        QTest::newRow("value a text")
            << QByteArray(R"({"a": {"state": "answered", "value": "1"}})");
        QTest::newRow("value too large")
            << QByteArray(R"({"a": {"state": "answered", "value": 3000000000}})");
        QTest::newRow("N/A with value") << QByteArray(R"({"a": {"state": "na", "value": 1}})");
        QTest::newRow("unknown field")
            << QByteArray(R"({"a": {"state": "answered", "value": 1, "score": 1}})");
        QTest::newRow("comment a number")
            << QByteArray(R"({"a": {"state": "answered", "value": 1, "comment": 5}})");
        QTest::newRow("negative pin")
            << QByteArray(R"({"a": {"state": "answered", "value": 1, "pin_ms": -1}})");
        QTest::newRow("pin a text")
            << QByteArray(R"({"a": {"state": "answered", "value": 1, "pin_ms": "10"}})");
        QTest::newRow("message id a fraction")
            << QByteArray(R"({"a": {"state": "na", "pin_message_id": 1.5}})");
        QTest::newRow("message id beyond 2^53")
            << QByteArray(R"({"a": {"state": "na", "pin_message_id": 1e300}})");
        QTest::newRow("one bad among good")
            << QByteArray(R"({"a": {"state": "na"}, "b": {"state": "answered", "value": null}})");
    }

    void answersMalformed()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!answersFromJson(json));
    }

    // --- SeededRandom -----------------------------------------------------------------------

    void splitMixReference()
    {
        // SplitMix64's published outputs for seed 0 (Vigna's reference splitmix64.c).
        SeededRandom r(0);
        QCOMPARE(r.next(), Q_UINT64_C(0xE220A8397B1DCDAF));
        QCOMPARE(r.next(), Q_UINT64_C(0x6E789E6AA1B965F4));
        QCOMPARE(r.next(), Q_UINT64_C(0x06C45D188009454F));
    }

    void sameSeedSameSequence()
    {
        SeededRandom a(20261202), b(20261202), c(20261203);
        bool differs = false;
        for (int i = 0; i < 1000; ++i) {
            const quint64 x = a.next();
            QCOMPARE(b.next(), x);
            differs = differs || c.next() != x;
        }
        QVERIFY(differs);
    }

    void belowStaysInRange_data()
    {
        QTest::addColumn<quint64>("bound");
        for (quint64 bound : {1ULL, 2ULL, 3ULL, 7ULL, 1000ULL})
            QTest::addRow("%llu", static_cast<unsigned long long>(bound)) << bound;
        // Just over half of 2^64: nearly half of the raw values are rejected.
        QTest::newRow("2^63 + 1") << (Q_UINT64_C(1) << 63) + 1;
    }

    void belowStaysInRange()
    {
        QFETCH(quint64, bound);
        SeededRandom r(bound);
        QSet<quint64> seen;
        for (int i = 0; i < 20000; ++i) {
            const quint64 v = r.below(bound);
            QVERIFY2(v < bound, qPrintable(QString::number(v)));
            if (bound <= 1000)
                seen << v;
        }
        // With 20,000 draws every value of a small range turns up (a stuck or biased-to-zero
        // generator would not pass).
        if (bound <= 1000)
            QCOMPARE(quint64(seen.size()), bound);
    }

    void belowHasNoModuloBias()
    {
        // bound = 3 × 2^62: a plain r % bound would give [0, 2^62) half of the time instead of a
        // third (the top quarter of r folds onto it). Rejection keeps it at a third.
        const quint64 bound = Q_UINT64_C(3) << 62;
        SeededRandom r(99);
        int low = 0;
        const int draws = 30000;
        for (int i = 0; i < draws; ++i) {
            const quint64 v = r.below(bound);
            QVERIFY(v < bound);
            low += v < (Q_UINT64_C(1) << 62) ? 1 : 0;
        }
        QVERIFY2(low > draws * 0.31 && low < draws * 0.36, qPrintable(QString::number(low)));
    }

    void belowReference()
    {
        // Worked out independently (the same SplitMix64 and rejection rule in Python), so that
        // a recorded seed keeps drawing the same sample after a change of code.
        SeededRandom r(7);
        QList<quint64> got;
        for (int i = 0; i < 5; ++i)
            got << r.below(1000);
        QCOMPARE(got, QList<quint64>({487, 804, 346, 203, 674}));
        SeededRandom big(7);
        QCOMPARE(big.below(Q_UINT64_C(3) << 62), Q_UINT64_C(7191089600892374487));
        QCOMPARE(big.below(Q_UINT64_C(3) << 62), Q_UINT64_C(2781043691533445634));
        QCOMPARE(big.below(Q_UINT64_C(3) << 62), Q_UINT64_C(10753165928301472203));
    }

    void chooseIsReproducible()
    {
        QList<int> ten;
        for (int i = 0; i < 10; ++i)
            ten << i;
        QList<int> first = ten, second = ten, other = ten;
        SeededRandom(42).choose(first, 3);
        SeededRandom(42).choose(second, 3);
        SeededRandom(20261202).choose(other, 3);
        QCOMPARE(first, second);
        // Worked out independently (the same SplitMix64 and Fisher-Yates in Python).
        QCOMPARE(first, QList<int>({3, 2, 4, 0, 1, 5, 6, 7, 8, 9}));
        QCOMPARE(other, QList<int>({1, 3, 6, 0, 4, 5, 2, 7, 8, 9}));
        // A permutation: the chosen prefix is distinct and nothing was lost.
        QList<int> sorted = first;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, ten);

        QList<int> all = ten;
        SeededRandom(1).choose(all, 100); // count beyond the size: a full shuffle
        std::sort(all.begin(), all.end());
        QCOMPARE(all, ten);
        QList<int> none = ten;
        SeededRandom(1).choose(none, 0);
        QCOMPARE(none, ten);
    }
};

QTEST_GUILESS_MAIN(TestScorecard)
#include "tst_scorecard.moc"

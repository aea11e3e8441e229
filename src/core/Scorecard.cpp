#include "core/Scorecard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace tallenne {

namespace {

constexpr int MaxNameChars = 200;
constexpr int MaxDescriptionChars = 2000;
constexpr int MaxTitleChars = 300;
constexpr int MaxGuidanceChars = 2000;
constexpr double MaxWeight = 100.0;

const QString FormatName = QStringLiteral("tallenne-scorecard");
constexpr int FormatVersion = 1;

QString sectionPath(qsizetype s)
{
    return QStringLiteral("sections[%1]").arg(s);
}

QString criterionPath(qsizetype s, qsizetype c)
{
    return QStringLiteral("sections[%1].criteria[%2]").arg(s).arg(c);
}

QString child(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

bool failAt(Error* error, const QString& path, const QString& reason)
{
    return fail(error, ErrorKind::InputRejected, QStringLiteral("%1: %2").arg(path, reason));
}

bool isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

/// 100 × earned / possible to one decimal. The ratio is first rounded to 1e-6 of a tenth so
/// that binary noise (62.4999999… for an exact 62.5) cannot move a half up or down.
double roundedPercent(double earned, double possible)
{
    const double tenths = 1000.0 * earned / possible;
    return std::round(std::round(tenths * 1e6) / 1e6) / 10.0;
}

/// Up to two decimals without trailing zeros, in the user's locale ("7.5", "7,5", "2").
QString shortNumber(double value)
{
    return QLocale().toString(std::round(value * 100.0) / 100.0, 'f',
                              QLocale::FloatingPointShortest);
}

/// A percentage with one decimal, in the user's locale ("75.0", "75,0").
QString percentNumber(double value)
{
    return QLocale().toString(value, 'f', 1);
}

std::optional<AnswerScale> scaleFromId(const QString& id)
{
    if (id == QLatin1String("yes_no"))
        return AnswerScale::YesNo;
    if (id == QLatin1String("one_to_five"))
        return AnswerScale::OneToFive;
    return std::nullopt;
}

std::optional<CommentRule> commentRuleFromId(const QString& id)
{
    if (id == QLatin1String("optional"))
        return CommentRule::Optional;
    if (id == QLatin1String("on_fail"))
        return CommentRule::OnFail;
    if (id == QLatin1String("always"))
        return CommentRule::Always;
    return std::nullopt;
}

bool valueOnScale(const ScorecardCriterion& criterion, int value)
{
    switch (criterion.scale) {
    case AnswerScale::YesNo:
        return value == 0 || value == 1;
    case AnswerScale::OneToFive:
        return value >= 1 && value <= 5;
    }
    return false;
}

/// Reads the exchange format into a definition; every failure names the place.
class ScorecardParser
{
public:
    explicit ScorecardParser(Error* error) : m_error(error) {}

    std::optional<ScorecardDefinition> run(const QByteArray& json);

private:
    bool onlyKeys(const QJsonObject& object, const QStringList& allowed, const QString& path)
    {
        // QJsonObject iterates in key order, so the first unknown key reported is stable.
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                return failAt(
                    m_error, child(path, it.key()),
                    ScorecardDefinition::tr("this field is not part of the scorecard format."));
        }
        return true;
    }

    bool missing(const QString& at)
    {
        return failAt(m_error, at, ScorecardDefinition::tr("the field is missing."));
    }

    /// A text field; an optional one that is absent leaves *out as it was (the default).
    bool text(const QJsonObject& object, const QString& key, const QString& path, QString* out,
              bool optional)
    {
        const QString at = child(path, key);
        if (!object.contains(key))
            return optional ? true : missing(at);
        const QJsonValue value = object.value(key);
        if (!value.isString())
            return failAt(m_error, at, ScorecardDefinition::tr("the value must be a text."));
        *out = value.toString();
        return true;
    }

    bool number(const QJsonObject& object, const QString& key, const QString& path, double* out)
    {
        if (!object.contains(key))
            return true;
        const QJsonValue value = object.value(key);
        if (!value.isDouble())
            return failAt(m_error, child(path, key),
                          ScorecardDefinition::tr("the value must be a number."));
        *out = value.toDouble();
        return true;
    }

    bool boolean(const QJsonObject& object, const QString& key, const QString& path, bool* out)
    {
        if (!object.contains(key))
            return true;
        const QJsonValue value = object.value(key);
        if (!value.isBool())
            return failAt(m_error, child(path, key),
                          ScorecardDefinition::tr("the value must be true or false."));
        *out = value.toBool();
        return true;
    }

    std::optional<QJsonArray> array(const QJsonObject& object, const QString& key,
                                    const QString& path)
    {
        const QString at = child(path, key);
        if (!object.contains(key)) {
            missing(at);
            return std::nullopt;
        }
        const QJsonValue value = object.value(key);
        if (!value.isArray()) {
            failAt(m_error, at, ScorecardDefinition::tr("the value must be a list."));
            return std::nullopt;
        }
        return value.toArray();
    }

    std::optional<QJsonObject> object(const QJsonValue& value, const QString& path)
    {
        if (!value.isObject()) {
            failAt(m_error, path, ScorecardDefinition::tr("the value must be an object."));
            return std::nullopt;
        }
        return value.toObject();
    }

    bool criterion(const QJsonValue& value, const QString& path, ScorecardCriterion* out);
    bool section(const QJsonValue& value, const QString& path, ScorecardSection* out);

    Error* m_error;
};

bool ScorecardParser::criterion(const QJsonValue& value, const QString& path,
                                ScorecardCriterion* out)
{
    const auto obj = object(value, path);
    if (!obj)
        return false;
    if (!onlyKeys(*obj,
                  {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("guidance"),
                   QStringLiteral("weight"), QStringLiteral("scale"),
                   QStringLiteral("not_applicable"), QStringLiteral("critical"),
                   QStringLiteral("comment")},
                  path))
        return false;
    if (!text(*obj, QStringLiteral("id"), path, &out->id, false) ||
        !text(*obj, QStringLiteral("title"), path, &out->title, false) ||
        !text(*obj, QStringLiteral("guidance"), path, &out->guidance, true) ||
        !number(*obj, QStringLiteral("weight"), path, &out->weight))
        return false;
    QString scale = ScorecardDefinition::scaleId(out->scale);
    if (!text(*obj, QStringLiteral("scale"), path, &scale, true))
        return false;
    const auto parsedScale = scaleFromId(scale);
    if (!parsedScale)
        return failAt(m_error, child(path, QStringLiteral("scale")),
                      ScorecardDefinition::tr("the scale must be \"yes_no\" or \"one_to_five\"."));
    out->scale = *parsedScale;
    if (!boolean(*obj, QStringLiteral("not_applicable"), path, &out->allowNotApplicable) ||
        !boolean(*obj, QStringLiteral("critical"), path, &out->critical))
        return false;
    QString comment = ScorecardDefinition::commentRuleId(out->comment);
    if (!text(*obj, QStringLiteral("comment"), path, &comment, true))
        return false;
    const auto rule = commentRuleFromId(comment);
    if (!rule)
        return failAt(
            m_error, child(path, QStringLiteral("comment")),
            ScorecardDefinition::tr("the comment rule must be \"optional\", \"on_fail\" or "
                                    "\"always\"."));
    out->comment = *rule;
    return true;
}

bool ScorecardParser::section(const QJsonValue& value, const QString& path, ScorecardSection* out)
{
    const auto obj = object(value, path);
    if (!obj)
        return false;
    if (!onlyKeys(*obj, {QStringLiteral("title"), QStringLiteral("criteria")}, path))
        return false;
    if (!text(*obj, QStringLiteral("title"), path, &out->title, false))
        return false;
    const auto criteria = array(*obj, QStringLiteral("criteria"), path);
    if (!criteria)
        return false;
    for (qsizetype i = 0; i < criteria->size(); ++i) {
        ScorecardCriterion c;
        if (!criterion(criteria->at(i), QStringLiteral("%1.criteria[%2]").arg(path).arg(i), &c))
            return false;
        out->criteria.append(c);
    }
    return true;
}

std::optional<ScorecardDefinition> ScorecardParser::run(const QByteArray& json)
{
    if (json.size() > ScorecardDefinition::MaxFileBytes) {
        fail(m_error, ErrorKind::InputRejected,
             ScorecardDefinition::tr("The file is too large for a scorecard: %1 bytes, at most %2.")
                 .arg(json.size())
                 .arg(ScorecardDefinition::MaxFileBytes));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        fail(m_error, ErrorKind::InputRejected,
             ScorecardDefinition::tr("line %1, column %2: the file is not valid JSON (%3).")
                 .arg(line)
                 .arg(column)
                 .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(m_error, ErrorKind::InputRejected,
             ScorecardDefinition::tr("The scorecard must be a JSON object."));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    // The format first: a file of another kind is "not a scorecard", not "unknown fields".
    const QString formatKey = QStringLiteral("format");
    if (root.value(formatKey).toString() != FormatName) {
        failAt(m_error, formatKey,
               ScorecardDefinition::tr("the file is not a Tallenne scorecard (the format must be "
                                       "\"%1\").")
                   .arg(FormatName));
        return std::nullopt;
    }
    const QString versionKey = QStringLiteral("format_version");
    if (!root.contains(versionKey)) {
        missing(versionKey);
        return std::nullopt;
    }
    const QJsonValue version = root.value(versionKey);
    if (!version.isDouble() || version.toDouble() != FormatVersion) {
        failAt(m_error, versionKey,
               ScorecardDefinition::tr("this version of Tallenne reads format version %1 only.")
                   .arg(FormatVersion));
        return std::nullopt;
    }
    if (!onlyKeys(root,
                  {formatKey, versionKey, QStringLiteral("name"), QStringLiteral("description"),
                   QStringLiteral("pass_mark"), QStringLiteral("sections")},
                  QString()))
        return std::nullopt;

    ScorecardDefinition card;
    if (!text(root, QStringLiteral("name"), QString(), &card.name, false) ||
        !text(root, QStringLiteral("description"), QString(), &card.description, true) ||
        !number(root, QStringLiteral("pass_mark"), QString(), &card.passMark))
        return std::nullopt;
    const auto sections = array(root, QStringLiteral("sections"), QString());
    if (!sections)
        return std::nullopt;
    for (qsizetype i = 0; i < sections->size(); ++i) {
        // Stop reading early rather than building a huge list only to refuse it.
        if (i >= ScorecardDefinition::MaxSections)
            break;
        ScorecardSection s;
        if (!section(sections->at(i), sectionPath(i), &s))
            return std::nullopt;
        card.sections.append(s);
    }
    if (sections->size() > ScorecardDefinition::MaxSections) {
        failAt(m_error, QStringLiteral("sections"),
               ScorecardDefinition::tr("a scorecard has at most %1 sections.")
                   .arg(ScorecardDefinition::MaxSections));
        return std::nullopt;
    }
    if (!card.validate(m_error))
        return std::nullopt;
    return card;
}

} // namespace

// --- ScorecardDefinition --------------------------------------------------------------------

std::optional<ScorecardDefinition> ScorecardDefinition::fromJson(const QByteArray& json,
                                                                 Error* error)
{
    return ScorecardParser(error).run(json);
}

QByteArray ScorecardDefinition::toJson() const
{
    QJsonArray sectionsJson;
    for (const ScorecardSection& section : sections) {
        QJsonArray criteriaJson;
        for (const ScorecardCriterion& c : section.criteria) {
            criteriaJson.append(QJsonObject{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("title"), c.title},
                {QStringLiteral("guidance"), c.guidance},
                {QStringLiteral("weight"), c.weight},
                {QStringLiteral("scale"), scaleId(c.scale)},
                {QStringLiteral("not_applicable"), c.allowNotApplicable},
                {QStringLiteral("critical"), c.critical},
                {QStringLiteral("comment"), commentRuleId(c.comment)},
            });
        }
        sectionsJson.append(QJsonObject{{QStringLiteral("title"), section.title},
                                        {QStringLiteral("criteria"), criteriaJson}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), FormatName},  {QStringLiteral("format_version"), FormatVersion},
        {QStringLiteral("name"), name},          {QStringLiteral("description"), description},
        {QStringLiteral("pass_mark"), passMark}, {QStringLiteral("sections"), sectionsJson},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ScorecardDefinition::validate(Error* error) const
{
    if (name.trimmed().isEmpty())
        return failAt(error, QStringLiteral("name"), tr("the name must not be empty."));
    if (name.size() > MaxNameChars)
        return failAt(error, QStringLiteral("name"),
                      tr("the name must be at most %1 characters.").arg(MaxNameChars));
    if (description.size() > MaxDescriptionChars)
        return failAt(
            error, QStringLiteral("description"),
            tr("the description must be at most %1 characters.").arg(MaxDescriptionChars));
    // Written so that NaN fails too.
    if (!(passMark >= 0.0 && passMark <= 100.0))
        return failAt(error, QStringLiteral("pass_mark"),
                      tr("the pass mark must be from 0 to 100."));
    if (sections.isEmpty())
        return failAt(error, QStringLiteral("sections"),
                      tr("the scorecard must have at least one section."));
    if (sections.size() > MaxSections)
        return failAt(error, QStringLiteral("sections"),
                      tr("a scorecard has at most %1 sections.").arg(MaxSections));
    if (criterionCount() > MaxCriteria)
        return failAt(error, QStringLiteral("sections"),
                      tr("a scorecard has at most %1 criteria in all; this one has %2.")
                          .arg(MaxCriteria)
                          .arg(criterionCount()));

    QHash<QString, QString> seen; // id -> its place
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const ScorecardSection& section = sections.at(s);
        const QString sPath = sectionPath(s);
        if (section.title.trimmed().isEmpty())
            return failAt(error, child(sPath, QStringLiteral("title")),
                          tr("the title must not be empty."));
        if (section.title.size() > MaxTitleChars)
            return failAt(error, child(sPath, QStringLiteral("title")),
                          tr("the title must be at most %1 characters.").arg(MaxTitleChars));
        if (section.criteria.isEmpty())
            return failAt(error, child(sPath, QStringLiteral("criteria")),
                          tr("a section must have at least one criterion."));
        for (qsizetype c = 0; c < section.criteria.size(); ++c) {
            const ScorecardCriterion& criterion = section.criteria.at(c);
            const QString cPath = criterionPath(s, c);
            if (!isValidId(criterion.id))
                return failAt(error, child(cPath, QStringLiteral("id")),
                              tr("the id must be 1 to 64 characters of a-z, 0-9, _ and -."));
            if (seen.contains(criterion.id))
                return failAt(error, child(cPath, QStringLiteral("id")),
                              tr("the id \"%1\" is already used by %2.")
                                  .arg(criterion.id, seen.value(criterion.id)));
            seen.insert(criterion.id, cPath);
            if (criterion.title.trimmed().isEmpty())
                return failAt(error, child(cPath, QStringLiteral("title")),
                              tr("the title must not be empty."));
            if (criterion.title.size() > MaxTitleChars)
                return failAt(error, child(cPath, QStringLiteral("title")),
                              tr("the title must be at most %1 characters.").arg(MaxTitleChars));
            if (criterion.guidance.size() > MaxGuidanceChars)
                return failAt(
                    error, child(cPath, QStringLiteral("guidance")),
                    tr("the guidance must be at most %1 characters.").arg(MaxGuidanceChars));
            // Written so that NaN fails too; infinity fails the upper bound.
            if (!(criterion.weight > 0.0 && criterion.weight <= MaxWeight))
                return failAt(error, child(cPath, QStringLiteral("weight")),
                              tr("the weight must be more than 0 and at most 100."));
        }
    }
    return true;
}

const ScorecardCriterion* ScorecardDefinition::criterion(const QString& id) const
{
    for (const ScorecardSection& section : sections) {
        for (const ScorecardCriterion& c : section.criteria) {
            if (c.id == id)
                return &c;
        }
    }
    return nullptr;
}

int ScorecardDefinition::criterionCount() const
{
    qsizetype count = 0;
    for (const ScorecardSection& section : sections)
        count += section.criteria.size();
    return int(std::min<qsizetype>(count, std::numeric_limits<int>::max()));
}

QString ScorecardDefinition::scaleId(AnswerScale scale)
{
    switch (scale) {
    case AnswerScale::YesNo:
        return QStringLiteral("yes_no");
    case AnswerScale::OneToFive:
        return QStringLiteral("one_to_five");
    }
    return {};
}

QString ScorecardDefinition::commentRuleId(CommentRule rule)
{
    switch (rule) {
    case CommentRule::Optional:
        return QStringLiteral("optional");
    case CommentRule::OnFail:
        return QStringLiteral("on_fail");
    case CommentRule::Always:
        return QStringLiteral("always");
    }
    return {};
}

QString ScorecardDefinition::scaleName(AnswerScale scale)
{
    switch (scale) {
    case AnswerScale::YesNo:
        return tr("Yes / no");
    case AnswerScale::OneToFive:
        return tr("1 to 5");
    }
    return {};
}

QString ScorecardDefinition::commentRuleName(CommentRule rule)
{
    switch (rule) {
    case CommentRule::Optional:
        return tr("Comment optional");
    case CommentRule::OnFail:
        return tr("Comment needed on a failed answer");
    case CommentRule::Always:
        return tr("Comment always needed");
    }
    return {};
}

// --- Answers --------------------------------------------------------------------------------

std::optional<double> answerFraction(const ScorecardCriterion& criterion,
                                     const CriterionAnswer& answer)
{
    if (answer.state != CriterionAnswer::State::Answered || !valueOnScale(criterion, answer.value))
        return std::nullopt;
    switch (criterion.scale) {
    case AnswerScale::YesNo:
        return double(answer.value);
    case AnswerScale::OneToFive:
        return (answer.value - 1) / 4.0;
    }
    return std::nullopt;
}

bool answerIsLowest(const ScorecardCriterion& criterion, const CriterionAnswer& answer)
{
    if (answer.state != CriterionAnswer::State::Answered || !valueOnScale(criterion, answer.value))
        return false;
    return answer.value == (criterion.scale == AnswerScale::YesNo ? 0 : 1);
}

bool answerIsFail(const ScorecardCriterion& criterion, const CriterionAnswer& answer)
{
    if (answer.state != CriterionAnswer::State::Answered || !valueOnScale(criterion, answer.value))
        return false;
    return criterion.scale == AnswerScale::YesNo ? answer.value == 0 : answer.value <= 2;
}

ScoreBreakdown computeScore(const ScorecardDefinition& card, const AnswerMap& answers)
{
    ScoreBreakdown result;
    for (const ScorecardSection& section : card.sections) {
        SectionScore sectionScore;
        sectionScore.title = section.title;
        for (const ScorecardCriterion& criterion : section.criteria) {
            const auto it = answers.constFind(criterion.id);
            const CriterionAnswer answer = it == answers.constEnd() ? CriterionAnswer() : *it;
            switch (answer.state) {
            case CriterionAnswer::State::Unanswered:
                result.unanswered << criterion.id;
                continue;
            case CriterionAnswer::State::NotApplicable:
                if (criterion.allowNotApplicable)
                    result.notApplicable << criterion.id;
                else
                    result.invalidAnswers << criterion.id;
                continue;
            case CriterionAnswer::State::Answered:
                break;
            }
            const auto fraction = answerFraction(criterion, answer);
            if (!fraction) {
                result.invalidAnswers << criterion.id;
                continue;
            }
            sectionScore.earned += criterion.weight * *fraction;
            sectionScore.possible += criterion.weight;
            if (criterion.critical && answerIsLowest(criterion, answer))
                result.failedCritical << criterion.id;
            const bool commentNeeded =
                criterion.comment == CommentRule::Always ||
                (criterion.comment == CommentRule::OnFail && answerIsFail(criterion, answer));
            if (commentNeeded && answer.comment.trimmed().isEmpty())
                result.missingComments << criterion.id;
        }
        result.earned += sectionScore.earned;
        result.possible += sectionScore.possible;
        result.sections << sectionScore;
    }
    result.criticalFailed = !result.failedCritical.isEmpty();
    if (result.possible > 0) {
        result.rawPercent = roundedPercent(result.earned, result.possible);
        result.percent = result.criticalFailed ? 0.0 : *result.rawPercent;
        result.passed = !result.criticalFailed && *result.percent >= card.passMark;
    }
    return result;
}

QStringList ScoreBreakdown::explanation(const ScorecardDefinition& card) const
{
    const auto titleOf = [&card](const QString& id) {
        const ScorecardCriterion* c = card.criterion(id);
        return c ? c->title : id;
    };
    QStringList lines;
    if (rawPercent) {
        lines << tr("%1 of %2 weighted points = %3 %")
                     .arg(shortNumber(earned), shortNumber(possible), percentNumber(*rawPercent));
    } else {
        lines << tr("No score yet: no criterion is answered with points.");
    }
    for (const QString& id : notApplicable) {
        const ScorecardCriterion* c = card.criterion(id);
        lines << tr("Not applicable, weight removed: %1 (%2)")
                     .arg(titleOf(id), c ? shortNumber(c->weight) : QString());
    }
    for (const QString& id : failedCritical) {
        lines << tr("Critical criterion failed: %1 — the score is 0 (it would be %2 %)")
                     .arg(titleOf(id), percentNumber(rawPercent.value_or(0.0)));
    }
    if (!invalidAnswers.isEmpty()) {
        QStringList titles;
        for (const QString& id : invalidAnswers)
            titles << titleOf(id);
        lines << tr("Answer not allowed for the criterion, not counted: %1")
                     .arg(titles.join(QStringLiteral(", ")));
    }
    if (!unanswered.isEmpty())
        lines << tr("Not answered yet: %n criterion(s)", nullptr, int(unanswered.size()));
    if (!missingComments.isEmpty()) {
        QStringList titles;
        for (const QString& id : missingComments)
            titles << titleOf(id);
        lines << tr("A comment is needed: %1").arg(titles.join(QStringLiteral(", ")));
    }
    if (percent) {
        lines << (passed ? tr("Pass mark %1 %: passed").arg(shortNumber(card.passMark))
                         : tr("Pass mark %1 %: not passed").arg(shortNumber(card.passMark)));
    }
    return lines;
}

// --- Answers as JSON ------------------------------------------------------------------------

namespace {

const QString StateKey = QStringLiteral("state");
const QString ValueKey = QStringLiteral("value");
const QString CommentKey = QStringLiteral("comment");
const QString PinMsKey = QStringLiteral("pin_ms");
const QString PinMessageKey = QStringLiteral("pin_message_id");

QString stateId(CriterionAnswer::State state)
{
    switch (state) {
    case CriterionAnswer::State::Unanswered:
        return QStringLiteral("unanswered");
    case CriterionAnswer::State::NotApplicable:
        return QStringLiteral("na");
    case CriterionAnswer::State::Answered:
        return QStringLiteral("answered");
    }
    return {};
}

std::optional<CriterionAnswer::State> stateFromId(const QString& id)
{
    if (id == QLatin1String("answered"))
        return CriterionAnswer::State::Answered;
    if (id == QLatin1String("na"))
        return CriterionAnswer::State::NotApplicable;
    if (id == QLatin1String("unanswered"))
        return CriterionAnswer::State::Unanswered;
    return std::nullopt;
}

/// A whole number in [min, max] that a double holds exactly (|n| ≤ 2^53).
std::optional<qint64> wholeNumber(const QJsonValue& value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    constexpr double exact = 9007199254740992.0; // 2^53
    if (!std::isfinite(d) || std::floor(d) != d || d < -exact || d > exact)
        return std::nullopt;
    const auto n = qint64(d);
    if (n < min || n > max)
        return std::nullopt;
    return n;
}

} // namespace

QByteArray answersToJson(const AnswerMap& answers)
{
    QJsonObject root;
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        const CriterionAnswer& a = it.value();
        QJsonObject o{{StateKey, stateId(a.state)}};
        if (a.state == CriterionAnswer::State::Answered)
            o.insert(ValueKey, a.value);
        if (!a.comment.isEmpty())
            o.insert(CommentKey, a.comment);
        if (a.pinMs)
            o.insert(PinMsKey, double(*a.pinMs));
        if (a.pinMessageId)
            o.insert(PinMessageKey, double(*a.pinMessageId));
        root.insert(it.key(), o);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<AnswerMap> answersFromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    const QStringList allowed{StateKey, ValueKey, CommentKey, PinMsKey, PinMessageKey};
    AnswerMap answers;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it.value().isObject())
            return std::nullopt;
        const QJsonObject o = it.value().toObject();
        for (auto field = o.begin(); field != o.end(); ++field) {
            if (!allowed.contains(field.key()))
                return std::nullopt;
        }
        CriterionAnswer a;
        const auto state = stateFromId(o.value(StateKey).toString());
        if (!o.value(StateKey).isString() || !state)
            return std::nullopt;
        a.state = *state;
        if (a.state == CriterionAnswer::State::Answered) {
            const auto value = wholeNumber(o.value(ValueKey), std::numeric_limits<int>::min(),
                                           std::numeric_limits<int>::max());
            if (!value)
                return std::nullopt;
            a.value = int(*value);
        } else if (o.contains(ValueKey)) {
            return std::nullopt;
        }
        if (o.contains(CommentKey)) {
            if (!o.value(CommentKey).isString())
                return std::nullopt;
            a.comment = o.value(CommentKey).toString();
        }
        const qint64 maxPin = std::numeric_limits<qint64>::max();
        if (o.contains(PinMsKey)) {
            a.pinMs = wholeNumber(o.value(PinMsKey), 0, maxPin);
            if (!a.pinMs)
                return std::nullopt;
        }
        if (o.contains(PinMessageKey)) {
            a.pinMessageId = wholeNumber(o.value(PinMessageKey), 0, maxPin);
            if (!a.pinMessageId)
                return std::nullopt;
        }
        answers.insert(it.key(), a);
    }
    return answers;
}

// --- SeededRandom ---------------------------------------------------------------------------

quint64 SeededRandom::next()
{
    // SplitMix64 (Steele, Lea and Flood 2014; Vigna's reference code).
    m_state += 0x9E3779B97F4A7C15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 SeededRandom::below(quint64 bound)
{
    if (bound <= 1)
        return 0; // bound 1 has one answer; bound 0 is a caller's error, answered harmlessly
    // Rejection sampling: refuse the lowest 2^64 mod bound values, so that the values kept are
    // a whole number of copies of [0, bound) and the remainder is uniform.
    const quint64 threshold = (0 - bound) % bound;
    for (;;) {
        const quint64 r = next();
        if (r >= threshold)
            return r % bound;
    }
}

} // namespace tallenne

#include "services/DemoService.h"

#include "core/LocalCalendar.h"
#include "services/DemoData.h"
#include "services/PasswordPolicy.h"
#include "services/PlaylistService.h"
#include "services/ProfileService.h"
#include "services/RegisterService.h"
#include "services/TagService.h"
#include "services/UserService.h"
#include "services/quality/CalibrationService.h"
#include "services/quality/EvaluationService.h"
#include "services/quality/SamplingService.h"
#include "services/quality/ScorecardService.h"
#include "storage/TransactionGuard.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace tallenne {

namespace {
SecretBytes secretOf(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    return SecretBytes::fromBytes(utf8);
}

// A readable random password: four groups of four lower-case letters and digits (about 79
// bits). Drawn again in the rare case zxcvbn finds a pattern in it that PasswordPolicy
// refuses, so the demo never fails on its own passwords.
QString demoPassword(const QString& user, const RegisterPaths& paths)
{
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    const QStringList personal = PasswordPolicy::personalWords(user, paths.folder);
    for (;;) {
        QString out;
        for (int i = 0; i < 16; ++i) {
            if (i > 0 && i % 4 == 0)
                out += QLatin1Char('-');
            out += QLatin1Char(alphabet[randombytes_uniform(sizeof(alphabet) - 1)]);
        }
        if (PasswordPolicy::check(secretOf(out), personal, nullptr))
            return out;
    }
}
} // namespace

std::optional<QList<DemoUser>> DemoService::create(const RegisterPaths& paths,
                                                   const DemoOptions& options, const Clock& clock,
                                                   const VaultOptions& vault, Error* error)
{
    if (!initialiseSodium()) {
        fail(error, ErrorKind::Environment, QStringLiteral("libsodium cannot start"));
        return std::nullopt;
    }
    QList<DemoUser> users = {
        {QStringLiteral("admin"), QStringLiteral("administrator"), {}},
        {QStringLiteral("laura"), QStringLiteral("quality-manager"), {}},
        {QStringLiteral("teemu"), QStringLiteral("trainer"), {}},
        {QStringLiteral("pirjo"), QStringLiteral("privacy-officer"), {}},
    };
    for (DemoUser& u : users)
        u.password = demoPassword(u.name, paths);
    const SecretBytes adminPassword = secretOf(users.first().password);
    SecretBytes recovery;
    if (!RegisterService::init(paths, users.first().name, adminPassword, clock, vault, &recovery,
                               error))
        return std::nullopt;
    auto session = Session::login(paths, users.first().name, adminPassword, clock, vault, error);
    if (!session)
        return std::nullopt;
    UserService service(*session);
    for (const DemoUser& u : users.mid(1)) {
        if (!service.add(u.name, *RoleNames::fromIds({u.role}), secretOf(u.password), error))
            return std::nullopt;
    }
    // The data goes in below the services: no role browses while creating a register, and
    // the administrator's session records that it happened.
    const auto filled =
        DemoData::fill(session->db(), session->keys(), paths.recordings(), clock, options.calls,
                       options.chats, options.seed, options.progress, error);
    if (!filled)
        return std::nullopt;
    if (options.result)
        *options.result = *filled;
    TransactionGuard transaction(session->db());
    if (!session->audit(QStringLiteral("demo.fill"), {},
                        QStringLiteral("calls=%1 recordings=%2 chats=%3 subjects=%4")
                            .arg(filled->calls)
                            .arg(filled->recordings)
                            .arg(filled->chats)
                            .arg(filled->subjects),
                        error) ||
        !session->commit(transaction, error, Change::Everything))
        return std::nullopt;
    // An example register profile (resources/profiles), so that the privacy notice, the
    // retention periods and the purposes shown are real ones from the start.
    QFile profile(QStringLiteral(":/profiles/kaleva-asiakaspalvelu.json"));
    if (!profile.open(QIODevice::ReadOnly)) {
        fail(error, ErrorKind::Environment,
             QStringLiteral("the demo's example profile is missing from the build"));
        return std::nullopt;
    }
    if (!ProfileService(*session).set(profile.readAll(), nullptr, error))
        return std::nullopt;
    if (!addCoaching(paths, *session, users.at(2), filled->turnsByCall, clock, vault, error))
        return std::nullopt;
    if (filled->recordings > 0 && !addQuality(paths, users.at(1), clock, vault, error))
        return std::nullopt;
    return users;
}

bool DemoService::addCoaching(const RegisterPaths& paths, Session& admin, const DemoUser& trainer,
                              const QHash<qint64, QList<std::pair<qint64, qint64>>>& turnsByCall,
                              const Clock& clock, const VaultOptions& vault, Error* error)
{
    // The latest recorded calls of a minute or more (ids and lengths only, no personal data).
    QSqlQuery query(admin.db());
    if (!query.exec(QStringLiteral("SELECT r.call_id, r.duration_ms FROM recordings r"
                                   " JOIN calls c ON c.id = r.call_id"
                                   " WHERE r.duration_ms >= 60000 AND c.restricted = 0"
                                   " ORDER BY c.started_at DESC LIMIT 3")))
        return fail(error, ErrorKind::Damaged, query.lastError().text());
    QList<std::pair<qint64, qint64>> calls;
    while (query.next()) {
        const qint64 callId = query.value(0).toLongLong();
        if (turnsByCall.value(callId).size() >= 4)
            calls.append({callId, query.value(1).toLongLong()});
    }
    query.finish();
    if (calls.isEmpty())
        return true; // a register without recordings has nothing to coach from

    // The trainer does it as a trainer would: through the services, audited under their name.
    auto session =
        Session::login(paths, trainer.name, secretOf(trainer.password), clock, vault, error);
    if (!session)
        return false;
    TagService tags(*session);
    PlaylistService playlists(*session);
    const auto opening = tags.labelForTagging(QStringLiteral("Hyvä avaus"), error);
    const auto empathy = tags.labelForTagging(QStringLiteral("Empatia"), error);
    const auto practice = tags.labelForTagging(QStringLiteral("Harjoiteltavaa"), error);
    if (!opening || !empathy || !practice)
        return false;
    const auto playlist = playlists.create(QStringLiteral("Perehdytys: puhelun alku"), error);
    if (!playlist)
        return false;
    // Each moment is a run of spoken turns: counted from the start, or from the end when
    // negative (-1 the last turn).
    struct Moment
    {
        qint64 label;
        int firstTurn;
        int lastTurn;
        const char* note;
    };
    const QList<Moment> moments = {
        {*opening, 0, 1, "Tervehdys, oma nimi ja avoin kysymys heti alussa."},
        {*empathy, 2, 3, "Asiakkaan huoli toistetaan omin sanoin ennen ratkaisua."},
        {*practice, -2, -1,
         "Yhteenveto jäi puuttumaan: kerro lopuksi, mitä seuraavaksi "
         "tapahtuu."},
    };
    constexpr qint64 marginMs = 300; // a breath before and after, as a trainer would cut
    for (int i = 0; i < moments.size(); ++i) {
        const auto& [callId, durationMs] = calls.at(i % calls.size());
        const QList<std::pair<qint64, qint64>> turns = turnsByCall.value(callId);
        const Moment& m = moments.at(i);
        const auto turn = [&turns](int index) {
            return turns.at(index < 0 ? turns.size() + index : index);
        };
        const qint64 start = std::max<qint64>(0, turn(m.firstTurn).first - marginMs);
        const qint64 end = std::min(durationMs, turn(m.lastTurn).second + marginMs);
        const auto tag = tags.add(callId, start, end, m.label, QString::fromUtf8(m.note), error);
        if (!tag || !playlists.addClip(*playlist, *tag, QString(), error))
            return false;
    }
    return true; // the services go before the session, which locks when it goes
}

namespace {
// A reviewer's answer to one criterion, drawn from `random`: mostly good, now and then not,
// with the comments the scorecard asks for.
CriterionAnswer demoAnswer(const ScorecardCriterion& criterion, SeededRandom& random)
{
    const quint64 roll = random.below(100);
    CriterionAnswer answer;
    if (criterion.allowNotApplicable && roll < 12) {
        answer = CriterionAnswer::notApplicable();
    } else if (criterion.scale == AnswerScale::YesNo) {
        // A critical criterion fails rarely; others are missed one time in six.
        answer = roll < (criterion.critical ? 96u : 84u) ? CriterionAnswer::yes()
                                                         : CriterionAnswer::no();
    } else {
        answer = CriterionAnswer::rated(roll < 10 ? 2 : roll < 35 ? 3 : roll < 75 ? 4 : 5);
    }
    const bool failing = answerIsFail(criterion, answer);
    if (answer.state == CriterionAnswer::State::Answered &&
        (criterion.comment == CommentRule::Always ||
         (criterion.comment == CommentRule::OnFail && failing)))
        answer.comment = failing ? QStringLiteral("Jäi puuttumaan; käydään läpi valmennuksessa.")
                                 : QStringLiteral("Tehtiin ohjeen mukaan.");
    return answer;
}

QByteArray resourceFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

bool DemoService::addQuality(const RegisterPaths& paths, const DemoUser& qualityManager,
                             const Clock& clock, const VaultOptions& vault, Error* error)
{
    auto session = Session::login(paths, qualityManager.name, secretOf(qualityManager.password),
                                  clock, vault, error);
    if (!session)
        return false;
    ScorecardService scorecards(*session);
    const auto callCard = scorecards.importJson(
        resourceFile(QStringLiteral(":/docs/examples/scorecard-customer-service.json")), error);
    const auto chatCard =
        callCard
            ? scorecards.importJson(
                  resourceFile(QStringLiteral(":/docs/examples/scorecard-chat-en.json")), error)
            : std::nullopt;
    if (!callCard || !chatCard)
        return false;
    const auto callView = scorecards.get(*callCard, error);
    const auto chatView = scorecards.get(*chatCard, error);
    if (!callView || !chatView)
        return false;

    // One call or chat per agent per week of the last eight, drawn with a fixed seed.
    const QDate today = clock.nowUtc().toTimeZone(LocalCalendar::defaultZone()).date();
    SampleSpec spec;
    spec.to = today.addDays(-today.dayOfWeek()); // the last Sunday
    spec.from = spec.to.addDays(-8 * 7 + 1);
    spec.perAgentPerWeek = 1;
    spec.seed = 2026;
    spec.chats = true;
    SamplingService sampling(*session);
    Error drawError;
    const auto runId = sampling.draw(spec, &drawError);
    if (!runId)
        return true; // nothing in those weeks: the sampling tab shows how to draw
    const auto run = sampling.run(*runId, error);
    if (!run)
        return false;
    EvaluationService evaluations(*session);
    SeededRandom random(spec.seed);
    const qsizetype leaveOpen = std::min<qsizetype>(4, run->items.size() / 4);
    for (qsizetype i = 0; i < run->items.size(); ++i) {
        const SampleItemRecord& item = run->items.at(i);
        const ScorecardView& view = item.target.isCall() ? *callView : *chatView;
        // The latest items are still to do; one of them is a draft.
        if (i >= run->items.size() - leaveOpen && i != run->items.size() - 1)
            continue;
        const auto id = evaluations.start(item.target, view.card.id, error);
        if (!id)
            return false;
        AnswerMap answers;
        for (const ScorecardSection& section : view.definition.sections) {
            for (const ScorecardCriterion& criterion : section.criteria)
                answers.insert(criterion.id, demoAnswer(criterion, random));
        }
        const bool draft = i == run->items.size() - 1;
        if (draft ? !evaluations.save(*id, answers, error)
                  : !evaluations.submit(*id, answers, error))
            return false;
    }
    // A calibration on the sample's first call: the quality manager has scored it; a second
    // reviewer joins from their own login.
    for (const SampleItemRecord& item : run->items) {
        if (!item.target.isCall())
            continue;
        CalibrationService calibrations(*session);
        const auto calibration = calibrations.create(item.target, *callCard, error);
        const auto mine = calibration ? calibrations.join(*calibration, error) : std::nullopt;
        if (!mine)
            return false;
        AnswerMap answers;
        for (const ScorecardSection& section : callView->definition.sections) {
            for (const ScorecardCriterion& criterion : section.criteria)
                answers.insert(criterion.id, demoAnswer(criterion, random));
        }
        return evaluations.submit(*mine, answers, error).has_value();
    }
    return true;
}

} // namespace tallenne

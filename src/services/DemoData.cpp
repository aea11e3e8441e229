#include "services/DemoData.h"

#include "core/CallerNumber.h"
#include "core/IdentityCode.h"
#include "core/Masking.h"
#include "core/PhoneNumber.h"
#include "core/Redactor.h"
#include "services/SubjectLinker.h"
#include "services/audio/SndfileMemory.h"
#include "services/keys/FieldCrypto.h"
#include "storage/CallRepository.h"
#include "storage/ChatRepository.h"
#include "storage/RecordingStore.h"
#include "storage/SubjectRepository.h"
#include "storage/TransactionGuard.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimeZone>
#include <QtEndian>

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace tallenne {

namespace {

constexpr int targetRate = 8000; // telephone audio
constexpr int batchSize = 250;   // rows per transaction
constexpr int recentDays = 90;   // the recent calls and chats: one a day at least, up to today
constexpr int demoDays = 456;    // all of them: about 15 months, up to today

const char* const agentNames[] = {"Aino Virtanen",   "Eero Korhonen",    "Helmi Nieminen",
                                  "Juha Mäkinen",    "Kaisa Hämäläinen", "Lauri Laine",
                                  "Minna Heikkinen", "Olli Koskinen"};
const char* const firstNames[] = {"Matti", "Liisa",   "Jukka", "Sari",   "Timo",   "Päivi", "Antti",
                                  "Tiina", "Mikko",   "Anu",   "Jari",   "Hanna",  "Pekka", "Satu",
                                  "Ville", "Johanna", "Sami",  "Riikka", "Tuomas", "Elina", "Emma",
                                  "James", "Sofia",   "David", "Ahmed",  "Olga"};
const char* const lastNames[] = {"Lehtonen",    "Järvinen", "Lehtinen", "Saarinen",   "Salminen",
                                 "Heinonen",    "Niemi",    "Heikkilä", "Kinnunen",   "Salonen",
                                 "Turunen",     "Salo",     "Laitinen", "Tuominen",   "Rantanen",
                                 "Karjalainen", "Jokinen",  "Mattila",  "Savolainen", "Lahtinen",
                                 "Smith",       "Brown"};
struct QueueDef
{
    const char* name;
    const char* number; // national form, normalised with PhoneNumber::toE164
    int weight;
    bool english;
    QList<int> team; // indexes into agentNames: who answers this queue, mostly
};
const QueueDef queues[] = {{"Asiakaspalvelu", "0203 45678", 45, false, {0, 3, 6, 4}},
                           {"Laskutus", "0203 45679", 25, false, {2, 4}},
                           {"Tekninen tuki", "010 555 1234", 20, false, {1, 5}},
                           {"Customer service EN", "010 555 1235", 10, true, {7, 6}}};

// The agent who answers: one of the queue's team, the first of them most often; now and then
// someone from another team helps out (not in the English queue).
QString agentFor(QRandomGenerator& rng, const QueueDef& queue)
{
    int index = queue.team[0];
    if (!queue.english && rng.bounded(10) == 0)
        index = int(rng.bounded(7));
    else if (rng.bounded(5) > 1)
        index = queue.team[rng.bounded(int(queue.team.size()))];
    return QString::fromUtf8(agentNames[index]);
}

// Speech for the recordings: conversations of a few to a dozen turns, the agent on the
// left lane and the customer on the right, each side with its own espeak-ng voice, so that
// the two lanes of the player are told apart by ear and by eye.
struct Conversation
{
    const char* agentVoice;
    const char* customerVoice;
    QList<const char*> turns; // agent first, then alternating
};
const QList<Conversation> finnishConversations = {
    {"fi+f2",
     "fi+m3",
     {"Asiakaspalvelu, Aino puhelimessa. Miten voin auttaa?",
      "Hei, soitan laskusta, joka tuli viime viikolla.", "Selvä. Kerrotko asiakasnumerosi?",
      "Se on kaksi kolme neljä viisi kuusi.", "Kiitos. Näen laskun. Eräpäivä on kuun lopussa.",
      "Mielestäni eräpäivä on väärin, sovimme toisin.",
      "Tarkistan asian. Voin siirtää eräpäivää kahdella viikolla.", "Se sopii hyvin, kiitos.",
      "Muutos on tehty. Saat vahvistuksen sähköpostiin.", "Kiitos avusta, hyvää päivänjatkoa."}},
    {"fi",
     "fi+f3",
     {"Tekninen tuki, Eero. Mikä on ongelmana?", "Modeemin valot vilkkuvat punaisena.",
      "Kokeillaan ensin käynnistää laite uudelleen. Irrota virtajohto minuutiksi.",
      "Nyt valo on vihreä ja netti toimii."}},
    {"fi+f4",
     "fi+m1",
     {"Laskutus, Helmi. Kuinka voin palvella?", "Lasku on liian suuri tässä kuussa.",
      "Katsotaan yhdessä. Laskulla on kaksi kertaa sama tilaus.", "Juuri niin, se on virhe.",
      "Teen hyvityksen, ja uusi lasku tulee viikon sisällä.", "Hienoa, kiitos."}},
    {"fi+m2",
     "fi+f1",
     {"Asiakaspalvelu, Juha. Miten voin auttaa?",
      "Haluaisin tietää, milloin päätös hakemukseeni tulee.",
      "Päätös on tehty eilen ja se lähetetään sinulle kirjeenä.", "Selvä, kiitos paljon."}},
    {"fi+f2",
     "fi+m4",
     {"Kiitos odottamisesta. Tarkistin tilauksen.", "No, milloin se tulee?",
      "Tilaus lähtee huomenna postiin, ja seurantakoodi tulee tekstiviestinä.",
      "Hyvä. Voinko vielä muuttaa toimitusosoitteen?", "Voit. Mikä on uusi osoite?",
      "Kotikatu kaksitoista, Tampere.", "Osoite on päivitetty.", "Kiitos, siinä kaikki."}},
    {"fi+m3",
     "fi+f3",
     {"Tekninen tuki, Lauri.", "Minulla on kysymys sopimuksesta. Voinko muuttaa laskutusosoitteen?",
      "Onnistuu. Lähetän sinulle lomakkeen sähköpostiin.", "Kiitos."}},
};
const QList<Conversation> englishConversations = {
    {"en+f2",
     "en+m3",
     {"Good afternoon, customer service, this is Olli. How can I help you today?",
      "Hi, I placed an order last week and it has not arrived yet.",
      "Let me check. Your order has been shipped and should arrive on Friday.",
      "Perfect, thanks for your help."}},
    {"en",
     "en+f3",
     {"Thank you for calling. I can see your invoice here.",
      "Great, I would like to change the due date please.",
      "Of course. Would the end of the month suit you?", "Yes, that works.",
      "Done. You will get a confirmation by email.", "Thank you, goodbye."}},
};

// Chat transcripts: (sender, text) turns; %1 is the customer's first name, %2 the agent's
// (as the chat's header names the agent).
struct Turn
{
    const char* sender;
    const char* text;
};
const QList<QList<Turn>> finnishChats = {
    {{"bot", "Hei! Olen virtuaaliavustaja. Miten voin auttaa?"},
     {"customer", "Sain laskun, jossa on väärä summa."},
     {"bot", "Ohjaan sinut laskutuksen asiantuntijalle."},
     {"agent", "Hei %1, tässä %2 laskutuksesta. Katsotaan laskua yhdessä."},
     {"customer", "Laskussa on kaksi kertaa sama tilaus."},
     {"agent", "Näen sen. Teen hyvityksen, ja uusi lasku tulee viikon sisällä."},
     {"customer", "Kiitos, hienoa!"}},
    {{"customer", "Hei, milloin saan päätöksen hakemukseeni?"},
     {"agent", "Hei %1! Päätös tehdään yleensä kahden viikon kuluessa."},
     {"customer", "Tuleeko päätös postissa vai sähköpostilla?"},
     {"agent", "Päätös lähetetään sähköpostiin, jos olet antanut sähköpostiosoitteen."},
     {"customer", "Selvä, kiitos."}},
    {{"bot", "Tervetuloa chattiin! Kirjoita kysymyksesi."},
     {"customer", "Tilaukseni ei ole vieläkään tullut."},
     {"agent", "Hei %1, tarkistan tilauksen tilan. Hetki vain."},
     {"agent", "Tilaus on lähtenyt varastolta eilen, seurantakoodi tulee tekstiviestinä."},
     {"customer", "Okei, odotan sitä."}},
    {{"customer", "Modeemi ei toimi, valot vilkkuvat punaisena."},
     {"agent", "Hei %1, kokeillaan ensin irrottaa virtajohto minuutiksi."},
     {"customer", "Nyt valo on vihreä ja netti toimii!"},
     {"agent", "Hienoa! Mukavaa päivää."}},
};
const QList<QList<Turn>> englishChats = {
    {{"bot", "Hi! I am the virtual assistant. How can I help?"},
     {"customer", "I was charged twice on my last invoice."},
     {"agent", "Hello %1, I am sorry about that. Let me check the invoice."},
     {"agent", "I have issued a refund; it will show within five working days."},
     {"customer", "Thank you, that was quick."}},
    {{"customer", "Where is my order? It was due yesterday."},
     {"agent", "Hi %1, the order is with the courier and arrives tomorrow."},
     {"customer", "Great, thanks."}},
    {{"customer", "Has a decision been made on my complaint? Onko päätös jo tehty?"},
     {"agent", "Hi %1, yes, the decision was sent to you by email this morning."},
     {"customer", "Found it, thank you."}},
};

QList<qint16> pcmFromWav(const QByteArray& wav, int* rate)
{
    // espeak-ng streams a 44-byte header with a placeholder size: the rest is samples.
    if (wav.size() <= 44 || !wav.startsWith("RIFF"))
        return {};
    *rate = qFromLittleEndian<qint32>(wav.constData() + 24);
    QList<qint16> out;
    const qsizetype n = (wav.size() - 44) / 2;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        out.append(qFromLittleEndian<qint16>(wav.constData() + 44 + 2 * i));
    return out;
}

QList<qint16> resample(const QList<qint16>& in, int fromRate)
{
    if (fromRate <= 0 || in.isEmpty())
        return {};
    const qsizetype n = qsizetype(double(in.size()) * targetRate / fromRate);
    QList<qint16> out;
    out.reserve(n);
    const double step = double(fromRate) / targetRate;
    for (qsizetype i = 0; i < n; ++i) {
        // Average the source samples the output sample covers: a crude low-pass.
        const qsizetype a = qsizetype(i * step);
        const qsizetype b = qMin(in.size(), qsizetype((i + 1) * step) + 1);
        qint64 sum = 0;
        for (qsizetype j = a; j < b; ++j)
            sum += in[j];
        out.append(qint16(sum / qMax<qsizetype>(1, b - a)));
    }
    return out;
}

std::optional<QList<qint16>> speak(const QString& espeak, const char* voice, const char* text)
{
    QProcess p;
    p.start(espeak, {QStringLiteral("-v"), QString::fromLatin1(voice), QStringLiteral("--stdout"),
                     QString::fromUtf8(text)});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    int rate = 0;
    const QList<qint16> pcm = pcmFromWav(p.readAllStandardOutput(), &rate);
    if (pcm.isEmpty())
        return std::nullopt;
    return resample(pcm, rate);
}

QList<qint16> tone(QRandomGenerator& rng, double seconds, double frequency)
{
    QList<qint16> out;
    const int n = int(seconds * targetRate);
    for (int i = 0; i < n; ++i) {
        const double t = double(i) / targetRate;
        const double envelope = 0.5 + 0.5 * std::sin(2 * M_PI * 3 * t); // syllable-like
        const double v = 6000 * envelope * std::sin(2 * M_PI * frequency * t) +
                         500 * (rng.generateDouble() - 0.5);
        out.append(qint16(v));
    }
    return out;
}

// 16-bit FLAC (libsndfile), about half the size of the PCM; empty when it cannot be written.
QByteArray flac(const QList<qint16>& interleaved, int channels)
{
    SndfileMemory file; // FLAC is written to memory, never to a file in clear
    SF_INFO info{};
    info.samplerate = targetRate;
    info.channels = channels;
    info.format = SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
    SNDFILE* out = sf_open_virtual(SndfileMemory::io(), SFM_WRITE, &info, &file);
    if (!out)
        return {};
    const sf_count_t frames = interleaved.size() / channels;
    const bool complete = sf_writef_short(out, interleaved.constData(), frames) == frames;
    sf_close(out);
    return complete ? file.written() : QByteArray();
}

// A conversation rendered to two lanes, and where its turns are.
struct Stereo
{
    QList<qint16> samples;
    QList<std::pair<qint64, qint64>> turnsMs;
};

DemoClip clipOf(const Stereo& stereo, bool english)
{
    const QList<qint16>& interleaved = stereo.samples;
    const int channels = 2;
    DemoClip c;
    c.turnsMs = stereo.turnsMs;
    c.channels = channels;
    c.sampleRate = targetRate;
    c.durationMs = qint64(interleaved.size() / channels) * 1000 / targetRate;
    c.english = english;
    c.wav = flac(interleaved, channels);
    c.codec = QStringLiteral("flac");
    if (c.wav.isEmpty()) {
        c.wav = DemoData::wav(interleaved, channels, targetRate);
        c.codec = QStringLiteral("pcm_s16le");
    }
    return c;
}

// A conversation on two lanes: the agent's turns on the left, the customer's on the right,
// one after the other with pauses of 0.4–0.9 s. With `holdSeconds`, the agent puts the
// customer on hold after the second turn: quiet comfort noise on both lanes for that long.
Stereo stereo(const QList<QList<qint16>>& turns, int holdSeconds, QRandomGenerator& rng)
{
    Stereo result;
    QList<qint16>& out = result.samples;
    const auto nowMs = [&out] {
        return qint64(out.size() / 2) * 1000 / targetRate;
    };
    for (qsizetype t = 0; t < turns.size(); ++t) {
        const qsizetype pause = targetRate * (4 + qsizetype(rng.bounded(6))) / 10;
        const qsizetype hold = t == 2 ? qsizetype(holdSeconds) * targetRate : 0;
        for (qsizetype i = 0; i < pause + hold; ++i) {
            out.append(qint16(rng.bounded(31) - 15));
            out.append(qint16(rng.bounded(31) - 15));
        }
        const int lane = t % 2; // 0 agent (left), 1 customer (right)
        const qint64 startMs = nowMs();
        for (const qint16 sample : turns[t]) {
            out.append(lane == 0 ? sample : qint16(0));
            out.append(lane == 1 ? sample : qint16(0));
        }
        result.turnsMs.append({startMs, nowMs()});
    }
    return result;
}

QString mobile(QRandomGenerator& rng)
{
    static const char* const prefixes[] = {"040", "041", "044", "045", "050", "046"};
    return QString::fromLatin1(prefixes[rng.bounded(6)]) +
           QString::number(1000000 + rng.bounded(8999999));
}

template <typename T, std::size_t N> const T& pick(QRandomGenerator& rng, const T (&items)[N])
{
    return items[rng.bounded(quint32(N))];
}

struct Person
{
    qint64 subjectId = 0;
    QString firstName;
    QString name;
    QString phone; // E.164
    bool english = false;
};

} // namespace

QByteArray DemoData::wav(const QList<qint16>& interleaved, int channels, int sampleRate)
{
    const quint32 dataBytes = quint32(interleaved.size() * 2);
    QByteArray out;
    out.reserve(44 + dataBytes);
    const auto u32 = [&out](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    };
    const auto u16 = [&out](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        out.append(b, 2);
    };
    out.append("RIFF");
    u32(36 + dataBytes);
    out.append("WAVEfmt ");
    u32(16);
    u16(1); // PCM
    u16(quint16(channels));
    u32(quint32(sampleRate));
    u32(quint32(sampleRate * channels * 2));
    u16(quint16(channels * 2));
    u16(16);
    out.append("data");
    u32(dataBytes);
    for (qint16 s : interleaved)
        u16(quint16(s));
    return out;
}

QList<DemoClip> DemoData::makeClips(bool* speech, int maxConversations)
{
    const QString espeak = QStandardPaths::findExecutable(QStringLiteral("espeak-ng"));
    QList<DemoClip> clips;
    QRandomGenerator rng(7);
    const auto render = [&](const Conversation& c, bool english) {
        QList<QList<qint16>> turns;
        for (qsizetype t = 0; t < c.turns.size(); ++t) {
            const auto pcm = speak(espeak, t % 2 == 0 ? c.agentVoice : c.customerVoice, c.turns[t]);
            if (!pcm)
                return false;
            turns.append(*pcm);
        }
        // Each conversation twice: as it was said, and with the customer on hold for a while,
        // so recordings run from a quarter of a minute to about two minutes.
        clips.append(clipOf(stereo(turns, 0, rng), english));
        clips.append(clipOf(stereo(turns, 20 + int(rng.bounded(70)), rng), english));
        return true;
    };
    if (!espeak.isEmpty()) {
        // Finnish and English in turn, as many as asked for (each takes a moment to speak).
        QList<std::pair<const Conversation*, bool>> order;
        for (qsizetype i = 0; i < finnishConversations.size(); ++i) {
            order.append({&finnishConversations[i], false});
            if (i < englishConversations.size())
                order.append({&englishConversations[i], true});
        }
        for (const auto& [conversation, english] : order) {
            if (int(clips.size()) >= 2 * maxConversations || !render(*conversation, english))
                break;
        }
    }
    *speech = !clips.isEmpty();
    if (clips.isEmpty()) {
        for (int i = 0; i < 6; ++i) {
            QList<QList<qint16>> turns;
            for (int t = 0; t < 4 + i; ++t)
                turns.append(tone(rng, 2 + t % 3, t % 2 == 0 ? 140 + 30 * i : 220 + 30 * i));
            clips.append(clipOf(stereo(turns, i % 2 == 0 ? 0 : 30, rng), i == 5));
        }
    }
    return clips;
}

std::optional<DemoFillResult> DemoData::fill(QSqlDatabase db, const KeyRing& keys,
                                             const QString& recordingsDir, const Clock& clock,
                                             int callCount, int chatCount, quint32 seed,
                                             const Progress& progress, Error* error)
{
    FieldCrypto crypto(db, keys);
    // Ids chosen here: a sealed value names its row. The demo is the register's only writer.
    const auto nextId = [&db](const char* table) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT ifnull(max(id), 0) + 1 FROM %1")
                          .arg(QLatin1String(table))) &&
                       q.next()
                   ? q.value(0).toLongLong()
                   : 1;
    };
    qint64 nextCall = nextId("calls");
    qint64 nextChat = nextId("chats");
    const auto addIdentifier = [&](SubjectRepository& subjects, qint64 subject, IdentifierKind kind,
                                   const QString& value) {
        const auto stored = SubjectLinker::stored(crypto, subject, kind, value, error);
        return stored && subjects.addIdentifier(subject, *stored, error);
    };
    const auto say = [&progress](const QString& text) {
        if (progress)
            progress(text);
    };
    QRandomGenerator rng(seed ? seed : QRandomGenerator::global()->generate());
    DemoFillResult result;
    const QList<DemoClip> clips =
        callCount > 0 ? makeClips(&result.speech, qMax(2, callCount)) : QList<DemoClip>{};
    if (callCount > 0 && !result.speech)
        say(tr("espeak-ng is missing: the demo recordings are tones and noise instead of speech."));

    const QDateTime now = clock.nowUtc();
    // Calls and chats on the register's local calendar, every day of the last 90 days up to
    // today, and some over the year before: the demo profile keeps three months, so a purge
    // preview of the demo has something due (and a legal hold something to keep).
    const QTimeZone zone(QByteArrayLiteral("Europe/Helsinki"));
    const QDate today = now.toTimeZone(zone).date();
    const auto moment = [&](int daysAgo, bool officeHours) {
        const QDate day = today.addDays(-daysAgo);
        // Office hours: 8–18, busiest before noon; otherwise any time of the day.
        int seconds =
            officeHours ? 8 * 3600 + int(rng.bounded(10 * 3600)) : int(rng.bounded(86400));
        if (officeHours && rng.bounded(3) == 0)
            seconds = 9 * 3600 + int(rng.bounded(3 * 3600));
        QDateTime at(day, QTime(0, 0).addSecs(seconds), zone);
        if (at.toUTC() > now) // today: only what has already happened
            at = QDateTime(day, QTime(0, 0), zone)
                     .addSecs(qint64(rng.bounded(
                         quint32(qMax<qint64>(1, QDateTime(day, QTime(0, 0), zone).secsTo(now))))));
        return at.toUTC();
    };
    // The first 90 calls (and chats) take one day each, newest first; the rest fall on random
    // days, fewer at weekends: three in four within those 90 days, the others over the 15
    // months.
    const auto dayOf = [&](int index) {
        if (index < recentDays)
            return index;
        const int span = rng.bounded(4) == 0 ? demoDays : recentDays;
        for (;;) {
            const int d = int(rng.bounded(span));
            if (today.addDays(-d).dayOfWeek() < 6 || rng.bounded(4) == 0)
                return d;
        }
    };
    SubjectRepository subjects(db);
    CallRepository calls(db);
    ChatRepository chats(db);
    RecordingStore store(recordingsDir, db, clock);

    // Customers: identified people with a phone, an e-mail and a temporary identity code.
    QList<Person> people;
    const int peopleCount = qMax(20, (callCount + chatCount) / 8);
    {
        TransactionGuard transaction(db);
        for (int i = 0; i < peopleCount; ++i) {
            Person p;
            p.firstName = QString::fromUtf8(pick(rng, firstNames));
            p.name = p.firstName + QLatin1Char(' ') + QString::fromUtf8(pick(rng, lastNames));
            p.phone = PhoneNumber::toE164(mobile(rng)).value_or(QString());
            p.english = rng.bounded(10) == 0;
            const QDate birth = QDate(1940, 1, 1).addDays(rng.bounded(365 * 65));
            const QChar sign = birth.year() >= 2000 ? QLatin1Char('A') : QLatin1Char('-');
            const QString code = IdentityCode::generate(birth, 900 + int(rng.bounded(100)), sign);
            QString ascii = p.name.toLower();
            ascii.replace(QLatin1Char(' '), QLatin1Char('.'))
                .replace(QChar(0xe4), QLatin1Char('a'))
                .replace(QChar(0xf6), QLatin1Char('o'));
            const auto id = subjects.create(now.addDays(-demoDays - 1), error);
            if (!id || !addIdentifier(subjects, *id, IdentifierKind::Name, p.name) ||
                !addIdentifier(subjects, *id, IdentifierKind::Phone, p.phone) ||
                !addIdentifier(subjects, *id, IdentifierKind::Email,
                               ascii + QStringLiteral("@example.com")) ||
                (!code.isEmpty() &&
                 !addIdentifier(subjects, *id, IdentifierKind::IdentityCode, code)))
                return std::nullopt;
            p.subjectId = *id;
            people.append(p);
        }
        if (!transaction.commit(error))
            return std::nullopt;
        result.subjects = int(people.size());
    }

    // A recording in the queue's language.
    const auto pickClip = [&clips](QRandomGenerator& r, bool english) -> const DemoClip& {
        for (;;) {
            const DemoClip& c = clips[r.bounded(int(clips.size()))];
            if (c.english == english || r.bounded(8) == 0)
                return c;
        }
    };

    // Calls, in batches; a recording file is written before its row commits.
    QElapsedTimer timer;
    timer.start();
    int totalWeight = 0;
    for (const QueueDef& q : queues)
        totalWeight += q.weight;
    for (int done = 0; done < callCount;) {
        TransactionGuard transaction(db);
        QStringList written; // files to remove if the batch does not commit
        const int end = qMin(callCount, done + batchSize);
        for (; done < end; ++done) {
            CallInsert c;
            c.sourceId = QStringLiteral("demo-call-%1-%2").arg(seed).arg(done);
            const QDateTime start = moment(dayOf(done), true);
            c.startedAt = start;
            int w = int(rng.bounded(totalWeight));
            const QueueDef* queue = &queues[0];
            for (const QueueDef& q : queues) {
                if (w < q.weight) {
                    queue = &q;
                    break;
                }
                w -= q.weight;
            }
            c.queue = QString::fromUtf8(queue->name);
            c.serviceNumber =
                PhoneNumber::toE164(QString::fromLatin1(queue->number)).value_or(QString());
            c.serviceNumberLabel = c.queue;
            c.direction =
                rng.bounded(100) < 85 ? QStringLiteral("inbound") : QStringLiteral("outbound");
            const int roll = int(rng.bounded(100));
            c.disposition = roll < 78   ? QStringLiteral("ANSWERED")
                            : roll < 93 ? QStringLiteral("NO ANSWER")
                                        : QStringLiteral("BUSY");
            const Person* person = nullptr;
            if (rng.bounded(100) < 65) {
                person = &people[rng.bounded(int(people.size()))];
                c.caller = person->phone;
            } else {
                c.caller = PhoneNumber::toE164(
                               rng.bounded(8) == 0
                                   ? QStringLiteral("+46 70 %1").arg(1000000 + rng.bounded(8999999))
                                   : mobile(rng))
                               .value_or(QString());
            }
            const int ring = 3 + int(rng.bounded(25));
            const DemoClip* clip = nullptr;
            if (c.disposition == QLatin1String("ANSWERED")) {
                // Most answered calls are recorded, and then they last as long as the
                // recording; the others take a few minutes, a few run long.
                if (!clips.isEmpty() && rng.bounded(100) < 80)
                    clip = &pickClip(rng, queue->english);
                const int talk = clip ? int((clip->durationMs + 999) / 1000)
                                      : int(20 + std::exp(rng.generateDouble() * 6.3));
                c.answeredAt = start.addSecs(ring);
                c.billsec = talk;
                c.durationS = ring + talk;
                c.agent = agentFor(rng, *queue);
            } else {
                c.durationS = c.disposition == QLatin1String("BUSY") ? 0 : ring;
            }
            c.endedAt = start.addSecs(c.durationS);
            if (person) {
                c.subjectId = person->subjectId;
            } else if (!c.caller.isEmpty()) {
                // Every caller is a data subject, as the importer links them.
                const auto found =
                    subjects.find(IdentifierKind::Phone, crypto.indexes(u"phone", c.caller), error);
                if (!found)
                    return std::nullopt;
                if (!found->isEmpty()) {
                    c.subjectId = found->first();
                } else {
                    const auto subject = subjects.create(start, error);
                    if (!subject ||
                        !addIdentifier(subjects, *subject, IdentifierKind::Phone, c.caller))
                        return std::nullopt;
                    c.subjectId = *subject;
                }
            }
            // The caller masked, sealed and indexed, as the importer keeps it.
            c.id = nextCall++;
            const CallerForm form = CallerForm::of(c.caller);
            if (form.sealed) {
                const auto sealed =
                    crypto.seal(Capability::Identifiers, c.caller.toUtf8(),
                                QByteArray("calls/caller/") + QByteArray::number(c.id), error);
                if (!sealed)
                    return std::nullopt;
                c.callerSealed = *sealed;
            }
            if (form.indexed) {
                c.callerIndex = crypto.index(u"phone", c.caller);
                c.callerPending = c.callerIndex.isEmpty();
            }
            c.caller = form.shown;
            const auto id = calls.insertOrIgnore(c, error);
            if (!id)
                return std::nullopt;
            ++result.calls;
            if (clip) {
                auto stored = store.write(clip->wav, error);
                if (!stored)
                    return std::nullopt;
                const auto sealedKey = crypto.seal(
                    Capability::Recordings,
                    QByteArrayView(stored->key.constChars(), qsizetype(stored->key.size())),
                    RecordingStore::keyPlace(stored->fileName), error);
                if (!sealedKey || !store.insertRow(*id, *stored,
                                                   AudioInfo{clip->codec, clip->channels,
                                                             clip->sampleRate, clip->durationMs},
                                                   *sealedKey, error)) {
                    store.discard(stored->fileName);
                    return std::nullopt;
                }
                written.append(stored->fileName);
                ++result.recordings;
                result.turnsByCall.insert(*id, clip->turnsMs);
            }
        }
        if (!transaction.commit(error)) {
            for (const QString& name : written)
                store.discard(name);
            return std::nullopt;
        }
        say(tr("%1 of %n call(s)", nullptr, int(callCount)).arg(done));
    }
    const double callSeconds = qMax<qint64>(1, timer.elapsed()) / 1000.0;
    result.callsPerSecond = result.calls / callSeconds;

    timer.restart();
    static const char* const channels[] = {"web", "web", "web", "facebook", "whatsapp"};
    for (int done = 0; done < chatCount;) {
        TransactionGuard transaction(db);
        const int end = qMin(chatCount, done + batchSize);
        for (; done < end; ++done) {
            const bool linked = rng.bounded(100) < 60;
            const Person& person = people[rng.bounded(int(people.size()))];
            const bool english = linked ? person.english : rng.bounded(5) == 0;
            const QList<Turn>& turns = english
                                           ? englishChats[rng.bounded(int(englishChats.size()))]
                                           : finnishChats[rng.bounded(int(finnishChats.size()))];
            ChatInsert c;
            c.sourceId = QStringLiteral("demo-chat-%1-%2").arg(seed).arg(done);
            // A chat of today ends before now: it starts at least 20 minutes ago.
            c.startedAt = qMin(moment(dayOf(done), rng.bounded(3) > 0), now.addSecs(-1200));
            const QString firstName =
                linked ? person.firstName : QString::fromUtf8(pick(rng, firstNames));
            const QString nickname = linked ? person.name : firstName;
            c.id = nextChat++;
            c.nickname = Masking::maskName(nickname);
            const auto nicknameSealed =
                crypto.seal(Capability::Identifiers, nickname.toUtf8(),
                            QByteArray("chats/nickname/") + QByteArray::number(c.id), error);
            if (!nicknameSealed)
                return std::nullopt;
            c.nicknameSealed = *nicknameSealed;
            c.agent = agentFor(rng, queues[english ? 3 : int(rng.bounded(3))]);
            c.channel = QString::fromLatin1(pick(rng, channels));
            if (linked)
                c.subjectId = person.subjectId;
            QDateTime at = c.startedAt;
            QList<ChatMessageInsert> messages;
            for (const Turn& t : turns) {
                at = at.addSecs(10 + rng.bounded(90));
                QString text = QString::fromUtf8(t.text);
                if (text.contains(QLatin1String("%2")))
                    text = text.arg(firstName, c.agent.section(QLatin1Char(' '), 0, 0));
                else if (text.contains(QLatin1String("%1")))
                    text = text.arg(firstName);
                // Redacted for everyone, sealed in full where that changed it.
                const int seq = int(messages.size()) + 1;
                const Redaction r = Redactor::redact(text, QStringLiteral("FI"));
                QByteArray sealed;
                if (!r.spans.isEmpty()) {
                    const auto s = crypto.seal(
                        Capability::Identifiers, text.toUtf8(),
                        QStringLiteral("chat_messages/text/%1/%2").arg(c.id).arg(seq).toUtf8(),
                        error);
                    if (!s)
                        return std::nullopt;
                    sealed = *s;
                }
                messages.append({seq, at, QString::fromLatin1(t.sender), r.text, sealed});
            }
            c.endedAt = at;
            const auto id = chats.insertOrIgnore(c, error);
            if (!id)
                return std::nullopt;
            for (const ChatMessageInsert& m : messages) {
                if (!chats.addMessage(*id, m, error))
                    return std::nullopt;
                ++result.messages;
            }
            ++result.chats;
        }
        if (!transaction.commit(error))
            return std::nullopt;
        say(tr("%1 of %n chat(s)", nullptr, int(chatCount)).arg(done));
    }
    const double chatSeconds = qMax<qint64>(1, timer.elapsed()) / 1000.0;
    result.chatsPerSecond = result.chats / chatSeconds;

    // A few customers asked for restriction of processing (GDPR art. 18).
    TransactionGuard transaction(db);
    const int restricted = qMax(1, int(people.size()) / 30);
    for (int i = 0; i < restricted; ++i) {
        if (!subjects.setRestricted(people[i * 7 % people.size()].subjectId, true, error))
            return std::nullopt;
    }
    if (!transaction.commit(error))
        return std::nullopt;
    result.restrictedSubjects = restricted;
    return result;
}

} // namespace tallenne

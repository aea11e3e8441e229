#include "services/DemoData.h"

#include "core/CallerNumber.h"
#include "core/IdentityCode.h"
#include "core/Masking.h"
#include "core/PhoneNumber.h"
#include "core/Redactor.h"
#include "services/SubjectLinker.h"
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
#include <QtEndian>

#include <cmath>

namespace tallenne {

namespace {

constexpr int targetRate = 8000; // telephone audio
constexpr int batchSize = 250;   // rows per transaction

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
};
const QueueDef queues[] = {{"Asiakaspalvelu", "0203 45678", 45, false},
                           {"Laskutus", "0203 45679", 25, false},
                           {"Tekninen tuki", "010 555 1234", 20, false},
                           {"Customer service EN", "010 555 1235", 10, true}};

// Speech for the clips: (voice, text). Stereo clips pair an agent line with a customer line.
struct Line
{
    const char* voice;
    const char* text;
};
const Line monoLines[] = {
    {"fi", "Hyvää huomenta, asiakaspalvelu, Aino puhelimessa. Miten voin auttaa?"},
    {"fi+f3", "Hei, soitan laskusta, joka tuli viime viikolla. Eräpäivä on mielestäni väärin."},
    {"fi", "Kiitos odottamisesta. Tarkistin tilauksen, ja se lähtee huomenna postiin."},
    {"fi+f3", "Haluaisin tietää, milloin päätös hakemukseeni tulee."},
    {"fi", "Tekninen tuki, Eero. Kokeillaan ensin käynnistää laite uudelleen."},
    {"fi+m3", "Minulla on kysymys sopimuksesta. Voinko muuttaa laskutusosoitteen?"},
    {"en", "Good afternoon, customer service, this is Olli. How can I help you today?"},
    {"en+f3", "Hi, I placed an order last week and it has not arrived yet."},
};
struct Dialogue
{
    Line agent;
    Line customer;
};
const Dialogue stereoLines[] = {
    {{"fi", "Laskutus, Helmi. Kerrotko asiakasnumerosi?"},
     {"fi+f3", "Hetkinen, se on kaksi kolme neljä viisi. Lasku on liian suuri."}},
    {{"fi", "Päätös on tehty eilen ja se lähetetään sinulle kirjeenä."},
     {"fi+m3", "Selvä, kiitos paljon. Hyvää päivänjatkoa."}},
    {{"en", "Thank you for calling. I can see your invoice here."},
     {"en+f3", "Great, I would like to change the due date please."}},
    {{"en", "Your order has been shipped and should arrive on Friday."},
     {"en+m3", "Perfect, thanks for your help."}},
};

// Chat transcripts: (sender, text) turns; %1 is the customer's first name.
struct Turn
{
    const char* sender;
    const char* text;
};
const QList<QList<Turn>> finnishChats = {
    {{"bot", "Hei! Olen virtuaaliavustaja. Miten voin auttaa?"},
     {"customer", "Sain laskun, jossa on väärä summa."},
     {"bot", "Ohjaan sinut laskutuksen asiantuntijalle."},
     {"agent", "Hei %1, tässä Helmi laskutuksesta. Katsotaan laskua yhdessä."},
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

std::optional<QList<qint16>> speak(const QString& espeak, const Line& line)
{
    QProcess p;
    p.start(espeak, {QStringLiteral("-v"), QString::fromLatin1(line.voice),
                     QStringLiteral("--stdout"), QString::fromUtf8(line.text)});
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

DemoClip clipOf(const QList<qint16>& interleaved, int channels)
{
    DemoClip c;
    c.channels = channels;
    c.sampleRate = targetRate;
    c.durationMs = qint64(interleaved.size() / channels) * 1000 / targetRate;
    c.wav = DemoData::wav(interleaved, channels, targetRate);
    return c;
}

// Agent on the left, customer on the right, one after the other with a short pause.
QList<qint16> stereo(const QList<qint16>& agent, const QList<qint16>& customer)
{
    const qsizetype pause = targetRate / 3;
    const qsizetype frames = agent.size() + pause + customer.size();
    QList<qint16> out(frames * 2, 0);
    for (qsizetype i = 0; i < agent.size(); ++i)
        out[2 * i] = agent[i];
    for (qsizetype i = 0; i < customer.size(); ++i)
        out[2 * (agent.size() + pause + i) + 1] = customer[i];
    return out;
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

QList<DemoClip> DemoData::makeClips(bool* speech)
{
    const QString espeak = QStandardPaths::findExecutable(QStringLiteral("espeak-ng"));
    QList<DemoClip> clips;
    if (!espeak.isEmpty()) {
        for (const Line& line : monoLines) {
            if (const auto pcm = speak(espeak, line))
                clips.append(clipOf(*pcm, 1));
        }
        for (const Dialogue& d : stereoLines) {
            const auto agent = speak(espeak, d.agent);
            const auto customer = agent ? speak(espeak, d.customer) : std::nullopt;
            if (customer)
                clips.append(clipOf(stereo(*agent, *customer), 2));
        }
    }
    *speech = !clips.isEmpty();
    if (clips.isEmpty()) {
        QRandomGenerator rng(7);
        for (int i = 0; i < 8; ++i)
            clips.append(clipOf(tone(rng, 3 + i % 4, 180 + 40 * i), 1));
        for (int i = 0; i < 4; ++i)
            clips.append(clipOf(stereo(tone(rng, 3, 140 + 30 * i), tone(rng, 3, 220 + 30 * i)), 2));
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
    const QList<DemoClip> clips = callCount > 0 ? makeClips(&result.speech) : QList<DemoClip>{};
    if (callCount > 0 && !result.speech)
        say(tr("espeak-ng is missing: the demo recordings are tones and noise instead of speech."));

    const QDateTime now = clock.nowUtc();
    const qint64 sixMonths = 182LL * 24 * 3600;
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
            const auto id = subjects.create(now.addSecs(-sixMonths - 86400), error);
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
            // Office hours on weekdays, mostly.
            QDateTime start = now.addSecs(-qint64(rng.bounded(quint32(sixMonths))));
            start.setTime(
                QTime(6 + int(rng.bounded(10)), int(rng.bounded(60)), int(rng.bounded(60))));
            if (start > now)
                start = start.addDays(-1);
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
            if (c.disposition == QLatin1String("ANSWERED")) {
                // Most calls take a few minutes; a few run long.
                const int talk = int(20 + std::exp(rng.generateDouble() * 6.3));
                c.answeredAt = start.addSecs(ring);
                c.billsec = talk;
                c.durationS = ring + talk;
                c.agent = QString::fromUtf8(queue->english ? agentNames[7] : pick(rng, agentNames));
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
            if (c.disposition == QLatin1String("ANSWERED") && !clips.isEmpty() &&
                rng.bounded(100) < 70) {
                const DemoClip& clip = clips[rng.bounded(int(clips.size()))];
                auto stored = store.write(clip.wav, error);
                if (!stored)
                    return std::nullopt;
                const auto sealedKey = crypto.seal(
                    Capability::Recordings,
                    QByteArrayView(stored->key.constChars(), qsizetype(stored->key.size())),
                    RecordingStore::keyPlace(stored->fileName), error);
                if (!sealedKey ||
                    !store.insertRow(*id, *stored,
                                     AudioInfo{QStringLiteral("pcm_s16le"), clip.channels,
                                               clip.sampleRate, clip.durationMs},
                                     *sealedKey, error)) {
                    store.discard(stored->fileName);
                    return std::nullopt;
                }
                written.append(stored->fileName);
                ++result.recordings;
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
            c.startedAt = now.addSecs(-qint64(rng.bounded(quint32(sixMonths))));
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
            c.agent = QString::fromUtf8(english ? agentNames[7] : pick(rng, agentNames));
            c.channel = QString::fromLatin1(pick(rng, channels));
            if (linked)
                c.subjectId = person.subjectId;
            QDateTime at = c.startedAt;
            QList<ChatMessageInsert> messages;
            for (const Turn& t : turns) {
                at = at.addSecs(10 + rng.bounded(90));
                QString text = QString::fromUtf8(t.text);
                if (text.contains(QLatin1String("%1")))
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

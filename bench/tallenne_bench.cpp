// tallenne-bench [--calls N] [--chats M] [--minutes MIN] [--json FILE]
//
// Builds a register of N calls (default 1,000,000; one in three with recording metadata) and
// M chats (default 200,000, about 20 messages each) in a temporary folder, once encrypted and
// once through the same code unencrypted (SQLCipher keyed with an empty key), and measures
// through the project's own services and models: unlocking (Argon2id apart), the call list
// (first page, jumps, each sort, each filter, counting), chat full-text search, finding a data
// subject, selecting a row with its audit entry, first sound and waveform of a recording of
// MIN minutes (default 10), importing (with and without recordings, against copying the
// files), purging 10 % and peak memory with the list scrolled end to end. Prints a table and,
// with --json, writes {"calls", "chats", "encrypted": {...}, "plain": {...}, "ratio": {...},
// "peak_rss_mb"}. Each figure's name ends in its unit. Asserts nothing: docs/performance.md
// holds the targets and the last figures.
//
// Run it where an audio output exists for the first-sound figure (the test session's
// PulseAudio null sink: bash /work/main/scripts/session-inner.sh inside dbus-run-session, or
// any desktop session).

#include "crypto/PasswordKdf.h"
#include "crypto/RecordingCipher.h"
#include "gui/CallListModel.h"
#include "gui/player/AudioEngine.h"
#include "services/BrowseService.h"
#include "services/ImportService.h"
#include "services/PlaybackService.h"
#include "services/ProfileService.h"
#include "services/RegisterService.h"
#include "services/Session.h"
#include "services/SubjectService.h"
#include "services/UserService.h"
#include "services/audio/AudioDecoder.h"
#include "services/audio/PlaybackFill.h"
#include "services/retention/PurgeService.h"
#include "storage/CallRepository.h"
#include "storage/ChatRepository.h"
#include "storage/Database.h"
#include "storage/SqlCipherDriver.h"
#include "storage/TransactionGuard.h"
#include "support/TestAudio.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QAudioDevice>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMediaDevices>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <fcntl.h>
#include <malloc.h>
#include <map>
#include <sys/resource.h>
#include <unistd.h>

using namespace tallenne;
using namespace tallenne::test;

namespace {
QTextStream out(stdout);

constexpr char qmPassword[] = "bench quality manager tram";
constexpr char poPassword[] = "bench privacy officer harbour";

/// CPU seconds this process has used (user and system, all threads).
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& tv) {
        return double(tv.tv_sec) + tv.tv_usec / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

[[noreturn]] void die(const QString& what, const Error& error)
{
    QTextStream(stderr) << "tallenne-bench: " << what << ": " << error.message << Qt::endl;
    std::exit(1);
}

/// The process's resident memory now and its peak since the last resetPeak(), in MB.
double statusMb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(strlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}
void resetPeak()
{
    malloc_trim(0);
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

/// One mode's figures, in the order measured.
struct Figures
{
    std::vector<std::pair<QString, double>> values;
    void set(const QString& name, double value)
    {
        for (auto& [n, v] : values) {
            if (n == name) {
                v = value;
                return;
            }
        }
        values.emplace_back(name, value);
    }
    [[nodiscard]] std::optional<double> get(const QString& name) const
    {
        for (const auto& [n, v] : values) {
            if (n == name)
                return v;
        }
        return std::nullopt;
    }
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

const QStringList words = {
    QStringLiteral("lasku"),    QStringLiteral("laskutus"),  QStringLiteral("tilaus"),
    QStringLiteral("toimitus"), QStringLiteral("palautus"),  QStringLiteral("salasana"),
    QStringLiteral("yhteys"),   QStringLiteral("verkko"),    QStringLiteral("hinta"),
    QStringLiteral("maksu"),    QStringLiteral("kiitos"),    QStringLiteral("hei"),
    QStringLiteral("ongelma"),  QStringLiteral("virhe"),     QStringLiteral("asiakas"),
    QStringLiteral("numero"),   QStringLiteral("viikko"),    QStringLiteral("huomenna"),
    QStringLiteral("sopimus"),  QStringLiteral("irtisanoa"), QStringLiteral("päätös"),
    QStringLiteral("reititin"), QStringLiteral("kirjautua"), QStringLiteral("sovellus"),
    QStringLiteral("osoite"),   QStringLiteral("muutos"),    QStringLiteral("odottaa"),
    QStringLiteral("hyvitys"),  QStringLiteral("eräpäivä"),  QStringLiteral("tarkistaa"),
    QStringLiteral("puhelin"),  QStringLiteral("liittymä"),  QStringLiteral("nopeus"),
    QStringLiteral("katkeaa"),  QStringLiteral("tuote"),     QStringLiteral("varasto"),
    QStringLiteral("kuljetus"), QStringLiteral("paketti"),   QStringLiteral("seuranta"),
    QStringLiteral("vastaus")};

/// The register and its figures for one mode.
class Run
{
public:
    Run(qint64 calls, qint64 chats, int minutes, bool encrypted)
        : m_calls(calls), m_chats(chats), m_minutes(minutes), m_encrypted(encrypted)
    {}

    Figures figures;
    double peakRssMb = -1;
    bool keep = false;       ///< leave the register for a look afterwards
    bool importOnly = false; ///< stop after the import figures (to profile the importer)

    void run()
    {
        SqlCipherDriver::setUnencryptedForBenchmarks(!m_encrypted);
        m_dir.setAutoRemove(!keep);
        if (!m_dir.isValid())
            die(QStringLiteral("temporary folder"), Error{});
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        out << "== " << (m_encrypted ? "encrypted" : "plain") << " register: " << m_calls
            << " calls, " << m_chats << " chats in " << m_dir.path() << Qt::endl;
        create();
        fill();
        unlock();
        importing();
        if (importOnly) {
            SqlCipherDriver::setUnencryptedForBenchmarks(false);
            return;
        }
        browse();
        chatsAndSubjects();
        playback();
        purge();
        SqlCipherDriver::setUnencryptedForBenchmarks(false);
    }

private:
    void note(const QString& name, double value)
    {
        figures.set(name, value);
        out << "  " << name.leftJustified(40) << QString::number(value, 'f', 2).rightJustified(12)
            << Qt::endl;
    }

    std::unique_ptr<Session> login(const QString& user, const char* password)
    {
        Error error;
        auto session = Session::login(m_paths, user, secret(password), m_clock, m_options, &error);
        if (!session)
            die(QStringLiteral("login as ") + user, error);
        return session;
    }

    void create()
    {
        Error error;
        SecretBytes code;
        m_options.bindToWorkstation = false;
        if (!RegisterService::init(m_paths, QStringLiteral("admin"), secret(adminPassword), m_clock,
                                   m_options, &code, &error))
            die(QStringLiteral("init"), error);
        auto admin = login(QStringLiteral("admin"), adminPassword);
        UserService users(*admin);
        QStringList warnings;
        if (!users.add(QStringLiteral("qm"), Role::QualityManager, secret(qmPassword), &error) ||
            !users.add(QStringLiteral("po"), Role::PrivacyOfficer, secret(poPassword), &error) ||
            !ProfileService(*admin).set(exampleProfile(QStringLiteral("nordic-helpdesk")),
                                        &warnings, &error))
            die(QStringLiteral("users and profile"), error);
    }

    /// The bulk of the register, written in SQL inside SQLite (the importers' own rate is
    /// measured apart, importing()): 10 % of the calls and chats past the profile's six months
    /// (the purge's share), the rest within them; one call in three of the rest with recording
    /// metadata and a sparse file of its encrypted size (holes, no audio: the opening checks
    /// and the purge see a register whose files are all there). Chats of 15 to 25 messages of 6
    /// words, indexed by the FTS trigger.
    void fill()
    {
        auto admin = login(QStringLiteral("admin"), adminPassword);
        Error error;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 recent = 150LL * 86400;        // within five months
        const qint64 oldFrom = now - 240LL * 86400; // eight months ago …
        const qint64 oldSpan = 30LL * 86400;        // … for a month
        {
            // The names first, through the repository, so their ids run 1…40 and 1…12.
            CallRepository repository(admin->db());
            TransactionGuard transaction(admin->db());
            for (int i = 0; i < 40; ++i) {
                CallInsert c;
                c.sourceId = QStringLiteral("names-%1").arg(i);
                c.startedAt = QDateTime::fromSecsSinceEpoch(now - 86400, Qt::UTC);
                c.agent = QStringLiteral("Agentti %1").arg(i);
                c.queue = QStringLiteral("Jono %1").arg(i % 12);
                c.serviceNumber = QStringLiteral("+35820345678");
                if (!repository.insertOrIgnore(c, &error))
                    die(QStringLiteral("names"), error);
            }
            if (!transaction.commit(&error))
                die(QStringLiteral("names"), error);
        }
        const auto exec = [&](const QString& sql, const QVariantList& values, const char* what) {
            if (!admin->database().exec(sql, values, &error))
                die(QString::fromLatin1(what), error);
        };
        const QString range = QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?) ");
        QElapsedTimer t;
        t.start();
        {
            TransactionGuard transaction(admin->db());
            exec(range + QStringLiteral(
                             "INSERT INTO calls (source_id, conversation, started_at, duration_s,"
                             " billsec, direction, caller, service_number_id, queue_id, agent_id,"
                             " disposition, restricted)"
                             " SELECT 'bench-' || i, 'bench-' || i, CASE WHEN i % 10 = 0 THEN"
                             " ? + abs(random()) % ? ELSE ? - 60 - abs(random()) % ? END, d, d,"
                             " CASE abs(random()) % 3 WHEN 2 THEN 'outbound' ELSE 'inbound' END,"
                             " '+358 40 *** **' || printf('%02d', abs(random()) % 100),"
                             " (SELECT min(id) FROM service_numbers),"
                             " (SELECT min(id) FROM queues) + abs(random()) % 12,"
                             " (SELECT min(id) FROM agents) + abs(random()) % 40,"
                             " CASE abs(random()) % 3 WHEN 0 THEN 'ANSWERED' WHEN 1 THEN"
                             " 'NO ANSWER' ELSE 'BUSY' END, abs(random()) % 1000 = 0"
                             " FROM (SELECT i, abs(random()) % 1800 AS d FROM n)"),
                 {m_calls - 40, oldFrom, oldSpan, now, recent}, "fill calls");
            exec(QStringLiteral("INSERT INTO recordings (call_id, file_name, codec, channels,"
                                " sample_rate, duration_ms, size_bytes, sha256, file_key,"
                                " created_at) SELECT id, 'bench-' || id || '.enc', 'pcm_s16le',"
                                " 2, 8000, duration_s * 1000, duration_s * 32000, zeroblob(32),"
                                " zeroblob(48), ? FROM calls WHERE id % 3 = 1 AND started_at > ?"),
                 {now, now - recent - 86400}, "fill recordings");
            if (!transaction.commit(&error))
                die(QStringLiteral("fill calls"), error);
        }
        sparseRecordingFiles(*admin);
        note(QStringLiteral("fill_calls_per_s"), double(m_calls) / (msSince(t) / 1000));
        if (m_chats > 0) {
            t.restart();
            // A message: six words, each drawn for the row.
            QString word = QStringLiteral("CASE abs(random()) % %1").arg(words.size());
            for (int i = 0; i < words.size(); ++i)
                word += QStringLiteral(" WHEN %1 THEN '%2'").arg(i).arg(words.at(i));
            word += QStringLiteral(" END");
            // Five common words and a rare one (an order number, a product: one in 5,000).
            QStringList text(5, word);
            text << QStringLiteral("'tilaus' || (abs(random()) % 5000)");
            TransactionGuard transaction(admin->db());
            exec(range + QStringLiteral(
                             "INSERT INTO chats (source_id, started_at, ended_at, nickname,"
                             " agent_id, channel) SELECT 'chat-' || i, s, s + 1200, 'A***',"
                             " (SELECT min(id) FROM agents) + abs(random()) % 40,"
                             " CASE abs(random()) % 3 WHEN 0 THEN 'web' WHEN 1 THEN 'whatsapp'"
                             " ELSE 'facebook' END FROM (SELECT i, CASE WHEN i % 10 = 0 THEN"
                             " ? + abs(random()) % ? ELSE ? - 3600 - abs(random()) % ? END AS s"
                             " FROM n)"),
                 {m_chats, oldFrom, oldSpan, now, recent}, "fill chats");
            exec(QStringLiteral("WITH RECURSIVE q(seq) AS (SELECT 1 UNION ALL SELECT seq + 1"
                                " FROM q WHERE seq < 25) INSERT INTO chat_messages (chat_id,"
                                " seq, sent_at, sender, text) SELECT c.id, q.seq, c.started_at"
                                " + q.seq * 40, CASE q.seq % 2 WHEN 1 THEN 'customer' ELSE"
                                " 'agent' END, ") +
                     text.join(QStringLiteral(" || ' ' || ")) +
                     QStringLiteral(" FROM chats c JOIN q ON q.seq <= 15 + c.id * 7 % 11"
                                    " ORDER BY c.id, q.seq"),
                 {}, "fill messages");
            if (!transaction.commit(&error))
                die(QStringLiteral("fill chats"), error);
            QSqlQuery count(admin->db());
            count.exec(QStringLiteral("SELECT count(*) FROM chat_messages"));
            count.next();
            note(QStringLiteral("fill_chat_messages_per_s"),
                 count.value(0).toDouble() / (msSince(t) / 1000));
        }
        // The recording the player opens: MIN minutes of stereo, encrypted as imports do.
        const QByteArray wav = toneWav(m_minutes * 60000);
        const auto callId =
            addCall(*admin, QStringLiteral("bench-recording"), wav, false, m_minutes * 60000);
        if (!callId)
            die(QStringLiteral("the recording"), Error{});
        m_recordingCall = *callId;
        QSqlQuery(admin->db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        note(QStringLiteral("register_mb"), double(QFileInfo(m_paths.database()).size()) / 1e6);
    }

    void unlock()
    {
        QList<double> logins;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            auto session = login(QStringLiteral("qm"), qmPassword);
            logins << msSince(t);
        }
        // The Argon2id derivation alone, with the parameters of a new slot.
        const SecretBytes password = secret(qmPassword);
        const QByteArray salt = PasswordKdf::newSalt();
        QList<double> kdf;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            Error error;
            if (PasswordKdf::derive(password, salt, KdfParams::standard(), 32, &error).isNull())
                die(QStringLiteral("Argon2id"), error);
            kdf << msSince(t);
        }
        note(QStringLiteral("unlock_ms"), median(logins));
        note(QStringLiteral("argon2id_ms"), median(kdf));
    }

    /// Asterisk CDR rows as cdr_csv writes them (21 columns), from 500 repeating callers,
    /// one a minute from `start`; every `recordingEvery`th row has a recording of 30 s in
    /// `monitor` (when given).
    static qint64 writeCdr(const QString& path, int rows, qint64 start, const QString& monitor,
                           int recordingEvery, const QByteArray& wav)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        qint64 bytes = 0;
        for (int i = 0; i < rows; ++i) {
            const qint64 t = start + qint64(i) * 60;
            const auto at = [](qint64 s) {
                return QDateTime::fromSecsSinceEpoch(s, Qt::UTC)
                    .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            };
            const int c = i % 500;
            const QString caller =
                QStringLiteral("040%1").arg(c + 1000000, 7, 10, QLatin1Char('0'));
            const QString uniqueId = QStringLiteral("%1.%2").arg(start).arg(i);
            f.write(QStringLiteral("\"\",\"%1\",\"0201234567\",\"from-trunk\",\"\"\"Asiakas %2\"\" "
                                   "<%1>\",\"PJSIP/trunk-%3\",\"PJSIP/agent%4-%3\",\"Queue\","
                                   "\"support,t\",\"%5\",\"%6\",\"%7\",35,30,\"ANSWERED\","
                                   "\"DOCUMENTATION\",\"%8\",\"\",\"\",\"%8\",%9\n")
                        .arg(caller)
                        .arg(c)
                        .arg(i, 8, 16, QLatin1Char('0'))
                        .arg(i % 17)
                        .arg(at(t), at(t + 5), at(t + 35), uniqueId)
                        .arg(i)
                        .toUtf8());
            if (!monitor.isEmpty() && i % recordingEvery == 0) {
                const QString name = QStringLiteral("%1/in-0201234567-%2-%3-%4.wav")
                                         .arg(monitor, caller,
                                              QDateTime::fromSecsSinceEpoch(t, Qt::UTC)
                                                  .toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                              uniqueId);
                QFile w(name);
                if (w.open(QIODevice::WriteOnly))
                    bytes += w.write(wav);
            }
        }
        return bytes;
    }

    void importing()
    {
        auto admin = login(QStringLiteral("admin"), adminPassword);
        const int rows = int(std::clamp<qint64>(m_calls / 100, 2000, 10000));
        const qint64 start = QDateTime::currentSecsSinceEpoch() - 20LL * 86400;
        const QString work = m_dir.filePath(QStringLiteral("import"));
        QDir().mkpath(work + QStringLiteral("/monitor"));
        QDir().mkpath(work + QStringLiteral("/copy"));
        writeCdr(work + QStringLiteral("/Master.csv"), rows, start, {}, 0, {});
        const QByteArray wav = toneWav(30000, 8000, 1);
        const int withRecordings = std::max(500, rows / 10);
        const qint64 bytes =
            writeCdr(work + QStringLiteral("/Recorded.csv"), withRecordings, start + 10LL * 86400,
                     work + QStringLiteral("/monitor"), 1, wav);
        ImportService import(*admin);
        Error error;
        AsteriskImportOptions options;
        options.cdrPath = work + QStringLiteral("/Master.csv");
        options.time.utc = true;
        QElapsedTimer t;
        t.start();
        double cpu = cpuSeconds();
        const auto report = import.importAsterisk(options, {}, &error);
        if (!report || report->imported != rows)
            die(QStringLiteral("import"), error);
        note(QStringLiteral("import_calls_per_s"), rows / (msSince(t) / 1000));
        // The rate with a core to itself (waits for the disk aside): on a machine shared with
        // other builds, wall time is mostly waiting for a core.
        note(QStringLiteral("import_calls_per_cpu_s"), rows / (cpuSeconds() - cpu));

        // Copying the same recordings, each file written and fsynced as the importer does.
        t.restart();
        cpu = cpuSeconds();
        const QStringList files = QDir(work + QStringLiteral("/monitor")).entryList(QDir::Files);
        for (const QString& name : files) {
            QFile from(work + QStringLiteral("/monitor/") + name);
            QFile to(work + QStringLiteral("/copy/") + name);
            if (!from.open(QIODevice::ReadOnly) || !to.open(QIODevice::WriteOnly))
                die(QStringLiteral("copy"), Error{});
            to.write(from.readAll());
            to.flush();
            ::fsync(to.handle());
        }
        const double copyS = msSince(t) / 1000;
        const double copyCpuS = cpuSeconds() - cpu;
        options.cdrPath = work + QStringLiteral("/Recorded.csv");
        options.recordingsDir = work + QStringLiteral("/monitor");
        t.restart();
        cpu = cpuSeconds();
        const auto recorded = import.importAsterisk(options, {}, &error);
        if (!recorded || recorded->recordings != withRecordings)
            die(QStringLiteral("import with recordings (%1 of %2 attached)")
                    .arg(recorded ? recorded->recordings : -1)
                    .arg(withRecordings),
                error);
        const double importS = msSince(t) / 1000;
        const double importCpuS = cpuSeconds() - cpu;
        note(QStringLiteral("import_recorded_calls_per_s"), withRecordings / importS);
        note(QStringLiteral("import_recordings_mb_per_s"), double(bytes) / 1e6 / importS);
        note(QStringLiteral("copy_recordings_mb_per_s"), double(bytes) / 1e6 / copyS);
        note(QStringLiteral("import_vs_copy_x"), importS / copyS);
        note(QStringLiteral("import_recordings_cpu_ms"), importCpuS * 1000);
        note(QStringLiteral("copy_recordings_cpu_ms"), copyCpuS * 1000);
        m_subjectPhone = QStringLiteral("040 100 0007");
    }

    /// The rows a view of the list shows at once (the default window shows about 40).
    static constexpr int ScreenRows = 40;

    /// Fetches a screenful from the row (ScreenRows, or to the end: their pages, when not
    /// cached), as a view shows them after a jump, and returns the time it took.
    static double touch(CallListModel& model, int row)
    {
        QElapsedTimer t;
        t.start();
        const int last = std::min(model.rowCount(), row + ScreenRows);
        for (int r = row; r < last; ++r) {
            const QVariant v = model.data(model.index(r, CallListModel::StartedAt));
            if (!v.isValid())
                die(QStringLiteral("row %1 of %2 did not load").arg(r).arg(model.rowCount()),
                    Error{});
        }
        return msSince(t);
    }

    /// Lets the model's worker finish counting a broad filter's matches (the GUI's event loop
    /// would).
    static void waitForCount(CallListModel& model)
    {
        QElapsedTimer t;
        t.start();
        while (model.isCounting() && t.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        if (model.isCounting())
            die(QStringLiteral("the count did not arrive"), Error{});
    }

    /// Lets the model's worker finish reading the list's ids (the GUI's event loop would).
    static void waitForIds(CallListModel& model)
    {
        QElapsedTimer t;
        t.start();
        while (!model.hasIds() && t.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        if (!model.hasIds())
            model.prepareJumps();
    }

    void browse()
    {
        auto qm = login(QStringLiteral("qm"), qmPassword);
        resetPeak();
        const double rssBefore = statusMb("VmRSS:");
        Error error;
        {
            // Counting alone, unfiltered and by agent.
            BrowseService browse(*qm);
            QElapsedTimer t;
            t.start();
            const auto total = browse.countCalls(CallFilter{}, &error);
            note(QStringLiteral("count_ms"), msSince(t));
            CallFilter byAgent;
            byAgent.agent = QStringLiteral("Agentti 3");
            t.restart();
            if (!total || !browse.countCalls(byAgent, &error))
                die(QStringLiteral("count"), error);
            note(QStringLiteral("count_agent_ms"), msSince(t));
        }
        CallListModel model(*qm);
        QElapsedTimer t;
        t.start();
        if (!model.setFilter(CallFilter{}, &error))
            die(QStringLiteral("setFilter"), error);
        touch(model, 0);
        note(QStringLiteral("first_page_ms"), msSince(t));
        const int rows = model.rowCount();
        note(QStringLiteral("jump_last_ms"), touch(model, std::max(0, rows - ScreenRows)));
        // The ids of the whole list arrive from the worker while the first page is shown.
        waitForIds(model);
        note(QStringLiteral("list_ids_ready_ms"), msSince(t));
        note(QStringLiteral("jump_middle_ms"), touch(model, rows / 2));
        QList<double> jumps;
        QRandomGenerator rng(7);
        for (int i = 0; i < 20; ++i)
            jumps << touch(model, int(rng.bounded(quint32(rows))));
        note(QStringLiteral("jump_any_ms"), median(jumps));

        // Each sort order: the first page and a jump to the middle.
        const std::pair<int, const char*> columns[] = {
            {CallListModel::StartedAt, "time"},
            {CallListModel::Duration, "duration"},
            {CallListModel::Direction, "direction"},
            {CallListModel::Caller, "caller"},
            {CallListModel::ServiceNumber, "service_number"},
            {CallListModel::Queue, "queue"},
            {CallListModel::Agent, "agent"},
            {CallListModel::Disposition, "disposition"},
            {CallListModel::Recording, "recording"}};
        QList<double> sortedJumps;
        for (const auto& [column, name] : columns) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                if (column == CallListModel::StartedAt && order == Qt::DescendingOrder)
                    continue; // the default order, measured above
                const QString suffix =
                    order == Qt::AscendingOrder ? QStringLiteral("_asc") : QStringLiteral("_desc");
                t.restart();
                model.sort(column, order);
                const double sorted = msSince(t);
                const double first = touch(model, 0);
                if (qEnvironmentVariableIsSet("TALLENNE_BENCH_TRACE"))
                    out << "    sort() " << sorted << " ms, first row " << first << " ms"
                        << Qt::endl;
                note(QStringLiteral("sort_%1%2_ms").arg(QLatin1String(name), suffix), msSince(t));
                waitForIds(model);
                sortedJumps << touch(model, int(rng.bounded(quint32(rows))));
            }
        }
        note(QStringLiteral("sorted_jump_any_ms"), median(sortedJumps));
        model.sort(CallListModel::StartedAt, Qt::DescendingOrder);

        // Each filter of the call list: the count and the first page.
        const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
        std::vector<std::pair<QString, CallFilter>> filters;
        CallFilter f;
        f.from = nowUtc.addDays(-30);
        filters.emplace_back(QStringLiteral("last_30_days"), f);
        f = {};
        f.from = nowUtc.addDays(-60);
        f.to = nowUtc.addDays(-59);
        filters.emplace_back(QStringLiteral("one_day"), f);
        f = {};
        f.agent = QStringLiteral("Agentti 7");
        filters.emplace_back(QStringLiteral("agent"), f);
        f = {};
        f.queue = QStringLiteral("Jono 4");
        filters.emplace_back(QStringLiteral("queue"), f);
        f = {};
        f.direction = QStringLiteral("outbound");
        filters.emplace_back(QStringLiteral("direction"), f);
        f = {};
        f.minDurationS = 1700;
        filters.emplace_back(QStringLiteral("min_duration"), f);
        f = {};
        f.phone = m_subjectPhone;
        filters.emplace_back(QStringLiteral("phone"), f);
        f = {};
        f.hasRecording = true;
        filters.emplace_back(QStringLiteral("has_recording"), f);
        f = {};
        f.tagged = true;
        filters.emplace_back(QStringLiteral("tagged"), f);
        f = {};
        f.evaluated = false;
        filters.emplace_back(QStringLiteral("not_evaluated"), f);
        f = {};
        f.agent = QStringLiteral("Agentti 7");
        f.from = nowUtc.addDays(-30);
        f.direction = QStringLiteral("inbound");
        filters.emplace_back(QStringLiteral("agent_month_inbound"), f);
        for (const auto& [name, filter] : filters) {
            t.restart();
            if (!model.setFilter(filter, &error)) {
                out << "  filter_" << name << "_ms: n/a (" << error.message << ")" << Qt::endl;
                continue;
            }
            // The first screenful shown; a broad filter's exact count arrives after it.
            if (model.rowCount() > 0)
                touch(model, 0);
            note(QStringLiteral("filter_%1_ms").arg(name), msSince(t));
            waitForCount(model);
            note(QStringLiteral("filter_%1_count_ms").arg(name), msSince(t));
            if (model.rowCount() > 2 * CallListModel::EdgePages * CallListModel::PageSize) {
                waitForIds(model);
                note(QStringLiteral("filter_%1_middle_ms").arg(name),
                     touch(model, model.rowCount() / 2));
            }
        }

        // Selecting rows: each opens the call (its detail) with its audit entry.
        if (!model.setFilter(CallFilter{}, &error))
            die(QStringLiteral("setFilter"), error);
        {
            BrowseService browse(*qm);
            QList<double> opens;
            for (int i = 0; i < 50; ++i) {
                const qint64 id = model.callId(i);
                QElapsedTimer o;
                o.start();
                if (!browse.openCall(id, &error))
                    die(QStringLiteral("openCall"), error);
                opens << msSince(o);
            }
            note(QStringLiteral("select_row_ms"), median(opens));
        }

        // Scrolled end to end, a screenful at a time: the peak memory of the open register.
        t.restart();
        for (int row = 0; row < rows; row += ScreenRows)
            touch(model, row);
        note(QStringLiteral("scroll_end_to_end_ms"), msSince(t));
        peakRssMb = statusMb("VmHWM:");
        note(QStringLiteral("rss_before_browse_mb"), rssBefore);
        note(QStringLiteral("peak_rss_mb"), peakRssMb);
    }

    void chatsAndSubjects()
    {
        Error error;
        {
            auto qm = login(QStringLiteral("qm"), qmPassword);
            BrowseService browse(*qm);
            // A rare word (an order number), a rare and a common one, and a common word alone
            // (in one message in seven: every hit is read to put the newest first).
            QList<double> searches;
            const QStringList queries = {QStringLiteral("tilaus1234"),
                                         QStringLiteral("tilaus77 laskutus"),
                                         QStringLiteral("tilaus4321")};
            for (const QString& q : queries) {
                QElapsedTimer t;
                t.start();
                if (!browse.searchChats(q, 100, &error))
                    die(QStringLiteral("chat search"), error);
                searches << msSince(t);
            }
            note(QStringLiteral("chat_search_ms"), median(searches));
            QElapsedTimer common;
            common.start();
            if (!browse.searchChats(QStringLiteral("päätös"), 100, &error))
                die(QStringLiteral("chat search"), error);
            note(QStringLiteral("chat_search_common_word_ms"), msSince(common));
            QElapsedTimer t;
            t.start();
            if (!browse.latestChats({}, std::nullopt, 100, &error))
                die(QStringLiteral("chat list"), error);
            note(QStringLiteral("chat_first_page_ms"), msSince(t));
        }
        auto po = login(QStringLiteral("po"), poPassword);
        SubjectService subjects(*po);
        QList<double> finds;
        qint64 found = 0;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            const auto matches = subjects.find(IdentifierKind::Phone, m_subjectPhone, &error);
            if (!matches)
                die(QStringLiteral("subject find"), error);
            finds << msSince(t);
            found = 0;
            for (const SubjectMatch& m : *matches)
                found += m.callIds.size() + m.chatIds.size();
        }
        if (found == 0)
            die(QStringLiteral("subject find found nothing"), Error{});
        note(QStringLiteral("subject_find_ms"), median(finds));
    }

    void playback()
    {
        auto qm = login(QStringLiteral("qm"), qmPassword);
        PlaybackService service(*qm);
        Error error;
        const bool hasDevice = !QMediaDevices::audioOutputs().isEmpty();
        QList<double> opens, decodes, firsts, alls, waveforms;
        for (int i = 0; i < 3; ++i) {
            // As the player opens it: the checks, the first chunk decrypted and checked, the
            // audit entry; the rest decrypts in the background while it plays.
            QElapsedTimer t;
            t.start();
            auto opened =
                service.openForPlayer(m_recordingCall, PlaybackPurpose::QualityReview, &error);
            if (!opened)
                die(QStringLiteral("open recording"), error);
            opens << msSince(t);
            auto* fill = dynamic_cast<PlaybackFill*>(opened->samples.fill.get());
            AudioEngine engine;
            engine.load(std::move(opened->samples));
            if (hasDevice) {
                engine.setVolume(0.05);
                double first = -1;
                engine.setTap([&](qint64, const qint16*, qint64) {
                    if (first < 0)
                        first = msSince(t);
                });
                QEventLoop loop;
                QTimer::singleShot(5000, &loop, &QEventLoop::quit);
                QTimer poll;
                poll.setInterval(1);
                QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
                    if (first >= 0)
                        loop.quit();
                });
                if (engine.play()) {
                    poll.start();
                    if (first < 0)
                        loop.exec();
                }
                engine.pause();
                engine.setTap({});
                firsts << first;
            }
            // All of it decrypted and checked (in the background, while it played).
            if (fill && engine.isFilling())
                fill->waitForEnd();
            alls << msSince(t);
            if (!engine.audio() || !engine.audio()->isComplete())
                die(QStringLiteral("the recording's background decryption"),
                    engine.audio() && engine.audio()->fill ? engine.audio()->fill->failure()
                                                           : Error{});
            // The decode as open() and the player did it before: the whole file decrypted and
            // checked first, then decoded (for comparison).
            QElapsedTimer d;
            d.start();
            auto whole = service.open(m_recordingCall, PlaybackPurpose::QualityReview, &error);
            if (!whole)
                die(QStringLiteral("open recording whole"), error);
            const double wholeOpen = msSince(d);
            auto decoded = AudioDecoder::decode(whole->audio, AudioInfo{}, &error);
            if (!decoded)
                die(QStringLiteral("decode"), error);
            decodes << msSince(d) - wholeOpen;
            AudioDecoder::wipe(whole->audio);
            // The waveform as the player draws it: from the samples when nothing is cached.
            QSqlQuery(qm->db()).exec(QStringLiteral("DELETE FROM waveform_peaks"));
            t.restart();
            if (!service.waveform(opened->opened, *engine.audio(), &error))
                die(QStringLiteral("waveform"), error);
            waveforms << msSince(t);
        }
        note(QStringLiteral("recording_open_ms"), median(opens));
        note(QStringLiteral("recording_decode_ms"), median(decodes));
        note(QStringLiteral("recording_all_decrypted_ms"), median(alls));
        if (hasDevice)
            note(QStringLiteral("first_sound_ms"), median(firsts));
        else
            out << "  first_sound_ms: no audio output here (run inside the test session)"
                << Qt::endl;
        note(QStringLiteral("waveform_ms"), median(waveforms));
    }

    /// A sparse file of the encrypted size for each recording row fill() made (it reads as
    /// zeros: nothing plays it, and verify would say it does not authenticate).
    void sparseRecordingFiles(Session& admin)
    {
        QDir().mkpath(m_paths.recordings());
        QSqlQuery q(admin.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT file_name, size_bytes FROM recordings WHERE file_name "
                                   "LIKE 'bench-%'")))
            die(QStringLiteral("sparse recording files"),
                Error::make(ErrorKind::Damaged, q.lastError().text()));
        while (q.next()) {
            QFile file(QDir(m_paths.recordings()).filePath(q.value(0).toString()));
            if (!file.open(QIODevice::WriteOnly) ||
                !file.resize(RecordingCipher::encryptedSize(q.value(1).toLongLong())))
                die(QStringLiteral("sparse recording file"),
                    Error::make(ErrorKind::Environment,
                                file.fileName() + QStringLiteral(": ") + file.errorString()));
        }
    }

    void purge()
    {
        auto admin = login(QStringLiteral("admin"), adminPassword);
        Error error;
        QElapsedTimer t;
        t.start();
        const auto report = PurgeService(*admin).run({}, &error);
        if (!report)
            die(QStringLiteral("purge"), error);
        const double ms = msSince(t);
        const qint64 calls = report->category(RetentionPolicy::Kind::CallMetadata)->purged;
        const qint64 chats = report->category(RetentionPolicy::Kind::ChatTranscripts)->purged;
        note(QStringLiteral("purge_10pct_ms"), ms);
        note(QStringLiteral("purge_rows_per_s"), double(calls + chats) / (ms / 1000));
        out << "  (purged " << calls << " calls, " << chats << " chats)" << Qt::endl;
    }

    qint64 m_calls, m_chats;
    int m_minutes;
    bool m_encrypted;
    QTemporaryDir m_dir;
    RegisterPaths m_paths{QString()};
    const Clock& m_clock = SystemClock::instance();
    VaultOptions m_options;
    qint64 m_recordingCall = 0;
    QString m_subjectPhone;
};
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tallenne's performance figures"));
    parser.addHelpOption();
    const QCommandLineOption callsOption(QStringLiteral("calls"), QStringLiteral("Calls."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption chatsOption(QStringLiteral("chats"), QStringLiteral("Chats."),
                                         QStringLiteral("M"), QStringLiteral("200000"));
    const QCommandLineOption minutesOption(QStringLiteral("minutes"),
                                           QStringLiteral("Recording length."),
                                           QStringLiteral("MIN"), QStringLiteral("10"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write JSON."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("encrypted or plain (default: both)."),
                                        QStringLiteral("MODE"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Leave the registers in the temporary "
                                                       "folder."));
    const QCommandLineOption importOnlyOption(
        QStringLiteral("import-only"),
        QStringLiteral("Stop after the import figures (to profile the importer)."));
    parser.addOptions({callsOption, chatsOption, minutesOption, jsonOption, onlyOption, keepOption,
                       importOnlyOption});
    parser.process(app);
    const qint64 calls = parser.value(callsOption).toLongLong();
    const qint64 chats = parser.value(chatsOption).toLongLong();
    const int minutes = parser.value(minutesOption).toInt();
    if (calls < 10000 || chats < 0 || minutes <= 0) {
        QTextStream(stderr) << "tallenne-bench: --calls needs at least 10000\n";
        return 2;
    }
    registerSqlCipherDriver();
    const QString only = parser.value(onlyOption);
    std::optional<Run> encrypted, plain;
    if (only.isEmpty() || only == QLatin1String("encrypted")) {
        encrypted.emplace(calls, chats, minutes, true);
        encrypted->keep = parser.isSet(keepOption);
        encrypted->importOnly = parser.isSet(importOnlyOption);
        encrypted->run();
    }
    if (only.isEmpty() || only == QLatin1String("plain")) {
        plain.emplace(calls, chats, minutes, false);
        plain->keep = parser.isSet(keepOption);
        plain->importOnly = parser.isSet(importOnlyOption);
        plain->run();
    }

    // The table: each figure encrypted, plain and their ratio.
    const Run& first = encrypted ? *encrypted : *plain;
    out << Qt::endl
        << QStringLiteral("figure").leftJustified(40)
        << QStringLiteral("encrypted").rightJustified(12)
        << QStringLiteral("plain").rightJustified(12) << QStringLiteral("ratio").rightJustified(8)
        << Qt::endl;
    QJsonObject enc, pl, ratio;
    for (const auto& [name, value] : first.figures.values) {
        const auto eo = encrypted ? encrypted->figures.get(name) : std::nullopt;
        const auto po = plain ? plain->figures.get(name) : std::nullopt;
        const bool hasE = eo.has_value(), hasP = po.has_value();
        const double e = eo.value_or(0), p = po.value_or(0);
        const bool hasR = hasE && hasP && p > 0;
        const double r = hasR ? e / p : 0;
        if (hasE)
            enc.insert(name, std::round(e * 100) / 100);
        if (hasP)
            pl.insert(name, std::round(p * 100) / 100);
        if (hasR)
            ratio.insert(name, std::round(r * 100) / 100);
        out << name.leftJustified(40)
            << (hasE ? QString::number(e, 'f', 2) : QStringLiteral("-")).rightJustified(12)
            << (hasP ? QString::number(p, 'f', 2) : QStringLiteral("-")).rightJustified(12)
            << (hasR ? QString::number(r, 'f', 2) : QStringLiteral("-")).rightJustified(8)
            << Qt::endl;
    }
    if (parser.isSet(jsonOption)) {
        QJsonObject root{
            {QStringLiteral("calls"), calls},
            {QStringLiteral("chats"), chats},
            {QStringLiteral("encrypted"), enc},
            {QStringLiteral("plain"), pl},
            {QStringLiteral("ratio"), ratio},
            {QStringLiteral("peak_rss_mb"),
             std::round((encrypted ? encrypted->peakRssMb : plain->peakRssMb) * 10) / 10}};
        QFile f(parser.value(jsonOption));
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(root).toJson()) < 0) {
            QTextStream(stderr) << "tallenne-bench: cannot write " << f.fileName() << '\n';
            return 1;
        }
    }
    return 0;
}

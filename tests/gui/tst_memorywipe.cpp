// After the idle lock nothing of what was open stays in the process's memory: the test plays a
// recording whose samples carry a marker, lets the idle watcher lock the console, and reads
// every readable mapping of its own memory (/proc/self/maps, /proc/self/mem) for the marker,
// for the register's data key (raw, and in hex as SQLCipher's raw-key form spells it) and for
// the recordings key. The needles are kept inverted, and the plain form is built only in a
// page of its own that the scan skips, so the test finds no copy of its own making. The WAV
// reaches the register through `tallenne-admin import` in another process, so no copy of the
// audio in this process comes from putting it there.

#include "core/Translations.h"
#include "gui/CallsPanel.h"
#include "gui/LoginDialog.h"
#include "gui/MainWindow.h"
#include "gui/PlayerPanel.h"
#include "services/UserService.h"
#include "support/AdminProcess.h"
#include "support/GuiTest.h"
#include "support/Sanitizers.h"
#include "support/TestRegister.h"

#include <QApplication>
#include <QLabel>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>

#include <sodium.h>
#include <sys/mman.h>

#include <fcntl.h>
#include <unistd.h>

using namespace tallenne;
using namespace tallenne::test;

namespace {

constexpr int sampleRate = 8000;
constexpr int seconds = 30; // 480 kB: many chunks, so a buffer that grows would leave copies
constexpr int markerBytes = 48;

// A needle kept inverted (~byte) so that this process holds no copy of it.
struct Needle
{
    QString name;
    QByteArray inverted;
};

Needle needle(const QString& name, const unsigned char* data, std::size_t size)
{
    QByteArray inverted(qsizetype(size), '\0');
    for (std::size_t i = 0; i < size; ++i)
        inverted[qsizetype(i)] = char(~data[i]);
    return {name, inverted};
}

struct Mapping
{
    quintptr start = 0;
    quintptr end = 0;
    QString what;
};

QList<Mapping> readableMappings()
{
    QList<Mapping> out;
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray& line : maps.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 5 || f[1].isEmpty() || f[1][0] != 'r')
            continue;
        const QString what = f.size() >= 6 ? QString::fromUtf8(f[5]) : QString();
        if (what == QLatin1String("[vvar]") || what == QLatin1String("[vsyscall]") ||
            what == QLatin1String("[vdso]"))
            continue;
        const QList<QByteArray> range = f[0].split('-');
        out.append({quintptr(range[0].toULongLong(nullptr, 16)),
                    quintptr(range[1].toULongLong(nullptr, 16)), what});
    }
    return out;
}

// Where each needle occurs in the process's readable memory, outside `skip` (the scan's own
// pages): "name at 0x… (mapping)".
QStringList scan(const QList<Needle>& needles)
{
    const long page = sysconf(_SC_PAGESIZE);
    constexpr std::size_t chunk = 1 << 20;
    // The plain needles and the read buffer live in mappings of their own, skipped below.
    std::size_t plainSize = 0;
    for (const Needle& n : needles)
        plainSize += std::size_t(n.inverted.size());
    const std::size_t plainBytes = (plainSize / page + 1) * page;
    auto* plain = static_cast<unsigned char*>(
        mmap(nullptr, plainBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    auto* buffer = static_cast<unsigned char*>(
        mmap(nullptr, chunk + 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    QStringList found;
    if (plain == MAP_FAILED || buffer == MAP_FAILED)
        return {QStringLiteral("mmap failed")};
    QList<std::pair<const unsigned char*, std::size_t>> plainNeedles;
    std::size_t at = 0;
    for (const Needle& n : needles) {
        for (qsizetype i = 0; i < n.inverted.size(); ++i)
            plain[at + std::size_t(i)] = static_cast<unsigned char>(~n.inverted[i]);
        plainNeedles.append({plain + at, std::size_t(n.inverted.size())});
        at += std::size_t(n.inverted.size());
    }
    const int fd = open("/proc/self/mem", O_RDONLY);
    if (fd < 0)
        found << QStringLiteral("cannot open /proc/self/mem");
    // The mappings without the scan's own two (the kernel may merge them with neighbours).
    QList<Mapping> ranges;
    for (const Mapping& m : readableMappings()) {
        QList<Mapping> parts{m};
        for (const auto& [base, size] :
             {std::pair<quintptr, std::size_t>{quintptr(plain), plainBytes},
              {quintptr(buffer), chunk + 4096}}) {
            QList<Mapping> next;
            for (const Mapping& p : parts) {
                if (base >= p.end || base + size <= p.start) {
                    next << p;
                    continue;
                }
                if (p.start < base)
                    next << Mapping{p.start, base, p.what};
                if (base + size < p.end)
                    next << Mapping{base + size, p.end, p.what};
            }
            parts = next;
        }
        ranges << parts;
    }
    for (const Mapping& m : std::as_const(ranges)) {
        if (fd < 0)
            continue;
        // Overlapping reads, so a needle across a chunk's end is found.
        for (quintptr pos = m.start; pos < m.end; pos += chunk) {
            const std::size_t want = std::min<std::size_t>(chunk + 128, m.end - pos);
            const ssize_t got = pread(fd, buffer, want, off_t(pos));
            if (got <= 0)
                break;
            for (int k = 0; k < needles.size(); ++k) {
                const auto [data, size] = plainNeedles[k];
                const void* hit = memmem(buffer, std::size_t(got), data, size);
                if (hit)
                    found << QStringLiteral("%1 at 0x%2 (%3)")
                                 .arg(needles[k].name)
                                 .arg(quintptr(pos +
                                               (static_cast<const unsigned char*>(hit) - buffer)),
                                      0, 16)
                                 .arg(m.what.isEmpty() ? QStringLiteral("anonymous") : m.what);
            }
            sodium_memzero(buffer, std::size_t(got));
        }
    }
    if (fd >= 0)
        close(fd);
    sodium_memzero(plain, plainBytes);
    munmap(plain, plainBytes);
    munmap(buffer, chunk + 4096);
    return found;
}

} // namespace

class TestMemoryWipe : public QObject
{
    Q_OBJECT

private:
    static QList<Needle> keyNeedles(const Session& session)
    {
        QList<Needle> needles;
        const SecretBytes& key = session.dataKey();
        if (key.size() != 32)
            return needles;
        needles << needle(QStringLiteral("data key"), key.data(), key.size());
        char hex[65];
        sodium_bin2hex(hex, sizeof hex, key.data(), key.size());
        needles << needle(QStringLiteral("data key in hex"),
                          reinterpret_cast<const unsigned char*>(hex), 64);
        for (char& c : hex)
            c = char(std::toupper(static_cast<unsigned char>(c)));
        needles << needle(QStringLiteral("data key in upper-case hex"),
                          reinterpret_cast<const unsigned char*>(hex), 64);
        sodium_memzero(hex, sizeof hex);
        return needles;
    }

    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    QList<Needle> m_marker;

    static QByteArray qmPassword() { return "quality-manager-violet-tram-harbour"; }

private slots:
    void initTestCase()
    {
        // AddressSanitizer maps terabytes of shadow memory (readable, mostly never touched) and
        // keeps freed blocks in a quarantine as they were instead of handing them out again:
        // the scan would run for hours and see memory the normal allocator reuses. The normal
        // build runs it.
        if (tallenne::test::underAddressSanitizer)
            QSKIP("the memory scan runs in the normal build, not under AddressSanitizer");
        QVERIFY(m_dir.isValid());
        Translations::apply(QStringLiteral("en"));
        Error error;
        auto admin = newRegisterAsAdmin(m_dir, m_clock, &m_paths, &error);
        QVERIFY2(admin, qPrintable(error.message));
        QVERIFY2(UserService(*admin).add(QStringLiteral("quality-manager"), Role::QualityManager,
                                         secret(qmPassword().constData()), &error),
                 qPrintable(error.message));
        admin.reset();

        // A mono 16-bit WAV of random samples, built in one buffer that is wiped once written
        // (unbuffered) to the monitor folder; the marker is 48 bytes of its first chunk.
        const QString monitor = m_dir.filePath(QStringLiteral("monitor"));
        QVERIFY(QDir().mkpath(monitor));
        const quint32 dataBytes = sampleRate * seconds * 2;
        QByteArray wav;
        wav.reserve(44 + qsizetype(dataBytes));
        const auto u32 = [&wav](quint32 v) {
            for (int i = 0; i < 4; ++i)
                wav.append(char((v >> (8 * i)) & 0xff));
        };
        const auto u16 = [&wav](quint16 v) {
            wav.append(char(v & 0xff));
            wav.append(char(v >> 8));
        };
        wav.append("RIFF");
        u32(36 + dataBytes);
        wav.append("WAVEfmt ");
        u32(16);
        u16(1);
        u16(1);
        u32(sampleRate);
        u32(sampleRate * 2);
        u16(2);
        u16(16);
        wav.append("data");
        u32(dataBytes);
        QRandomGenerator random(20261203);
        for (quint32 i = 0; i < dataBytes / 2; ++i)
            u16(quint16(qint16(random.bounded(-12000, 12000))));
        QCOMPARE(wav.capacity() >= wav.size(), true);
        m_marker = {needle(QStringLiteral("audio marker"),
                           reinterpret_cast<const unsigned char*>(wav.constData()) + 44 + 1000,
                           markerBytes)};
        const QString uid = QStringLiteral("1714636800.7");
        QFile file(monitor +
                   QStringLiteral("/in-0201234567-0401000007-20240502-080000-%1.wav").arg(uid));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        QCOMPARE(file.write(wav), wav.size());
        file.close();
        sodium_memzero(wav.data(), std::size_t(wav.size()));
        wav.clear();

        const QString cdr = m_dir.filePath(QStringLiteral("Master.csv"));
        QFile csv(cdr);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("\"\",\"0401000007\",\"0201234567\",\"from-trunk\",\"\",\"SIP/trunk-0001\","
                  "\"SIP/agent1-0002\",\"Queue\",\"support,t\",\"2024-05-02 08:00:00\","
                  "\"2024-05-02 08:00:05\",\"2024-05-02 08:00:07\",7,2,\"ANSWERED\","
                  "\"DOCUMENTATION\",\"1714636800.7\"\n");
        csv.close();
        const AdminRun run =
            runAdmin({QStringLiteral("--register"), m_paths.folder, QStringLiteral("--user"),
                      QStringLiteral("admin"), QStringLiteral("--password-stdin"),
                      QStringLiteral("import"), QStringLiteral("asterisk"), QStringLiteral("--cdr"),
                      cdr, QStringLiteral("--utc"), QStringLiteral("--recordings"), monitor},
                     QByteArray(adminPassword) + '\n');
        QVERIFY2(run.code == 0, qPrintable(run.err + run.out));
        QVERIFY(QFile::remove(file.fileName()));
    }

    void nothingStaysAfterTheIdleLock()
    {
        Error error;
        auto session =
            Session::login(m_paths, QStringLiteral("quality-manager"),
                           secret(qmPassword().constData()), m_clock, fastOptions(), &error);
        QVERIFY2(session, qPrintable(error.message));
        qint64 callId = 0;
        {
            QSqlQuery q(session->db());
            QVERIFY(q.exec(QStringLiteral("SELECT call_id FROM recordings")) && q.next());
            callId = q.value(0).toLongLong();
        }
        // The keys as needles (inverted), taken from their locked memory.
        QList<Needle> needles = m_marker + keyNeedles(*session);
        QCOMPARE(needles.size(), 4);
        // Before anything is played the marker is nowhere in memory (the test's own proof
        // that it looks in the right places comes below, while it plays).
        QVERIFY2(scan(m_marker).isEmpty(), qPrintable(scan(m_marker).join(QLatin1Char('\n'))));

        auto window = std::make_unique<MainWindow>(std::move(session), m_clock, fastOptions());
        window->resize(1200, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        QVERIFY(calls && calls->player());
        PlayerPanel* player = calls->player();
        player->setPurpose(PlaybackPurpose::QualityReview);
        player->openCall(callId);
        QCOMPARE(player->callId(), callId);
        if (PlayerPanel::audioOutputAvailable()) {
            player->togglePlay();
            QTRY_VERIFY(player->position() > 200);
        }
        // While the call is open the marker and the key are found: the scan sees them.
        const QStringList open = scan(needles);
        qInfo("while open: %s", qPrintable(open.join(QStringLiteral("; "))));
        QVERIFY2(open.join(QLatin1Char('\n')).contains(QStringLiteral("data key in hex")) ||
                     open.join(QLatin1Char('\n')).contains(QStringLiteral("data key")),
                 "the scan did not find the key while the register was open");

        // The idle lock.
        QSignalSpy locked(window.get(), &MainWindow::locked);
        window->setIdleLockInterval(300);
        QTRY_VERIFY_WITH_TIMEOUT(locked.size() == 1, 10000);
        QVERIFY(window->isLocked());
        QTRY_VERIFY(qobject_cast<LoginDialog*>(QApplication::activeModalWidget()) != nullptr);
        QCoreApplication::processEvents();

        const QStringList after = scan(needles);
        QVERIFY2(after.isEmpty(), qPrintable(QStringLiteral("after the idle lock:\n") +
                                             after.join(QLatin1Char('\n'))));
        QApplication::activeModalWidget()->close();
    }

    // The administrator's console verifies the audit trail in a thread of its own, with its own
    // connection and its own copy of the key; after the idle lock none of them remains.
    void administratorsAuditViewToo()
    {
        Error error;
        auto session = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword),
                                      m_clock, fastOptions(), &error);
        QVERIFY2(session, qPrintable(error.message));
        const QList<Needle> needles = keyNeedles(*session);
        QCOMPARE(needles.size(), 3);
        auto window = std::make_unique<MainWindow>(std::move(session), m_clock, fastOptions());
        window->resize(1200, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->showSection(Section::AuditTrail);
        auto* verdict = window->sectionPage(Section::AuditTrail)
                            ->findChild<QLabel*>(QStringLiteral("verificationLabel"));
        if (verdict)
            QTRY_VERIFY_WITH_TIMEOUT(verdict->text().contains(QLatin1String("intact")), 20000);
        QVERIFY(!scan(needles).isEmpty()); // open: the key is there to be found
        QSignalSpy locked(window.get(), &MainWindow::locked);
        window->setIdleLockInterval(300);
        QTRY_VERIFY_WITH_TIMEOUT(locked.size() == 1, 10000);
        QTRY_VERIFY(qobject_cast<LoginDialog*>(QApplication::activeModalWidget()) != nullptr);
        QCoreApplication::processEvents();
        const QStringList after = scan(needles);
        QVERIFY2(after.isEmpty(), qPrintable(QStringLiteral("after the idle lock:\n") +
                                             after.join(QLatin1Char('\n'))));
        QApplication::activeModalWidget()->close();
    }
};

QTEST_MAIN(TestMemoryWipe)
#include "tst_memorywipe.moc"

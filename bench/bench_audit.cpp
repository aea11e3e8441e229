// bench_audit [N=100000]: the cost of the signed audit trail. A register gets N entries through
// Session::audit (hash, Ed25519 signature, insert), then `audit verify`'s replay reads them all
// back (hash, link, signature, rules). Prints; asserts nothing.

#include "services/AuditService.h"
#include "services/RegisterService.h"
#include "services/Session.h"
#include "services/audit/AuditVerifier.h"
#include "services/audit/JournalWitness.h"
#include "storage/SqlCipherDriver.h"
#include "storage/TransactionGuard.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace tallenne;

namespace {
QTextStream out(stdout);

SecretBytes secret(const char* text)
{
    QByteArray bytes(text);
    return SecretBytes::fromBytes(bytes);
}

void line(const QString& what, double ms, const QString& note)
{
    out << what.leftJustified(44) << QString::number(ms, 'f', 1).rightJustified(10) << " ms   "
        << note << Qt::endl;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 100000;
    if (n <= 0) {
        QTextStream(stderr) << "usage: bench_audit [N=100000]\n";
        return 1;
    }
    registerSqlCipherDriver();
    QTemporaryDir dir;
    const RegisterPaths paths{dir.filePath(QStringLiteral("register"))};
    VaultOptions options;
    options.bindToWorkstation = false;
    options.fastKdfForTests = true;
    const Clock& clock = SystemClock::instance();
    Error error;
    SecretBytes code;
    if (!RegisterService::init(paths, QStringLiteral("admin"), secret("bench admin password"),
                               clock, options, &code, &error)) {
        QTextStream(stderr) << error.message << '\n';
        return 1;
    }
    auto session = Session::login(paths, QStringLiteral("admin"), secret("bench admin password"),
                                  clock, options, &error);
    if (!session) {
        QTextStream(stderr) << error.message << '\n';
        return 1;
    }
    const SigningKey& key = session->signingKey();

    // The primitives alone, per entry.
    QElapsedTimer t;
    const QByteArray hash = QCryptographicHash::hash("entry", QCryptographicHash::Sha256).toHex();
    const QByteArray message = AuditLog::signedMessage(hash);
    QByteArray signature;
    t.start();
    for (qint64 i = 0; i < n; ++i)
        signature = key.sign(message);
    const double signMs = t.nsecsElapsed() / 1e6;
    line(QStringLiteral("Ed25519 sign × %1").arg(n), signMs,
         QStringLiteral("%1 µs per entry").arg(signMs * 1000 / double(n), 0, 'f', 1));
    t.restart();
    bool ok = true;
    for (qint64 i = 0; i < n; ++i)
        ok = SigningKey::verify(key.publicKey(), message, signature) && ok;
    const double verifyMs = t.nsecsElapsed() / 1e6;
    line(QStringLiteral("Ed25519 verify × %1").arg(n), verifyMs,
         QStringLiteral("%1 µs per entry%2")
             .arg(verifyMs * 1000 / double(n), 0, 'f', 1)
             .arg(ok ? QString() : QStringLiteral(" (FAILED)")));

    // Appending, signed, in transactions of 1000 as an import would.
    t.restart();
    for (qint64 i = 0; i < n;) {
        TransactionGuard transaction(session->db());
        for (int k = 0; k < 1000 && i < n; ++k, ++i) {
            if (!session->audit(QStringLiteral("call.open"), QStringLiteral("call:%1").arg(i), {},
                                &error)) {
                QTextStream(stderr) << error.message << '\n';
                return 1;
            }
        }
        if (!transaction.commit(&error)) {
            QTextStream(stderr) << error.message << '\n';
            return 1;
        }
    }
    const double appendMs = t.nsecsElapsed() / 1e6;
    line(QStringLiteral("Session::audit × %1 (signed)").arg(n), appendMs,
         QStringLiteral("%1 µs per entry, of which signing %2 µs")
             .arg(appendMs * 1000 / double(n), 0, 'f', 1)
             .arg(signMs * 1000 / double(n), 0, 'f', 1));

    // One journal record per committed head.
    if (JournalWitness::journalRuns()) {
        JournalWitness journal;
        const auto head = AuditLog(session->db()).head(&error);
        t.restart();
        for (int i = 0; i < 1000; ++i)
            journal.record(
                WitnessHead{QStringLiteral("bench"), head->sequence, head->hash, head->signature});
        const double journalMs = t.nsecsElapsed() / 1e6;
        line(QStringLiteral("sd_journal_send × 1000"), journalMs,
             QStringLiteral("%1 µs per commit").arg(journalMs, 0, 'f', 1));
    } else {
        out << "sd_journal_send: no journald runs here, not measured" << Qt::endl;
    }

    // The replay of `audit verify` over the whole trail.
    const QList<UserRecord> users = UserRepository(session->db()).list(&error);
    AuditVerifier verifier;
    t.restart();
    const AuditVerification v = verifier.run(session->db(), users, &error);
    const double replayMs = t.nsecsElapsed() / 1e6;
    line(QStringLiteral("AuditVerifier::run over %1 entries").arg(v.entries), replayMs,
         QStringLiteral("%1 µs per entry, %2")
             .arg(replayMs * 1000 / double(v.entries), 0, 'f', 1)
             .arg(v.intact ? QStringLiteral("intact") : v.problem));
    t.restart();
    const auto full = AuditService(*session).verify(&error);
    const double fullMs = t.nsecsElapsed() / 1e6;
    QStringList witnesses;
    if (full) {
        for (const WitnessCheck& w : full->witnesses)
            witnesses << QStringLiteral("%1=%2").arg(w.name).arg(
                w.state == WitnessCheck::State::Consistent    ? QStringLiteral("consistent")
                : w.state == WitnessCheck::State::Contradicts ? QStringLiteral("contradicts")
                                                              : QStringLiteral("unavailable"));
    }
    line(QStringLiteral("AuditService::verify (with the witnesses)"), fullMs,
         witnesses.join(QStringLiteral(", ")));
    return 0;
}

#pragma once

#include "core/Error.h"
#include "services/audit/AuditVerifier.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace tallenne {

class Session;

/// `audit verify` on a thread of its own, for the console: the permission check
/// (ReadAuditTrail) on the session's thread, then the chain and its witnesses read over a
/// connection of its own with a copy of the register key (in locked memory, wiped when the run
/// ends), with progress; the `audit.verify` entry is written on the session's thread once it
/// finished. Deleting the task cancels the run and waits for it.
class AuditVerifyTask : public QObject
{
    Q_OBJECT

public:
    /// Starts verifying; nullptr with the error (PermissionDenied for roles other than
    /// administrator) when it may not.
    [[nodiscard]] static std::unique_ptr<AuditVerifyTask> start(Session& session, Error* error);
    ~AuditVerifyTask() override;

    /// Stops the run at its next progress point; finished() follows with a Usage error.
    void cancel();
    /// True until finished() was emitted.
    [[nodiscard]] bool isRunning() const { return !m_finished; }
    /// After finished(): the result, or nullopt with error().
    [[nodiscard]] const std::optional<AuditVerification>& result() const { return m_result; }
    [[nodiscard]] const Error& error() const { return m_error; }

signals:
    /// Entries read so far of about `total` (the chain's length when the run began).
    void progress(qint64 done, qint64 total);
    void finished();

private:
    struct Outcome
    {
        std::optional<AuditVerification> result;
        Error error;
    };

    AuditVerifyTask(Session& session, QObject* parent = nullptr);
    void done();

    Session& m_session;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    std::optional<AuditVerification> m_result;
    Error m_error;
    bool m_finished = false;
};

} // namespace tallenne

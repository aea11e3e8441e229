#include "services/audit/AuditVerifyTask.h"

#include "services/AuditService.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QtConcurrent>

namespace tallenne {

AuditVerifyTask::AuditVerifyTask(Session& session, QObject* parent)
    : QObject(parent), m_session(session)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &AuditVerifyTask::done);
}

AuditVerifyTask::~AuditVerifyTask()
{
    cancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

std::unique_ptr<AuditVerifyTask> AuditVerifyTask::start(Session& session, Error* error)
{
    auto input = AuditService(session).prepareCheck(std::nullopt, error);
    if (!input)
        return nullptr;
    Error headError;
    const auto head = AuditLog(session.db()).head(&headError);
    // A purged trail starts after entry 1: count what is there.
    const qint64 first = AuditLog(session.db()).firstSequence(&headError);
    const qint64 total = head && first > 0 ? head->sequence - first + 1 : 0;
    std::unique_ptr<AuditVerifyTask> task(new AuditVerifyTask(session));
    // The worker's own copy of the key: the session's stays on its thread.
    auto key = std::make_shared<SecretBytes>(session.dataKey().clone());
    // The destructor waits for the run, so the task outlives every use of this pointer there.
    AuditVerifyTask* self = task.get();
    const auto cancelled = task->m_cancelled;
    task->m_watcher.setFuture(QtConcurrent::run([input = *input, key, self, cancelled, total] {
        Outcome out;
        {
            auto database = Database::open(input.paths.database(), *key,
                                           Database::Mode::OpenExisting, &out.error);
            key->clear();
            if (!database)
                return out;
            out.result = AuditService::check(database->db(), input, &out.error, [&](qint64 done) {
                // Queued to the task's thread; dropped if the task is gone by then.
                QMetaObject::invokeMethod(
                    self, [self, done, total] { emit self->progress(done, std::max(done, total)); },
                    Qt::QueuedConnection);
                return !cancelled->load();
            });
        }
        return out;
    }));
    return task;
}

void AuditVerifyTask::cancel()
{
    m_cancelled->store(true);
}

void AuditVerifyTask::done()
{
    Outcome out = m_watcher.result();
    m_error = out.error;
    m_result = std::move(out.result);
    // Recorded on the session's thread, after the run (it does not verify its own entry).
    if (m_result && !AuditService(m_session).recordVerification(*m_result, &m_error))
        m_result.reset();
    m_finished = true;
    emit finished();
}

} // namespace tallenne

#pragma once

#include "core/Error.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace tallenne {

class Session;

/// What an administrator imports without the lookup key cannot be found by identifiers until
/// someone indexes it: calls (`caller_pending`), chats (`identifiers_pending`) and subject
/// identifiers without a `lookup` (docs/security.md, "Writers without the lookup key"). A
/// session that holds both the identifier and the lookup key (a privacy officer) opens the
/// sealed values, indexes them, links the data subjects, and clears the marks. It runs a
/// little at every such login, and wholly before a search that must find everything
/// (SubjectService::find, the call list's phone filter).
class IndexService
{
    Q_DECLARE_TR_FUNCTIONS(IndexService)

public:
    explicit IndexService(Session& session);

    /// Rows waiting to be indexed (any session may ask: counts only).
    [[nodiscard]] std::optional<qint64> pending(Error* error) const;
    /// Whether this session can index (holds the identifier and the lookup key).
    [[nodiscard]] bool canIndex() const;
    /// Indexes up to `limit` waiting rows (0: all), in batches with their audit entries
    /// ("index.catch_up", counts only). Returns how many were done; 0 without error when the
    /// session cannot index.
    [[nodiscard]] std::optional<qint64>
    catchUp(qint64 limit, const std::function<void(qint64 done, qint64 total)>& progress,
            Error* error);

private:
    [[nodiscard]] std::optional<qint64> calls(qint64 limit, Error* error);
    [[nodiscard]] std::optional<qint64> chats(qint64 limit, Error* error);
    [[nodiscard]] std::optional<qint64> identifiers(qint64 limit, Error* error);

    Session& m_session;
};

} // namespace tallenne

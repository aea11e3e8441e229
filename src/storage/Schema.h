#pragma once

#include "crypto/SealedField.h"
#include "storage/Migrations.h"

namespace tallenne {

/// The register's schema as numbered migrations. Append new steps; never edit a
/// released one.
class Schema
{
public:
    [[nodiscard]] static QList<Migration> migrations();

    // One function per area, each in its own file (SchemaData.cpp, …), so areas grow apart.
    [[nodiscard]] static Migration registerData();          ///< version 2
    [[nodiscard]] static QList<Migration> profile();        ///< version 3
    [[nodiscard]] static QList<Migration> coaching();       ///< version 4
    [[nodiscard]] static QList<Migration> callLegs();       ///< version 5
    [[nodiscard]] static Migration auditSignatures();       ///< version 6
    [[nodiscard]] static QList<Migration> capabilityKeys(); ///< version 7
    [[nodiscard]] static QList<Migration> chatStems();      ///< version 8
    [[nodiscard]] static QList<Migration> retention();      ///< versions 9-10: legal holds, purge
    [[nodiscard]] static Migration auditCheckpoints();      ///< version 11
    [[nodiscard]] static Migration accessRequests();        ///< version 12
    [[nodiscard]] static Migration quality();               ///< version 13
    [[nodiscard]] static Migration recordingDigests();      ///< version 14
    [[nodiscard]] static Migration callCounts();            ///< version 15
    [[nodiscard]] static Migration chatSearchOrder();       ///< version 16
    [[nodiscard]] static Migration auditCount();            ///< version 17

    /// The chat search index's docid of a message (schema 16): its time and id in one
    /// number, so the index's order is the newest-first order of (sent_at, id) and FTS4 walks
    /// the hits newest first. The time is clamped to [-2^32, 2^33) s (1833 to 2242), the id
    /// must be under 2^30.
    [[nodiscard]] static qint64 chatSearchKey(qint64 sentAt, qint64 messageId);
    /// The same in SQL, of the two expressions given.
    [[nodiscard]] static QString chatSearchKeySql(const QString& sentAt, const QString& id);
    /// The message id of a docid of the chat search index (SQL, of the docid expression).
    [[nodiscard]] static QString chatSearchIdSql(const QString& docid);

    /// Version 1 of the identifier, lookup and recordings keys, sealed to every key slot
    /// identity whose user's roles carry them (and to the recovery slot; the first
    /// administrators carry all while no privacy officer exists). Returns the secrets for
    /// the caller to seal existing data with, then wipe.
    struct CapabilityKeys
    {
        CapabilityKeyPair identifiers;
        CapabilityKeyPair recordings;
        SecretBytes lookup;
    };
    [[nodiscard]] static std::optional<CapabilityKeys> createCapabilityKeys(QSqlDatabase& db,
                                                                            Error* error);

    /// Seals what plaintext identifiers rows of calls, chats and chat messages hold (the
    /// callers, nicknames and message text; the blind index under `lookup`), as step 7 does
    /// for a register written before it. For rows written straight by SQL (tests, step 7).
    [[nodiscard]] static bool sealPlainCallsAndChats(QSqlDatabase& db,
                                                     const SealedFieldWriter& identifiers,
                                                     const SecretBytes& lookup, Error* error);

    /// The region national phone numbers are read in: the profile's phone_region, else FI.
    [[nodiscard]] static QString profilePhoneRegion(QSqlDatabase& db);
};

} // namespace tallenne

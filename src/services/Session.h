#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Permissions.h"
#include "crypto/KeyRing.h"
#include "crypto/SecretBytes.h"
#include "crypto/SigningKey.h"
#include "services/RegisterEvents.h"
#include "services/RegisterPaths.h"
#include "storage/AuditLog.h"
#include <QCoreApplication>

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace tallenne {

class Database;
class KeySlotFile;
class TransactionGuard;

/// How a register is opened: keychain timeout, and the KDF cost for new slots.
struct VaultOptions
{
    bool bindToWorkstation = true; ///< for new registers: mix the keychain secret into slots
    int keychainTimeoutMs = 10000;
    bool fastKdfForTests = false; ///< library-minimum Argon2id; tests only
};

/// What a login is for (Session::login).
enum class LoginPurpose
{
    Work,    ///< the console's and the commands' work: everything a login does
    Inspect, ///< `verify`: a register that may be damaged. Once the password and the user's
             ///< record have proved who logs in, what fails after (their keys, the login's
             ///< audit entry) is noted in openProblems() instead of refusing the login, and
             ///< the login's own upkeep (pending grants, rotations, indexing) is left to the
             ///< next ordinary login: verify changes nothing but the audit trail.
};

/// A logged-in user's open register. Holds the data key (in locked memory) and the database
/// connection until lock() or destruction. Every service takes a Session and calls
/// require() before it reads or changes anything, and audit() in the same transaction.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    /// Unlocks the register with the user's password: throttle check, key slot, database,
    /// migrations, and the audit entries of the login and of failed attempts since the last.
    [[nodiscard]] static std::unique_ptr<Session>
    login(const RegisterPaths& paths, const QString& userName, const SecretBytes& password,
          const Clock& clock, const VaultOptions& options, Error* error,
          LoginPurpose purpose = LoginPurpose::Work);
    /// What an inspecting login (LoginPurpose::Inspect) could not do, for people; empty
    /// otherwise.
    [[nodiscard]] const QStringList& openProblems() const { return m_openProblems; }
    /// What an ordinary login found wrong with the register it opened (RegisterOpenCheck:
    /// lost changes of the write-ahead log, the audit trail's numbering, the key slots, the
    /// recordings' files), for people; empty when nothing. The login works regardless: the
    /// console and the commands say it, `verify` tells the rest. The purge does not run while
    /// there are any (PurgeService::begin). The unattended session checks the same.
    [[nodiscard]] const QStringList& openWarnings() const { return m_openWarnings; }
    /// Whether the recordings' files were checked yet (RegisterOpenCheck::checkRecordingFiles:
    /// not at login, it costs a stat per file); what that found is in openWarnings().
    [[nodiscard]] bool recordingFilesChecked() const { return m_recordingFilesChecked; }
    /// What the check of the recordings' files found, added to openWarnings().
    void noteRecordingFileCheck(const QStringList& found)
    {
        m_openWarnings += found;
        m_recordingFilesChecked = true;
    }

    /// Opens the register with its unattended key slot (DESIGN.md: the scheduled purge with no
    /// one logged in): the slot's secret from this machine's OS keychain, never from a person.
    /// The session has no user ("-") and no role, so require() refuses it everything; only
    /// PurgeService accepts it (isUnattended()). Its audit entries are signed by the slot's
    /// identity (author `slot:unattended`, roles "unattended"). ErrorKind::RefusedByRule when the
    /// register has no unattended slot, Environment when the keychain lacks its secret.
    [[nodiscard]] static std::unique_ptr<Session> openUnattended(const RegisterPaths& paths,
                                                                 const Clock& clock,
                                                                 const VaultOptions& options,
                                                                 Error* error);
    /// True for a session opened by openUnattended(): it may purge and nothing else.
    [[nodiscard]] bool isUnattended() const { return m_unattended; }

    [[nodiscard]] const QString& userName() const { return m_userName; }
    [[nodiscard]] Roles roles() const { return m_roles; }
    [[nodiscard]] const RegisterPaths& paths() const { return m_paths; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] const VaultOptions& options() const { return m_options; }
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QSqlDatabase db() const;
    [[nodiscard]] Database& database();
    /// The data key, for wrapping it into new slots (admin services only).
    [[nodiscard]] const SecretBytes& dataKey() const { return m_dataKey; }
    /// The capability keys sealed to this user (identifiers, lookup, recordings), by version.
    [[nodiscard]] const KeyRing& keys() const { return m_keys; }
    [[nodiscard]] KeyRing& keys() { return m_keys; }
    /// The user's audit signing key, derived from their slot's identity at login (see
    /// SigningKey); every entry this session writes is signed with it.
    [[nodiscard]] const SigningKey& signingKey() const { return m_signingKey; }
    /// After the user changed their own password: the new identity's signing key.
    void replaceSigningKey(SigningKey key) { m_signingKey = std::move(key); }

    /// True when the roles allow it. Otherwise writes a `permission.denied` audit entry
    /// (its own transaction), sets ErrorKind::PermissionDenied and returns false.
    [[nodiscard]] bool require(Permission permission, const QString& action, const QString& object,
                               Error* error);
    /// Writes the `permission.denied` entry of a refusal (`action=… ` then `why`, key=value
    /// pairs such as "reason=restricted") in a transaction of its own; a failure to write it is
    /// logged, never returned: the refusal stands either way.
    void auditRefusal(const QString& action, const QString& object, const QString& why);
    /// Appends an audit entry, signed with signingKey(), in the caller's open transaction (or on
    /// its own).
    [[nodiscard]] bool audit(const QString& action, const QString& object, const QString& details,
                             Error* error, const QString& purpose = {});
    /// Mirrors the chain head into keyslots.json; call after the transaction committed.
    [[nodiscard]] bool syncAuditAnchor(Error* error);
    /// Moves the file's anchor to the chain head, but only while the chain still holds the
    /// entry the anchor names: after tampering the old anchor stays as evidence for verify.
    /// `written` is the last entry this process committed: when the chain no longer holds it
    /// (its tail was cut or the entry edited since), the anchor names it instead of the
    /// shorter head, so verify reports the cut.
    [[nodiscard]] static bool advanceAnchor(QSqlDatabase db, KeySlotFile& file, Error* error,
                                            const std::optional<AuditHead>& written = {});
    /// Commits a transaction whose only change is its audit entry of a reading (a search, a
    /// call or chat opened): the anchor in keyslots.json follows later, in a batch
    /// (docs/security.md "The anchor, batched"): after AnchorBatchEntries such entries, after
    /// AnchorBatchMs, at the next commit(), at lock() and when the session ends, whichever
    /// comes first. Browsing then costs no rewrite and fsync of keyslots.json per row.
    [[nodiscard]] bool commitReading(TransactionGuard& transaction, Error* error);
    /// Moves the anchor now if readings committed since it last moved (see commitReading()).
    [[nodiscard]] bool flushAuditAnchor(Error* error);
    /// Entries committed by commitReading() that the anchor does not cover yet.
    [[nodiscard]] int unanchoredEntries() const { return m_unanchored; }
    static constexpr int AnchorBatchEntries = 256;
    static constexpr int AnchorBatchMs = 2000;
    /// Commits the guard's transaction and then mirrors the audit head (the way every
    /// service ends a change).
    [[nodiscard]] bool commit(TransactionGuard& transaction, Error* error);
    /// The same, and announces `changed` to the views once committed (RegisterEvents).
    [[nodiscard]] bool commit(TransactionGuard& transaction, Error* error, Changes changed);

    /// Wipes the data key, the signing key and the capability keys and closes the
    /// database. The session is unusable afterwards.
    void lock();

    /// The register's change notification: services announce what they changed after it
    /// committed; views listen (see RegisterEvents).
    [[nodiscard]] RegisterEvents& events() const { return *m_events; }

    /// The playback purpose the user declared (PlaybackPurposes::id) and its access request,
    /// kept for the session: every player of the console uses it, none asks again.
    [[nodiscard]] const QString& playbackPurpose() const { return m_playbackPurpose; }
    [[nodiscard]] const QString& playbackRequestId() const { return m_playbackRequestId; }
    void setPlaybackPurpose(const QString& purposeId, const QString& accessRequestId)
    {
        m_playbackPurpose = purposeId;
        m_playbackRequestId = accessRequestId;
    }

    /// Replaces the data key after a rekey (AdminService).
    void replaceDataKey(SecretBytes key) { m_dataKey = std::move(key); }

private:
    Session(RegisterPaths paths, const Clock& clock, VaultOptions options);

    RegisterPaths m_paths;
    const Clock& m_clock;
    VaultOptions m_options;
    QString m_userName;
    Roles m_roles;
    SecretBytes m_dataKey;
    KeyRing m_keys;
    SigningKey m_signingKey;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RegisterEvents> m_events;
    QString m_playbackPurpose;
    QString m_playbackRequestId;
    QStringList m_openProblems;
    bool m_recordingFilesChecked = false;
    QStringList m_openWarnings;
    bool m_unattended = false;
    std::optional<AuditHead> m_lastAppended;  ///< by audit(), committed or not
    std::optional<AuditHead> m_lastCommitted; ///< by commitReading(), not anchored yet
    int m_unanchored = 0;
    qint64 m_unanchoredSinceMs = 0; ///< the clock's time (ms) when the first of them committed
    bool m_flushScheduled = false;
};

} // namespace tallenne

#include "storage/Schema.h"

namespace tallenne {

// Version 14: each recording's row keeps the BLAKE2b-256 of its encrypted file, so `verify`
// can tell an altered, damaged or swapped file without the file key (an administrator holds
// no recordings key after the handover). Rows written before stay NULL: verify says they were
// checked for presence and size only unless the verifying user holds the recordings key.
Migration Schema::recordingDigests()
{
    return Migration::fromSql(
        14, QStringLiteral("digests of the encrypted recording files"),
        {QStringLiteral("ALTER TABLE recordings ADD COLUMN file_digest BLOB")});
}

} // namespace tallenne

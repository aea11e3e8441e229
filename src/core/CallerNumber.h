#pragma once

#include <QString>

namespace tallenne {

/// How a call's caller (the outside party, as the importer stores it) is kept under the keys
/// of DESIGN.md: an E.164 number is personal data, shown masked to everyone and sealed under
/// the identifier key, and indexed (lookup key) so it can be found; an extension (`201`) or a
/// word Asterisk writes (`anonymous`, `s`) is no one's number and stays as it is; anything
/// else with a digit in it is treated as personal data that cannot be read as a number
/// (sealed, shown as `***`, not indexed).
struct CallerForm
{
    QString shown;        ///< what every role sees (the `caller` column)
    bool sealed = false;  ///< the full value goes under the identifier key
    bool indexed = false; ///< an identifier of kind "phone" in the blind index

    [[nodiscard]] static CallerForm of(const QString& caller);
};

} // namespace tallenne

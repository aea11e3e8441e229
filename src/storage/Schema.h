#pragma once

#include "storage/Migrations.h"

namespace tallenne {

/// The register's schema as numbered migrations. Append new steps; never edit a
/// released one.
class Schema
{
public:
    [[nodiscard]] static QList<Migration> migrations();
};

} // namespace tallenne

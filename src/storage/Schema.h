#pragma once

#include "storage/Migrations.h"

namespace tallenne {

/// The register's schema as numbered migrations. Append new steps; never edit a
/// released one.
class Schema
{
public:
    [[nodiscard]] static QList<Migration> migrations();

    // One function per area, each in its own file (SchemaData.cpp, …), so areas grow apart.
    [[nodiscard]] static Migration registerData();    ///< version 2
    [[nodiscard]] static QList<Migration> profile();  ///< version 3
    [[nodiscard]] static QList<Migration> coaching(); ///< version 4
    [[nodiscard]] static QList<Migration> callLegs(); ///< version 5
    [[nodiscard]] static Migration auditSignatures(); ///< version 6
};

} // namespace tallenne

#pragma once

#include <QString>

namespace tallenne {

/// The application's version, from the CMake project version.
QString applicationVersion();
/// "Tallenne" — the product name, never translated.
QString applicationName();

} // namespace tallenne

#pragma once

namespace tallenne {

/// Called first thing in main(): no core dumps (they would hold keys and personal data),
/// and the process is not dumpable or traceable by other unprivileged processes.
/// Returns false if the kernel refused; the caller carries on but warns.
[[nodiscard]] bool disableCoreDumps();

} // namespace tallenne

#pragma once

// What a sanitizer build changes for a test.

namespace tallenne::test {

/// Whether this build runs under AddressSanitizer (GCC and clang define __SANITIZE_ADDRESS__).
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool underAddressSanitizer = true;
#else
inline constexpr bool underAddressSanitizer = false;
#endif

/// Whether a process's peak memory says anything about the program: AddressSanitizer keeps
/// freed blocks in a quarantine (256 MiB by default) and pads every block, so under it a peak
/// says nothing about what the program holds. The normal build judges peaks; a sanitizer build
/// still checks everything else.
inline constexpr bool peakMemoryIsMeaningful = !underAddressSanitizer;

} // namespace tallenne::test

#pragma once

// What every fuzz target shares: a QCoreApplication once (tr(), time zones and locale work as
// in the programs), and the input as a QByteArray.

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace tallenne::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "tallenne-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    (void)app;
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// A broken promise of the code under test (not a refusal of bad input): abort, so libFuzzer
/// keeps the input as a crash.
[[noreturn]] inline void broken(const char* what)
{
    std::fprintf(stderr, "broken promise: %s\n", what);
    std::abort();
}

} // namespace tallenne::fuzz

#pragma once

// What the libFuzzer harnesses share (docs/fuzzing.md): the Qt application, a store in a
// temporary folder of the process's own, and a check that turns a broken promise into a crash
// libFuzzer keeps.

#include "common/Clock.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

// A parser's promise that does not hold is a finding, like a sanitizer report: abort, so that
// libFuzzer saves the input.
#define FUZZ_CHECK(condition, promise)                                                             \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "FUZZ_CHECK failed (%s:%d): %s\n", __FILE__, __LINE__, promise);  \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace astro::fuzz {

// Created once per process, before any Qt call that needs an application (SQL drivers).
inline QCoreApplication& application()
{
    // The engine's tests run in Toronto; so do the harnesses, whatever the machine says.
    qputenv("TZ", "America/Toronto");
    static int argc = 1;
    static char name[] = "astro-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

// The only folder a harness writes in; removed when the process exits.
inline const QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "astro-fuzz: cannot make a temporary folder\n");
        std::abort();
    }
    return dir;
}

// A new store in the scratch folder, at a fixed time (the demo's November 2026) so that every
// run of an input takes the same paths.
inline std::unique_ptr<Store> openStore(const char* fileName)
{
    application();
    const auto clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC));
    auto store = Store::open(scratch().filePath(QLatin1String(fileName)), clock);
    if (!store) {
        std::fprintf(stderr, "astro-fuzz: cannot open the store: %s\n",
                     qPrintable(store.error().message));
        std::abort();
    }
    return std::move(store).value();
}

// Stops the harness at once when setting up its store fails: a broken set-up is not a finding.
inline void require(const Status& status, const char* what)
{
    if (!status) {
        std::fprintf(stderr, "astro-fuzz: %s: %s\n", what, qPrintable(status.error().message));
        std::abort();
    }
}

// libFuzzer's input as bytes, without a copy.
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

// The set-up every harness with a store shares: the application, then the store, made once
// before the first input.
#define ASTRO_FUZZ_INITIALIZE_WITH(makeStore)                                                      \
    extern "C" int LLVMFuzzerInitialize(int*, char***)                                             \
    {                                                                                              \
        astro::fuzz::application();                                                                \
        makeStore();                                                                               \
        return 0;                                                                                  \
    }

} // namespace astro::fuzz

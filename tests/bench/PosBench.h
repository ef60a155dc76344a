#pragma once

// The POS bridge measured (issue 13): the counter's copy of Astro's public API answered on
// 127.0.0.1 by a BridgeHost on its own thread and its own connection to the generated store, as
// the desktop app runs it; a POS's calls through the real HTTP transport.

#include "Generator.h"
#include "Measure.h"

#include "common/Result.h"

#include <QJsonObject>
#include <QString>

#include <cstdio>

class QCommandLineParser;

namespace astro {
class Store;
}

namespace bench {

// A POS sale: three lines (items on cards); the targets for it.
inline constexpr int posLinesPerCall = 3;
inline constexpr double posLatencyTargetMs = 20.0;       // p99, one call at a time
inline constexpr double posCallsPerSecondTarget = 200.0; // sustained, calls in flight

// The sizes of the POS measurements.
struct PosBenchConfig
{
    bool enabled = true;
    int calls = 1000;    // sequential timed addTransactionBatch calls (after the warm-up)
    int warmup = 20;     // untimed calls before them
    int seconds = 10;    // the throughput run
    int inFlight = 8;    // calls in flight during it
    int customers = 500; // POS customer ids the calls spread over
    quint64 seed = 0;    // picks the customers, items and lines

    static PosBenchConfig quickSizes()
    {
        PosBenchConfig c;
        c.calls = 200;
        c.seconds = 3;
        c.customers = 100;
        return c;
    }
};

// PosOutput.cpp: --pos-calls, --pos-seconds, --pos-in-flight, --pos-customers, --no-pos.
void addPosOptions(QCommandLineParser& parser);
// The sizes the options ask for, with the bench's --quick, --warmup and --seed (exits with
// status 64 on a bad value, as main's options do).
PosBenchConfig posConfigFrom(const QCommandLineParser& parser, const Config& config);

struct PosFigures
{
    PosBenchConfig config;
    double startSeconds = 0; // BridgeHost::apply (its own Store::open) until it listens
    double setupSeconds = 0; // the POS's token and its customers
    int linked = 0;          // existing customers (with history) linked to a POS id
    int added = 0;           // new customers added by the POS
    Stats searchUs;          // searchCustomer on an existing customer's phone (the first 25)
    Stats linkUs;            // linkCustomer (setup calls)

    // Sequential: one call at a time, the full HTTP round trip.
    Stats latencyUs;
    double cpuPerCallUs = 0; // the process's CPU time (client and bridge) per call
    int punchedLines = 0;    // lines that punched a card (or went to an offer)

    // Throughput: `inFlight` calls at a time for `seconds`.
    int calls = 0;
    double seconds = 0; // from the first call to the last answer
    double callsPerSecond = 0;
    double linesPerSecond = 0;
    Stats loadedUs; // round trips under that load
    double loadedCpuPerCallUs = 0;

    int failures = 0; // calls not answered 100, or with a line not 100 (must be 0)
    QString firstFailure;
    qint64 linesAnswered = 0; // lines answered 100 by the timed and warm-up calls
    qint64 linesRecorded = 0; // scans in the store with those transactionIDs (must be equal)
    double totalSeconds = 0;
    double loadBefore = 0; // load average (1 minute) before and after
    double loadAfter = 0;
};

// Runs the bridge on the store file at `databasePath` (`store` is the bench's own connection to
// it, for the POS account and the customers to pick) and measures a POS's calls.
astro::Result<PosFigures> measurePos(const PosBenchConfig& pos, astro::Store& store,
                                     const QString& databasePath);

// PosOutput.cpp: the table's lines; returns whether the targets are met (a missed target is
// only reported: main decides the exit status).
bool printPos(FILE* table, const PosFigures& figures);
// The "pos" object of the JSON output.
QJsonObject posJson(const PosFigures& figures);

} // namespace bench

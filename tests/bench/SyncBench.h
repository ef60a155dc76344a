#pragma once

#include "Generator.h"

#include "common/Result.h"

#include <QString>

namespace bench {

// The sizes of the sync measurements.
struct SyncBenchConfig
{
    int events = 10000;    // events a counter pushes in the timed round
    int products = 100000; // products in the catalog a fresh counter pulls
    int counters = 50;     // counters pushing at once; `events` is spread over them
    QString server;        // the astro-server program

    static SyncBenchConfig quickSizes()
    {
        SyncBenchConfig c;
        c.events = 2000;
        c.products = 20000;
        c.counters = 50;
        return c;
    }
};

struct SyncFigures
{
    // Events pushed: a fresh counter's log, sent by one SyncEngine::run to a fresh server.
    int events = 0;         // accepted by the server in the timed round
    int requests = 0;       // ext_pushEvents requests it took (at most 500 events each)
    int customers = 0;      // of the log: new customers,
    int visits = 0;         // visits,
    int scans = 0;          // and scans
    double pushSeconds = 0; // the whole round, wall clock
    double eventsPerSecond = 0;
    double logSeconds = 0;       // of which the store's log (ext_pushEvents),
    double logServerSeconds = 0; // waiting for the server's answers to it
    double publicSeconds = 0;    // and Astro's public calls
    int publicRequests = 0;      // requests of the round besides the log's
    int publicEvents = 0;        // events Astro took through them

    // Catalog pull: a fresh counter's first round (full download and import), then its second
    // (an empty delta).
    int products = 0;
    int programs = 0;
    int cards = 0;
    qint64 documentBytes = 0;
    double publishSeconds = 0; // astro-server start with the document, until it listens
    double firstPullSeconds = 0;
    int firstPullEntries = 0;
    double secondPullSeconds = 0;
    int secondPullEntries = 0;

    // Many counters at once: fresh counters (each its own store, device id, token and day of
    // `events / counters` events) run one SyncEngine::run each at the same moment, each on its
    // own thread, against one fresh server.
    struct Many
    {
        int counters = 0;
        int failed = 0;            // rounds that failed or left events unsent (must be 0)
        int events = 0;            // accepted by the server, all counters together
        int pulled = 0;            // other counters' events the rounds brought back and applied
        int requests = 0;          // calls of all the rounds (each timed: requestMs)
        int publicEvents = 0;      // events Astro took through its public calls
        double prepareSeconds = 0; // the counters' setup and days, untimed
        double seconds = 0;        // from the start signal to the last counter's end
        double eventsPerSecond = 0;
        double sentSeconds = 0; // until the last counter had sent its log and public calls
        double sentEventsPerSecond = 0;
        double roundP50Seconds = 0; // one counter's round, the median
        double requestP50Ms = 0;    // over every call of every counter
        double requestP99Ms = 0;
        double requestMaxMs = 0;
    } many;

    double totalSeconds = 0; // everything, setup included
};

// Both measurements against the real astro-server on a loopback port, with their own stores
// and server databases in `dir`. The catalogs are the generator's (catalogDocument()) with the
// seed and program sizes of `config`.
astro::Result<SyncFigures> measureSync(const Config& config, const SyncBenchConfig& sync,
                                       const QString& dir);

} // namespace bench

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
    QString server;        // the astro-server program

    static SyncBenchConfig quickSizes()
    {
        SyncBenchConfig c;
        c.events = 2000;
        c.products = 20000;
        return c;
    }
};

struct SyncFigures
{
    // Events pushed: a fresh counter's log, sent by one SyncEngine::run to a fresh server.
    int events = 0;         // accepted by the server in the timed round
    int requests = 0;       // push requests it took (runs of one endpoint, at most 500 events)
    int customers = 0;      // of the log: new customers,
    int visits = 0;         // visits,
    int scans = 0;          // and scans
    double pushSeconds = 0; // the whole round, wall clock
    double eventsPerSecond = 0;

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

    double totalSeconds = 0; // everything, setup included
};

// Both measurements against the real astro-server on a loopback port, with their own stores
// and server databases in `dir`. The catalogs are the generator's (catalogDocument()) with the
// seed and program sizes of `config`.
astro::Result<SyncFigures> measureSync(const Config& config, const SyncBenchConfig& sync,
                                       const QString& dir);

} // namespace bench

#pragma once

// What the sync measurements share (SyncBench.cpp, ManyCounters.cpp): the astro-server process,
// a fresh counter store configured for it, and a counter's day written through the engine.

#include "Generator.h"

#include "common/Result.h"
#include "domain/Actor.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace astro {
class Store;
namespace sync {
class SyncEngine;
}
} // namespace astro

namespace bench {

inline double secondsOf(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// The real astro-server on a free loopback port, with its own database in `dir`.
class Server
{
public:
    ~Server() { stop(); }

    astro::Status start(const QString& program, const QString& dir, const QStringList& flags,
                        int timeoutMs);
    void stop();
    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QString m_log;
    QUrl m_url;
};

// A fresh counter: its store (with its own device id), an Admin and a Cashier at the bench
// location, and its sync engine pointed at the server.
struct Counter
{
    Counter();
    Counter(Counter&&) noexcept;
    Counter& operator=(Counter&&) noexcept;
    ~Counter();

    std::unique_ptr<astro::Store> store;
    std::unique_ptr<astro::sync::SyncEngine> engine;
    astro::Actor admin;
    astro::Actor cashier;
};

// Opens (creates) the store at `path`, adds the users (without `withCashier`, the Admin also
// rings up: each user costs a PIN hash, about 0.15 s) and configures the sync with demo/demo
// (which signs in once: the counter has its own token).
astro::Result<Counter> openCounter(const QString& path, const QUrl& server,
                                   bool withCashier = true);

// The location runs every program and offer of the catalog, with the first distributor that
// may fulfill it.
astro::Status enrollEverything(Counter& c);

// What a written day holds.
struct DayCounts
{
    int customers = 0; // new customers
    int visits = 0;
    int scans = 0;
};

// A counter's day, through the engine's own services: visits of 1 to 3 scans (one in ten with
// 2 units) of items on cards, one visit in ten for a new customer, until the log holds
// `events` unsent events. The new customers' phones are 416 + `phoneBase` + n (counters of one
// server use distinct bases). Written without fsync (the log is the same); the timed round runs
// with the app's settings.
astro::Status writeDay(Counter& c, int events, quint64 seed, DayCounts& counts,
                       int phoneBase = 2000000);

// Writes the generator's catalog for `sizes` to `path`; `bytes` is its size.
astro::Result<QString> writeCatalog(const Config& sizes, const QString& path, qint64& bytes);

} // namespace bench

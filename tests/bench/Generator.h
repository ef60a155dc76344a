#pragma once

#include "common/Result.h"

#include <QString>

#include <utility>
#include <vector>

namespace astro {
class Store;
}

namespace bench {

// The size of the generated store and of the measurements.
struct Config
{
    int products = 100000;
    int programs = 500;
    int cardsPerProgram = 10;
    int customers = 500000;
    qint64 punches = 5000000; // historical punch rows
    int scans = 2000;         // timed scans (and as many floor commits)
    int samples = 2000;       // timed lookups of each kind and reward choices
    int warmup = 20;          // untimed calls before each measurement
    quint64 seed = 20261116;
    bool quick = false;

    // The --quick smoke-test sizes: a few seconds end to end.
    static Config quickSizes()
    {
        Config c;
        c.quick = true;
        c.products = 5000;
        c.programs = 20;
        c.customers = 20000;
        c.punches = 100000;
        c.scans = 200;
        c.samples = 200;
        return c;
    }
};

struct GenerationReport
{
    double seconds = 0;
    long peakRssKb = 0;                             // getrusage ru_maxrss at the end of generation
    std::vector<std::pair<QString, double>> phases; // name, seconds
};

// Fills a fresh, migrated store with a chain-sized catalog, customers and history. Programs,
// cards, offers and distributors go through a catalog document and CatalogImporter; users
// through UserStore; enrollments through EnrollmentService; products, customers and the
// history (visits, scans, punches, rewards, redemptions, credit batches) are written as rows
// with prepared multi-row INSERTs, consistent with the schema and with the engine's card replay.
class Generator
{
public:
    Generator(const Config& config, astro::Store& store) : m_config(config), m_store(store) {}

    astro::Result<GenerationReport> run();

private:
    const Config& m_config;
    astro::Store& m_store;
};

// The catalog of a store generated with `config` (only its catalog sizes and seed matter): the
// same products, descriptions, programs, cards, offers, distributors and location, as one
// catalog document (docs/catalog-format.md) for a server to publish. Its dates follow today's.
astro::Result<QByteArray> catalogDocument(const Config& config);

// The store's single location and the users the generator creates.
QString benchLocationId();
QString benchCashierName();

} // namespace bench

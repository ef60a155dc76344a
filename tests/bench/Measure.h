#pragma once

#include "Stats.h"

#include "Generator.h"
#include "SqlProfiler.h"

#include "common/Result.h"
#include "domain/Actor.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace astro {
class Database;
}

namespace bench {

// One timed call: wall-clock time, the measuring thread's CPU time (which excludes waiting for
// the disk and for other processes), and how often the kernel preempted the thread meanwhile.
struct Sample
{
    double wallUs = 0;
    double cpuUs = 0;
    long preemptions = 0;
    bool checkpointed = false; // the commit also ran a WAL checkpoint into the database file
};

struct Measurement
{
    QString key;   // JSON name
    QString label; // table row
    Stats stats;   // wall-clock
    Stats cpu;     // thread CPU time
    double preemptionsPerCall = 0;
    int checkpoints = -1;    // durable calls: how many ran a WAL checkpoint (-1: n/a)
    Stats checkpointed;      // wall-clock of those
    Stats withoutCheckpoint; // wall-clock of the others
    double ratioP50 = 0;     // to the floor's p50
    double ratioP99 = 0;     // to the floor's p99
    QString target;          // as printed
    std::optional<bool> met;
    QString note;
};

// One measured call under the SQL profiler: where its time goes, statement by statement.
struct ProfileSection
{
    QString label;
    int calls = 0;
    double meanCallUs = 0;
    std::vector<SqlProfiler::Statement> statements; // most total time first
    std::vector<QStringList> plans;                 // EXPLAIN QUERY PLAN of the first ones
};

// Runs the measurements on an opened store (the app's own settings, the real clock).
class Measurer
{
public:
    Measurer(const Config& config, astro::Store& store, QString floorPath);
    ~Measurer();

    astro::Status prepare();
    astro::Result<std::vector<Measurement>> run();
    astro::Result<std::vector<ProfileSection>> profile(int calls);

private:
    astro::Result<Sample> floorOnce();
    template <typename Call> auto durable(const QString& path, Sample& sample, Call call);
    astro::Status scanRound(Sample& scan, Sample* floor);
    astro::Result<Sample> lookupOnce(const QString& query, qint64& rows);
    astro::Result<Sample> rewardsOnce(std::size_t pair, qint64& items);
    astro::Result<std::vector<Measurement>> backOffice();

    const Config& m_config;
    astro::Store& m_store;
    QString m_floorPath;
    std::unique_ptr<astro::Database> m_floor;
    astro::Actor m_cashier;
    QStringList m_upcs;
    qint64 m_maxCustomer = 0;
    std::vector<std::pair<qint64, QString>> m_openRewards;
    QStringList m_phoneQueries;
    QStringList m_nameQueries;
    std::vector<std::size_t> m_rewardPicks;
    quint64 m_state = 0; // random picks
    qint64 m_punchesMade = 0;
};

} // namespace bench

#include "Measure.h"
#include "MeasureTiming.h"

#include "Random.h"

#include "customers/CustomerStore.h"
#include "domain/Gtin.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "storage/Database.h"
#include "store/Store.h"
#include "users/UserStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sys/stat.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <thread>

namespace bench {

using namespace astro;

using timing::Series;
using timing::Timer;

namespace {

// In WAL mode only a checkpoint writes the database file itself: a commit that changed its
// modification time ran the automatic checkpoint.
qint64 modifiedNs(const QString& path)
{
    struct stat info
    {};
    if (stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
}

} // namespace

Measurer::Measurer(const Config& config, Store& store, QString floorPath)
    : m_config(config), m_store(store), m_floorPath(std::move(floorPath)),
      m_state(config.seed ^ 0xA0761D6478BD642FULL)
{}

Measurer::~Measurer() = default;

// Everything the measured calls need, read from the database (so --reuse works on any store
// this tool generated), and the floor's own database file next to it.
Status Measurer::prepare()
{
    Database& db = m_store.db();
    Rng rng(m_state);
    auto cashier = m_store.users().byName(benchCashierName());
    if (!cashier)
        return cashier.error();
    if (!cashier->has_value())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no user “%1”: not a store astro-bench generated")
                             .arg(benchCashierName()));
    m_cashier = Actor{(*cashier)->id, (*cashier)->name, (*cashier)->role, benchLocationId()};

    auto gtins = db.select(QStringLiteral("SELECT DISTINCT p.gtin FROM card_products cp JOIN "
                                          "products p ON p.id = cp.product_id WHERE p.active = 1 "
                                          "ORDER BY 1"));
    if (!gtins)
        return gtins.error();
    for (const Row& r : *gtins)
        m_upcs << Gtin::displayOf(r[0].toString()); // what the scanner reads: the UPC-A
    if (m_upcs.isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no product is on a card"));

    auto maxId = db.scalar(QStringLiteral("SELECT max(id) FROM customers"), {}, 0);
    if (!maxId)
        return maxId.error();
    m_maxCustomer = maxId->toLongLong();
    if (m_maxCustomer < 1)
        return makeError(ErrorCode::NotFound, QStringLiteral("no customers"));

    const int calls = m_config.warmup + m_config.samples;
    // Phone prefixes (6 digits: area code and exchange) and name prefixes (2 or 3 letters of
    // a last name, sometimes of a first name, typed as written) of customers that exist.
    while (m_phoneQueries.size() < calls || m_nameQueries.size() < calls) {
        auto row = db.selectOne(
            QStringLiteral("SELECT phone, first_name, last_name FROM customers WHERE id = ?"),
            {1 + qint64(rng.uniform() * double(m_maxCustomer))});
        if (!row)
            return row.error();
        if (!row->has_value())
            continue;
        const QString phone = (**row)[0].toString();
        if (phone.size() == 10 && m_phoneQueries.size() < calls)
            m_phoneQueries << phone.left(6);
        if (m_nameQueries.size() < calls) {
            const QString name = (**row)[rng.chance(0.7) ? 2 : 1].toString();
            m_nameQueries << name.left(rng.chance(0.5) ? 2 : 3);
        }
    }

    // Customers with a complete card whose reward is not redeemed yet.
    auto open = db.select(QStringLiteral(
        "SELECT DISTINCT r.customer_id, r.card_id FROM rewards r WHERE r.voided_at IS NULL AND "
        "r.units > (SELECT coalesce(sum(d.quantity), 0) FROM redemptions d WHERE d.reward_id = "
        "r.id AND d.undone_at IS NULL) ORDER BY 1, 2"));
    if (!open)
        return open.error();
    for (const Row& r : *open)
        m_openRewards.emplace_back(r[0].toLongLong(), r[1].toString());
    if (m_openRewards.empty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no customer has a complete card: generate more punches"));
    for (int i = 0; i < calls; ++i)
        m_rewardPicks.push_back(std::size_t(rng.below(int(m_openRewards.size()))));
    m_state = rng.next();

    QFile::remove(m_floorPath);
    QFile::remove(m_floorPath + QStringLiteral("-wal"));
    QFile::remove(m_floorPath + QStringLiteral("-shm"));
    auto floor = Database::openRaw(m_floorPath);
    if (!floor)
        return floor.error();
    m_floor = std::move(floor).value();
    for (const char* sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                            "CREATE TABLE floor (id INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                            "note TEXT NOT NULL)"})
        if (auto s = m_floor->execute(QString::fromLatin1(sql)); !s)
            return s;
    // Steady state, as in a store that has run for a while: the WAL file already has its full
    // size (a checkpoint's worth of pages), so commits overwrite it instead of growing it.
    for (const char* sql :
         {"BEGIN IMMEDIATE",
          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1100) "
          "INSERT INTO floor (at, note) SELECT '', hex(randomblob(1800)) FROM n",
          "DELETE FROM floor", "COMMIT", "PRAGMA wal_checkpoint(PASSIVE)"})
        if (auto s = m_floor->execute(QString::fromLatin1(sql)); !s)
            return s;
    return {};
}

// Times a durable call and notes whether its commit ran a checkpoint into `path`.
template <typename Call> auto Measurer::durable(const QString& path, Sample& sample, Call call)
{
    const qint64 before = modifiedNs(path);
    const Timer timer;
    auto result = call();
    sample = timer.stop();
    sample.checkpointed = modifiedNs(path) != before;
    return result;
}

// The floor: one durable transaction inserting one row, the way the engine commits (BEGIN
// IMMEDIATE, INSERT, COMMIT through astro::Database; WAL, synchronous=FULL).
Result<Sample> Measurer::floorOnce()
{
    Sample sample;
    auto done = durable(m_floorPath, sample, [&]() -> Status {
        if (auto s = m_floor->begin(); !s)
            return s;
        if (auto s = m_floor->execute(
                QStringLiteral("INSERT INTO floor (at, note) VALUES (?, ?)"),
                {QStringLiteral("2026-11-16T15:00:00.000Z"), QStringLiteral("one durable row")});
            !s) {
            m_floor->rollback();
            return s;
        }
        return m_floor->commit();
    });
    if (!done)
        return done.error();
    return sample;
}

// A cashier's scan: a random customer's visit is opened, a random qualifying UPC is scanned
// (timed: VisitService::scan returns once the punches are committed), the visit is finished.
// With floorSample, a floor commit is timed between the open and the scan, so both see the
// same moments of the machine.
Status Measurer::scanRound(Sample& scanSample, Sample* floorSample)
{
    Rng rng(m_state);
    const qint64 customer = 1 + qint64(rng.uniform() * double(m_maxCustomer));
    ScanLine line;
    line.code = m_upcs[rng.below(int(m_upcs.size()))];
    const int floorPauseUs = rng.below(10000);
    const int scanPauseUs = rng.below(10000);
    m_state = rng.next();

    VisitService& visits = m_store.visits();
    auto visit = visits.open(m_cashier, customer);
    if (!visit)
        return visit.error();
    // A random pause (0-10 ms, a cashier's hands) before each durable call: on virtual disks
    // flushes complete on a host tick, and a call issued right after another flush would
    // otherwise always land at the same phase of it.
    if (floorSample) {
        std::this_thread::sleep_for(std::chrono::microseconds(floorPauseUs));
        auto f = floorOnce();
        if (!f)
            return f.error();
        *floorSample = *f;
    }
    std::this_thread::sleep_for(std::chrono::microseconds(scanPauseUs));
    auto scanned = durable(m_store.db().path(), scanSample,
                           [&] { return visits.scan(m_cashier, visit->id, line); });
    if (!scanned)
        return scanned.error();
    if (scanned->punches.empty())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("scanning %1 punched no card").arg(line.code));
    m_punchesMade += qint64(scanned->punches.size());
    return visits.finish(m_cashier, visit->id);
}

Result<Sample> Measurer::lookupOnce(const QString& query, qint64& rows)
{
    const Timer timer;
    auto found = m_store.customers().find(query, 50);
    const Sample us = timer.stop();
    if (!found)
        return found.error();
    rows += qint64(found->size());
    return us;
}

Result<Sample> Measurer::rewardsOnce(std::size_t pair, qint64& items)
{
    const auto& [customer, card] = m_openRewards[pair];
    const Timer timer;
    auto choice = m_store.redemptions().choices(customer, card);
    const Sample us = timer.stop();
    if (!choice)
        return makeError(
            choice.error().code,
            QStringLiteral("choices(%1, %2): %3").arg(customer).arg(card, choice.error().message));
    items += qint64(choice->items.size());
    return us;
}

Result<std::vector<Measurement>> Measurer::run()
{
    std::vector<Measurement> out;
    const int warmup = m_config.warmup;

    // 1 + 4: scans, each paired with a floor commit.
    std::fprintf(stderr, "  scans and floor commits (%d each)...\n", m_config.scans);
    Series scans;
    Series floors;
    // At least 100 untimed rounds (20 with --quick; each open, scan and finish commits): the
    // store's WAL fills and is checkpointed once, so the timed scans see its steady state.
    const int scanWarmup = std::max(warmup, m_config.quick ? 20 : 100);
    for (int i = 0; i < scanWarmup + m_config.scans; ++i) {
        Sample scanSample;
        Sample floorSample;
        if (auto s = scanRound(scanSample, &floorSample); !s)
            return s.error();
        if (i >= scanWarmup) {
            scans.add(scanSample);
            floors.add(floorSample);
        }
    }
    const qint64 punchesPerScan100 = m_punchesMade * 100 / std::max(1, scanWarmup + m_config.scans);
    Measurement floor;
    floor.key = QStringLiteral("floor");
    floor.label = QStringLiteral("floor: 1-row durable commit");
    floor.note = QStringLiteral("WAL, synchronous=FULL, own file, same folder");
    floors.fill(floor, true);
    Measurement scan;
    scan.key = QStringLiteral("scan");
    scan.label = QStringLiteral("scan → punches durable");
    scan.target = QStringLiteral("p50, p99 ≤ 2× floor");
    scan.note = QStringLiteral("%1.%2 punches per scan")
                    .arg(punchesPerScan100 / 100)
                    .arg(punchesPerScan100 % 100, 2, 10, QLatin1Char('0'));
    scans.fill(scan, true);

    // 2: customer lookups, limit 50.
    std::fprintf(stderr, "  customer lookups (%d by phone, %d by name)...\n", m_config.samples,
                 m_config.samples);
    auto lookups = [&](const QStringList& queries, const QString& key, const QString& label,
                       const QString& what) -> Result<Measurement> {
        Series series;
        qint64 rows = 0;
        for (int i = 0; i < warmup + m_config.samples; ++i) {
            qint64 counted = 0;
            auto t = lookupOnce(queries[i], counted);
            if (!t)
                return t.error();
            if (i >= warmup) {
                series.add(*t);
                rows += counted;
            }
        }
        Measurement m;
        m.key = key;
        m.label = label;
        m.target = QStringLiteral("p99 ≤ 5 ms");
        m.note = QStringLiteral("%1; %2 rows per lookup")
                     .arg(what)
                     .arg(double(rows) / std::max(1, m_config.samples), 0, 'f', 1);
        series.fill(m);
        return m;
    };
    auto phone =
        lookups(m_phoneQueries, QStringLiteral("lookup_phone"),
                QStringLiteral("customer lookup: phone prefix"), QStringLiteral("6 digits"));
    if (!phone)
        return phone.error();
    auto name =
        lookups(m_nameQueries, QStringLiteral("lookup_name"),
                QStringLiteral("customer lookup: name prefix"), QStringLiteral("2-3 letters"));
    if (!name)
        return name.error();

    // 3: eligible rewards of a complete card.
    std::fprintf(stderr, "  reward choices (%d)...\n", m_config.samples);
    Series rewardSeries;
    qint64 items = 0;
    for (int i = 0; i < warmup + m_config.samples; ++i) {
        qint64 counted = 0;
        auto t = rewardsOnce(m_rewardPicks[std::size_t(i)], counted);
        if (!t)
            return t.error();
        if (i >= warmup) {
            rewardSeries.add(*t);
            items += counted;
        }
    }
    Measurement rewards;
    rewards.key = QStringLiteral("rewards");
    rewards.label = QStringLiteral("eligible rewards (choices)");
    rewards.target = QStringLiteral("p99 ≤ 5 ms");
    rewards.note = QStringLiteral("%1 (customer, card) with a complete card to pick from; %2 "
                                  "items allowed per card")
                       .arg(m_openRewards.size())
                       .arg(double(items) / std::max(1, m_config.samples), 0, 'f', 1);
    rewardSeries.fill(rewards);

    out.push_back(floor);
    out.push_back(scan);
    out.push_back(*phone);
    out.push_back(*name);
    out.push_back(rewards);
    for (Measurement& m : out) {
        m.ratioP50 = floor.stats.p50 > 0 ? m.stats.p50 / floor.stats.p50 : 0;
        m.ratioP99 = floor.stats.p99 > 0 ? m.stats.p99 / floor.stats.p99 : 0;
        if (m.key == QLatin1String("scan"))
            m.met = m.ratioP50 <= 2.0 && m.ratioP99 <= 2.0;
        else if (m.key != QLatin1String("floor"))
            m.met = m.stats.p99 <= 5000.0;
    }

    auto office = backOffice();
    if (!office)
        return office.error();
    for (Measurement& m : *office) {
        m.ratioP50 = floor.stats.p50 > 0 ? m.stats.p50 / floor.stats.p50 : 0;
        m.ratioP99 = floor.stats.p99 > 0 ? m.stats.p99 / floor.stats.p99 : 0;
        out.push_back(m);
    }
    return out;
}

// Runs each measured call again with the SQL profiler on (only inside the call), to show
// where the time goes and the plans of the costliest statements.
Result<std::vector<ProfileSection>> Measurer::profile(int calls)
{
    std::vector<ProfileSection> sections;
    SqlProfiler profiler(m_store.db().handle());
    auto finish = [&](ProfileSection section, double totalUs) {
        section.calls = calls;
        section.meanCallUs = totalUs / std::max(1, calls);
        section.statements = profiler.statements();
        for (std::size_t i = 0; i < section.statements.size() && i < 8; ++i) {
            const QString& sql = section.statements[i].sql;
            const QString verb = sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
            section.plans.push_back(verb == QLatin1String("SELECT") ||
                                            verb == QLatin1String("UPDATE") ||
                                            verb == QLatin1String("DELETE")
                                        ? profiler.explain(sql)
                                        : QStringList());
        }
        sections.push_back(section);
    };

    profiler.start();
    double total = 0;
    for (int i = 0; i < calls; ++i) {
        profiler.setRecording(false);
        // Only the scan call is recorded: open and finish are outside the measured figure.
        Rng rng(m_state);
        const qint64 customer = 1 + qint64(rng.uniform() * double(m_maxCustomer));
        ScanLine line;
        line.code = m_upcs[rng.below(int(m_upcs.size()))];
        m_state = rng.next();
        auto visit = m_store.visits().open(m_cashier, customer);
        if (!visit)
            return visit.error();
        profiler.setRecording(true);
        const Timer timer;
        auto scanned = m_store.visits().scan(m_cashier, visit->id, line);
        const double us = timer.stop().wallUs;
        profiler.setRecording(false);
        if (!scanned)
            return scanned.error();
        if (auto s = m_store.visits().finish(m_cashier, visit->id); !s)
            return s.error();
        total += us;
    }
    finish(ProfileSection{QStringLiteral("scan → punches durable"), 0, 0, {}, {}}, total);

    auto profileLookups = [&](const QStringList& queries, const QString& label) -> Status {
        profiler.start();
        double sum = 0;
        for (int i = 0; i < calls; ++i) {
            qint64 rows = 0;
            auto t = lookupOnce(queries[i % queries.size()], rows);
            if (!t)
                return t.error();
            sum += t->wallUs;
        }
        finish(ProfileSection{label, 0, 0, {}, {}}, sum);
        return {};
    };
    if (auto s = profileLookups(m_phoneQueries, QStringLiteral("customer lookup: phone prefix"));
        !s)
        return s.error();
    if (auto s = profileLookups(m_nameQueries, QStringLiteral("customer lookup: name prefix")); !s)
        return s.error();

    profiler.start();
    total = 0;
    for (int i = 0; i < calls; ++i) {
        qint64 items = 0;
        auto t = rewardsOnce(m_rewardPicks[std::size_t(i) % m_rewardPicks.size()], items);
        if (!t)
            return t.error();
        total += t->wallUs;
    }
    finish(ProfileSection{QStringLiteral("eligible rewards (choices)"), 0, 0, {}, {}}, total);
    profiler.stop();
    return sections;
}

} // namespace bench

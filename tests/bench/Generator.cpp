#include "Generation.h"

#include "common/Text.h"
#include "storage/DailyTotals.h"
#include "storage/Database.h"
#include "store/Store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <thread>

namespace bench {

QString benchLocationId()
{
    return QStringLiteral("LOC-BENCH");
}

QString benchCashierName()
{
    return QStringLiteral("Bench Cashier 1");
}

namespace generation {

using namespace astro;

// ---------------------------------------------------------------------------------------------
// Fast text for millions of rows.

QString isoMs(qint64 ms)
{
    qint64 days = ms / msPerDay;
    qint64 rem = ms % msPerDay;
    if (rem < 0) {
        rem += msPerDay;
        --days;
    }
    // Howard Hinnant's civil_from_days.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 year = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    if (month <= 2)
        ++year;
    char buffer[64];
    const int n = std::snprintf(
        buffer, sizeof buffer, "%04lld-%02u-%02uT%02lld:%02lld:%02lld.%03lldZ",
        static_cast<long long>(year), month, day, static_cast<long long>(rem / 3600000),
        static_cast<long long>(rem / 60000 % 60), static_cast<long long>(rem / 1000 % 60),
        static_cast<long long>(rem % 1000));
    return QString::fromLatin1(buffer, n);
}

std::vector<Uuid> sortedUuids(Rng& rng, std::size_t count)
{
    std::vector<Uuid> out(count);
    for (Uuid& u : out) {
        u.hi = (rng.next() & ~(quint64(0xF) << 12)) | (quint64(0x4) << 12);
        u.lo = (rng.next() & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString uuidText(const Uuid& u)
{
    static const char hex[] = "0123456789abcdef";
    QChar out[36];
    int o = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            out[o++] = QLatin1Char('-');
        const quint64 word = i < 16 ? u.hi : u.lo;
        out[o++] = QLatin1Char(hex[(word >> ((15 - (i % 16)) * 4)) & 0xF]);
    }
    return QString(out, 36);
}

QString pad(qint64 n, int width)
{
    return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
}

Status Generation::phase(const QString& name, const std::function<Status()>& work)
{
    QElapsedTimer timer;
    timer.start();
    std::fprintf(stderr, "  %-28s", qPrintable(name));
    std::fflush(stderr);
    Status s = work();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::fprintf(stderr, "%8.1f s\n", seconds);
    m_report.phases.emplace_back(name, seconds);
    return s;
}

Status Generation::checkTextFormats()
{
    for (qint64 ms : {qint64(0), m_nowMs, m_nowMs - 400 * msPerDay - 12345, qint64(951782400123)})
        if (isoMs(ms) != text::isoUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)))
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("isoMs(%1) = %2, isoUtc = %3")
                                 .arg(ms)
                                 .arg(isoMs(ms))
                                 .arg(text::isoUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC))));
    return {};
}

// Bulk loading: no journal, no fsync, no per-row foreign key checks (the rows are consistent by
// construction; --verify checks them), a large page cache and two sorter threads for the
// indexes. restorePragmas() puts back what Database::open sets.
Status Generation::generationPragmas()
{
    for (const char* pragma :
         {"PRAGMA foreign_keys=OFF", "PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF",
          "PRAGMA cache_size=-262144", "PRAGMA temp_store=FILE", "PRAGMA threads=2"}) {
        if (auto s = m_db.execute(QString::fromLatin1(pragma)); !s)
            return s;
    }
    return {};
}

Status Generation::restorePragmas()
{
    for (const char* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
          "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-2000", "PRAGMA threads=0"}) {
        if (auto s = m_db.execute(QString::fromLatin1(pragma)); !s)
            return s;
    }
    return {};
}

// The history's secondary indexes are rebuilt after the load (a sort, not millions of random
// inserts) from their exact definitions in sqlite_master, so the schema ends up unchanged.
Status Generation::dropIndexes()
{
    auto rows = m_db.select(QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
        "tbl_name IN ('products', 'customers', 'visits', 'scans', 'punches', 'rewards', "
        "'redemptions', 'batches') ORDER BY name"));
    if (!rows)
        return rows.error();
    for (const Row& r : *rows) {
        m_indexSql.push_back(r[1].toString());
        if (auto s = m_db.execute(QStringLiteral("DROP INDEX %1").arg(r[0].toString())); !s)
            return s;
    }
    return {};
}

Status Generation::createIndexes()
{
    for (const QString& sql : m_indexSql)
        if (auto s = m_db.execute(sql); !s)
            return s;
    return {};
}

// The back office's totals per day are kept by triggers, one row at a time, and the reward's
// looks up its punch by an index that is not there during the load: they are set aside like the
// indexes, and the totals added up once from the finished history.
Status Generation::setTotalsAside()
{
    auto rows = m_db.select(
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
    if (!rows)
        return rows.error();
    for (const Row& r : *rows) {
        m_triggerSql.push_back(r[1].toString());
        if (auto s = m_db.execute(QStringLiteral("DROP TRIGGER %1").arg(r[0].toString())); !s)
            return s;
    }
    return {};
}

Status Generation::rebuildTotals()
{
    for (const QString& sql : astro::DailyTotals::rebuild())
        if (auto s = m_db.execute(sql); !s)
            return s;
    for (const QString& sql : m_triggerSql)
        if (auto s = m_db.execute(sql); !s)
            return s;
    return {};
}

Result<GenerationReport> Generation::run()
{
    QElapsedTimer total;
    total.start();
    if (m_config.customers < 1 || m_config.punches < 0)
        return makeError(ErrorCode::Invalid, QStringLiteral("every size must be at least 1"));
    if (auto s = checkSizes(m_config); !s)
        return s.error();
    if (auto s = checkTextFormats(); !s)
        return s.error();

    Status status;
    auto step = [&](const QString& name, const std::function<Status()>& work) {
        if (status.ok())
            status = phase(name, work);
    };
    step(QStringLiteral("catalog in memory"), [&] {
        buildCatalog();
        planSignups();
        return Status();
    });
    step(QStringLiteral("base catalog import"), [&] { return importBase(); });
    step(QStringLiteral("users"), [&] { return createUsers(); });
    step(QStringLiteral("bulk-load settings"), [&] {
        if (auto s = generationPragmas(); !s)
            return s;
        if (auto s = setTotalsAside(); !s)
            return s;
        return dropIndexes();
    });
    step(QStringLiteral("products"), [&] { return writeProducts(); });
    step(QStringLiteral("programs + cards import"), [&] { return importPrograms(); });
    step(QStringLiteral("enrollments"), [&] { return enroll(); });
    // The history is planned on a second thread while the customers are written.
    Rng historyRng(m_config.seed ^ 0x94D049BB133111EBULL);
    if (status.ok()) {
        std::thread planner([&] { planHistory(historyRng); });
        step(QStringLiteral("customers (+ history plan)"), [&] { return writeCustomers(); });
        step(QStringLiteral("history plan (remainder)"), [&] {
            planner.join();
            return Status();
        });
        if (planner.joinable())
            planner.join();
    }
    step(QStringLiteral("visits"), [&] { return writeVisits(); });
    step(QStringLiteral("scans"), [&] { return writeScans(); });
    step(QStringLiteral("punches (from scans)"), [&] { return writePunches(); });
    step(QStringLiteral("rewards, redemptions"), [&] { return writeRewards(); });
    step(QStringLiteral("indexes"), [&] { return createIndexes(); });
    step(QStringLiteral("back-office totals"), [&] { return rebuildTotals(); });
    step(QStringLiteral("durable settings, checkpoint"), [&] {
        if (auto s = restorePragmas(); !s)
            return s;
        return m_db.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    });
    if (!status)
        return status.error();
    m_report.seconds = double(total.nsecsElapsed()) / 1e9;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    m_report.peakRssKb = usage.ru_maxrss;
    return m_report;
}

} // namespace generation

astro::Result<GenerationReport> Generator::run()
{
    generation::Generation generation(m_config, m_store);
    return generation.run();
}

astro::Result<QByteArray> catalogDocument(const Config& config)
{
    if (auto s = generation::checkSizes(config); !s)
        return s.error();
    generation::CatalogPlan plan(config);
    plan.buildCatalog();
    QJsonObject doc = plan.baseDocument();
    doc.remove(QStringLiteral("cursor"));
    doc.insert(QStringLiteral("products"), plan.productsJson());
    const QJsonObject programs = plan.programsDocument();
    for (const char* key : {"programs", "offers"})
        doc.insert(QLatin1String(key), programs.value(QLatin1String(key)));
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

} // namespace bench

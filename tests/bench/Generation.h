#pragma once

// The generator's internals, shared by Generator.cpp and the Generator*.cpp files that each
// generate one part of the store (catalog, customers, history).

#include "Generator.h"
#include "Random.h"

#include "common/Result.h"
#include "domain/CatalogTypes.h"
#include "domain/Enums.h"
#include "store/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <array>
#include <functional>
#include <iterator>
#include <optional>
#include <vector>

namespace bench::generation {

constexpr qint64 msPerDay = 86400000;
constexpr int cashierCount = 4;

// ---------------------------------------------------------------------------------------------
// Fast text for millions of rows (Generator.cpp).

// ISO-8601 UTC with milliseconds, exactly as text::isoUtc writes it.
QString isoMs(qint64 ms);

struct Uuid
{
    quint64 hi = 0;
    quint64 lo = 0;
    friend bool operator<(const Uuid& a, const Uuid& b)
    {
        return a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo;
    }
};

// Random version-4 UUIDs, sorted: the rows get truly random UUIDs, but in ascending order, so
// the UNIQUE index on uuid grows at its end instead of taking millions of random inserts.
std::vector<Uuid> sortedUuids(Rng& rng, std::size_t count);
QString uuidText(const Uuid& u);
QString pad(qint64 n, int width);

// ---------------------------------------------------------------------------------------------
// The generated catalog, in memory.

struct GenProduct
{
    qint64 id = 0;
    int manufacturer = 0;
    int kind = -1; // -1: an accessory on no card
    astro::SizeClass size = astro::SizeClass::S;
    int weightGrams = 0;
    int priceCents = 0;
    QString gtin14;
    QString upc;
    std::array<int, 2> cards{-1, -1}; // global card indexes
    int cardCount = 0;
};

struct GenCard
{
    QString id;
    int program = 0;
    int kind = 0;
    int buy = 10;
    int get = 1;
    astro::RewardRule rule = astro::RewardRule::Any;
    int timeLimitMonths = 0;
    std::optional<int> maxPerCustomer;
    std::array<int, 4> cost{};
    std::vector<int> products; // product indexes
};

struct GenProgram
{
    QString id;
    int manufacturer = 0;
    bool secondary = false;
    astro::ProgramKind kind = astro::ProgramKind::FrequentBuyer;
    astro::Fulfillment fulfillment = astro::Fulfillment::Distributor;
    bool held = false;
    int distributor = 0;
    QString accountNumber;
    int firstCard = 0;
};

struct GenOffer
{
    QString id;
    int manufacturer = 0;
    int distributor = 0;
    std::vector<int> products;
};

inline constexpr const char* distributorNames[] = {"Northland Pet Distributors",
                                                   "Great Lakes Pet Supply",
                                                   "Laurentian Feed & Pet", "Maple Leaf Wholesale"};
constexpr int distributorCount = int(std::size(distributorNames));

QString distributorId(int d);
QString manufacturerId(int m);

// ---------------------------------------------------------------------------------------------
// The planned history, in memory, before it is written in time order.

struct PlanVisit
{
    qint64 atMs = 0;
    quint32 customer = 0; // customer index (id - 1)
    quint32 firstScan = 0;
    quint16 scanCount = 0;
    quint8 cashier = 0;
    bool multi = false;
};

struct PlanScan
{
    quint32 product = 0;
    qint32 priceCents = 0;
    quint8 quantity = 1;
};

struct PlanReward
{
    qint64 earnedMs = 0;
    qint64 redeemedMs = 0; // 0: not redeemed
    quint32 customer = 0;
    quint32 card = 0;
    quint32 seq = 0;
    qint32 redeemedProduct = -1;
    quint8 units = 1;
    quint8 cashier = 0;
};

struct History
{
    std::vector<PlanVisit> visits;
    std::vector<PlanScan> scans;
    std::vector<PlanReward> rewards;
    qint64 punches = 0;
};

inline constexpr qint64 scanSpacingMs = 17000;

inline qint64 scanAtMs(const PlanVisit& v, int k)
{
    return v.atMs + k * scanSpacingMs;
}

// The generated catalog, in memory, and the catalog documents that describe it. It depends on
// the sizes and the seed alone: catalogDocument() gives exactly the catalog a generated store
// has (its product descriptions and dates included).
class CatalogPlan
{
public:
    explicit CatalogPlan(const Config& config)
        : m_config(config), m_rng(config.seed), m_nowMs(QDateTime::currentMSecsSinceEpoch())
    {}

    void buildCatalog();
    // The retailer, its location, manufacturers and distributors.
    QJsonObject baseDocument() const;
    // Programs with their cards (products by UPC) and the offers.
    QJsonObject programsDocument() const;
    // Every product as a catalog entry, with the words writeProducts() stores.
    QJsonArray productsJson() const;

protected:
    const Config& m_config;
    Rng m_rng;
    const qint64 m_nowMs;

    int m_manufacturers = 0;
    std::vector<QString> m_brands;
    std::vector<GenProduct> m_products;
    std::vector<GenProgram> m_programs;
    std::vector<GenCard> m_cards;
    std::vector<GenOffer> m_offers;
    std::vector<int> m_qualifying;                           // products on at least one card
    std::vector<int> m_singleCard;                           // products on exactly one card
    std::vector<std::vector<astro::Product>> m_cardProducts; // for the reward rules
};

// The catalog's sizes fit its UPC scheme and give every card a product.
astro::Status checkSizes(const Config& config);

// A product's words, drawn from `rng` in catalog order (the seed of productSeed()).
struct ProductWords
{
    QString description;
    QString species;
    QString foodType;
};

quint64 productSeed(quint64 seed);
ProductWords productWords(const QString& brand, const GenProduct& g, Rng& rng);
QString cardTitle(const GenCard& c);

// Fills the store: each part of it in its own file (Generator*.cpp), run() in Generator.cpp.
class Generation : private CatalogPlan
{
public:
    Generation(const Config& config, astro::Store& store)
        : CatalogPlan(config), m_store(store), m_db(store.db())
    {}

    astro::Result<GenerationReport> run();

private:
    astro::Status phase(const QString& name, const std::function<astro::Status()>& work);
    astro::Status checkTextFormats();
    astro::Status generationPragmas();
    astro::Status restorePragmas();
    astro::Status dropIndexes();
    astro::Status createIndexes();
    astro::Status setTotalsAside();
    astro::Status rebuildTotals();

    astro::Status importBase();
    astro::Status createUsers();
    astro::Status writeProducts();
    astro::Status importPrograms();
    astro::Status enroll();
    astro::Status writeCustomers();
    void planSignups();
    void planHistory(Rng& rng);
    astro::Status writeVisits();
    astro::Status writeScans();
    astro::Status writePunches();
    astro::Status writeRewards();

    astro::Store& m_store;
    astro::Database& m_db;
    GenerationReport m_report;

    qint64 m_adminId = 0;
    std::array<qint64, cashierCount> m_cashierIds{};
    std::vector<qint64> m_customerCreatedMs;
    std::vector<QString> m_indexSql;
    std::vector<QString> m_triggerSql;
    History m_history;
    std::vector<quint32> m_visitOrder; // visit indexes in time order
};

} // namespace bench::generation

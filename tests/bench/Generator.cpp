#include "Generator.h"

#include "BulkInsert.h"
#include "Random.h"

#include "batches/BatchService.h"
#include "catalog/CatalogImporter.h"
#include "common/Text.h"
#include "domain/Gtin.h"
#include "engine/CardReplay.h"
#include "engine/RewardRules.h"
#include "enrollment/EnrollmentService.h"
#include "storage/Database.h"
#include "store/Store.h"
#include "users/UserStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <functional>
#include <numeric>
#include <optional>
#include <thread>

namespace bench {

using namespace astro;

QString benchLocationId()
{
    return QStringLiteral("LOC-BENCH");
}

QString benchCashierName()
{
    return QStringLiteral("Bench Cashier 1");
}

namespace {

constexpr qint64 msPerDay = 86400000;
constexpr int cashierCount = 4;

// ---------------------------------------------------------------------------------------------
// Vocabulary: names weighted roughly by frequency (most common first), phones by area code.

const char* const firstNames[] = {
    "James",     "Mary",     "Robert",     "Patricia",  "John",        "Jennifer", "Michael",
    "Linda",     "David",    "Elizabeth",  "William",   "Barbara",     "Richard",  "Susan",
    "Joseph",    "Jessica",  "Thomas",     "Sarah",     "Christopher", "Karen",    "Charles",
    "Lisa",      "Daniel",   "Nancy",      "Matthew",   "Betty",       "Anthony",  "Sandra",
    "Mark",      "Margaret", "Donald",     "Ashley",    "Steven",      "Kimberly", "Andrew",
    "Emily",     "Paul",     "Donna",      "Joshua",    "Michelle",    "Kenneth",  "Carol",
    "Kevin",     "Amanda",   "Brian",      "Melissa",   "George",      "Deborah",  "Timothy",
    "Stephanie", "Ronald",   "Dorothy",    "Jason",     "Rebecca",     "Edward",   "Sharon",
    "Jeffrey",   "Laura",    "Ryan",       "Cynthia",   "Jacob",       "Amy",      "Gary",
    "Kathleen",  "Nicholas", "Angela",     "Eric",      "Shirley",     "Jonathan", "Brenda",
    "Stephen",   "Emma",     "Larry",      "Anna",      "Justin",      "Pamela",   "Scott",
    "Nicole",    "Brandon",  "Samantha",   "Benjamin",  "Katherine",   "Samuel",   "Christine",
    "Gregory",   "Helen",    "Alexander",  "Debra",     "Patrick",     "Rachel",   "Frank",
    "Carolyn",   "Raymond",  "Janet",      "Jack",      "Maria",       "Dennis",   "Catherine",
    "Jerry",     "Heather",  "Tyler",      "Diane",     "Aaron",       "Olivia",   "José",
    "Julie",     "Adam",     "Joyce",      "Nathan",    "Victoria",    "Henry",    "Ruth",
    "Zachary",   "Virginia", "Douglas",    "Lauren",    "Peter",       "Kelly",    "Kyle",
    "Christina", "Noah",     "Joan",       "Ethan",     "Evelyn",      "Jeremy",   "Judith",
    "Walter",    "Andrea",   "Christian",  "Hannah",    "Keith",       "Megan",    "Roger",
    "Cheryl",    "Terry",    "Jacqueline", "Austin",    "Martha",      "Sean",     "Madison",
    "Gerald",    "Teresa",   "Carl",       "Gloria",    "Harold",      "Sara",     "Dylan",
    "Janice",    "Arthur",   "Ann",        "Lawrence",  "Kathryn",     "Jordan",   "Abigail",
    "Jesse",     "Sophia",   "Bryan",      "Frances",   "Billy",       "Jean",     "Bruce",
    "Alice",     "Gabriel",  "Judy",       "Joe",       "Isabella",    "Logan",    "Julia",
    "Alan",      "Grace",    "Juan",       "Amber",     "Albert",      "Denise",   "Elijah",
    "Marilyn",   "Wayne",    "Beverly",    "Randy",     "Charlotte",   "Vincent",  "Natalie",
    "Mason",     "Theresa",  "Roy",        "Diana",     "Ralph",       "Brittany", "Russell",
    "Kayla",     "Bradley",  "Alexis",     "Philip",    "Lori",        "Eugene",   "Marie",
    "Hélène",    "François", "Chloé",      "André",     "Jérôme",      "Noémie",   "Zoë",
    "Renée",     "Mélanie",  "Stéphane",   "Frédéric",  "Geneviève",   "Élise",    "Amélie",
    "Benoît",    "Maxime",   "Mathieu",    "Sébastien", "Valérie",     "Josée",    "Guillaume",
    "Isabelle",  "Nathalie", "Sylvie",     "Chantal",   "Marc-André",  "Léa",      "Gabrielle",
    "Émilie",    "Raphaël",  "Mohammed",   "Fatima",    "Wei",         "Mei",      "Priya",
    "Arjun",     "Aisha",    "Omar",       "Yuki",      "Hiroshi",     "Minh",     "Linh",
    "Sofia",     "Mateo",    "Lucía",      "Diego",     "Ana",         "Carlos",   "Ahmed",
    "Leila"};

const char* const lastNames[] = {
    "Smith",     "Johnson",    "Williams",   "Brown",      "Jones",      "Garcia",    "Miller",
    "Davis",     "Tremblay",   "Rodriguez",  "Martinez",   "Gagnon",     "Hernandez", "Lopez",
    "Gonzalez",  "Wilson",     "Roy",        "Anderson",   "Thomas",     "Côté",      "Taylor",
    "Moore",     "Jackson",    "Martin",     "Bouchard",   "Lee",        "Perez",     "Thompson",
    "White",     "Gauthier",   "Harris",     "Sanchez",    "Clark",      "Morin",     "Ramirez",
    "Lewis",     "Robinson",   "Lavoie",     "Walker",     "Young",      "Allen",     "King",
    "Fortin",    "Wright",     "Scott",      "Torres",     "Nguyen",     "Gagné",     "Hill",
    "Flores",    "Green",      "Adams",      "Ouellet",    "Nelson",     "Baker",     "Hall",
    "Pelletier", "Rivera",     "Campbell",   "Mitchell",   "Bélanger",   "Carter",    "Roberts",
    "Gomez",     "Lévesque",   "Phillips",   "Evans",      "Turner",     "Bergeron",  "Diaz",
    "Parker",    "Cruz",       "Leblanc",    "Edwards",    "Collins",    "Reyes",     "Paquette",
    "Stewart",   "Morris",     "Girard",     "Morales",    "Murphy",     "Cook",      "Simard",
    "Rogers",    "Gutierrez",  "Ortiz",      "Boucher",    "Morgan",     "Cooper",    "Peterson",
    "Caron",     "Bailey",     "Reed",       "Kelly",      "Beaulieu",   "Howard",    "Ramos",
    "Kim",       "Cloutier",   "Cox",        "Ward",       "Richardson", "Dubé",      "Watson",
    "Brooks",    "Chavez",     "Poirier",    "Wood",       "James",      "Bennett",   "Fournier",
    "Gray",      "Mendoza",    "Ruiz",       "Lapointe",   "Hughes",     "Price",     "Alvarez",
    "Leclerc",   "Castillo",   "Sanders",    "Patel",      "Lefebvre",   "Myers",     "Long",
    "Ross",      "Poulin",     "Foster",     "Jimenez",    "Powell",     "Thibault",  "Jenkins",
    "Perry",     "Russell",    "St-Pierre",  "Sullivan",   "Bell",       "Coleman",   "Nadeau",
    "Butler",    "Henderson",  "Barnes",     "Martel",     "Gonzales",   "Fisher",    "Vasquez",
    "Gilbert",   "Simmons",    "Romero",     "Jordan",     "Hébert",     "Patterson", "Alexander",
    "Hamilton",  "Desjardins", "Graham",     "Reynolds",   "Griffin",    "Mercier",   "Wallace",
    "Moreno",    "West",       "Lachance",   "Cole",       "Hayes",      "Bryant",    "Charbonneau",
    "Herrera",   "Gibson",     "Ellis",      "Tran",       "Medina",     "Aguilar",   "Stevens",
    "Murray",    "Ford",       "Castro",     "Marshall",   "Owens",      "Harrison",  "Fernandez",
    "MacDonald", "Woods",      "Washington", "Kennedy",    "Wells",      "Vargas",    "Henry",
    "Chen",      "Freeman",    "Webb",       "Tucker",     "Guzman",     "Burns",     "Crawford",
    "Olson",     "Simpson",    "Porter",     "Hunter",     "Gordon",     "Mendez",    "Silva",
    "Shaw",      "Snyder",     "Mason",      "Dixon",      "Muñoz",      "Hunt",      "Hicks",
    "Holmes",    "Palmer",     "Wagner",     "Black",      "Robertson",  "Boyd",      "Rose",
    "Stone",     "Salazar",    "Fox",        "Warren",     "Mills",      "Meyer",     "Rice",
    "Schmidt",   "Garza",      "Daniels",    "Ferguson",   "Nichols",    "Stephens",  "Soto",
    "Weaver",    "Ryan",       "Gardner",    "Payne",      "Grant",      "Dunn",      "Spencer",
    "Hawkins",   "Arnold",     "Pierce",     "Hansen",     "Peters",     "Santos",    "Hart",
    "Bradley",   "Knight",     "Elliott",    "Cunningham", "Duncan",     "Armstrong", "Hudson",
    "Carroll",   "Lane",       "Riley",      "Andrews",    "Ray",        "Berry",     "Perkins",
    "Hoffman",   "Johnston",   "Matthews",   "Richards",   "Willis",     "Carpenter", "Lawrence",
    "Wang",      "Li",         "Zhang",      "Liu",        "Singh",      "Kaur",      "Sharma",
    "Khan",      "Ali",        "Ahmed",      "Sato",       "Suzuki",     "Tanaka",    "Park",
    "Choi",      "Pham",       "Le",         "O'Brien",    "O'Connor",   "MacLeod"};

// Ontario area codes, the Toronto ones most frequent.
const std::pair<const char*, double> areaCodes[] = {
    {"416", 18}, {"647", 16}, {"437", 6}, {"905", 20}, {"289", 9}, {"365", 3}, {"519", 8},
    {"226", 5},  {"548", 1},  {"613", 7}, {"343", 2},  {"705", 3}, {"249", 1}, {"807", 1}};

const char* const emailDomains[] = {"gmail.com", "outlook.com",  "hotmail.com",
                                    "yahoo.ca",  "icloud.com",   "rogers.com",
                                    "bell.net",  "sympatico.ca", "videotron.ca"};

// Product lines: a program's cards are one per kind.
struct CardKind
{
    const char* species;
    const char* foodType;
    const char* label;
    std::array<SizeClass, 3> sizes;
    int sizeCount;
    const char* words;
    int basePriceCents;
    int centsPerKg;
};

const CardKind cardKinds[] = {
    {"dog", "kibble", "Dog Kibble SM", {SizeClass::S, SizeClass::M}, 2, "Dry Food", 900, 450},
    {"dog", "kibble", "Dog Kibble LG", {SizeClass::L, SizeClass::XL}, 2, "Dry Food", 1500, 420},
    {"cat",
     "kibble",
     "Cat Kibble",
     {SizeClass::S, SizeClass::M, SizeClass::L},
     3,
     "Dry Food",
     900,
     600},
    {"dog", "can", "Dog Cans", {SizeClass::S}, 1, "Wet Food Case", 2400, 900},
    {"cat", "can", "Cat Cans", {SizeClass::S}, 1, "Wet Food Case", 2200, 1100},
    {"dog", "treat", "Dog Treats", {SizeClass::S, SizeClass::M}, 2, "Treats", 700, 2400},
    {"cat", "treat", "Cat Treats", {SizeClass::S}, 1, "Treats", 500, 3500},
    {"dog", "raw", "Dog Raw", {SizeClass::M, SizeClass::L}, 2, "Raw Frozen Patties", 2000, 1500},
    {"dog",
     "freeze_dried",
     "Dog Freeze-Dried",
     {SizeClass::S, SizeClass::M},
     2,
     "Freeze-Dried Nuggets",
     1800,
     6000},
    {"cat",
     "freeze_dried",
     "Cat Freeze-Dried",
     {SizeClass::S},
     1,
     "Freeze-Dried Bites",
     1500,
     7000},
    {"small_animal",
     "kibble",
     "Small Animal Food",
     {SizeClass::S, SizeClass::M},
     2,
     "Pellets",
     700,
     500},
    {"dog", "supplement", "Dog Supplements", {SizeClass::S}, 1, "Daily Supplement", 2500, 9000},
};
constexpr int kindCount = int(std::size(cardKinds));

const char* const brandHeads[] = {"North",  "Maple", "Prairie", "Coast", "Tiny",   "Blue", "Wild",
                                  "Golden", "Pure",  "True",    "Happy", "Silver", "Red",  "Green",
                                  "Sun",    "Moon",  "Oak",     "Pine",  "River",  "Stone"};
const char* const brandTails[] = {"paw",   "wind",  "ridge",  "harvest", "line",    "tail", "field",
                                  "crest", "brook", "meadow", "hound",   "whisker", "bark", "purr",
                                  "den",   "trail", "peak",   "vale",    "wood",    "bay"};
const char* const productLines[] = {"Original",       "Grain Free",     "Limited Ingredient",
                                    "High Protein",   "Healthy Weight", "Sensitive Stomach",
                                    "Large Breed",    "Small Breed",    "Indoor",
                                    "Ancient Grains", "Wild Recipe",    "Everyday"};
const char* const flavours[] = {"Chicken & Brown Rice",
                                "Lamb & Oatmeal",
                                "Salmon & Sweet Potato",
                                "Turkey & Barley",
                                "Duck & Pumpkin",
                                "Beef & Vegetables",
                                "Whitefish",
                                "Venison",
                                "Ocean Fish",
                                "Chicken Liver",
                                "Rabbit",
                                "Pork & Apple"};
const char* const accessories[] = {"Rope Toy",     "Stainless Bowl",  "Clumping Litter",
                                   "Nylon Leash",  "Grooming Brush",  "Scratching Post",
                                   "Waste Bags",   "Orthopedic Bed",  "Catnip Mouse",
                                   "Travel Crate", "Dental Chew Toy", "Hay Feeder"};

// ---------------------------------------------------------------------------------------------
// Fast text for millions of rows.

// ISO-8601 UTC with milliseconds, exactly as text::isoUtc writes it.
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

// ---------------------------------------------------------------------------------------------
// The generated catalog, in memory.

struct GenProduct
{
    qint64 id = 0;
    int manufacturer = 0;
    int kind = -1; // -1: an accessory on no card
    SizeClass size = SizeClass::S;
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
    RewardRule rule = RewardRule::Any;
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
    ProgramKind kind = ProgramKind::FrequentBuyer;
    Fulfillment fulfillment = Fulfillment::Distributor;
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

const char* const distributorNames[] = {"Northland Pet Distributors", "Great Lakes Pet Supply",
                                        "Laurentian Feed & Pet", "Maple Leaf Wholesale"};
constexpr int distributorCount = int(std::size(distributorNames));

QString distributorId(int d)
{
    return QStringLiteral("DST-%1").arg(d + 1);
}

QString manufacturerId(int m)
{
    return QStringLiteral("MFG-%1").arg(pad(m + 1, 4));
}

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

constexpr qint64 scanSpacingMs = 17000;

qint64 scanAtMs(const PlanVisit& v, int k)
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
    std::vector<int> m_qualifying;                    // products on at least one card
    std::vector<int> m_singleCard;                    // products on exactly one card
    std::vector<std::vector<Product>> m_cardProducts; // for the reward rules
};

// The catalog's sizes fit its UPC scheme and give every card a product.
Status checkSizes(const Config& config)
{
    if (config.products < 1 || config.programs < 1 || config.cardsPerProgram < 1)
        return makeError(ErrorCode::Invalid, QStringLiteral("every size must be at least 1"));
    const int manufacturers = std::max(1, (config.programs * 4 + 4) / 5);
    if (config.products < manufacturers * config.cardsPerProgram)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("--products must be at least %1 (%2 manufacturers × %3 "
                                        "cards, so every card has a product)")
                             .arg(manufacturers * config.cardsPerProgram)
                             .arg(manufacturers)
                             .arg(config.cardsPerProgram));
    if (config.products / manufacturers >= 99999)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("at most 99,998 products per manufacturer"));
    return {};
}

class Generation : private CatalogPlan
{
public:
    Generation(const Config& config, Store& store)
        : CatalogPlan(config), m_store(store), m_db(store.db())
    {}

    Result<GenerationReport> run();

private:
    Status phase(const QString& name, const std::function<Status()>& work);
    Status checkTextFormats();
    Status generationPragmas();
    Status restorePragmas();
    Status dropIndexes();
    Status createIndexes();

    Status importBase();
    Status createUsers();
    Status writeProducts();
    Status importPrograms();
    Status enroll();
    Status writeCustomers();
    void planSignups();
    void planHistory(Rng& rng);
    Status writeVisits();
    Status writeScans();
    Status writePunches();
    Status writeRewards();

    Store& m_store;
    Database& m_db;
    GenerationReport m_report;

    qint64 m_adminId = 0;
    std::array<qint64, cashierCount> m_cashierIds{};
    std::vector<qint64> m_customerCreatedMs;
    std::vector<QString> m_indexSql;
    History m_history;
    std::vector<quint32> m_visitOrder; // visit indexes in time order
};

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

// ---------------------------------------------------------------------------------------------
// The catalog.

void CatalogPlan::buildCatalog()
{
    Rng& rng = m_rng;
    const int programCount = m_config.programs;
    m_manufacturers = std::max(1, (programCount * 4 + 4) / 5);
    for (int m = 0; m < m_manufacturers; ++m) {
        QString brand =
            QString::fromLatin1(brandHeads[m % std::size(brandHeads)]) +
            QString::fromLatin1(brandTails[(m / std::size(brandHeads)) % std::size(brandTails)]);
        const int round = m / int(std::size(brandHeads) * std::size(brandTails));
        if (round > 0)
            brand += QStringLiteral(" %1").arg(round + 1);
        m_brands.push_back(brand);
    }

    // Programs: one frequent-buyer program per manufacturer, then second programs (a tracking
    // program the store asked for, or a treat club) for the first manufacturers.
    const int cardsPer = m_config.cardsPerProgram;
    for (int p = 0; p < programCount; ++p) {
        GenProgram g;
        g.id = QStringLiteral("PRG-%1").arg(pad(p + 1, 4));
        g.secondary = p >= m_manufacturers;
        g.manufacturer = g.secondary ? p - m_manufacturers : p;
        g.distributor = p % distributorCount;
        if (g.secondary) {
            if (p % 2 == 0) {
                g.kind = ProgramKind::Tracking;
                g.fulfillment = Fulfillment::Retailer;
            }
        } else {
            const double r = rng.uniform();
            if (r < 0.08)
                g.fulfillment = Fulfillment::Direct;
            else if (r < 0.10)
                g.held = true;
        }
        g.accountNumber = g.fulfillment == Fulfillment::Direct
                              ? QStringLiteral("MFG-ACCT-%1").arg(pad(p + 1, 5))
                              : (g.fulfillment == Fulfillment::Distributor && !g.held
                                     ? QStringLiteral("%1-%2").arg(distributorId(g.distributor),
                                                                   pad(70000 + p, 6))
                                     : QString());
        g.firstCard = int(m_cards.size());
        const int primary = g.secondary ? g.manufacturer : p;
        for (int c = 0; c < cardsPer; ++c) {
            GenCard card;
            card.id = QStringLiteral("CRD-%1-%2").arg(pad(p + 1, 4), pad(c + 1, 2));
            card.program = p;
            card.kind = (primary + c) % kindCount;
            static const int buys[] = {5, 8, 9, 10, 10, 12, 12, 12, 13, 15};
            card.buy = buys[rng.below(int(std::size(buys)))];
            card.get = rng.chance(0.1) ? 2 : 1;
            const double r = rng.uniform();
            card.rule = r < 0.30   ? RewardRule::Any
                        : r < 0.55 ? RewardRule::LeastValue
                        : r < 0.70 ? RewardRule::SameSize
                        : r < 0.85 ? RewardRule::PurchasedPrior
                                   : RewardRule::MostFrequent;
            const double t = rng.uniform();
            card.timeLimitMonths = t < 0.55 ? 0 : (t < 0.85 ? 12 : 18);
            if (rng.chance(0.1))
                card.maxPerCustomer = 12;
            const CardKind& kind = cardKinds[card.kind];
            for (int s = 0; s < 4; ++s)
                card.cost[std::size_t(s)] = kind.basePriceCents + kind.centsPerKg * (s + 1) * 2;
            m_cards.push_back(card);
        }
        m_programs.push_back(g);
    }
    // secondProgram[m]: the manufacturer's second program, if any.
    std::vector<int> secondProgram(std::size_t(m_manufacturers), -1);
    for (int p = m_manufacturers; p < programCount; ++p)
        secondProgram[std::size_t(p - m_manufacturers)] = p;

    // Products: grouped by manufacturer, so their GTINs ascend; each product of a line is on
    // its manufacturer's card for that line, a quarter of them also on the second program's.
    const int perManufacturer = m_config.products / m_manufacturers;
    const int extra = m_config.products % m_manufacturers;
    const int stride = std::max(1, 80000 / m_manufacturers);
    m_products.reserve(std::size_t(m_config.products));
    for (int m = 0; m < m_manufacturers; ++m) {
        const int count = perManufacturer + (m < extra ? 1 : 0);
        const GenProgram& primary = m_programs[std::size_t(m)];
        const int second = secondProgram[std::size_t(m)];
        for (int j = 0; j < count; ++j) {
            GenProduct g;
            g.id = qint64(m_products.size()) + 1;
            g.manufacturer = m;
            const QString upc11 = QStringLiteral("0%1%2")
                                      .arg(10001 + m * stride, 5, 10, QLatin1Char('0'))
                                      .arg(j, 5, 10, QLatin1Char('0'));
            g.upc = upc11 + QString::number(Gtin::checkDigit(upc11));
            g.gtin14 = QStringLiteral("00") + g.upc;
            int cardInProgram = -1;
            if (j < cardsPer)
                cardInProgram = j; // every card gets products
            else if (rng.chance(0.82))
                cardInProgram = rng.below(cardsPer);
            if (cardInProgram >= 0) {
                const int card = primary.firstCard + cardInProgram;
                g.kind = m_cards[std::size_t(card)].kind;
                g.cards[0] = card;
                g.cardCount = 1;
                if (second >= 0 && (j < cardsPer || rng.chance(0.25))) {
                    g.cards[1] = m_programs[std::size_t(second)].firstCard + cardInProgram;
                    g.cardCount = 2;
                }
                const CardKind& kind = cardKinds[g.kind];
                g.size = kind.sizes[std::size_t(rng.below(kind.sizeCount))];
            } else {
                g.size = SizeClass(rng.below(4));
            }
            static const int lowGrams[] = {300, 2300, 6800, 13700};
            static const int highGrams[] = {2300, 6800, 13700, 18200};
            const int s = int(g.size);
            g.weightGrams = lowGrams[s] + rng.below(highGrams[s] - lowGrams[s]);
            const int base = g.kind >= 0 ? cardKinds[g.kind].basePriceCents : 800;
            const int perKg = g.kind >= 0 ? cardKinds[g.kind].centsPerKg : 300;
            const int cents = base + int(qint64(perKg) * g.weightGrams / 1000);
            g.priceCents = std::max(199, (cents / 100) * 100 + 99);
            m_products.push_back(g);
        }
    }
    m_cardProducts.resize(m_cards.size());
    for (std::size_t i = 0; i < m_products.size(); ++i) {
        const GenProduct& g = m_products[i];
        for (int c = 0; c < g.cardCount; ++c) {
            m_cards[std::size_t(g.cards[std::size_t(c)])].products.push_back(int(i));
            Product p;
            p.id = g.id;
            p.sizeClass = g.size;
            p.price = Money{g.priceCents};
            p.active = true;
            m_cardProducts[std::size_t(g.cards[std::size_t(c)])].push_back(p);
        }
        if (g.cardCount > 0)
            m_qualifying.push_back(int(i));
        if (g.cardCount == 1)
            m_singleCard.push_back(int(i));
    }

    // A monthly offer per 25 programs, on qualifying products of one manufacturer.
    const int offerCount = std::max(1, programCount / 25);
    for (int o = 0; o < offerCount; ++o) {
        GenOffer g;
        g.id = QStringLiteral("OFR-%1").arg(pad(o + 1, 3));
        g.manufacturer = (o * 7) % m_manufacturers;
        g.distributor = g.manufacturer % distributorCount;
        const int first = g.manufacturer * perManufacturer + std::min(g.manufacturer, extra);
        for (int j = first; j < int(m_products.size()) && int(g.products.size()) < 30; ++j)
            if (m_products[std::size_t(j)].manufacturer == g.manufacturer &&
                m_products[std::size_t(j)].cardCount > 0)
                g.products.push_back(j);
        if (!g.products.empty())
            m_offers.push_back(g);
    }
}

QString productDescription(const QString& brand, const GenProduct& g, Rng& rng)
{
    const QString weight =
        g.weightGrams >= 1000
            ? QStringLiteral("%1 lb").arg(std::max(1, int(g.weightGrams / 453.6)))
            : QStringLiteral("%1 oz").arg(std::max(1, int(g.weightGrams / 28.35)));
    if (g.kind < 0)
        return QStringLiteral("%1 %2 %3")
            .arg(brand, QLatin1String(accessories[rng.below(int(std::size(accessories)))]), weight);
    const CardKind& kind = cardKinds[g.kind];
    const QLatin1String species(kind.species);
    QString stage;
    if (species == QLatin1String("dog"))
        stage = QLatin1String(rng.chance(0.7) ? "Adult Dog"
                                              : (rng.chance(0.5) ? "Puppy" : "Senior Dog"));
    else if (species == QLatin1String("cat"))
        stage = QLatin1String(rng.chance(0.7) ? "Adult Cat"
                                              : (rng.chance(0.5) ? "Kitten" : "Senior Cat"));
    else
        stage = QStringLiteral("Rabbit & Guinea Pig");
    return QStringLiteral("%1 %2 %3 %4 %5 %6")
        .arg(brand, QLatin1String(productLines[rng.below(int(std::size(productLines)))]), stage,
             QLatin1String(flavours[rng.below(int(std::size(flavours)))]),
             QLatin1String(kind.words), weight);
}

QJsonObject CatalogPlan::baseDocument() const
{
    QJsonArray manufacturers;
    for (int m = 0; m < m_manufacturers; ++m)
        manufacturers.append(QJsonObject{
            {QStringLiteral("id"), manufacturerId(m)},
            {QStringLiteral("name"), m_brands[std::size_t(m)] + QStringLiteral(" Pet Nutrition")}});
    QJsonArray distributors;
    for (int d = 0; d < distributorCount; ++d) {
        QJsonArray makers;
        QJsonArray subjects;
        QStringList seen;
        for (const GenProgram& p : m_programs)
            if (p.distributor == d && p.fulfillment == Fulfillment::Distributor) {
                subjects.append(p.id);
                if (!seen.contains(manufacturerId(p.manufacturer))) {
                    seen << manufacturerId(p.manufacturer);
                    makers.append(manufacturerId(p.manufacturer));
                }
            }
        for (const GenOffer& o : m_offers)
            if (o.distributor == d) {
                subjects.append(o.id);
                if (!seen.contains(manufacturerId(o.manufacturer))) {
                    seen << manufacturerId(o.manufacturer);
                    makers.append(manufacturerId(o.manufacturer));
                }
            }
        distributors.append(QJsonObject{
            {QStringLiteral("id"), distributorId(d)},
            {QStringLiteral("name"), QString::fromLatin1(distributorNames[d])},
            {QStringLiteral("provinces"),
             QJsonArray{QStringLiteral("ON"), QStringLiteral("QC"), QStringLiteral("MB")}},
            {QStringLiteral("manufacturers"), makers},
            {QStringLiteral("programs"), subjects}});
    }
    const QJsonObject doc{
        {QStringLiteral("format"), QStringLiteral("astro-catalog")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("cursor"), QStringLiteral("bench-base")},
        {QStringLiteral("retailer"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("RET-BENCH")},
                     {QStringLiteral("name"), QStringLiteral("Astro Bench Pet Supply")}}},
        {QStringLiteral("locations"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), benchLocationId()},
             {QStringLiteral("name"), QStringLiteral("Astro Bench Pet Supply — Main Street")},
             {QStringLiteral("address"), QStringLiteral("100 Main Street")},
             {QStringLiteral("city"), QStringLiteral("Toronto")},
             {QStringLiteral("postal_code"), QStringLiteral("M4E 2V5")},
             {QStringLiteral("phone"), QStringLiteral("416-555-0100")},
             {QStringLiteral("region"), QStringLiteral("ON")},
             {QStringLiteral("country"), QStringLiteral("CA")},
             {QStringLiteral("master"), true}}}},
        {QStringLiteral("manufacturers"), manufacturers},
        {QStringLiteral("distributors"), distributors}};
    return doc;
}

// The retailer, its location, manufacturers and distributors, through the catalog importer.
Status Generation::importBase()
{
    auto imported = CatalogImporter(m_store).importJson(Actor::system(benchLocationId()),
                                                        QJsonDocument(baseDocument()).toJson());
    if (!imported)
        return imported.error();
    return {};
}

Status Generation::createUsers()
{
    UserStore& users = m_store.users();
    auto admin = users.add(Actor::system(benchLocationId()), QStringLiteral("Bench Admin"),
                           Role::Admin, QStringLiteral("90210"));
    if (!admin)
        return admin.error();
    m_adminId = admin->id;
    const Actor adminActor{m_adminId, admin->name, Role::Admin, benchLocationId()};
    for (int i = 0; i < cashierCount; ++i) {
        auto cashier = users.add(adminActor, QStringLiteral("Bench Cashier %1").arg(i + 1),
                                 Role::Cashier, QStringLiteral("%1").arg(2460 + i * 111));
        if (!cashier)
            return cashier.error();
        m_cashierIds[std::size_t(i)] = cashier->id;
    }
    return {};
}

// A product's words, drawn from `rng` in catalog order (the seed of productSeed()).
struct ProductWords
{
    QString description;
    QString species;
    QString foodType;
};

quint64 productSeed(quint64 seed)
{
    return seed ^ 0x9E3779B97F4A7C15ULL;
}

ProductWords productWords(const QString& brand, const GenProduct& g, Rng& rng)
{
    static const char* const otherSpecies[] = {"dog",  "cat",     "small_animal", "bird",
                                               "fish", "reptile", "other"};
    ProductWords w;
    w.description = productDescription(brand, g, rng);
    w.species = g.kind >= 0
                    ? QString::fromLatin1(cardKinds[g.kind].species)
                    : QString::fromLatin1(otherSpecies[rng.below(int(std::size(otherSpecies)))]);
    w.foodType =
        g.kind >= 0 ? QString::fromLatin1(cardKinds[g.kind].foodType) : QStringLiteral("other");
    return w;
}

QJsonArray CatalogPlan::productsJson() const
{
    Rng rng(productSeed(m_config.seed));
    QJsonArray out;
    for (const GenProduct& g : m_products) {
        const ProductWords w = productWords(m_brands[std::size_t(g.manufacturer)], g, rng);
        out.append(QJsonObject{{QStringLiteral("upc"), g.upc},
                               {QStringLiteral("description"), w.description},
                               {QStringLiteral("manufacturer"), manufacturerId(g.manufacturer)},
                               {QStringLiteral("species"), w.species},
                               {QStringLiteral("food_type"), w.foodType},
                               {QStringLiteral("size_class"), toCode(g.size)},
                               {QStringLiteral("weight_grams"), g.weightGrams},
                               {QStringLiteral("price_cents"), g.priceCents}});
    }
    return out;
}

Status Generation::writeProducts()
{
    Rng rng(productSeed(m_config.seed));
    if (auto s = m_db.begin(); !s)
        return s;
    BulkInsert insert(m_db, QStringLiteral("products"),
                      {QStringLiteral("id"), QStringLiteral("gtin"), QStringLiteral("description"),
                       QStringLiteral("manufacturer_id"), QStringLiteral("species"),
                       QStringLiteral("food_type"), QStringLiteral("size_class"),
                       QStringLiteral("weight_grams"), QStringLiteral("price_cents"),
                       QStringLiteral("active"), QStringLiteral("search_key")});
    QString mfr;
    int mfrOf = -1;
    for (const GenProduct& g : m_products) {
        if (g.manufacturer != mfrOf) {
            mfrOf = g.manufacturer;
            mfr = manufacturerId(g.manufacturer);
        }
        const ProductWords w = productWords(m_brands[std::size_t(g.manufacturer)], g, rng);
        if (auto s = insert.row(g.id, g.gtin14, w.description, mfr, w.species, w.foodType,
                                toCode(g.size), g.weightGrams, g.priceCents, 1,
                                text::searchKey(w.description));
            !s)
            return s;
    }
    if (auto s = insert.flush(); !s)
        return s;
    return m_db.commit();
}

QString cardTitle(const GenCard& c)
{
    return QStringLiteral("%1 — Buy %2 Get %3 Free")
        .arg(QLatin1String(cardKinds[c.kind].label))
        .arg(c.buy)
        .arg(c.get);
}

QJsonObject CatalogPlan::programsDocument() const
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC).date();
    const QString from = today.addYears(-3).toString(Qt::ISODate);
    QJsonArray programs;
    for (const GenProgram& p : m_programs) {
        QJsonArray cards;
        for (int c = 0; c < m_config.cardsPerProgram; ++c) {
            const GenCard& card = m_cards[std::size_t(p.firstCard + c)];
            QJsonArray upcs;
            for (int product : card.products)
                upcs.append(m_products[std::size_t(product)].upc);
            QJsonObject o{
                {QStringLiteral("id"), card.id},
                {QStringLiteral("title"), cardTitle(card)},
                {QStringLiteral("buy"), card.buy},
                {QStringLiteral("get"), card.get},
                {QStringLiteral("rule"), toCode(card.rule)},
                {QStringLiteral("time_limit_months"), card.timeLimitMonths},
                {QStringLiteral("cost_cents"), QJsonObject{{QStringLiteral("S"), card.cost[0]},
                                                           {QStringLiteral("M"), card.cost[1]},
                                                           {QStringLiteral("L"), card.cost[2]},
                                                           {QStringLiteral("XL"), card.cost[3]}}},
                {QStringLiteral("products"), upcs}};
            if (card.maxPerCustomer)
                o.insert(QStringLiteral("max_per_customer"), *card.maxPerCustomer);
            cards.append(o);
        }
        const QString brand = m_brands[std::size_t(p.manufacturer)];
        programs.append(QJsonObject{
            {QStringLiteral("id"), p.id},
            {QStringLiteral("manufacturer"), manufacturerId(p.manufacturer)},
            {QStringLiteral("title"),
             p.secondary ? (p.kind == ProgramKind::Tracking ? brand + QStringLiteral(" Tracking")
                                                            : brand + QStringLiteral(" Treat Club"))
                         : brand + QStringLiteral(" Frequent Buyer")},
            {QStringLiteral("description"),
             QStringLiteral("Buy the bags, get one free: every %1 line has its card.").arg(brand)},
            {QStringLiteral("kind"), toCode(p.kind)},
            {QStringLiteral("fulfillment"), toCode(p.fulfillment)},
            {QStringLiteral("available_from"), from},
            {QStringLiteral("available_to"), QStringLiteral("2099-12-31")},
            {QStringLiteral("regions"), QJsonArray{QStringLiteral("CA")}},
            {QStringLiteral("cards"), cards}});
    }
    QJsonArray offers;
    for (std::size_t i = 0; i < m_offers.size(); ++i) {
        const GenOffer& o = m_offers[i];
        QJsonArray upcs;
        for (int product : o.products)
            upcs.append(m_products[std::size_t(product)].upc);
        const bool rebate = i % 2 == 1;
        QJsonObject offer{
            {QStringLiteral("id"), o.id},
            {QStringLiteral("manufacturer"), manufacturerId(o.manufacturer)},
            {QStringLiteral("title"),
             rebate ? QStringLiteral("$5 off this month") : QStringLiteral("Buy 2 get 1 free")},
            {QStringLiteral("kind"),
             rebate ? QStringLiteral("rebate") : QStringLiteral("free_good")},
            {QStringLiteral("buy"), rebate ? 1 : 2},
            {QStringLiteral("fulfillment"), QStringLiteral("distributor")},
            {QStringLiteral("available_from"), today.addDays(-10).toString(Qt::ISODate)},
            {QStringLiteral("available_to"), today.addDays(20).toString(Qt::ISODate)},
            {QStringLiteral("regions"), QJsonArray{QStringLiteral("CA")}},
            {QStringLiteral("products"), upcs}};
        if (rebate)
            offer.insert(QStringLiteral("rebate_cents"), 500);
        else
            offer.insert(QStringLiteral("get"), 1);
        offers.append(offer);
    }
    const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("astro-catalog")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("cursor"), QStringLiteral("bench-programs")},
                          {QStringLiteral("programs"), programs},
                          {QStringLiteral("offers"), offers}};
    return doc;
}

// Programs with their cards and the offers, through the catalog importer (the products are
// already in the database).
Status Generation::importPrograms()
{
    auto imported = CatalogImporter(m_store).importJson(Actor::system(benchLocationId()),
                                                        QJsonDocument(programsDocument()).toJson());
    if (!imported)
        return imported.error();
    return {};
}

// The location is enrolled in every program and offer, as an Admin would do it.
Status Generation::enroll()
{
    const Actor admin{m_adminId, QStringLiteral("Bench Admin"), Role::Admin, benchLocationId()};
    EnrollmentService& enrollment = m_store.enrollment();
    for (const GenProgram& p : m_programs) {
        QString distributor;
        if (p.fulfillment == Fulfillment::Distributor)
            distributor = p.held ? Distributor::temporaryHoldingId() : distributorId(p.distributor);
        if (auto r = enrollment.set(admin, benchLocationId(), p.id, distributor, p.accountNumber);
            !r)
            return r.error();
    }
    for (const GenOffer& o : m_offers)
        if (auto r = enrollment.set(admin, benchLocationId(), o.id, distributorId(o.distributor),
                                    QStringLiteral("%1-OFFERS").arg(distributorId(o.distributor)));
            !r)
            return r.error();
    // Retailer-fulfilled rewards land in monthly credit batches (the history below follows it).
    return m_store.setSetting(QStringLiteral("batch_cadence"), QStringLiteral("monthly"));
}

// ---------------------------------------------------------------------------------------------
// Customers.

Status Generation::writeCustomers()
{
    Rng rng(m_config.seed ^ 0xC2B2AE3D27D4EB4FULL);
    std::vector<QString> firsts;
    std::vector<QString> firstKeys;
    std::vector<QString> firstMail;
    std::vector<double> firstWeights;
    for (std::size_t i = 0; i < std::size(firstNames); ++i) {
        firsts.push_back(QString::fromUtf8(firstNames[i]));
        firstKeys.push_back(text::searchKey(firsts.back()));
        firstMail.push_back(
            QString(firstKeys.back()).remove(QRegularExpression(QStringLiteral("[^a-z]"))));
        firstWeights.push_back(1.0 / std::pow(double(i) + 8.0, 0.9));
    }
    std::vector<QString> lasts;
    std::vector<QString> lastKeys;
    std::vector<QString> lastMail;
    std::vector<double> lastWeights;
    for (std::size_t i = 0; i < std::size(lastNames); ++i) {
        lasts.push_back(QString::fromUtf8(lastNames[i]));
        lastKeys.push_back(text::searchKey(lasts.back()));
        lastMail.push_back(
            QString(lastKeys.back()).remove(QRegularExpression(QStringLiteral("[^a-z]"))));
        lastWeights.push_back(1.0 / std::pow(double(i) + 5.0, 1.0));
    }
    const Weighted pickFirst(firstWeights);
    const Weighted pickLast(lastWeights);
    std::vector<double> areaWeights;
    for (const auto& a : areaCodes)
        areaWeights.push_back(a.second);
    const Weighted pickArea(areaWeights);

    const int n = m_config.customers;
    const std::vector<Uuid> uuids = sortedUuids(rng, std::size_t(n));

    if (auto s = m_db.begin(); !s)
        return s;
    BulkInsert insert(m_db, QStringLiteral("customers"),
                      {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("first_name"),
                       QStringLiteral("last_name"), QStringLiteral("phone"),
                       QStringLiteral("email"), QStringLiteral("first_key"),
                       QStringLiteral("last_key"), QStringLiteral("created_at")});
    char phone[16];
    for (int i = 0; i < n; ++i) {
        const int f = pickFirst.pick(rng);
        const int l = pickLast.pick(rng);
        const bool hasPhone = rng.chance(0.92);
        const bool hasEmail = !hasPhone || rng.chance(0.45);
        QString phoneText;
        if (hasPhone) {
            std::snprintf(phone, sizeof phone, "%s%03d%04d", areaCodes[pickArea.pick(rng)].first,
                          200 + rng.below(800), rng.below(10000));
            phoneText = QString::fromLatin1(phone, 10);
        }
        QString email;
        if (hasEmail)
            email = QStringLiteral("%1.%2%3@%4")
                        .arg(firstMail[std::size_t(f)], lastMail[std::size_t(l)])
                        .arg(rng.below(100))
                        .arg(QLatin1String(emailDomains[rng.below(int(std::size(emailDomains)))]));
        const qint64 created = m_customerCreatedMs[std::size_t(i)];
        if (auto s =
                insert.row(qint64(i) + 1, uuidText(uuids[std::size_t(i)]), firsts[std::size_t(f)],
                           lasts[std::size_t(l)], phoneText, email, firstKeys[std::size_t(f)],
                           lastKeys[std::size_t(l)], isoMs(created));
            !s)
            return s;
    }
    if (auto s = insert.flush(); !s)
        return s;
    return m_db.commit();
}

// Sign-ups spread over three years, in id order (the history planner needs them up front).
void Generation::planSignups()
{
    Rng rng(m_config.seed ^ 0xD6E8FEB86659FD93ULL);
    const qint64 n = m_config.customers;
    const qint64 start = m_nowMs - 3 * 365 * msPerDay;
    const qint64 span = m_nowMs - 3 * 3600000 - start;
    m_customerCreatedMs.resize(std::size_t(n));
    for (qint64 i = 0; i < n; ++i)
        m_customerCreatedMs[std::size_t(i)] = start + span * i / n + rng.below(3600000);
}

// ---------------------------------------------------------------------------------------------
// History: who bought what when, the cards it completed and the rewards given.

void Generation::planHistory(Rng& rng)
{
    History& h = m_history;
    const int n = m_config.customers;
    const qint64 target = m_config.punches;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC);

    // Each customer's share of the punches: a fifth never come back; the others buy with a
    // heavy-tailed (log-normal) appetite.
    std::vector<double> weight(std::size_t(n), 0.0);
    double total = 0;
    for (int c = 0; c < n; ++c)
        if (rng.chance(0.8)) {
            weight[std::size_t(c)] = std::exp(rng.normal() * 1.0);
            total += weight[std::size_t(c)];
        }
    std::vector<qint64> quota(std::size_t(n), 0);
    qint64 assigned = 0;
    for (int c = 0; c < n && total > 0; ++c) {
        const double exact = double(target) * weight[std::size_t(c)] / total;
        qint64 q = qint64(exact);
        if (rng.uniform() < exact - double(q))
            ++q;
        quota[std::size_t(c)] = q;
        assigned += q;
    }
    while (assigned != target && n > 0) { // rounding leftovers, on active customers
        const int c = rng.below(n);
        if (weight[std::size_t(c)] == 0)
            continue;
        if (assigned < target) {
            ++quota[std::size_t(c)];
            ++assigned;
        } else if (quota[std::size_t(c)] > 0) {
            --quota[std::size_t(c)];
            --assigned;
        }
    }

    h.visits.reserve(std::size_t(target / 2 + 16));
    h.scans.reserve(std::size_t(target + 16));
    static const double visitSizes[] = {0.45, 0.75, 0.90, 1.0}; // 1..4 items, cumulative
    const qint64 historyStart = m_nowMs - 2 * 365 * msPerDay;
    const qint64 historyEnd = m_nowMs - 2 * 3600000;

    struct CardUnits
    {
        int card;
        std::vector<PunchUnit> units;
    };
    std::vector<CardUnits> touched;
    std::vector<PlanScan> mine;
    std::vector<qint64> times;

    auto pickQualifying = [&]() {
        return m_qualifying[std::size_t(rng.below(int(m_qualifying.size())))];
    };
    for (int c = 0; c < n; ++c) {
        const qint64 q = quota[std::size_t(c)];
        if (q == 0)
            continue;
        // Pet owners buy the same food again and again: a favourite item, another size of it,
        // and a second line; now and then something else.
        const int f0 = pickQualifying();
        const auto& sameCard = m_cards[std::size_t(m_products[std::size_t(f0)].cards[0])].products;
        const int f1 = sameCard[std::size_t(rng.below(int(sameCard.size())))];
        const int f2 = pickQualifying();
        mine.clear();
        qint64 done = 0;
        while (done < q) {
            const double r = rng.uniform();
            int p = r < 0.60 ? f0 : r < 0.75 ? f1 : r < 0.85 ? f2 : pickQualifying();
            const GenProduct* g = &m_products[std::size_t(p)];
            if (g->cardCount > q - done) {
                p = m_singleCard[std::size_t(rng.below(int(m_singleCard.size())))];
                g = &m_products[std::size_t(p)];
            }
            PlanScan s;
            s.product = quint32(p);
            const double qr = rng.uniform();
            s.quantity = quint8(qr < 0.86 ? 1 : qr < 0.95 ? 2 : 3 + rng.below(4));
            s.priceCents = rng.chance(0.05) ? (g->priceCents * 85 / 100) : g->priceCents;
            mine.push_back(s);
            done += g->cardCount;
        }
        // Group the items into visits and date them.
        std::vector<int> sizes;
        for (std::size_t i = 0; i < mine.size();) {
            const double r = rng.uniform();
            int size = 1;
            while (size < 4 && r >= visitSizes[size - 1])
                ++size;
            size = int(std::min<std::size_t>(std::size_t(size), mine.size() - i));
            sizes.push_back(size);
            i += std::size_t(size);
        }
        const qint64 from = std::max(historyStart, m_customerCreatedMs[std::size_t(c)]);
        const qint64 span = std::max<qint64>(1, historyEnd - from - 600000);
        times.clear();
        for (std::size_t v = 0; v < sizes.size(); ++v)
            times.push_back(from + qint64(rng.uniform() * double(span)));
        std::sort(times.begin(), times.end());

        touched.clear();
        std::size_t next = 0;
        for (std::size_t v = 0; v < sizes.size(); ++v) {
            PlanVisit visit;
            visit.atMs = times[v];
            visit.customer = quint32(c);
            visit.firstScan = quint32(h.scans.size());
            visit.scanCount = quint16(sizes[v]);
            visit.cashier = quint8(rng.below(cashierCount));
            std::array<int, 8> cardIds{};
            std::array<int, 8> cardUnits{};
            int cardsInVisit = 0;
            for (int k = 0; k < sizes[v]; ++k) {
                const PlanScan& s = mine[next++];
                h.scans.push_back(s);
                const GenProduct& g = m_products[s.product];
                const QDateTime at = QDateTime::fromMSecsSinceEpoch(scanAtMs(visit, k), Qt::UTC);
                for (int ci = 0; ci < g.cardCount; ++ci) {
                    const int card = g.cards[std::size_t(ci)];
                    ++h.punches;
                    auto it = std::find_if(touched.begin(), touched.end(),
                                           [&](const CardUnits& u) { return u.card == card; });
                    if (it == touched.end()) {
                        touched.push_back(CardUnits{card, {}});
                        it = touched.end() - 1;
                    }
                    const PunchUnit unit{0, at, g.id, QString(), s.priceCents, g.size};
                    for (int u = 0; u < s.quantity; ++u)
                        it->units.push_back(unit);
                    int slot = 0;
                    while (slot < cardsInVisit && cardIds[std::size_t(slot)] != card)
                        ++slot;
                    if (slot == cardsInVisit && cardsInVisit < int(cardIds.size())) {
                        cardIds[std::size_t(slot)] = card;
                        ++cardsInVisit;
                    }
                    if (slot < int(cardIds.size()))
                        cardUnits[std::size_t(slot)] += s.quantity;
                }
            }
            for (int i = 0; i < cardsInVisit; ++i)
                if (cardUnits[std::size_t(i)] > 1)
                    visit.multi = true;
            h.visits.push_back(visit);
        }

        // The engine's replay says which cards completed; the customer redeemed most of the
        // older rewards, in order, each on an item the card's rule allows.
        for (const CardUnits& cu : touched) {
            const GenCard& card = m_cards[std::size_t(cu.card)];
            const CardState state = CardReplay::play(cu.units, card.buy, card.timeLimitMonths, now);
            bool redeeming = true;
            int redeemed = 0;
            for (std::size_t i = 0; i < state.completed.size(); ++i) {
                PlanReward r;
                r.earnedMs = state.completed[i].earnedAt.toMSecsSinceEpoch();
                r.customer = quint32(c);
                r.card = quint32(cu.card);
                r.seq = quint32(i + 1);
                r.units = quint8(card.get);
                r.cashier = quint8(rng.below(cashierCount));
                const qint64 age = historyEnd - r.earnedMs;
                if (redeeming && card.maxPerCustomer && redeemed >= *card.maxPerCustomer)
                    redeeming = false;
                if (redeeming && age > 600000 && rng.chance(age > 45 * msPerDay ? 0.85 : 0.35)) {
                    const qint64 delay =
                        600000 +
                        qint64(rng.uniform() * double(std::min(40 * msPerDay, age - 600000)));
                    const std::vector<Product> allowed = RewardRules::eligible(
                        card.rule, m_cardProducts[std::size_t(cu.card)], state.completed[i].units);
                    if (!allowed.empty()) {
                        const Product& item = allowed[std::size_t(rng.below(int(allowed.size())))];
                        r.redeemedMs = r.earnedMs + delay;
                        r.redeemedProduct = qint32(item.id - 1);
                        ++redeemed;
                    }
                }
                if (r.redeemedMs == 0)
                    redeeming = false; // later rewards wait behind this one
                h.rewards.push_back(r);
            }
        }
    }
}

Status Generation::writeVisits()
{
    History& h = m_history;
    Rng rng(m_config.seed ^ 0x165667B19E3779F9ULL);
    // Rows go in time order, as the counter would have written them.
    std::vector<quint32>& order = m_visitOrder;
    order.resize(h.visits.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](quint32 a, quint32 b) { return h.visits[a].atMs < h.visits[b].atMs; });

    const QString location = benchLocationId();
    const QString multiReason = QStringLiteral("Bought several bags");

    if (auto s = m_db.begin(); !s)
        return s;
    BulkInsert visits(m_db, QStringLiteral("visits"),
                      {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("customer_id"),
                       QStringLiteral("location_id"), QStringLiteral("user_id"),
                       QStringLiteral("transaction_id"), QStringLiteral("started_at"),
                       QStringLiteral("finished_at"), QStringLiteral("reason")});
    {
        const std::vector<Uuid> uuids = sortedUuids(rng, h.visits.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            const PlanVisit& v = h.visits[order[i]];
            const QString uuid = uuidText(uuids[i]);
            if (auto s = visits.row(qint64(i) + 1, uuid, qint64(v.customer) + 1, location,
                                    m_cashierIds[v.cashier], uuid, isoMs(v.atMs - 40000),
                                    isoMs(scanAtMs(v, v.scanCount) + 25000),
                                    v.multi ? multiReason : QString());
                !s)
                return s;
            if ((i + 1) % 500000 == 0) {
                if (auto s = visits.flush(); !s)
                    return s;
                if (auto s = m_db.commit(); !s)
                    return s;
                if (auto s = m_db.begin(); !s)
                    return s;
            }
        }
        if (auto s = visits.flush(); !s)
            return s;
    }
    if (auto s = m_db.commit(); !s)
        return s;
    return {};
}

Status Generation::writeScans()
{
    History& h = m_history;
    Rng rng(m_config.seed ^ 0x85EBCA77C2B2AE63ULL);
    const std::vector<quint32>& order = m_visitOrder;
    const QString location = benchLocationId();
    if (auto s = m_db.begin(); !s)
        return s;
    BulkInsert scans(m_db, QStringLiteral("scans"),
                     {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("visit_id"),
                      QStringLiteral("customer_id"), QStringLiteral("product_id"),
                      QStringLiteral("quantity"), QStringLiteral("unit_price_cents"),
                      QStringLiteral("at"), QStringLiteral("location_id"),
                      QStringLiteral("user_id")});
    {
        const std::vector<Uuid> uuids = sortedUuids(rng, h.scans.size());
        qint64 scanId = 0;
        for (std::size_t i = 0; i < order.size(); ++i) {
            const PlanVisit& v = h.visits[order[i]];
            const qint64 visitId = qint64(i) + 1;
            const qint64 customerId = qint64(v.customer) + 1;
            for (int k = 0; k < v.scanCount; ++k) {
                const PlanScan& s = h.scans[v.firstScan + quint32(k)];
                const GenProduct& g = m_products[s.product];
                const QString at = isoMs(scanAtMs(v, k));
                ++scanId;
                if (auto r = scans.row(scanId, uuidText(uuids[std::size_t(scanId - 1)]), visitId,
                                       customerId, g.id, int(s.quantity), int(s.priceCents), at,
                                       location, m_cashierIds[v.cashier]);
                    !r)
                    return r;
            }
            if ((i + 1) % 200000 == 0) {
                if (auto r = scans.flush(); !r)
                    return r;
                if (auto r = m_db.commit(); !r)
                    return r;
                if (auto r = m_db.begin(); !r)
                    return r;
            }
        }
        if (auto r = scans.flush(); !r)
            return r;
    }
    if (auto s = m_db.commit(); !s)
        return s;
    return {};
}

// Each scan punches every card its product is on (all programs are enrolled and running,
// as VisitService::punchableCards requires): the punch rows follow from the scans and
// card_products, in scan order, without passing 5 million rows through the driver.
Status Generation::writePunches()
{
    const History& h = m_history;
    if (auto s = m_db.begin(); !s)
        return s;
    auto punched = m_db.update(QStringLiteral(
        "INSERT INTO punches (scan_id, customer_id, card_id, product_id, quantity, "
        "unit_price_cents, at) SELECT s.id, s.customer_id, cp.card_id, s.product_id, s.quantity, "
        "s.unit_price_cents, s.at FROM scans s JOIN card_products cp ON cp.product_id = "
        "s.product_id ORDER BY s.id, cp.card_id"));
    if (!punched)
        return punched.error();
    if (*punched != h.punches)
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("planned %1 punches, wrote %2").arg(h.punches).arg(*punched));
    return m_db.commit();
}

Status Generation::writeRewards()
{
    History& h = m_history;
    Rng rng(m_config.seed ^ 0x27D4EB2F165667C5ULL);
    std::stable_sort(
        h.rewards.begin(), h.rewards.end(),
        [](const PlanReward& a, const PlanReward& b) { return a.earnedMs < b.earnedMs; });
    const QString location = benchLocationId();

    if (auto s = m_db.begin(); !s)
        return s;
    BulkInsert rewards(m_db, QStringLiteral("rewards"),
                       {QStringLiteral("id"), QStringLiteral("customer_id"),
                        QStringLiteral("card_id"), QStringLiteral("seq"),
                        QStringLiteral("earned_at"), QStringLiteral("units")});
    std::vector<quint32> redeemed; // indexes into h.rewards (reward id = index + 1)
    for (std::size_t i = 0; i < h.rewards.size(); ++i) {
        const PlanReward& r = h.rewards[i];
        if (auto s = rewards.row(qint64(i) + 1, qint64(r.customer) + 1, m_cards[r.card].id,
                                 int(r.seq), isoMs(r.earnedMs), int(r.units));
            !s)
            return s;
        if (r.redeemedMs > 0)
            redeemed.push_back(quint32(i));
    }
    if (auto s = rewards.flush(); !s)
        return s;

    // Redemptions in time order. Retailer-fulfilled ones sit in the monthly credit batches of
    // their manufacturer (opened by the first redemption, like BatchService::openBatchFor);
    // the others went to the enrolled distributor (or are held) or to the manufacturer.
    std::stable_sort(redeemed.begin(), redeemed.end(), [&](quint32 a, quint32 b) {
        return h.rewards[a].redeemedMs < h.rewards[b].redeemedMs;
    });
    struct Batch
    {
        qint64 id;
        qint64 periodEndMs;
    };
    QHash<QString, Batch> openBatches; // manufacturer -> its current batch
    BulkInsert batches(m_db, QStringLiteral("batches"),
                       {QStringLiteral("id"), QStringLiteral("manufacturer_id"),
                        QStringLiteral("location_id"), QStringLiteral("status"),
                        QStringLiteral("opened_at"), QStringLiteral("period_end"),
                        QStringLiteral("closed_at"), QStringLiteral("submitted_at"),
                        QStringLiteral("completed_at")},
                       1);
    BulkInsert redemptions(
        m_db, QStringLiteral("redemptions"),
        {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("reward_id"),
         QStringLiteral("customer_id"), QStringLiteral("program_id"), QStringLiteral("card_id"),
         QStringLiteral("manufacturer_id"), QStringLiteral("product_id"),
         QStringLiteral("quantity"), QStringLiteral("cost_cents"), QStringLiteral("at"),
         QStringLiteral("location_id"), QStringLiteral("user_id"), QStringLiteral("fulfillment"),
         QStringLiteral("distributor_id"), QStringLiteral("account_number"),
         QStringLiteral("credit_status"), QStringLiteral("batch_id")});
    const std::vector<Uuid> uuids = sortedUuids(rng, redeemed.size());
    qint64 batchCount = 0;
    for (std::size_t i = 0; i < redeemed.size(); ++i) {
        const PlanReward& r = h.rewards[redeemed[i]];
        const GenCard& card = m_cards[r.card];
        const GenProgram& program = m_programs[std::size_t(card.program)];
        const GenProduct& item = m_products[std::size_t(r.redeemedProduct)];
        const QString mfr = manufacturerId(program.manufacturer);
        const qint64 age = m_nowMs - r.redeemedMs;
        QVariant distributor;
        QString status;
        QVariant batchId;
        switch (program.fulfillment) {
        case Fulfillment::Retailer: {
            status = QStringLiteral("batched");
            auto it = openBatches.find(mfr);
            if (it == openBatches.end() || r.redeemedMs >= it->periodEndMs) {
                const QDateTime opened = QDateTime::fromMSecsSinceEpoch(r.redeemedMs, Qt::UTC);
                const qint64 end =
                    BatchService::periodEnd(opened, BatchCadence::Monthly).toMSecsSinceEpoch();
                const qint64 submitted = end + 2 * msPerDay;
                const qint64 completed = end + 20 * msPerDay;
                const QString state = end > m_nowMs         ? QStringLiteral("open")
                                      : submitted > m_nowMs ? QStringLiteral("closed")
                                      : completed > m_nowMs ? QStringLiteral("submitted")
                                                            : QStringLiteral("complete");
                auto when = [&](qint64 ms) {
                    return ms <= m_nowMs ? QVariant(isoMs(ms)) : QVariant();
                };
                ++batchCount;
                if (auto s = batches.row(batchCount, mfr, location, state, isoMs(r.redeemedMs),
                                         isoMs(end), when(end), when(submitted), when(completed));
                    !s)
                    return s;
                it = openBatches.insert(mfr, Batch{batchCount, end});
            }
            batchId = it->id;
            break;
        }
        case Fulfillment::Direct:
            status = age > 45 * msPerDay   ? QStringLiteral("reconciled")
                     : age > 15 * msPerDay ? QStringLiteral("credited")
                                           : QStringLiteral("uncredited");
            break;
        case Fulfillment::Distributor:
            if (program.held) {
                distributor = Distributor::temporaryHoldingId();
                status = QStringLiteral("held");
            } else {
                distributor = distributorId(program.distributor);
                status = age > 45 * msPerDay   ? QStringLiteral("reconciled")
                         : age > 15 * msPerDay ? QStringLiteral("credited")
                                               : QStringLiteral("uncredited");
            }
            break;
        }
        if (auto s = redemptions.row(qint64(i) + 1, uuidText(uuids[i]), qint64(redeemed[i]) + 1,
                                     qint64(r.customer) + 1, program.id, card.id, mfr, item.id,
                                     int(r.units), card.cost[std::size_t(item.size)] * int(r.units),
                                     isoMs(r.redeemedMs), location, m_cashierIds[r.cashier],
                                     toCode(program.fulfillment), distributor,
                                     program.accountNumber, status, batchId);
            !s)
            return s;
    }
    if (auto s = batches.flush(); !s)
        return s;
    if (auto s = redemptions.flush(); !s)
        return s;
    return m_db.commit();
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

} // namespace

Result<GenerationReport> Generator::run()
{
    Generation generation(m_config, m_store);
    return generation.run();
}

Result<QByteArray> catalogDocument(const Config& config)
{
    if (auto s = checkSizes(config); !s)
        return s.error();
    CatalogPlan plan(config);
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

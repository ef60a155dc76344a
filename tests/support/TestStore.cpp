#include "TestStore.h"

#include "backup/Backup.h"
#include "customers/CustomerStore.h"
#include "demo/DemoStore.h"
#include "domain/Gtin.h"
#include "enrollment/EnrollmentService.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/stat.h>

namespace astro::test {

namespace {

// The small catalog, card by card. Every card has its own products, except SHARED-1, which is
// on CRD-ANY (PRG-DIST) and CRD-PRIOR (PRG-RET).
//
// PRG-DIST   distributor, M1, US+CA: CRD-ANY (buy 3 get 1, any), CRD-LEAST (3/1, least_value),
//            CRD-SIZE (3/1, same_size), CRD-TIME (3/1, any, 6-month limit, max 1 per customer),
//            CRD-CAP (2/1, any, max 1 for the whole program), CRD-ENDED (2/1, ended 2026-06-30)
// PRG-RET    retailer, M2, US+CA: CRD-PRIOR (3/1, purchased_prior)
// PRG-DIRECT direct, M1, US+CA: CRD-FREQ (3/1, most_frequent)
// PRG-HOLD   distributor, M2, CA: CRD-HOLD (2/1, any)
// PRG-NE     distributor, M1, US+CA: CRD-NE (2/1, any) — nobody enrolls in it
// OFR-BOGO   free good buy 1 get 1, M1, distributor, Nov 2026, limit 1: BOGO-1
// OFR-REBATE rebate $5 for 2, M2, retailer, Nov 2026, cap $10, email required: REB-1
// NOCARD-1   on no card and no offer
struct ProductRow
{
    const char* name;
    const char* manufacturer;
    const char* size;
    int priceCents;
};

const ProductRow products[] = {
    {"ANY-1", "M1", "L", 5000}, {"ANY-2", "M1", "L", 4000},    {"ANY-3", "M1", "S", 1000},
    {"LV-1", "M1", "L", 3000},  {"LV-2", "M1", "L", 2000},     {"LV-3", "M1", "S", 1000},
    {"LV-4", "M1", "L", 2500},  {"SZ-S1", "M1", "S", 1000},    {"SZ-S2", "M1", "S", 1200},
    {"SZ-L1", "M1", "L", 4000}, {"SZ-L2", "M1", "L", 4500},    {"PP-1", "M2", "M", 2000},
    {"PP-2", "M2", "M", 2200},  {"PP-3", "M2", "M", 2400},     {"MF-1", "M1", "M", 1500},
    {"MF-2", "M1", "M", 1600},  {"MF-3", "M1", "M", 1700},     {"TL-1", "M1", "S", 900},
    {"CAP-1", "M1", "S", 800},  {"END-1", "M1", "S", 700},     {"HOLD-1", "M2", "XL", 9000},
    {"NE-1", "M1", "S", 500},   {"SHARED-1", "M1", "L", 3500}, {"BOGO-1", "M1", "S", 1200},
    {"REB-1", "M2", "S", 1500}, {"NOCARD-1", "M1", "S", 100},
};

QJsonArray upcs(std::initializer_list<const char*> names)
{
    QJsonArray a;
    for (const char* n : names)
        a.append(upc(n));
    return a;
}

QJsonObject card(const char* id, const char* title, int buy, int get, const char* rule,
                 std::initializer_list<const char*> items, QJsonObject extra = {})
{
    QJsonObject c{{QStringLiteral("id"), QLatin1String(id)},
                  {QStringLiteral("title"), QLatin1String(title)},
                  {QStringLiteral("buy"), buy},
                  {QStringLiteral("get"), get},
                  {QStringLiteral("rule"), QLatin1String(rule)},
                  {QStringLiteral("cost_cents"), QJsonObject{{QStringLiteral("S"), 1000},
                                                             {QStringLiteral("M"), 2000},
                                                             {QStringLiteral("L"), 4000},
                                                             {QStringLiteral("XL"), 6000}}},
                  {QStringLiteral("products"), upcs(items)}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        c.insert(it.key(), it.value());
    return c;
}

QJsonObject program(const char* id, const char* manufacturer, const char* fulfillment,
                    QJsonArray regions, QJsonArray cards, const char* kind = "frequent_buyer")
{
    return {{QStringLiteral("id"), QLatin1String(id)},
            {QStringLiteral("manufacturer"), QLatin1String(manufacturer)},
            {QStringLiteral("title"), QStringLiteral("Program %1").arg(QLatin1String(id))},
            {QStringLiteral("kind"), QLatin1String(kind)},
            {QStringLiteral("fulfillment"), QLatin1String(fulfillment)},
            {QStringLiteral("available_from"), QStringLiteral("2026-01-01")},
            {QStringLiteral("available_to"), QStringLiteral("2099-12-31")},
            {QStringLiteral("regions"), regions},
            {QStringLiteral("cards"), cards}};
}

} // namespace

QString upc(const char* name)
{
    int index = 0;
    for (const ProductRow& p : products) {
        if (qstrcmp(p.name, name) == 0) {
            const QString body = QStringLiteral("0%1").arg(70000 + index, 10, 10, QLatin1Char('0'));
            return body + QString::number(Gtin::checkDigit(body));
        }
        ++index;
    }
    qFatal("unknown test product %s", name);
    return {};
}

QByteArray smallCatalog()
{
    QJsonArray productList;
    for (const ProductRow& p : products)
        productList.append(
            QJsonObject{{QStringLiteral("upc"), upc(p.name)},
                        {QStringLiteral("description"),
                         QStringLiteral("Test item %1").arg(QLatin1String(p.name))},
                        {QStringLiteral("manufacturer"), QLatin1String(p.manufacturer)},
                        {QStringLiteral("species"), QStringLiteral("dog")},
                        {QStringLiteral("food_type"), QStringLiteral("kibble")},
                        {QStringLiteral("size_class"), QLatin1String(p.size)},
                        {QStringLiteral("price_cents"), p.priceCents}});
    const QJsonArray both{QStringLiteral("US"), QStringLiteral("CA")};
    QJsonArray programs{
        program(
            "PRG-DIST", "M1", "distributor", both,
            {card("CRD-ANY", "Any card", 3, 1, "any", {"ANY-1", "ANY-2", "ANY-3", "SHARED-1"}),
             card("CRD-LEAST", "Least card", 3, 1, "least_value", {"LV-1", "LV-2", "LV-3", "LV-4"}),
             card("CRD-SIZE", "Size card", 3, 1, "same_size", {"SZ-S1", "SZ-S2", "SZ-L1", "SZ-L2"}),
             card("CRD-TIME", "Time card", 3, 1, "any", {"TL-1"},
                  {{QStringLiteral("time_limit_months"), 6},
                   {QStringLiteral("max_per_customer"), 1}}),
             card("CRD-CAP", "Cap card", 2, 1, "any", {"CAP-1"},
                  {{QStringLiteral("max_per_program"), 1}}),
             card("CRD-ENDED", "Ended card", 2, 1, "any", {"END-1"},
                  {{QStringLiteral("available_to"), QStringLiteral("2026-06-30")}})}),
        program("PRG-RET", "M2", "retailer", both,
                {card("CRD-PRIOR", "Prior card", 3, 1, "purchased_prior",
                      {"PP-1", "PP-2", "PP-3", "SHARED-1"})},
                "custom"),
        program(
            "PRG-DIRECT", "M1", "direct", both,
            {card("CRD-FREQ", "Frequent card", 3, 1, "most_frequent", {"MF-1", "MF-2", "MF-3"})}),
        program("PRG-HOLD", "M2", "distributor", QJsonArray{QStringLiteral("CA")},
                {card("CRD-HOLD", "Hold card", 2, 1, "any", {"HOLD-1"})}),
        program("PRG-NE", "M1", "distributor", both,
                {card("CRD-NE", "Not enrolled card", 2, 1, "any", {"NE-1"})}),
    };
    QJsonArray offers{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("OFR-BOGO")},
                    {QStringLiteral("manufacturer"), QStringLiteral("M1")},
                    {QStringLiteral("title"), QStringLiteral("BOGO")},
                    {QStringLiteral("kind"), QStringLiteral("free_good")},
                    {QStringLiteral("buy"), 1},
                    {QStringLiteral("get"), 1},
                    {QStringLiteral("limit_per_customer"), 1},
                    {QStringLiteral("fulfillment"), QStringLiteral("distributor")},
                    {QStringLiteral("available_from"), QStringLiteral("2026-11-01")},
                    {QStringLiteral("available_to"), QStringLiteral("2026-11-30")},
                    {QStringLiteral("regions"), both},
                    {QStringLiteral("products"), upcs({"BOGO-1"})}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("OFR-REBATE")},
                    {QStringLiteral("manufacturer"), QStringLiteral("M2")},
                    {QStringLiteral("title"), QStringLiteral("Rebate")},
                    {QStringLiteral("kind"), QStringLiteral("rebate")},
                    {QStringLiteral("buy"), 2},
                    {QStringLiteral("rebate_cents"), 500},
                    {QStringLiteral("limit_per_customer"), 5},
                    {QStringLiteral("cap_cents"), 1000},
                    {QStringLiteral("requires_email"), true},
                    {QStringLiteral("fulfillment"), QStringLiteral("retailer")},
                    {QStringLiteral("available_from"), QStringLiteral("2026-11-01")},
                    {QStringLiteral("available_to"), QStringLiteral("2026-11-30")},
                    {QStringLiteral("regions"), both},
                    {QStringLiteral("products"), upcs({"REB-1"})}},
    };
    const auto distributor = [](const char* id, QJsonObject fields) {
        fields.insert(QStringLiteral("id"), QLatin1String(id));
        fields.insert(QStringLiteral("name"),
                      QStringLiteral("Distributor %1").arg(QLatin1String(id)));
        return fields;
    };
    const QJsonArray allSubjects{QStringLiteral("PRG-DIST"), QStringLiteral("PRG-HOLD"),
                                 QStringLiteral("PRG-NE"), QStringLiteral("OFR-BOGO")};
    QJsonArray distributors{
        distributor("DST-ON", {{QStringLiteral("provinces"), QJsonArray{QStringLiteral("ON")}},
                               {QStringLiteral("manufacturers"),
                                QJsonArray{QStringLiteral("M1"), QStringLiteral("M2")}},
                               {QStringLiteral("programs"), allSubjects}}),
        distributor("DST-NY",
                    {{QStringLiteral("states"), QJsonArray{QStringLiteral("NY")}},
                     {QStringLiteral("manufacturers"), QJsonArray{QStringLiteral("M1")}},
                     {QStringLiteral("programs"),
                      QJsonArray{QStringLiteral("PRG-DIST"), QStringLiteral("OFR-BOGO")}}}),
        distributor("DST-RESTRICT",
                    {{QStringLiteral("provinces"), QJsonArray{QStringLiteral("ON")}},
                     {QStringLiteral("restricted_locations"), QJsonArray{QStringLiteral("LOC-B")}},
                     {QStringLiteral("manufacturers"), QJsonArray{QStringLiteral("M1")}},
                     {QStringLiteral("programs"), QJsonArray{QStringLiteral("PRG-DIST")}}}),
        distributor("DST-NOPARTNER",
                    {{QStringLiteral("provinces"), QJsonArray{QStringLiteral("ON")}},
                     {QStringLiteral("manufacturers"), QJsonArray{QStringLiteral("M2")}},
                     {QStringLiteral("programs"), QJsonArray{QStringLiteral("PRG-DIST")}}}),
        distributor("DST-NOACCOUNT",
                    {{QStringLiteral("provinces"), QJsonArray{QStringLiteral("ON")}},
                     {QStringLiteral("manufacturers"), QJsonArray{QStringLiteral("M2")}},
                     {QStringLiteral("programs"), QJsonArray{QStringLiteral("PRG-HOLD")}},
                     {QStringLiteral("requires_account_number"), false}}),
    };
    QJsonObject doc{
        {QStringLiteral("format"), QStringLiteral("astro-catalog")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("retailer"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("RET-T")},
                     {QStringLiteral("name"), QStringLiteral("Test Pet Shop")}}},
        {QStringLiteral("locations"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("LOC-A")},
                                {QStringLiteral("name"), QStringLiteral("Toronto")},
                                {QStringLiteral("city"), QStringLiteral("Toronto")},
                                {QStringLiteral("region"), QStringLiteral("ON")},
                                {QStringLiteral("country"), QStringLiteral("CA")},
                                {QStringLiteral("master"), true}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("LOC-B")},
                                {QStringLiteral("name"), QStringLiteral("Buffalo")},
                                {QStringLiteral("city"), QStringLiteral("Buffalo")},
                                {QStringLiteral("region"), QStringLiteral("NY")},
                                {QStringLiteral("country"), QStringLiteral("US")}}}},
        {QStringLiteral("manufacturers"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("M1")},
                                {QStringLiteral("name"), QStringLiteral("Acme Pet Foods")}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("M2")},
                                {QStringLiteral("name"), QStringLiteral("Beta Pet Co")}}}},
        {QStringLiteral("products"), productList},
        {QStringLiteral("programs"), programs},
        {QStringLiteral("offers"), offers},
        {QStringLiteral("distributors"), distributors},
    };
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

void ready(TestStore& ts, const QByteArray& catalog)
{
    ts.importCatalog(catalog);
    ts.enrollDefaults();
}

ScanLine line(const char* name, int quantity)
{
    ScanLine l;
    l.code = upc(name);
    l.quantity = quantity;
    return l;
}

TestStore::TestStore(const QDateTime& now) : m_clock(std::make_shared<FixedClock>(now))
{
    auto opened = Store::open(path(), m_clock);
    if (!opened)
        qFatal("cannot open the test store: %s", qPrintable(opened.error().message));
    m_store = std::move(opened).value();
}

void TestStore::importCatalog(const QByteArray& json)
{
    auto imported = CatalogImporter(*m_store).importJson(Actor::system(), json);
    if (!imported)
        qFatal("catalog refused: %s", qPrintable(imported.error().message));
}

void TestStore::loadDemo()
{
    auto loaded = DemoStore::load(*m_store);
    if (!loaded)
        qFatal("demo refused: %s", qPrintable(loaded.error().message));
}

void TestStore::enrollDefaults()
{
    const Actor system = Actor::system();
    const struct
    {
        const char* location;
        const char* subject;
        const char* distributor;
        const char* account;
    } rows[] = {
        {"LOC-A", "PRG-DIST", "DST-ON", "ON-1001"}, {"LOC-A", "PRG-RET", "", ""},
        {"LOC-A", "PRG-DIRECT", "", "ACME-77"},     {"LOC-A", "PRG-HOLD", "TEMP-HOLDING", ""},
        {"LOC-A", "OFR-BOGO", "DST-ON", "ON-1001"}, {"LOC-A", "OFR-REBATE", "", ""},
        {"LOC-B", "PRG-DIST", "DST-NY", "NY-55"},
    };
    for (const auto& r : rows) {
        auto set =
            m_store->enrollment().set(system, QLatin1String(r.location), QLatin1String(r.subject),
                                      QLatin1String(r.distributor), QLatin1String(r.account));
        if (!set)
            qFatal("enrollment refused: %s", qPrintable(set.error().message));
    }
}

qint64 TestStore::addCustomer(const QString& first, const QString& last)
{
    static int counter = 0;
    ++counter;
    auto added = m_store->customers().add(
        Actor::system(),
        CustomerInput{
            first, last, QStringLiteral("416555%1").arg(counter, 4, 10, QLatin1Char('0')), {}});
    if (!added)
        qFatal("customer refused: %s", qPrintable(added.error().message));
    return added->id;
}

Actor TestStore::user(const QString& name, Role role, const QString& location)
{
    auto existing = m_store->users().byName(name);
    if (existing && existing->has_value())
        return Actor{(*existing)->id, name, role, location};
    if (role != Role::Admin && m_store->users().count().value() == 0)
        admin(location); // a store's first user is an Admin
    auto added = m_store->users().add(Actor::system(), name, role, QStringLiteral("1234"));
    if (!added)
        qFatal("user refused: %s", qPrintable(added.error().message));
    return Actor{added->id, name, role, location};
}

Actor TestStore::admin(const QString& location)
{
    return user(QStringLiteral("Test Admin"), Role::Admin, location);
}

Actor TestStore::manager(const QString& location)
{
    return user(QStringLiteral("Test Manager"), Role::Manager, location);
}

Actor TestStore::cashier(const QString& location)
{
    return user(QStringLiteral("Test Cashier"), Role::Cashier, location);
}

BackupFile TestStore::backUp(const QString& reason)
{
    auto made =
        Backup::make(m_store->db(), BackupFolder::of(m_store->db()), reason, m_store->now());
    if (!made)
        qFatal("backup refused: %s", qPrintable(made.error().message));
    return *made;
}

void damageTable(const QString& path, const QString& table)
{
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        auto db = Database::openRaw(path);
        if (!db)
            qFatal("cannot open %s", qPrintable(path));
        page = (*db)
                   ->scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"),
                            {table})
                   ->toLongLong();
        pageSize = (*db)->scalar(QStringLiteral("PRAGMA page_size"))->toLongLong();
    }
    QFile file(path);
    if (page < 2 || pageSize < 512 || !file.open(QIODevice::ReadWrite) ||
        !file.seek((page - 1) * pageSize + 8))
        qFatal("cannot damage %s in %s", qPrintable(table), qPrintable(path));
    file.write(QByteArray(int(pageSize) - 16, '\x7f'));
}

int fileMode(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

int schema7(const QString& path)
{
    auto raw = Database::openRaw(path);
    if (!raw)
        qFatal("%s", qPrintable(raw.error().message));
    auto triggers =
        (*raw)->select(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
    if (!triggers)
        qFatal("%s", qPrintable(triggers.error().message));
    QStringList statements;
    int totalsTriggers = 0;
    for (const Row& trigger : *triggers) {
        statements << QStringLiteral("DROP TRIGGER %1").arg(trigger[0].toString());
        if (!trigger[0].toString().startsWith(QLatin1String("catalog_generation_")))
            ++totalsTriggers;
    }
    statements << QStringLiteral("DROP TABLE catalog_generation")
               << QStringLiteral("DROP TABLE punch_days")
               << QStringLiteral("DROP TABLE reward_days")
               << QStringLiteral("DROP TABLE redemption_days")
               << QStringLiteral("DROP INDEX redemptions_visit")
               << QStringLiteral("DELETE FROM schema_version WHERE version >= 8");
    for (const QString& sql : statements)
        if (auto s = (*raw)->execute(sql); !s)
            qFatal("%s", qPrintable(s.error().message));
    return totalsTriggers;
}

qint64 eventCount(TestStore& ts, const QString& typePrefix)
{
    auto events = ts->events().recent(100000, typePrefix);
    return events ? qint64(events->size()) : -1;
}

} // namespace astro::test

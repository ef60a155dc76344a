#include "Migrations.h"

#include "common/Text.h"
#include "storage/CatalogGeneration.h"
#include "storage/DailyTotals.h"
#include "storage/Database.h"

#include <QDateTime>

namespace astro {

namespace {

// Migration N brings a database from version N-1 to N. Never edit a released migration: add one.
const char* const migration1 = R"SQL(
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE locations (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '', postal_code TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '', region TEXT NOT NULL, country TEXT NOT NULL,
    is_master INTEGER NOT NULL DEFAULT 0);
CREATE TABLE manufacturers (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE products (
    id INTEGER PRIMARY KEY, gtin TEXT NOT NULL UNIQUE, description TEXT NOT NULL,
    manufacturer_id TEXT NOT NULL REFERENCES manufacturers(id), species TEXT NOT NULL,
    food_type TEXT NOT NULL, size_class TEXT NOT NULL, weight_grams INTEGER NOT NULL DEFAULT 0,
    price_cents INTEGER NOT NULL, active INTEGER NOT NULL DEFAULT 1, search_key TEXT NOT NULL);
CREATE INDEX products_search ON products(search_key);
CREATE TABLE programs (
    id TEXT PRIMARY KEY, manufacturer_id TEXT NOT NULL REFERENCES manufacturers(id),
    title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL,
    fulfillment TEXT NOT NULL, available_from TEXT NOT NULL, available_to TEXT NOT NULL,
    terms TEXT NOT NULL DEFAULT '', regions TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE program_cards (
    id TEXT PRIMARY KEY, program_id TEXT NOT NULL REFERENCES programs(id), title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '', available_from TEXT NOT NULL,
    available_to TEXT NOT NULL, buy INTEGER NOT NULL, get INTEGER NOT NULL, rule TEXT NOT NULL,
    time_limit_months INTEGER NOT NULL DEFAULT 0, max_per_customer INTEGER,
    max_per_program INTEGER, cost_s INTEGER NOT NULL, cost_m INTEGER NOT NULL,
    cost_l INTEGER NOT NULL, cost_xl INTEGER NOT NULL);
CREATE INDEX program_cards_program ON program_cards(program_id);
CREATE TABLE card_products (
    product_id INTEGER NOT NULL REFERENCES products(id),
    card_id TEXT NOT NULL REFERENCES program_cards(id),
    PRIMARY KEY (product_id, card_id)) WITHOUT ROWID;
CREATE INDEX card_products_card ON card_products(card_id);
CREATE TABLE offers (
    id TEXT PRIMARY KEY, manufacturer_id TEXT NOT NULL REFERENCES manufacturers(id),
    title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL,
    buy INTEGER NOT NULL, get INTEGER NOT NULL, rebate_cents INTEGER NOT NULL DEFAULT 0,
    limit_per_customer INTEGER NOT NULL DEFAULT 1, cap_units INTEGER, cap_cents INTEGER,
    requires_email INTEGER NOT NULL DEFAULT 0, fulfillment TEXT NOT NULL,
    available_from TEXT NOT NULL, available_to TEXT NOT NULL, regions TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE offer_products (
    product_id INTEGER NOT NULL REFERENCES products(id),
    offer_id TEXT NOT NULL REFERENCES offers(id),
    PRIMARY KEY (product_id, offer_id)) WITHOUT ROWID;
CREATE TABLE distributors (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, states TEXT NOT NULL DEFAULT '',
    provinces TEXT NOT NULL DEFAULT '', requires_account INTEGER NOT NULL DEFAULT 1,
    is_holding INTEGER NOT NULL DEFAULT 0);
CREATE TABLE distributor_locations (
    distributor_id TEXT NOT NULL REFERENCES distributors(id), location_id TEXT NOT NULL,
    PRIMARY KEY (distributor_id, location_id)) WITHOUT ROWID;
CREATE TABLE distributor_manufacturers (
    distributor_id TEXT NOT NULL REFERENCES distributors(id), manufacturer_id TEXT NOT NULL,
    PRIMARY KEY (distributor_id, manufacturer_id)) WITHOUT ROWID;
CREATE TABLE distributor_programs (
    distributor_id TEXT NOT NULL REFERENCES distributors(id), subject_id TEXT NOT NULL,
    PRIMARY KEY (distributor_id, subject_id)) WITHOUT ROWID;
INSERT INTO distributors (id, name, requires_account, is_holding)
    VALUES ('TEMP-HOLDING', 'Temporary Holding', 0, 1);

CREATE TABLE users (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, role TEXT NOT NULL,
    pin_salt BLOB NOT NULL, pin_hash BLOB NOT NULL, pin_iterations INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL);

CREATE TABLE customers (
    id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, first_name TEXT NOT NULL,
    last_name TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
    first_key TEXT NOT NULL, last_key TEXT NOT NULL, created_at TEXT NOT NULL,
    merged_into INTEGER REFERENCES customers(id));
CREATE INDEX customers_last ON customers(last_key, first_key) WHERE merged_into IS NULL;
CREATE INDEX customers_first ON customers(first_key, last_key) WHERE merged_into IS NULL;
CREATE INDEX customers_phone ON customers(phone) WHERE merged_into IS NULL AND phone <> '';
CREATE INDEX customers_email ON customers(email) WHERE merged_into IS NULL AND email <> '';

CREATE TABLE enrollments (
    location_id TEXT NOT NULL REFERENCES locations(id), subject_id TEXT NOT NULL,
    subject_kind TEXT NOT NULL, distributor_id TEXT REFERENCES distributors(id),
    account_number TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (location_id, subject_id)) WITHOUT ROWID;

CREATE TABLE visits (
    id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, customer_id INTEGER NOT NULL
    REFERENCES customers(id), location_id TEXT NOT NULL, user_id INTEGER NOT NULL,
    transaction_id TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT,
    reason TEXT NOT NULL DEFAULT '');
CREATE INDEX visits_customer ON visits(customer_id, started_at);
CREATE TABLE scans (
    id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, visit_id INTEGER NOT NULL
    REFERENCES visits(id), customer_id INTEGER NOT NULL, product_id INTEGER NOT NULL
    REFERENCES products(id), quantity INTEGER NOT NULL, unit_price_cents INTEGER NOT NULL,
    at TEXT NOT NULL, location_id TEXT NOT NULL, user_id INTEGER NOT NULL,
    exception_reason TEXT NOT NULL DEFAULT '', voided_at TEXT);
CREATE INDEX scans_visit ON scans(visit_id);
CREATE TABLE punches (
    id INTEGER PRIMARY KEY, scan_id INTEGER NOT NULL REFERENCES scans(id),
    customer_id INTEGER NOT NULL, card_id TEXT NOT NULL REFERENCES program_cards(id),
    product_id INTEGER NOT NULL, quantity INTEGER NOT NULL, unit_price_cents INTEGER NOT NULL,
    at TEXT NOT NULL, voided INTEGER NOT NULL DEFAULT 0);
CREATE INDEX punches_customer_card ON punches(customer_id, card_id, at);
CREATE INDEX punches_scan ON punches(scan_id);
CREATE TABLE rewards (
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, card_id TEXT NOT NULL,
    seq INTEGER NOT NULL, earned_at TEXT NOT NULL, units INTEGER NOT NULL,
    voided_at TEXT);
CREATE INDEX rewards_customer_card ON rewards(customer_id, card_id, seq);

CREATE TABLE batches (
    id INTEGER PRIMARY KEY, manufacturer_id TEXT NOT NULL, location_id TEXT NOT NULL,
    status TEXT NOT NULL, opened_at TEXT NOT NULL, period_end TEXT NOT NULL, closed_at TEXT,
    submitted_at TEXT, completed_at TEXT);
CREATE INDEX batches_open ON batches(manufacturer_id, location_id, status);
CREATE TABLE redemptions (
    id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, reward_id INTEGER REFERENCES rewards(id),
    offer_id TEXT, customer_id INTEGER NOT NULL, program_id TEXT NOT NULL, card_id TEXT,
    manufacturer_id TEXT NOT NULL, product_id INTEGER NOT NULL, quantity INTEGER NOT NULL,
    cost_cents INTEGER NOT NULL, at TEXT NOT NULL, location_id TEXT NOT NULL,
    user_id INTEGER NOT NULL, visit_id INTEGER, email TEXT NOT NULL DEFAULT '',
    fulfillment TEXT NOT NULL, distributor_id TEXT, account_number TEXT NOT NULL DEFAULT '',
    credit_status TEXT NOT NULL, decline_reason TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '', batch_id INTEGER REFERENCES batches(id),
    undone_at TEXT, undone_by INTEGER, undo_mode TEXT);
CREATE INDEX redemptions_reward ON redemptions(reward_id);
CREATE INDEX redemptions_customer ON redemptions(customer_id, at);
CREATE INDEX redemptions_card ON redemptions(card_id);
CREATE INDEX redemptions_offer ON redemptions(offer_id);
CREATE INDEX redemptions_batch ON redemptions(batch_id);
CREATE INDEX redemptions_credit ON redemptions(credit_status, location_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, user_id INTEGER NOT NULL, user_name TEXT NOT NULL,
    location_id TEXT NOT NULL DEFAULT '', subject TEXT NOT NULL, field TEXT NOT NULL,
    old_value TEXT NOT NULL DEFAULT '', new_value TEXT NOT NULL DEFAULT '');
CREATE INDEX audit_at ON audit_log(at);

CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE, device_id TEXT NOT NULL,
    user_id INTEGER NOT NULL, at TEXT NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL,
    sent_at TEXT);
CREATE INDEX events_unsent ON events(seq) WHERE sent_at IS NULL;
)SQL";

// Sync: which other devices' events were applied, the conflicts the server flagged, and which
// device recorded a redemption ('' = this counter; only its own go into its batches).
const char* const migration2 = R"SQL(
CREATE TABLE sync_applied (uuid TEXT PRIMARY KEY, applied_at TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, event_uuid TEXT NOT NULL,
    kind TEXT NOT NULL, message TEXT NOT NULL, customer_uuid TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL, resolved_at TEXT, resolved_by TEXT NOT NULL DEFAULT '');
ALTER TABLE redemptions ADD COLUMN origin TEXT NOT NULL DEFAULT '';
)SQL";

// Tracking-program requests (domain.md §6): the form as JSON, and the help desk's answer.
// sent_at stays NULL until the server confirmed the request.
const char* const migration3 = R"SQL(
CREATE TABLE program_requests (
    uuid TEXT PRIMARY KEY, json TEXT NOT NULL, state TEXT NOT NULL,
    ticket TEXT NOT NULL DEFAULT '', answer TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,
    created_by TEXT NOT NULL, sent_at TEXT);
CREATE INDEX program_requests_created ON program_requests(created_at);
CREATE INDEX program_requests_unsent ON program_requests(created_at) WHERE sent_at IS NULL;
)SQL";

// The back office reads years of history by date (reports, credits, participation): each of
// its periods is a range on one of these, never a scan of the table.
const char* const migration4 = R"SQL(
CREATE INDEX redemptions_at ON redemptions(at);
CREATE INDEX punches_at ON punches(at);
CREATE INDEX rewards_earned ON rewards(earned_at);
)SQL";

// Astro's public API (docs/sync-protocol.md, "The public endpoints"): Astro's own ids for what a
// counter sent, the caller ids linked to a customer (a server or POS bridge answering the API),
// and each event's public call: NULL none, 0 waiting, 1 done, 2 refused by the server. Events
// not yet sent when a store upgrades go out in the public shape. Where the server put this
// counter's last enrollment change of each program (the server's order decides), and when Astro
// last confirmed each of a customer's cards.
const char* const migration5 = R"SQL(
ALTER TABLE customers ADD COLUMN astro_customer_id TEXT NOT NULL DEFAULT '';
ALTER TABLE scans ADD COLUMN astro_transaction_id TEXT NOT NULL DEFAULT '';
ALTER TABLE scans ADD COLUMN astro_program_id TEXT NOT NULL DEFAULT '';
ALTER TABLE redemptions ADD COLUMN astro_reward_id TEXT NOT NULL DEFAULT '';
CREATE TABLE customer_links (
    caller_id TEXT PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id),
    linked_at TEXT NOT NULL) WITHOUT ROWID;
ALTER TABLE events ADD COLUMN wire_state INTEGER;
ALTER TABLE events ADD COLUMN wire_message TEXT NOT NULL DEFAULT '';
UPDATE events SET wire_state = CASE WHEN sent_at IS NULL THEN 0 ELSE 1 END
    WHERE type IN ('customer.added', 'customer.updated', 'scan.added', 'scan.voided',
                   'redemption.added', 'redemption.undone');
CREATE INDEX events_wire_waiting ON events(seq) WHERE wire_state = 0;
CREATE INDEX events_wire_sent ON events(sent_at) WHERE wire_state = 0;
CREATE TABLE enrollment_order (
    location_id TEXT NOT NULL, subject_id TEXT NOT NULL, server_seq INTEGER NOT NULL,
    distributor_id TEXT NOT NULL DEFAULT '', PRIMARY KEY (location_id, subject_id)) WITHOUT ROWID;
CREATE TABLE card_confirmations (
    customer_id INTEGER NOT NULL, card_id TEXT NOT NULL, purchases INTEGER NOT NULL,
    free_goods INTEGER NOT NULL, confirmed_at TEXT NOT NULL,
    PRIMARY KEY (customer_id, card_id)) WITHOUT ROWID;
)SQL";
// The POS bridge (docs/pos-bridge.md): the point-of-sale systems allowed to call the counter's
// copy of Astro's API, each with its own name, password (salted PBKDF2, never in clear) and
// client id.
const char* const migration6 = R"SQL(
CREATE TABLE pos_users (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, client_id TEXT NOT NULL,
    password_salt BLOB NOT NULL, password_hash BLOB NOT NULL, password_iterations INTEGER NOT NULL,
    created_at TEXT NOT NULL);
)SQL";
// Sign-in lockout: wrong PINs in a row per typed name, how many lockouts
// followed one another, and until when the name is locked (ISO UTC, '' when it is not). Keyed
// by the name as typed, not by user: a name nobody has is locked the same way, so the answer
// never tells which names exist.
const char* const migration7 = R"SQL(
CREATE TABLE sign_in_failures (
    name TEXT PRIMARY KEY COLLATE NOCASE, failures INTEGER NOT NULL DEFAULT 0,
    lockouts INTEGER NOT NULL DEFAULT 0, locked_until TEXT NOT NULL DEFAULT '') WITHOUT ROWID;
)SQL";
// The back office's totals per day: made by DailyTotals, whose triggers are written from one
// description of each table rather than by hand.
const char* const migration8 = "DailyTotals::migration()";
// A visit's free items are read after every scan: by visit, not by reading every redemption.
const char* const migration9 = R"SQL(
CREATE INDEX redemptions_visit ON redemptions(visit_id);
)SQL";
// The number the catalog's remembered answers are checked against (CatalogGeneration).
const char* const migration10 = "CatalogGeneration::migration()";
const char* const migrations[] = {migration1, migration2, migration3, migration4, migration5,
                                  migration6, migration7, migration8, migration9, migration10};

QStringList statementsFor(int version)
{
    const char* const script = migrations[version - 1];
    if (script == migration8)
        return DailyTotals::migration();
    if (script == migration10)
        return CatalogGeneration::migration();
    return Migrations::statementsOf(script);
}

} // namespace

QStringList Migrations::statementsOf(const char* script)
{
    QStringList statements;
    for (const QString& part : QString::fromUtf8(script).split(QLatin1Char(';'))) {
        const QString sql = part.trimmed();
        if (!sql.isEmpty())
            statements << sql;
    }
    return statements;
}

int Migrations::latestVersion()
{
    return int(std::size(migrations));
}

Result<int> Migrations::currentVersion(Database& db)
{
    auto exists = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' "
                                           "AND name='schema_version'"));
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return 0;
    auto version = db.scalar(QStringLiteral("SELECT max(version) FROM schema_version"), {}, 0);
    if (!version)
        return version.error();
    return version->toInt();
}

Status Migrations::migrate(Database& db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    for (int version = *current + 1; version <= targetVersion; ++version) {
        Transaction transaction(db);
        if (!transaction.started())
            return transaction.started();
        for (const QString& sql : statementsFor(version))
            if (auto s = db.execute(sql); !s)
                return s;
        if (auto s = db.execute(
                QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                {version, text::isoUtc(QDateTime::currentDateTimeUtc())});
            !s)
            return s;
        if (auto s = transaction.commit(); !s)
            return s;
    }
    return {};
}

} // namespace astro

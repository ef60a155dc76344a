#include "ServerSchema.h"

#include "storage/Database.h"

namespace astro::server {

namespace {

const char* const statements[] = {
    // Bearer tokens handed out by /token/; kept in the file so a restart does not log counters
    // out. username and device_id are added below to files made before them.
    R"SQL(CREATE TABLE IF NOT EXISTS server_tokens (
        token TEXT PRIMARY KEY, client TEXT NOT NULL, expires_at TEXT NOT NULL,
        username TEXT NOT NULL DEFAULT '', device_id TEXT NOT NULL DEFAULT ''))SQL",
    // Every event any counter pushed, plus the ones the server produced, in arrival order:
    // server_seq is the listEvents cursor, and uuid makes every retry a duplicate.
    R"SQL(CREATE TABLE IF NOT EXISTS server_events (
        server_seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE,
        device_id TEXT NOT NULL, user_id INTEGER NOT NULL, at TEXT NOT NULL, type TEXT NOT NULL,
        payload TEXT NOT NULL, received_at TEXT NOT NULL))SQL",
    R"SQL(CREATE INDEX IF NOT EXISTS server_events_device ON server_events(device_id))SQL",
    // Each catalog entry as last published (compact JSON) and the catalog version that last
    // changed it: downloadCatalog's delta is every row newer than the client's cursor.
    R"SQL(CREATE TABLE IF NOT EXISTS server_catalog (
        kind TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, version INTEGER NOT NULL,
        PRIMARY KEY (kind, id)))SQL",
    R"SQL(CREATE INDEX IF NOT EXISTS server_catalog_version ON server_catalog(version))SQL",
    // Tracking-program requests (requestProgram), idempotent by the client's request uuid.
    R"SQL(CREATE TABLE IF NOT EXISTS server_program_requests (
        uuid TEXT PRIMARY KEY, json TEXT NOT NULL, state TEXT NOT NULL, ticket TEXT NOT NULL,
        received_at TEXT NOT NULL))SQL",
};

} // namespace

Status ServerSchema::create(Database& db)
{
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    for (const char* sql : statements)
        if (auto s = db.execute(QString::fromUtf8(sql)); !s)
            return s;
    // A token belongs to a user and a device: tokens of older files have neither, so they are
    // refused and their counters simply ask for new ones.
    for (const char* column : {"username", "device_id"}) {
        auto present =
            db.scalar(QStringLiteral(
                          "SELECT count(*) FROM pragma_table_info('server_tokens') WHERE name = ?"),
                      {QString::fromLatin1(column)}, 0);
        if (!present)
            return present.error();
        if (present->toInt() == 0)
            if (auto s = db.execute(QStringLiteral("ALTER TABLE server_tokens ADD COLUMN %1 TEXT "
                                                   "NOT NULL DEFAULT ''")
                                        .arg(QLatin1String(column)));
                !s)
                return s;
    }
    return transaction.commit();
}

} // namespace astro::server

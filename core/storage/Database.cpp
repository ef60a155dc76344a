#include "Database.h"

#include "backup/Backup.h"
#include "common/Log.h"
#include "storage/DamageMark.h"
#include "storage/Migrations.h"
#include "storage/SqliteStatements.h"
#include "storage/WalCheckpointer.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

namespace astro {

namespace {
QAtomicInteger<int> connectionCounter;

constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;

bool isFile(const QString& path)
{
    return !path.isEmpty() && path != QLatin1String(":memory:") &&
           !path.startsWith(QLatin1String("file:"));
}

// Customers' names, phones and emails: only the account running the counter reads them,
// whatever the umask. SQLite gives its -wal and -shm the database file's mode, so a database
// created owner-only keeps its companions owner-only too.
void createOwnerOnly(const QString& path)
{
    if (!isFile(path) || QFileInfo::exists(path))
        return;
    QFile file(path);
    // An empty file is an empty SQLite database; another process creating it first is fine.
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly))
        file.close();
}

// The driver's own connection: statements run on it directly (SqliteStatements).
sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

} // namespace

QStringList Database::companionSuffixes()
{
    return {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
}

void Database::restrictToOwner(const QString& path)
{
    if (!isFile(path))
        return;
    for (const QString& suffix : QStringList{QString()} + companionSuffixes()) {
        const QString file = path + suffix;
        if (QFileInfo::exists(file) && QFile::permissions(file) != ownerOnly)
            QFile::setPermissions(file, ownerOnly);
    }
}

Database::Database(QSqlDatabase db, QString path, sqlite3* handle)
    : m_db(std::move(db)), m_path(std::move(path)), m_connectionName(m_db.connectionName()),
      m_handle(handle), m_statements(std::make_unique<SqliteStatements>(handle))
{}

Database::~Database()
{
    m_statements.reset(); // finalized, or the connection would not close
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openConnection(const QString& path,
                                                           const QString& options)
{
    const QString name = QStringLiteral("astro-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    createOwnerOnly(path);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000") + options);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return makeError(ErrorCode::Storage,
                         tr("Cannot open the database %1: %2").arg(path, detail));
    }
    sqlite3* handle = handleOf(db);
    if (!handle) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return makeError(ErrorCode::Storage,
                         tr("Cannot open the database %1: Qt's SQLite driver gave no SQLite "
                            "connection.")
                             .arg(path));
    }
    auto database = std::unique_ptr<Database>(new Database(db, path, handle));
    db = QSqlDatabase(); // the Database holds the only handle, so closing it removes the connection
    // Reading the schema first proves the file is a SQLite database before anything is written.
    auto probe = database->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!probe)
        return makeError(ErrorCode::Unsupported,
                         tr("%1 is not an Astro Counter database (or it is damaged).").arg(path));
    return database;
}

Result<std::unique_ptr<Database>> Database::openRaw(const QString& path)
{
    return openConnection(path);
}

Result<std::unique_ptr<Database>> Database::openUntouched(const QString& path)
{
    const QString uri = QStringLiteral("file:%1?mode=ro&immutable=1")
                            .arg(QString::fromUtf8(
                                QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/")));
    return openConnection(uri, QStringLiteral(";QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
}

bool Database::needsUpgrade(const QString& path)
{
    if (!isFile(path))
        return false;
    auto db = openRaw(path);
    if (!db)
        return false; // open() says what is wrong with it
    auto version = Migrations::currentVersion(**db);
    return version && *version > 0 && *version < Migrations::latestVersion();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    auto opened = openConnection(path);
    if (!opened)
        return opened.error();
    auto db = std::move(opened).value();
    db->m_isStore = isFile(path);

    auto version = Migrations::currentVersion(*db);
    if (!version)
        return version.error();
    if (*version == 0) {
        // Another program's SQLite file: never write into it.
        auto tables = db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!tables)
            return tables.error();
        if (tables->toInt() > 0)
            return makeError(ErrorCode::Unsupported,
                             tr("%1 is a database of another program, not of Astro Counter; it "
                                "was not changed.")
                                 .arg(path));
    }
    if (*version > Migrations::latestVersion())
        return makeError(ErrorCode::Unsupported,
                         tr("The database %1 was written by a newer version of Astro Counter "
                            "(schema %2; this version knows up to %3). Update Astro Counter; "
                            "the database was not changed.")
                             .arg(path)
                             .arg(*version)
                             .arg(Migrations::latestVersion()));

    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                               "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY"}) {
        if (auto s = db->execute(QString::fromLatin1(pragma)); !s)
            return s.error();
    }
    // A background checkpointer copies the WAL back; the commits on this connection need not.
    if (WalCheckpointer::running())
        WalCheckpointer::handOver(*db);
    // A database made by an older version (or another umask) is tightened too.
    restrictToOwner(path);
    if (*version > 0 && *version < Migrations::latestVersion() && isFile(path)) {
        // A store is copied before its schema changes: a migration that goes wrong, or a
        // version that has to be taken back, leaves the store as it was in the backups.
        const QString reason = QStringLiteral("before-schema-%1").arg(Migrations::latestVersion());
        if (auto made =
                Backup::make(*db, BackupFolder::of(*db), reason, QDateTime::currentDateTimeUtc());
            !made)
            return makeError(ErrorCode::Storage,
                             tr("This version of Astro Counter updates the database, and backs "
                                "it up first, but the backup failed; the database was not "
                                "changed. %1")
                                 .arg(made.error().message));
    }
    if (auto migrated = Migrations::migrate(*db); !migrated)
        return migrated.error();
    return db;
}

Status Database::writable() const
{
    if (!m_isStore || m_damageExempt)
        return {};
    const QString problem = DamageMark::problem(m_path);
    if (problem.isEmpty())
        return {};
    // SQLite's own words for the problem are in the mark and the log, for support.
    return makeError(ErrorCode::Storage,
                     tr("The database %1 is damaged, so it is open read-only: nothing was "
                        "recorded. Put its last good backup back (Settings, Backups).")
                         .arg(m_path));
}

Error Database::storageError(const QString& detail) const
{
    return makeError(ErrorCode::Storage,
                     tr("The database could not save or read data: %1").arg(detail));
}

Result<QString> Database::integrityProblem(bool quick)
{
    auto check = select(quick ? QStringLiteral("PRAGMA quick_check(1)")
                              : QStringLiteral("PRAGMA integrity_check(1)"));
    if (!check)
        return check.error();
    const QString first = check->empty() ? QString() : check->front().value(0).toString();
    return first == QLatin1String("ok") ? QString() : first;
}

Result<QString> Database::checkIntegrity()
{
    const bool marked = m_isStore && !DamageMark::problem(m_path).isEmpty();
    auto problem = integrityProblem(!marked);
    if (!problem)
        return problem;
    if (!problem->isEmpty()) {
        qCWarning(lcStorage).noquote() << "integrity check of" << m_path << "failed:" << *problem;
        if (m_isStore)
            DamageMark::set(m_path, *problem);
    } else if (marked) {
        DamageMark::clear(m_path);
    }
    return problem;
}

Status Database::run(const QString& sql, const QVariantList& binds,
                     const std::function<void(const SqlRow&)>& each)
{
    if (!sql.startsWith(QLatin1String("SELECT")))
        ++m_writesRun;
    if (m_statements->run(sql, binds, each))
        return {};
    // SQLITE_CORRUPT and SQLITE_NOTADB (extended codes keep the primary in the low byte):
    // whatever failed, the store is not written to again until it is put right.
    const QString detail = m_statements->errorText();
    const int code = m_statements->errorCode() & 0xff;
    if (m_isStore && (code == 11 || code == 26))
        DamageMark::set(m_path, detail);
    return storageError(detail);
}

Status Database::writableFor(const QString& sql) const
{
    // Inside a transaction, BEGIN asked already. Settings and copies (VACUUM INTO) only read.
    if (m_depth > 0 || sql.startsWith(QLatin1String("PRAGMA")) ||
        sql.startsWith(QLatin1String("VACUUM INTO")))
        return {};
    return writable();
}

Status Database::execute(const QString& sql, const QVariantList& binds)
{
    if (auto s = writableFor(sql); !s)
        return s;
    return run(sql, binds);
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& binds)
{
    if (auto s = writableFor(sql); !s)
        return s.error();
    if (auto s = run(sql, binds); !s)
        return s.error();
    return m_statements->lastInsertId();
}

Result<int> Database::update(const QString& sql, const QVariantList& binds)
{
    if (auto s = writableFor(sql); !s)
        return s.error();
    if (auto s = run(sql, binds); !s)
        return s.error();
    return m_statements->changes();
}

Result<Rows> Database::select(const QString& sql, const QVariantList& binds)
{
    Rows rows;
    if (auto s = run(sql, binds, [&rows](const SqlRow& row) { rows.push_back(row.values()); }); !s)
        return s.error();
    return rows;
}

Status Database::forEach(const QString& sql, const QVariantList& binds,
                         const std::function<void(const SqlRow&)>& each)
{
    return run(sql, binds, each);
}

Result<std::optional<Row>> Database::selectOne(const QString& sql, const QVariantList& binds)
{
    auto rows = select(sql, binds);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<Row>();
    return std::optional<Row>(std::move(rows->front()));
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& binds,
                                  const QVariant& fallback)
{
    auto row = selectOne(sql, binds);
    if (!row)
        return row.error();
    if (!row->has_value() || (*row)->isEmpty())
        return fallback;
    return (**row)[0];
}

Status Database::begin()
{
    // Inside a transaction, a nested one is a savepoint: it commits with the outer one, and
    // rolling it back undoes only its own writes (a POS call or a sales file records many scans
    // as one durable commit).
    if (m_depth > 0) {
        if (auto s = execute(QStringLiteral("SAVEPOINT nested_%1").arg(m_depth)); !s)
            return s;
        ++m_depth;
        return {};
    }
    if (auto s = execute(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    m_depth = 1;
    return {};
}

Status Database::commit()
{
    if (m_depth > 1) {
        --m_depth;
        auto s = execute(QStringLiteral("RELEASE nested_%1").arg(m_depth));
        if (!s)
            (void)execute(QStringLiteral("ROLLBACK TO nested_%1").arg(m_depth));
        return s;
    }
    auto s = execute(QStringLiteral("COMMIT"));
    if (!s) {
        rollback();
        return s;
    }
    m_depth = 0;
    return {};
}

void Database::rollback()
{
    if (m_depth > 1) {
        --m_depth;
        (void)execute(QStringLiteral("ROLLBACK TO nested_%1").arg(m_depth));
        (void)execute(QStringLiteral("RELEASE nested_%1").arg(m_depth));
        return;
    }
    if (m_depth == 1)
        (void)execute(QStringLiteral("ROLLBACK"));
    m_depth = 0;
}

} // namespace astro

#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace astro {

class SqliteStatements;
class SqlRow;

using Row = QVariantList;
using Rows = std::vector<Row>;

// One SQLite database: opened durable (WAL, synchronous=FULL, foreign keys), migrated to the
// current schema, with prepared statements cached for the hot paths. The only place SQL runs.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) and migrates. A database written by a newer version of the
    // app is refused and left untouched; so is a file that is not a database.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    // Opens without migrating, for tests of the migrations themselves.
    static Result<std::unique_ptr<Database>> openRaw(const QString& path);
    // Opens a file to read it as it stands (a backup being checked): read-only and immutable,
    // so nothing is written to it or beside it.
    static Result<std::unique_ptr<Database>> openUntouched(const QString& path);
    // Whether open() would change the schema of the store at `path` (made by an older version):
    // it then backs the store up and migrates it, which takes a while on a large store.
    static bool needsUpgrade(const QString& path);
    // Makes the database file at `path` and its -wal, -shm and -journal readable and writable
    // by their owner only (0600).
    static void restrictToOwner(const QString& path);
    // The files SQLite keeps beside a database file: "-wal", "-shm", "-journal".
    static QStringList companionSuffixes();

    const QString& path() const { return m_path; }
    QSqlDatabase& connection() { return m_db; }
    // The SQLite connection under it, which its statements run on (SqliteStatements).
    sqlite3* handle() const { return m_handle; }

    Status execute(const QString& sql, const QVariantList& binds = {});
    Result<qint64> insert(const QString& sql, const QVariantList& binds = {});
    Result<int> update(const QString& sql, const QVariantList& binds = {}); // rows changed
    Result<Rows> select(const QString& sql, const QVariantList& binds = {});
    // Hands each row to `each` as it is read, in place: rows added up on the way are never all
    // held at once, nor each value copied.
    Status forEach(const QString& sql, const QVariantList& binds,
                   const std::function<void(const SqlRow&)>& each);
    Result<std::optional<Row>> selectOne(const QString& sql, const QVariantList& binds = {});
    // The first column of the first row, or the fallback when there is no row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& binds = {},
                            const QVariant& fallback = {});

    // BEGIN IMMEDIATE / COMMIT / ROLLBACK: writers take the lock up front, so two counters
    // sharing a file never deadlock on a lock upgrade. Nested, they are savepoints.
    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }
    // How many statements this connection has run that may have written (all but reads):
    // what was read before the count moved may have changed since.
    quint64 writesRun() const { return m_writesRun; }

    Error storageError(const QString& detail) const;
    // Whether the store may be written: refused once it is marked damaged (DamageMark). Every
    // write outside a transaction, and every transaction, asks first.
    Status writable() const;

    // While it lives, writable() lets writes through on a store marked damaged: the sign-in
    // lockout's count must hold there too, or a damaged store would let PINs be guessed freely.
    class DamageExempt
    {
    public:
        explicit DamageExempt(Database& db) : m_db(db), m_was(db.m_damageExempt)
        {
            db.m_damageExempt = true;
        }
        ~DamageExempt() { m_db.m_damageExempt = m_was; }
        DamageExempt(const DamageExempt&) = delete;
        DamageExempt& operator=(const DamageExempt&) = delete;

    private:
        Database& m_db;
        bool m_was;
    };
    // SQLite's own check of the store: quick_check (every page, but not each index against its
    // table), or the full integrity_check on a store marked damaged, which alone lifts the mark.
    // A problem found marks the store (DamageMark). The first problem, empty when the store is
    // whole; an error when the check could not run.
    Result<QString> checkIntegrity();
    // integrity_check (quick_check when `quick`): the first problem found, empty when none.
    Result<QString> integrityProblem(bool quick = false);

private:
    Database(QSqlDatabase db, QString path, sqlite3* handle);
    static Result<std::unique_ptr<Database>> openConnection(const QString& path,
                                                            const QString& options = {});
    // Prepares (once), binds and runs to the end; rows go to `each` when given.
    Status run(const QString& sql, const QVariantList& binds,
               const std::function<void(const SqlRow&)>& each = {});
    // writable(), for a statement about to run outside a transaction that may write.
    Status writableFor(const QString& sql) const;

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    sqlite3* m_handle;
    std::unique_ptr<SqliteStatements> m_statements;
    int m_depth = 0; // of nested transactions; 0 outside one
    quint64 m_writesRun = 0;
    bool m_isStore = false; // opened as a store (open()), not as a backup or for a check
    bool m_damageExempt = false;
};

// Rolls back unless committed: every multi-step write happens inside one.
class Transaction
{
public:
    explicit Transaction(Database& db) : m_db(db) { m_status = db.begin(); }
    ~Transaction()
    {
        if (m_status.ok() && !m_done)
            m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& started() const { return m_status; }
    Status commit()
    {
        m_done = true;
        return m_db.commit();
    }

private:
    Database& m_db;
    Status m_status;
    bool m_done = false;
};

} // namespace astro

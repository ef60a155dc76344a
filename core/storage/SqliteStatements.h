#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QVariant>

#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace astro {

// The row a statement stands on, read in place: a caller adding up many rows reads its numbers
// and texts without a QVariant made for each value. Valid only while the sink that got it runs.
class SqlRow
{
public:
    explicit SqlRow(sqlite3_stmt* statement) : m_statement(statement) {}

    int columns() const;
    qint64 integer(int column) const;
    QByteArrayView utf8(int column) const; // a text as SQLite holds it
    QString text(int column) const;        // NULL: a null text, as Qt's driver gives
    bool isNull(int column) const;
    QVariant value(int column) const; // as Qt's SQLite driver gives it
    QVariantList values() const;

private:
    sqlite3_stmt* m_statement;
};

// The prepared statements of one connection, run on SQLite itself. Qt SQL builds a record of
// fields and a cache of values on every run, which cost a scan more than SQLite's own work; the
// values bound and read are the ones Qt's SQLite driver binds and reads, so callers see no change.
class SqliteStatements
{
public:
    using RowSink = std::function<void(const SqlRow&)>;

    explicit SqliteStatements(sqlite3* handle) : m_handle(handle) {}
    ~SqliteStatements(); // finalizes every statement, so the connection can close
    SqliteStatements(const SqliteStatements&) = delete;
    SqliteStatements& operator=(const SqliteStatements&) = delete;

    // Prepares `sql` (once), binds, steps to the end and resets; each row goes to `sink` as it
    // is read, when there is one. False on failure, with errorText() and errorCode() saying why.
    bool run(const QString& sql, const QVariantList& binds, const RowSink& sink = {});

    qint64 lastInsertId() const;
    int changes() const; // rows changed by the last INSERT, UPDATE or DELETE
    const QString& errorText() const { return m_errorText; }
    int errorCode() const { return m_errorCode; } // SQLite's extended result code

private:
    sqlite3_stmt* prepared(const QString& sql);
    bool bind(sqlite3_stmt* statement, const QVariantList& binds);
    bool fail(int code, const QString& text);

    sqlite3* m_handle;
    QHash<QString, sqlite3_stmt*> m_statements;
    QString m_errorText;
    int m_errorCode = 0;
};

} // namespace astro

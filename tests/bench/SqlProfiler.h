#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <chrono>
#include <map>
#include <vector>

namespace bench {

// Per-statement time inside SQLite for one connection (sqlite3_trace_v2 SQLITE_TRACE_PROFILE):
// which of the engine's statements a measured call spends its time in. Available when the
// benchmark is built against the same libsqlite3 as the Qt driver (see CMakeLists.txt).
class SqlProfiler
{
public:
    struct Statement
    {
        QString sql;
        qint64 count = 0;
        qint64 totalNs = 0;
        qint64 maxNs = 0;
    };

    static bool available();

    explicit SqlProfiler(QSqlDatabase connection);
    ~SqlProfiler();
    SqlProfiler(const SqlProfiler&) = delete;
    SqlProfiler& operator=(const SqlProfiler&) = delete;

    void start(); // clears, hooks the connection and records
    void stop();  // unhooks
    // Between start and stop: whether statements count (e.g. only inside the measured call).
    void setRecording(bool on) { m_recording = on; }
    // Recorded statements, most total time first.
    std::vector<Statement> statements() const;
    // EXPLAIN QUERY PLAN of a statement (parameters unbound), indented by depth.
    QStringList explain(const QString& sql) const;

    // From the trace hook.
    void started(const void* statement);
    void finished(const void* statement, const char* sql);
    void record(const char* sql, qint64 ns);

private:
    QSqlDatabase m_connection;
    void* m_handle = nullptr;
    bool m_on = false;
    bool m_recording = true;
    std::map<QByteArray, Statement> m_statements;
    std::map<const void*, std::chrono::steady_clock::time_point> m_started;
};

} // namespace bench

#pragma once

#include <QString>
#include <QStringList>

#include <chrono>
#include <map>
#include <vector>

struct sqlite3;

namespace bench {

// Per-statement time inside SQLite for one connection (sqlite3_trace_v2 SQLITE_TRACE_PROFILE):
// which of the engine's statements a measured call spends its time in.
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

    explicit SqlProfiler(sqlite3* connection); // Database::handle()
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
    sqlite3* m_handle;
    bool m_on = false;
    bool m_recording = true;
    std::map<QByteArray, Statement> m_statements;
    std::map<const void*, std::chrono::steady_clock::time_point> m_started;
};

} // namespace bench

#include "SqlProfiler.h"

#include <algorithm>

#include <sqlite3.h>

namespace bench {

namespace {

// SQLite's own profile times have the VFS clock's millisecond resolution: each statement is
// timed here instead, from its first step (SQLITE_TRACE_STMT) to its reset (SQLITE_TRACE_PROFILE),
// which includes reading its rows.
int onTrace(unsigned type, void* context, void* statement, void*)
{
    auto* profiler = static_cast<SqlProfiler*>(context);
    if (type == SQLITE_TRACE_STMT)
        profiler->started(statement);
    else if (type == SQLITE_TRACE_PROFILE)
        profiler->finished(statement, sqlite3_sql(static_cast<sqlite3_stmt*>(statement)));
    return 0;
}

} // namespace

SqlProfiler::SqlProfiler(sqlite3* connection) : m_handle(connection) {}

SqlProfiler::~SqlProfiler()
{
    stop();
}

void SqlProfiler::start()
{
    m_statements.clear();
    m_recording = true;
    if (!m_on) {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT | SQLITE_TRACE_PROFILE, onTrace, this);
        m_on = true;
    }
}

void SqlProfiler::stop()
{
    if (m_on)
        sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
    m_on = false;
}

QStringList SqlProfiler::explain(const QString& sql) const
{
    QStringList lines;
    const QByteArray text = "EXPLAIN QUERY PLAN " + sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &statement, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(statement);
        return lines;
    }
    std::map<int, int> depth;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const int id = sqlite3_column_int(statement, 0);
        const int parent = sqlite3_column_int(statement, 1);
        const int d = depth.count(parent) ? depth[parent] + 1 : 0;
        depth[id] = d;
        lines << QString(d * 2, QLatin1Char(' ')) + QString::fromUtf8(reinterpret_cast<const char*>(
                                                        sqlite3_column_text(statement, 3)));
    }
    sqlite3_finalize(statement);
    return lines;
}

void SqlProfiler::started(const void* statement)
{
    m_started[statement] = std::chrono::steady_clock::now();
}

void SqlProfiler::finished(const void* statement, const char* sql)
{
    const auto it = m_started.find(statement);
    if (it == m_started.end())
        return;
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                        std::chrono::steady_clock::now() - it->second)
                        .count();
    m_started.erase(it);
    record(sql, qint64(ns));
}

void SqlProfiler::record(const char* sql, qint64 ns)
{
    if (!m_recording)
        return;
    const QByteArray key(sql ? sql : "");
    Statement& s = m_statements[key];
    if (s.count == 0)
        s.sql = QString::fromUtf8(key);
    ++s.count;
    s.totalNs += ns;
    s.maxNs = std::max(s.maxNs, ns);
}

std::vector<SqlProfiler::Statement> SqlProfiler::statements() const
{
    std::vector<Statement> out;
    for (const auto& [key, s] : m_statements)
        out.push_back(s);
    std::sort(out.begin(), out.end(),
              [](const Statement& a, const Statement& b) { return a.totalNs > b.totalNs; });
    return out;
}

} // namespace bench

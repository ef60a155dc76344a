#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace astro {

class Database;

// Copies the WAL back into a store's file on a thread and connection of its own, so that a
// cashier's commit never pays for it: SQLite's automatic checkpoint would otherwise run inside
// the commit that crosses 1,000 pages (8 ms on a chain's store). While one runs, the process's
// store connections checkpoint only past a far larger WAL, as a backstop. A checkpoint moves
// pages that are already durable in the WAL, so a crash at any moment loses nothing.
class WalCheckpointer
{
public:
    // Pages of WAL a store connection lets grow before it checkpoints itself (about 40 MB).
    static constexpr int backstopPages = 10000;
    static constexpr int everyMs = 1000;

    explicit WalCheckpointer(QString databasePath, int intervalMs = everyMs);
    ~WalCheckpointer(); // stops after a last checkpoint
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Hands `db`'s checkpoints to a running checkpointer (connections opened later in this
    // process get the same from Database::open while one runs).
    static void handOver(Database& db);
    static bool running() { return s_running.load() > 0; }
    // Checkpoints that copied pages, since start (for tests and the bench).
    int checkpoints() const { return m_checkpoints.load(); }

private:
    void loop();

    QString m_path;
    int m_intervalMs;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::atomic<int> m_checkpoints{0};
    std::thread m_thread;
    static std::atomic<int> s_running;
};

} // namespace astro

#include "WalCheckpointer.h"

#include "common/Log.h"
#include "storage/Database.h"

namespace astro {

std::atomic<int> WalCheckpointer::s_running{0};

WalCheckpointer::WalCheckpointer(QString databasePath, int intervalMs)
    : m_path(std::move(databasePath)), m_intervalMs(intervalMs)
{
    s_running.fetch_add(1);
    m_thread = std::thread([this] { loop(); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    s_running.fetch_sub(1);
}

void WalCheckpointer::handOver(Database& db)
{
    (void)db.execute(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(backstopPages));
}

void WalCheckpointer::loop()
{
    // Its own connection, made and closed on this thread (a Qt SQL connection stays on one).
    auto opened = Database::openRaw(m_path);
    if (!opened) {
        qCWarning(lcStorage).noquote()
            << "the background checkpoint cannot open" << m_path << ":" << opened.error().message;
        return;
    }
    auto db = std::move(opened).value();
    bool last = false;
    Row previous;
    while (!last) {
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs),
                            [this] { return m_stop; });
            last = m_stop;
        }
        // PASSIVE: copies what no reader still needs, never waits for the writer nor blocks it.
        auto row = db->selectOne(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        if (!row) {
            qCDebug(lcStorage).noquote() << "background checkpoint:" << row.error().message;
            continue;
        }
        // (busy, frames in the WAL, frames copied back): a new pair with frames copied is a
        // checkpoint that did some work.
        if (row->has_value() && (**row).value(2).toInt() > 0 && **row != previous)
            m_checkpoints.fetch_add(1);
        if (row->has_value())
            previous = **row;
    }
}

} // namespace astro

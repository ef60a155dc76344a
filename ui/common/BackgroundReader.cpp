#include "BackgroundReader.h"

#include "store/Store.h"

#include <QThread>

namespace astro::ui {

// Lives on the reader's thread: opens the store there on the first read and keeps it open
// (a connection belongs to the thread that opened it).
class BackgroundReader::Worker : public QObject
{
public:
    Worker(QString path, std::shared_ptr<const Clock> clock)
        : m_path(std::move(path)), m_clock(std::move(clock))
    {}

    void run(const std::function<void(Store*, const Error*)>& work)
    {
        if (!m_store) {
            auto opened = Store::open(m_path, m_clock);
            if (!opened) {
                work(nullptr, &opened.error());
                return;
            }
            m_store = std::move(opened).value();
        }
        work(m_store.get(), nullptr);
    }

private:
    QString m_path;
    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<Store> m_store;
};

BackgroundReader::BackgroundReader(QString databasePath, std::shared_ptr<const Clock> clock,
                                   QObject* parent)
    : QObject(parent), m_thread(new QThread(this)),
      m_worker(new Worker(std::move(databasePath), std::move(clock)))
{
    m_thread->setObjectName(QStringLiteral("BackgroundReader"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

BackgroundReader::~BackgroundReader()
{
    // Reads still queued are dropped; the worker, and with it the connection, goes on its own
    // thread once the thread ends (deleteLater on finished).
    m_thread->quit();
    m_thread->wait();
}

void BackgroundReader::post(std::function<void(Store*, const Error*)> work,
                            std::function<void()> done)
{
    const quint64 id = ++m_latest;
    if (m_waiting++ == 0)
        emit busyChanged(true);
    QMetaObject::invokeMethod(
        m_worker, [this, worker = m_worker, id, work = std::move(work), done = std::move(done)] {
            worker->run(work);
            // Back on the reader's own thread; the destructor waits for this lambda, so `this`
            // is alive when it is queued.
            QMetaObject::invokeMethod(
                this,
                [this, id, done] {
                    const bool latest = id == m_latest;
                    if (--m_waiting == 0)
                        emit busyChanged(false);
                    if (latest)
                        done();
                },
                Qt::QueuedConnection);
        });
}

} // namespace astro::ui

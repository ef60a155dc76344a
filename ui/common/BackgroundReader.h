#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace astro {
class Clock;
class Store;
} // namespace astro

namespace astro::ui {

// Reads the store on a thread of its own, with its own connection to the database, so a query
// over years of a chain's history (a report, a year of credits) never freezes the window. The
// reads run one after the other; a new read makes the answers of those asked before it stale,
// and a stale answer is dropped rather than shown over a newer one.
class BackgroundReader : public QObject
{
    Q_OBJECT

public:
    BackgroundReader(QString databasePath, std::shared_ptr<const Clock> clock,
                     QObject* parent = nullptr);
    // Waits for the read under way (a query ends on its own), then closes the connection.
    ~BackgroundReader() override;

    // Runs `work` on the reader's thread, then `done` on this object's thread with its answer,
    // unless a newer read was asked for meanwhile.
    template <typename T>
    void read(std::function<Result<T>(Store&)> work, std::function<void(Result<T>)> done)
    {
        auto answer = std::make_shared<std::optional<Result<T>>>();
        post(
            [work = std::move(work), answer](Store* store, const Error* notOpened) {
                answer->emplace(notOpened ? Result<T>(*notOpened) : work(*store));
            },
            [answer, done = std::move(done)] { done(std::move(**answer)); });
    }

    // A read is asked for and its answer not yet delivered.
    bool busy() const { return m_waiting > 0; }

signals:
    void busyChanged(bool busy);

private:
    class Worker;
    void post(std::function<void(Store*, const Error*)> work, std::function<void()> done);

    QThread* m_thread;
    Worker* m_worker;
    quint64 m_latest = 0;
    int m_waiting = 0;
};

} // namespace astro::ui

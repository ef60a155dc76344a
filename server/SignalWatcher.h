#pragma once

#include <QObject>

class QSocketNotifier;

namespace astro::server {

// Turns SIGTERM and SIGINT into a Qt signal, so the server leaves its event loop and closes the
// database normally instead of dying in the middle of a write. A signal handler may only write
// to a file descriptor: it writes to a socket pair that a QSocketNotifier watches.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void stopRequested(int signal);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace astro::server

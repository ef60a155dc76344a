#pragma once

#include "BridgeStatus.h"
#include "common/Result.h"
#include "pos/BridgeSettings.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace astro {
class Store;
class SalesFolder;
} // namespace astro

namespace astro::bridge {

class BridgeServer;

// The POS bridge at work: the API on 127.0.0.1 and the watched sales folder, over one store
// connection of their own. The desktop app runs it on a thread (BridgeService); the CLI's
// `bridge` command runs it on its main thread.
class BridgeHost : public QObject
{
    Q_OBJECT

public:
    // Opens its own connection to the database at `databasePath` when first started.
    explicit BridgeHost(QString databasePath, QObject* parent = nullptr);
    ~BridgeHost() override;

    const BridgeStatus& status() const { return m_status; }

public slots:
    // Reads the store's BridgeSettings and starts, moves or stops the bridge as they say.
    void reconfigure();
    // As reconfigure(), with these settings instead of the stored ones (the CLI's options).
    void apply(const astro::BridgeSettings& settings);
    void stop();

signals:
    void statusChanged(const astro::bridge::BridgeStatus& status);
    void customerTouched(const QString& customerUuid, bool recorded);
    // A line for a log: a sales file imported or rejected, the bridge started or stopped.
    void logged(const QString& line);

private:
    Status openStore();
    void teardown();
    void startFolder(const QString& folder);
    void failed(const QString& error);
    void publish();

    QString m_path;
    std::unique_ptr<Store> m_store;
    BridgeServer* m_server = nullptr;
    SalesFolder* m_folder = nullptr;
    BridgeSettings m_running; // what the bridge now runs with
    BridgeStatus m_status;
    // A child, so it moves with the host to the bridge's thread (a timer left on the thread
    // that made it cannot be started from another one, and the counts never reached the screen).
    QTimer m_publishSoon{this};
};

} // namespace astro::bridge

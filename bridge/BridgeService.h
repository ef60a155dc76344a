#pragma once

#include "BridgeStatus.h"

#include <QObject>
#include <QThread>

namespace astro::bridge {

class BridgeHost;

// The desktop app's handle on the POS bridge: runs it on its own thread with its own database
// connection, as the store's settings say (BridgeSettings), while the app is open. Never blocks
// the caller's thread; what the bridge does arrives as signals.
class BridgeService : public QObject
{
    Q_OBJECT

public:
    explicit BridgeService(const QString& databasePath, QObject* parent = nullptr);
    ~BridgeService() override;

    const BridgeStatus& status() const { return m_status; }

public slots:
    // After Settings saved the bridge's settings: start, stop or move it as they now say.
    void reconfigured();

signals:
    void statusChanged(const astro::bridge::BridgeStatus& status);
    // A POS call or a sales file read (`recorded` false) or recorded something for this
    // customer (customers.uuid): the checkout showing them refreshes, or opens them.
    void customerTouched(const QString& customerUuid, bool recorded);

private:
    QThread m_thread;
    BridgeHost* m_host = nullptr;
    BridgeStatus m_status;
};

} // namespace astro::bridge

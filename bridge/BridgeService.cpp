#include "BridgeService.h"

#include "BridgeHost.h"

namespace astro::bridge {

BridgeService::BridgeService(const QString& databasePath, QObject* parent) : QObject(parent)
{
    qRegisterMetaType<astro::bridge::BridgeStatus>();
    m_thread.setObjectName(QStringLiteral("astro-pos-bridge"));
    m_host = new BridgeHost(databasePath);
    m_host->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_host, &BridgeHost::reconfigure);
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    connect(m_host, &BridgeHost::statusChanged, this, [this](const BridgeStatus& status) {
        m_status = status;
        emit statusChanged(status);
    });
    connect(m_host, &BridgeHost::customerTouched, this, &BridgeService::customerTouched);
    m_thread.start();
}

BridgeService::~BridgeService()
{
    m_thread.quit();
    m_thread.wait();
}

void BridgeService::reconfigured()
{
    QMetaObject::invokeMethod(m_host, &BridgeHost::reconfigure, Qt::QueuedConnection);
}

} // namespace astro::bridge

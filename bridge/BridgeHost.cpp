#include "BridgeHost.h"

#include "BridgeServer.h"
#include "common/Log.h"
#include "pos/SalesFolder.h"
#include "store/Store.h"

namespace astro::bridge {

BridgeHost::BridgeHost(QString databasePath, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath))
{
    m_publishSoon.setSingleShot(true);
    m_publishSoon.setInterval(250);
    connect(&m_publishSoon, &QTimer::timeout, this, &BridgeHost::publish);
    connect(this, &BridgeHost::logged, this,
            [](const QString& line) { qCInfo(lcBridge).noquote() << line; });
}

BridgeHost::~BridgeHost()
{
    teardown();
}

// The server and the folder use the store: they go before it.
void BridgeHost::teardown()
{
    delete m_folder;
    m_folder = nullptr;
    delete m_server;
    m_server = nullptr;
    m_running = {};
}

Status BridgeHost::openStore()
{
    if (m_store)
        return {};
    auto store = Store::open(m_path);
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    return {};
}

void BridgeHost::reconfigure()
{
    if (auto s = openStore(); !s)
        return failed(s.error().message);
    auto settings = BridgeSettings::load(*m_store);
    if (!settings)
        return failed(settings.error().message);
    apply(*settings);
}

void BridgeHost::apply(const BridgeSettings& settings)
{
    if (auto s = openStore(); !s)
        return failed(s.error().message);
    if (!settings.enabled) {
        stop();
        return;
    }
    const bool sameServer = m_server && m_running.port == settings.port;
    const bool sameFolder = m_running.salesFolder == settings.salesFolder;
    if (sameServer && sameFolder && m_status.state == BridgeStatus::State::Listening)
        return;
    teardown();
    m_running = settings;
    m_status = {};
    m_server = new BridgeServer(*m_store, this);
    connect(m_server, &BridgeServer::customerTouched, this, &BridgeHost::customerTouched);
    connect(m_server, &BridgeServer::answered, this, [this] {
        ++m_status.calls;
        m_status.lastCall = m_store->now();
        // A busy POS makes hundreds of calls a second: the screens hear of them a few times a
        // second at most.
        if (!m_publishSoon.isActive())
            m_publishSoon.start();
    });
    if (auto s = m_server->listenOn(settings.port); !s)
        return failed(s.error().message);
    m_status.state = BridgeStatus::State::Listening;
    m_status.port = m_server->port();
    emit logged(tr("POS bridge listening on http://127.0.0.1:%1/api/json/").arg(m_status.port));
    if (!settings.salesFolder.isEmpty())
        startFolder(settings.salesFolder);
    publish();
}

void BridgeHost::startFolder(const QString& folder)
{
    auto location = m_store->setting(QStringLiteral("counter_location"));
    Actor actor = Actor::system(location ? *location : QString());
    actor.userName = tr("POS sales folder");
    m_folder = new SalesFolder(*m_store, actor, this);
    connect(m_folder, &SalesFolder::imported, this,
            [this](const QString& file, int lines, const QStringList& customers) {
                m_status.lastFile = tr("%1: %n line(s) recorded", nullptr, lines).arg(file);
                emit logged(m_status.lastFile);
                for (const QString& uuid : customers)
                    emit customerTouched(uuid, true);
                publish();
            });
    connect(m_folder, &SalesFolder::rejected, this,
            [this](const QString& file, const QString& reasons) {
                m_status.lastFile = tr("%1: rejected, nothing recorded. %2").arg(file, reasons);
                emit logged(m_status.lastFile);
                publish();
            });
    connect(
        m_folder, &SalesFolder::failed, this, [this](const QString& file, const QString& error) {
            m_status.lastFile = tr("%1: not read yet (%2); trying again soon.").arg(file, error);
            emit logged(m_status.lastFile);
            publish();
        });
    m_status.salesFolder = folder;
    if (auto s = m_folder->watch(folder); !s) {
        m_status.error = s.error().message;
        emit logged(s.error().message);
    }
}

void BridgeHost::stop()
{
    const bool wasRunning = m_server != nullptr;
    const bool changed = wasRunning || m_status.state != BridgeStatus::State::Off;
    teardown();
    m_status = {};
    if (wasRunning)
        emit logged(tr("POS bridge stopped."));
    if (changed)
        publish();
}

void BridgeHost::failed(const QString& error)
{
    teardown();
    m_status = {};
    m_status.state = BridgeStatus::State::Failed;
    m_status.error = error; // the caller reports it: not a log line
    publish();
}

void BridgeHost::publish()
{
    emit statusChanged(m_status);
}

} // namespace astro::bridge

#include "SyncService.h"

#include "common/Log.h"
#include "common/Text.h"
#include "store/Store.h"
#include "sync/ConflictLog.h"

#include <QRandomGenerator>
#include <QTimer>

namespace astro::sync {

SyncService::SyncService(const QString& databasePath, QObject* parent) : QObject(parent)
{
    qRegisterMetaType<astro::sync::SyncStatus>();
    m_thread.setObjectName(QStringLiteral("astro-sync"));
    m_worker = new SyncWorker(databasePath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &SyncWorker::start);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::statusChanged, this, [this](const SyncStatus& status) {
        m_status = status;
        emit statusChanged(status);
    });
    connect(m_worker, &SyncWorker::remoteChangesApplied, this, &SyncService::remoteChangesApplied);
    connect(m_worker, &SyncWorker::customerCardsConfirmed, this,
            &SyncService::customerCardsConfirmed);
    m_thread.start(QThread::LowPriority);
}

SyncService::~SyncService()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncService::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void SyncService::reconfigured()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::reconfigured, Qt::QueuedConnection);
}

void SyncService::confirmCards(const QString& customerUuid)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, customerUuid] { worker->confirmCards(customerUuid); },
        Qt::QueuedConnection);
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::confirmCards(const QString& customerUuid)
{
    m_customerAtCounter = customerUuid;
    // Only while the server answers: offline, the next successful round comes first.
    if (!m_engine || m_status.state == SyncStatus::State::Offline ||
        m_status.state == SyncStatus::State::NotSetUp)
        return;
    if (auto cards = m_engine->confirmCards(customerUuid); cards && *cards > 0)
        emit customerCardsConfirmed(customerUuid);
}

void SyncWorker::start()
{
    auto store = Store::open(m_path);
    if (!store) {
        failed(store.error());
        return;
    }
    m_store = std::move(store).value();
    m_engine = std::make_unique<SyncEngine>(*m_store);
    if (auto last = m_store->setting(QStringLiteral("sync/last_success")); last && !last->isEmpty())
        m_status.lastSuccess = text::fromIsoUtc(*last);
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &SyncWorker::tick);
    timer->start(tickMs);
    tick();
}

void SyncWorker::syncNow()
{
    m_retryAt = {};
    m_periodicAt = {};
    m_waitForUser = false;
    tick();
}

void SyncWorker::reconfigured()
{
    m_backoffMs = 0;
    syncNow();
}

void SyncWorker::tick()
{
    if (!m_store || m_busy)
        return;
    auto config = SyncConfig::load(*m_store);
    if (config && !config->configured()) {
        if (m_status.state != SyncStatus::State::NotSetUp) {
            m_status.state = SyncStatus::State::NotSetUp;
            publish();
        }
        return;
    }
    if (m_status.state == SyncStatus::State::NotSetUp)
        m_status.state = SyncStatus::State::Idle;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_waitForUser)
        return; // a wrong password is not retried until someone changes it or asks
    if (m_retryAt.isValid() && now < m_retryAt)
        return;
    auto waiting = m_store->events().unsentCount();
    const bool due = !m_periodicAt.isValid() || now >= m_periodicAt;
    if ((waiting && *waiting > m_waitingAfterRound) || due)
        round();
}

void SyncWorker::round()
{
    m_busy = true;
    m_status.state = SyncStatus::State::Syncing;
    publish();
    auto report = m_engine->run([this](const QString& step) {
        m_status.step = step;
        publish();
    });
    m_busy = false;
    m_status.step.clear();
    if (!report) {
        qCWarning(lcSync).noquote() << "sync round failed:" << report.error().message;
        failed(report.error());
        return;
    }
    qCInfo(lcSync).noquote() << QStringLiteral(
                                    "sync round done: %1 pushed, %2 sent to Astro, %3 refused, "
                                    "%4 received, %5 catalog entries")
                                    .arg(report->pushed)
                                    .arg(report->publicCalls)
                                    .arg(report->refused)
                                    .arg(report->pulled)
                                    .arg(report->catalogEntries);
    m_backoffMs = 0;
    m_retryAt = {};
    m_periodicAt = QDateTime::currentDateTimeUtc().addMSecs(periodMs);
    m_status.state = SyncStatus::State::Idle;
    m_status.lastError.clear();
    m_status.nextAttempt = {};
    m_status.lastSuccess = report->finishedAt;
    m_status.lastReport = *report;
    if (auto waiting = m_store->events().unsentCount(); waiting)
        m_waitingAfterRound = *waiting;
    publish();
    if (report->pulled > 0 || report->catalogEntries > 0)
        emit remoteChangesApplied(report->pulled + report->catalogEntries);
    if (report->publicCalls > 0 && !m_customerAtCounter.isEmpty())
        confirmCards(m_customerAtCounter);
}

void SyncWorker::failed(const Error& error)
{
    m_status.lastError = error.message;
    if (error.code == ErrorCode::Network) {
        // Exponential backoff with ±20 % jitter, so counters that lost the server together do
        // not come back together.
        m_backoffMs = m_backoffMs == 0 ? firstBackoffMs : qMin(maxBackoffMs, m_backoffMs * 2);
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        m_retryAt = QDateTime::currentDateTimeUtc().addMSecs(qint64(m_backoffMs * jitter));
        m_status.state = SyncStatus::State::Offline;
        m_status.nextAttempt = m_retryAt;
    } else {
        // Refused: retrying at once would get the same answer.
        m_status.state = SyncStatus::State::Refused;
        m_waitForUser = error.code == ErrorCode::Forbidden;
        m_retryAt = QDateTime::currentDateTimeUtc().addMSecs(periodMs);
        m_status.nextAttempt = m_waitForUser ? QDateTime() : m_retryAt;
    }
    publish();
}

void SyncWorker::publish()
{
    if (m_store)
        if (auto n = ConflictLog(*m_store).openCount(); n)
            m_status.openConflicts = *n;
    emit statusChanged(m_status);
}

} // namespace astro::sync

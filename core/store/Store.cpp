#include "Store.h"

#include "batches/BatchService.h"
#include "catalog/CatalogRepository.h"
#include "common/Text.h"
#include "credits/CreditService.h"
#include "customers/CustomerStore.h"
#include "engine/CardService.h"
#include "engine/FulfillmentRouter.h"
#include "engine/OfferService.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "enrollment/EnrollmentService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "users/UserStore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace astro {

Store::Store(std::unique_ptr<Database> db, std::shared_ptr<const Clock> clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{
    m_audit = std::make_unique<AuditLog>(*m_db);
    m_catalog = std::make_unique<CatalogRepository>(*m_db);
    m_customers = std::make_unique<CustomerStore>(*this);
    m_users = std::make_unique<UserStore>(*this);
    m_cards = std::make_unique<CardService>(*this);
    m_visits = std::make_unique<VisitService>(*this);
    m_redemptions = std::make_unique<RedemptionService>(*this);
    m_offers = std::make_unique<OfferService>(*this);
    m_enrollment = std::make_unique<EnrollmentService>(*this);
    m_batches = std::make_unique<BatchService>(*this);
    m_credits = std::make_unique<CreditService>(*this);
    m_router = std::make_unique<FulfillmentRouter>(*this);
}

Store::~Store() = default;

QString Store::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("astro-counter.sqlite"));
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, std::shared_ptr<const Clock> clock)
{
    if (!clock)
        clock = std::make_shared<Clock>();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Storage,
                         tr("Cannot create the folder %1.").arg(info.absolutePath()));
    auto db = Database::open(path);
    if (!db)
        return db.error();
    auto store = std::unique_ptr<Store>(new Store(std::move(db).value(), std::move(clock)));

    // A counter's identity in the event log: made once, kept for the database's life.
    auto device = store->setting(QStringLiteral("device_id"));
    if (!device)
        return device.error();
    if (device->isEmpty()) {
        *device = text::newUuid();
        if (auto s = store->setSetting(QStringLiteral("device_id"), *device); !s)
            return s.error();
    }
    store->m_deviceId = *device;
    store->m_events = std::make_unique<EventLog>(*store->m_db, store->m_deviceId);
    return store;
}

Result<QString> Store::setting(const QString& key, const QString& fallback)
{
    auto value =
        m_db->scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}, fallback);
    if (!value)
        return value.error();
    return value->toString();
}

Status Store::setSetting(const QString& key, const QString& value)
{
    return m_db->execute(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON "
                                        "CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         {key, value});
}

Status Store::removeSetting(const QString& key, bool scrub)
{
    if (scrub)
        if (auto s = m_db->execute(QStringLiteral("PRAGMA secure_delete = ON")); !s)
            return s;
    Status removed = m_db->execute(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
    if (scrub)
        if (auto s = m_db->execute(QStringLiteral("PRAGMA secure_delete = OFF")); !s && removed)
            return s;
    return removed;
}

Status Store::audit(const Actor& actor, const QString& subject, const QString& field,
                    const QString& oldValue, const QString& newValue)
{
    return m_audit->append(actor, now(), subject, field, oldValue, newValue);
}

} // namespace astro

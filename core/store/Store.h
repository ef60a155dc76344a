#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/Actor.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/EventLog.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

namespace astro {

class CatalogRepository;
class CustomerStore;
class UserStore;
class CardService;
class VisitService;
class RedemptionService;
class OfferService;
class EnrollmentService;
class BatchService;
class CreditService;
class FulfillmentRouter;

// One counter's store: the database and the engine's services over it. The GUI, the CLI and
// the server each open one and call the services; nothing else touches the database.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // Opens or creates the database at `path`, migrating it. `clock` defaults to the system clock.
    static Result<std::unique_ptr<Store>> open(const QString& path,
                                               std::shared_ptr<const Clock> clock = {});
    // The per-user default: <app data>/astro-counter.sqlite.
    static QString defaultPath();

    Database& db() { return *m_db; }
    EventLog& events() { return *m_events; }
    AuditLog& auditLog() { return *m_audit; }
    QDateTime now() const { return m_clock->now(); }
    const std::shared_ptr<const Clock>& clock() const { return m_clock; }
    // Replaying history (the demo store, imports) runs the engine at past times.
    void setClock(std::shared_ptr<const Clock> clock) { m_clock = std::move(clock); }
    const QString& deviceId() const { return m_deviceId; }

    Result<QString> setting(const QString& key, const QString& fallback = {});
    Status setSetting(const QString& key, const QString& value);
    // Forgets a setting; with `scrub`, its bytes are overwritten in the file, not just unlinked
    // (for what must not linger: a secret once kept in clear).
    Status removeSetting(const QString& key, bool scrub = false);
    // Records an admin change in the audit log (inside the caller's transaction).
    Status audit(const Actor& actor, const QString& subject, const QString& field,
                 const QString& oldValue, const QString& newValue);

    CatalogRepository& catalog() { return *m_catalog; }
    CustomerStore& customers() { return *m_customers; }
    UserStore& users() { return *m_users; }
    CardService& cards() { return *m_cards; }
    VisitService& visits() { return *m_visits; }
    RedemptionService& redemptions() { return *m_redemptions; }
    OfferService& offers() { return *m_offers; }
    EnrollmentService& enrollment() { return *m_enrollment; }
    BatchService& batches() { return *m_batches; }
    CreditService& credits() { return *m_credits; }
    FulfillmentRouter& router() { return *m_router; }

private:
    Store(std::unique_ptr<Database> db, std::shared_ptr<const Clock> clock);

    std::unique_ptr<Database> m_db;
    std::shared_ptr<const Clock> m_clock;
    QString m_deviceId;
    std::unique_ptr<EventLog> m_events;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<CatalogRepository> m_catalog;
    std::unique_ptr<CustomerStore> m_customers;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<CardService> m_cards;
    std::unique_ptr<VisitService> m_visits;
    std::unique_ptr<RedemptionService> m_redemptions;
    std::unique_ptr<OfferService> m_offers;
    std::unique_ptr<EnrollmentService> m_enrollment;
    std::unique_ptr<BatchService> m_batches;
    std::unique_ptr<CreditService> m_credits;
    std::unique_ptr<FulfillmentRouter> m_router;
};

} // namespace astro

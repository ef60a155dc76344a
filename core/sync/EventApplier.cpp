#include "EventApplier.h"

#include "EnrollmentOrder.h"

#include "catalog/CatalogRepository.h"
#include "common/Text.h"
#include "customers/CustomerStore.h"
#include "engine/CardService.h"
#include "enrollment/EnrollmentService.h"
#include "programs/ProgramRequestService.h"
#include "store/Store.h"

#include <QJsonArray>

namespace astro::sync {

namespace {

using MaybeConflict = std::optional<Conflict>;

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// One event being applied: one method per event type.
class Applying
{
    Q_DECLARE_TR_FUNCTIONS(EventApplier)

public:
    Applying(Store& store, const Event& event)
        : m_store(store), m_db(store.db()), m_event(event), m_p(event.payload)
    {}

    Result<MaybeConflict> run()
    {
        const QString& type = m_event.type;
        if (type == QLatin1String("customer.added") || type == QLatin1String("customer.updated"))
            return customer();
        if (type == QLatin1String("customer.merged"))
            return merged();
        if (type == QLatin1String("visit.opened"))
            return visitOpened();
        if (type == QLatin1String("visit.finished"))
            return visitFinished();
        if (type == QLatin1String("scan.added"))
            return scanAdded();
        if (type == QLatin1String("scan.voided"))
            return scanVoided();
        if (type == QLatin1String("redemption.added"))
            return redemptionAdded();
        if (type == QLatin1String("redemption.undone"))
            return redemptionUndone();
        if (type == QLatin1String("enrollment.changed"))
            return enrollment();
        if (type.startsWith(QLatin1String("credit.")))
            return credit();
        if (type == QLatin1String("conflict.flagged"))
            return conflictFlagged();
        if (type == QLatin1String("program_request.added"))
            return programRequestAdded();
        if (type == QLatin1String("program_request.updated"))
            return programRequestUpdated();
        // Rewards are derived from punches on every side; batches belong to the counter that
        // runs them; PINs never leave a counter.
        return MaybeConflict();
    }

private:
    Conflict conflict(const QString& kind, const QString& message) const
    {
        return Conflict{kind, message, str(m_p, "customer")};
    }

    Conflict unknownCustomer() const
    {
        return conflict(QStringLiteral("unknown_customer"),
                        tr("An event names a customer this side never received (%1).")
                            .arg(str(m_p, "customer")));
    }

    Result<std::optional<qint64>> customerId(const QString& uuid)
    {
        auto c = m_store.customers().byUuid(uuid);
        if (!c)
            return c.error();
        if (!c->has_value())
            return std::optional<qint64>();
        return std::optional<qint64>((*c)->id);
    }

    Result<std::optional<qint64>> idByUuid(const char* table, const QString& uuid)
    {
        auto id = m_db.scalar(
            QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(QLatin1String(table)), {uuid});
        if (!id)
            return id.error();
        if (id->isNull())
            return std::optional<qint64>();
        return std::optional<qint64>(id->toLongLong());
    }

    // The program behind a card or an offer, if this side still accepts it.
    Result<MaybeConflict> accepted(const QString& programId, bool active, bool known)
    {
        if (known && active)
            return MaybeConflict();
        return MaybeConflict(
            conflict(QStringLiteral("program_not_accepted"),
                     tr("The program %1 is no longer accepted: it is not in the catalog or "
                        "was withdrawn.")
                         .arg(programId)));
    }

    Result<MaybeConflict> customer()
    {
        Customer c;
        c.uuid = str(m_p, "customer");
        c.firstName = str(m_p, "first_name");
        c.lastName = str(m_p, "last_name");
        c.phone = str(m_p, "phone");
        c.email = str(m_p, "email");
        c.createdAt = m_event.at;
        if (c.uuid.isEmpty())
            return MaybeConflict(unknownCustomer());
        if (auto id = m_store.customers().upsert(c); !id)
            return id.error();
        return MaybeConflict();
    }

    Result<MaybeConflict> merged()
    {
        auto keep = m_store.customers().byUuid(str(m_p, "customer"));
        if (!keep)
            return keep.error();
        auto duplicate = m_store.customers().byUuid(str(m_p, "merged"));
        if (!duplicate)
            return duplicate.error();
        if (!keep->has_value() || !duplicate->has_value())
            return MaybeConflict(unknownCustomer());
        if ((*duplicate)->mergedInto)
            return MaybeConflict();
        if (auto s =
                m_store.customers().moveHistory(Actor::system(), (*keep)->id, (*duplicate)->id);
            !s)
            return s.error();
        return MaybeConflict();
    }

    Result<MaybeConflict> visitOpened()
    {
        auto customer = customerId(str(m_p, "customer"));
        if (!customer)
            return customer.error();
        if (!customer->has_value())
            return MaybeConflict(unknownCustomer());
        if (auto s = m_db.execute(
                QStringLiteral("INSERT OR IGNORE INTO visits (uuid, customer_id, location_id, "
                               "user_id, transaction_id, started_at) VALUES (?,?,?,?,?,?)"),
                {str(m_p, "visit"), **customer, str(m_p, "location"), 0, str(m_p, "transaction"),
                 text::isoUtc(m_event.at)});
            !s)
            return s.error();
        return MaybeConflict();
    }

    Result<MaybeConflict> visitFinished()
    {
        if (auto s =
                m_db.execute(QStringLiteral("UPDATE visits SET finished_at = ?, reason = ? "
                                            "WHERE uuid = ? AND finished_at IS NULL"),
                             {text::isoUtc(m_event.at), str(m_p, "reason"), str(m_p, "visit")});
            !s)
            return s.error();
        return MaybeConflict();
    }

    Result<MaybeConflict> recompute(qint64 customer, const QStringList& cards)
    {
        for (const QString& card : cards) {
            auto r = m_store.cards().reconcile(Actor::system(), customer, card);
            if (!r && r.error().code == ErrorCode::Conflict)
                return MaybeConflict(
                    conflict(QStringLiteral("void_after_redemption"), r.error().message));
            if (!r)
                return r.error();
        }
        return MaybeConflict();
    }

    Result<MaybeConflict> scanAdded()
    {
        auto visit =
            m_db.selectOne(QStringLiteral("SELECT id, customer_id FROM visits WHERE uuid = ?"),
                           {str(m_p, "visit")});
        if (!visit)
            return visit.error();
        if (!visit->has_value())
            return MaybeConflict(unknownCustomer());
        const qint64 visitId = (**visit)[0].toLongLong();
        const qint64 customer = (**visit)[1].toLongLong();
        auto product = m_store.catalog().productByGtin(str(m_p, "item_code"));
        if (!product)
            return product.error();
        if (!product->has_value())
            return MaybeConflict(
                conflict(QStringLiteral("unknown_item"),
                         tr("The item %1 is not in the catalog here.").arg(str(m_p, "item_code"))));
        auto scanId = m_db.insert(
            QStringLiteral("INSERT INTO scans (uuid, visit_id, customer_id, product_id, quantity, "
                           "unit_price_cents, at, location_id, user_id, exception_reason) VALUES "
                           "(?,?,?,?,?,?,?,?,?,?)"),
            {str(m_p, "scan"), visitId, customer, (*product)->id,
             m_p.value(QStringLiteral("item_qty")).toInt(),
             m_p.value(QStringLiteral("item_amount_cents")).toInteger(), text::isoUtc(m_event.at),
             str(m_p, "location"), 0, str(m_p, "exception_reason")});
        if (!scanId)
            return scanId.error();
        QStringList punched;
        MaybeConflict problem;
        for (const QJsonValue& value : m_p.value(QStringLiteral("cards")).toArray()) {
            const QString cardId = value.toString();
            auto card = m_store.catalog().card(cardId);
            if (!card)
                return card.error();
            auto program = card->has_value() ? m_store.catalog().program((*card)->programId)
                                             : Result<std::optional<Program>>(std::nullopt);
            if (!program)
                return program.error();
            auto ok = accepted(card->has_value() ? (*card)->programId : cardId,
                               program->has_value() && (*program)->active, program->has_value());
            if (!ok)
                return ok.error();
            if (*ok)
                problem = *ok;
            if (!card->has_value())
                continue;
            if (auto s = m_db.execute(
                    QStringLiteral("INSERT INTO punches (scan_id, customer_id, card_id, "
                                   "product_id, quantity, unit_price_cents, at) VALUES "
                                   "(?,?,?,?,?,?,?)"),
                    {*scanId, customer, cardId, (*product)->id,
                     m_p.value(QStringLiteral("item_qty")).toInt(),
                     m_p.value(QStringLiteral("item_amount_cents")).toInteger(),
                     text::isoUtc(m_event.at)});
                !s)
                return s.error();
            punched << cardId;
        }
        auto recomputed = recompute(customer, punched);
        if (!recomputed || *recomputed)
            return recomputed;
        return problem;
    }

    Result<MaybeConflict> scanVoided()
    {
        auto scan = m_db.selectOne(
            QStringLiteral(
                "SELECT id, customer_id FROM scans WHERE uuid = ? AND voided_at IS NULL"),
            {str(m_p, "scan")});
        if (!scan)
            return scan.error();
        if (!scan->has_value())
            return MaybeConflict();
        const qint64 scanId = (**scan)[0].toLongLong();
        if (auto s = m_db.execute(QStringLiteral("UPDATE scans SET voided_at = ? WHERE id = ?"),
                                  {text::isoUtc(m_event.at), scanId});
            !s)
            return s.error();
        if (auto s = m_db.execute(QStringLiteral("UPDATE punches SET voided = 1 WHERE scan_id = ?"),
                                  {scanId});
            !s)
            return s.error();
        auto cards =
            m_db.select(QStringLiteral("SELECT card_id FROM punches WHERE scan_id = ?"), {scanId});
        if (!cards)
            return cards.error();
        QStringList ids;
        for (const Row& r : *cards)
            ids << r[0].toString();
        return recompute((**scan)[1].toLongLong(), ids);
    }

    Result<MaybeConflict> redemptionAdded()
    {
        const QString uuid = str(m_p, "redemption");
        auto existing = idByUuid("redemptions", uuid);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return MaybeConflict();
        auto customer = customerId(str(m_p, "customer"));
        if (!customer)
            return customer.error();
        if (!customer->has_value())
            return MaybeConflict(unknownCustomer());
        auto product = m_store.catalog().productByGtin(str(m_p, "item_code"));
        if (!product)
            return product.error();
        if (!product->has_value())
            return MaybeConflict(
                conflict(QStringLiteral("unknown_item"),
                         tr("The item %1 is not in the catalog here.").arg(str(m_p, "item_code"))));
        const QString cardId = str(m_p, "card");
        const QString offerId = str(m_p, "offer");
        const QString programId = str(m_p, "program");
        QString manufacturer;
        bool active = false;
        bool known = false;
        if (offerId.isEmpty()) {
            auto program = m_store.catalog().program(programId);
            if (!program)
                return program.error();
            known = program->has_value();
            if (known) {
                manufacturer = (*program)->manufacturerId;
                active = (*program)->active;
            }
        } else {
            auto offer = m_store.catalog().offer(offerId);
            if (!offer)
                return offer.error();
            known = offer->has_value();
            if (known) {
                manufacturer = (*offer)->manufacturerId;
                active = (*offer)->active;
            }
        }
        auto problem = accepted(offerId.isEmpty() ? programId : offerId, active, known);
        if (!problem)
            return problem.error();

        // The customer's earliest reward with units left: another counter's view of which
        // reward it was does not matter, only that one is left.
        QVariant rewardId;
        if (!cardId.isEmpty() && known) {
            auto reward = m_store.cards().nextReward(**customer, cardId);
            if (!reward)
                return reward.error();
            if (reward->has_value())
                rewardId = (*reward)->id;
            else if (!*problem)
                problem = MaybeConflict(conflict(
                    QStringLiteral("double_redemption"),
                    tr("This customer's reward on %1 was already given out: the same reward was "
                       "redeemed twice.")
                        .arg(cardId)));
        }
        auto id = m_db.insert(
            QStringLiteral("INSERT INTO redemptions (uuid, reward_id, offer_id, customer_id, "
                           "program_id, card_id, manufacturer_id, product_id, quantity, "
                           "cost_cents, at, location_id, user_id, email, fulfillment, "
                           "distributor_id, account_number, credit_status, origin, visit_id) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                           "(SELECT id FROM visits WHERE uuid = ?))"),
            {uuid,
             rewardId,
             offerId.isEmpty() ? QVariant() : QVariant(offerId),
             **customer,
             programId,
             cardId.isEmpty() ? QVariant() : QVariant(cardId),
             manufacturer,
             (*product)->id,
             m_p.value(QStringLiteral("item_qty")).toInt(),
             m_p.value(QStringLiteral("cost_cents")).toInteger(),
             text::isoUtc(m_event.at),
             str(m_p, "location"),
             0,
             str(m_p, "email"),
             str(m_p, "fulfillment"),
             str(m_p, "distributor").isEmpty() ? QVariant() : QVariant(str(m_p, "distributor")),
             str(m_p, "account_number"),
             str(m_p, "credit_status"),
             m_event.deviceId.isEmpty() ? QStringLiteral("remote") : m_event.deviceId,
             str(m_p, "visit")});
        if (!id)
            return id.error();
        return problem;
    }

    Result<MaybeConflict> redemptionUndone()
    {
        if (auto s = m_db.execute(
                QStringLiteral("UPDATE redemptions SET undone_at = ?, undone_by = 0, undo_mode = ? "
                               "WHERE uuid = ? AND undone_at IS NULL"),
                {text::isoUtc(m_event.at), str(m_p, "mode"), str(m_p, "redemption")});
            !s)
            return s.error();
        return MaybeConflict();
    }

    Result<MaybeConflict> enrollment()
    {
        const QString location = str(m_p, "location");
        const QString subject = str(m_p, "subject");
        const QString distributor = str(m_p, "distributor");
        auto where = m_store.catalog().location(location);
        if (!where)
            return where.error();
        auto what = m_store.enrollment().subject(subject);
        if (!what)
            return what.error();
        bool distributorKnown = distributor.isEmpty();
        if (!distributorKnown) {
            auto d = m_store.catalog().distributor(distributor);
            if (!d)
                return d.error();
            distributorKnown = d->has_value();
        }
        if (!where->has_value() || !what->has_value() || !distributorKnown)
            return MaybeConflict(
                conflict(QStringLiteral("program_not_accepted"),
                         tr("The enrollment of %1 in %2 names something not in the catalog here.")
                             .arg(location, subject)));
        // The server's order decides: a change made here that it put later stays.
        EnrollmentOrder order(m_store);
        auto verdict = order.judge(location, subject, m_event.seq);
        if (!verdict)
            return verdict.error();
        if (*verdict == EnrollmentOrder::Verdict::KeepOurs)
            return MaybeConflict();
        if (*verdict == EnrollmentOrder::Verdict::Overtaken)
            if (auto s = order.overtaken(m_event); !s)
                return s.error();
        auto released = m_store.enrollment().applyRemote(location, subject, distributor,
                                                         str(m_p, "account_number"), m_event.at);
        if (!released)
            return released.error();
        return MaybeConflict();
    }

    Result<MaybeConflict> credit()
    {
        const auto status = fromCode<CreditStatus>(m_event.type.mid(7));
        if (!status)
            return MaybeConflict();
        const QString account = str(m_p, "account_number");
        if (auto s = m_db.execute(
                QStringLiteral("UPDATE redemptions SET credit_status = ?, decline_reason = ?, "
                               "note = CASE WHEN ? = '' THEN note ELSE ? END, account_number = "
                               "CASE WHEN ? = '' THEN account_number ELSE ? END WHERE uuid = ?"),
                {toCode(*status),
                 *status == CreditStatus::Declined ? str(m_p, "reason") : QString(),
                 str(m_p, "note"), str(m_p, "note"), account, account, str(m_p, "redemption")});
            !s)
            return s.error();
        return MaybeConflict();
    }

    Result<MaybeConflict> conflictFlagged()
    {
        if (auto s = m_db.execute(
                QStringLiteral("INSERT OR IGNORE INTO sync_conflicts (uuid, event_uuid, kind, "
                               "message, customer_uuid, at) VALUES (?,?,?,?,?,?)"),
                {str(m_p, "conflict"), str(m_p, "event"), str(m_p, "kind"), str(m_p, "message"),
                 str(m_p, "customer"), text::isoUtc(m_event.at)});
            !s)
            return s.error();
        return MaybeConflict();
    }

    // A tracking-program request made at another counter of the store.
    Result<MaybeConflict> programRequestAdded()
    {
        if (auto s = ProgramRequestService(m_store).applyAdded(m_p, m_event.at); !s)
            return s.error();
        return MaybeConflict();
    }

    // The help desk's answer to one of this store's tracking-program requests.
    Result<MaybeConflict> programRequestUpdated()
    {
        if (auto s = ProgramRequestService(m_store).applyUpdate(
                str(m_p, "request"), str(m_p, "state"), str(m_p, "ticket"), str(m_p, "answer"));
            !s)
            return s.error();
        return MaybeConflict();
    }

    Store& m_store;
    Database& m_db;
    const Event& m_event;
    const QJsonObject& m_p;
};

} // namespace

Result<ApplyOutcome> EventApplier::apply(const Event& event)
{
    Database& db = m_store.db();
    Q_ASSERT(db.inTransaction());
    auto seen =
        db.scalar(QStringLiteral("SELECT count(*) FROM sync_applied WHERE uuid = ?"), {event.uuid});
    if (!seen)
        return seen.error();
    if (seen->toInt() > 0)
        return ApplyOutcome{true, std::nullopt};
    if (auto s = db.execute(QStringLiteral("INSERT INTO sync_applied (uuid, applied_at) VALUES "
                                           "(?, ?)"),
                            {event.uuid, text::isoUtc(m_store.now())});
        !s)
        return s.error();
    EventLog::Quiet quiet(m_store.events());
    auto conflict = Applying(m_store, event).run();
    if (!conflict)
        return conflict.error();
    return ApplyOutcome{false, *conflict};
}

} // namespace astro::sync

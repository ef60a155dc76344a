#include "PublicSync.h"

#include "ConflictLog.h"
#include "PublicAnswerReader.h"
#include "PublicCallWriter.h"
#include "store/Store.h"
#include "wire/WireNames.h"

#include <QSet>

namespace astro::sync {

namespace {

namespace endpoint = wire::endpoint;
constexpr int pageSize = 2000;
constexpr std::size_t flushEvery = 256;
constexpr int success = 100;
constexpr int customerNotFound = 310;

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

Result<std::optional<ApiAnswer>> PublicSync::ask(const QString& endpoint,
                                                 const QJsonObject& request, QString& refusal)
{
    // Every public call is safe to send again (a customerID, a transactionID or a reward
    // names what it does), so a failed one is tried twice more before the round gives up.
    auto answer = m_call(endpoint, request);
    for (int again = 0; again < 2 && !answer && answer.error().code == ErrorCode::Network; ++again)
        answer = m_call(endpoint, request);
    if (!answer && answer.error().code == ErrorCode::Invalid) {
        refusal = answer.error().message;
        return std::optional<ApiAnswer>();
    }
    if (!answer)
        return answer.error();
    return std::optional<ApiAnswer>(*answer);
}

Status PublicSync::done(const Event& e)
{
    ++m_counts->sent;
    return m_outbox.finish(e.uuid, PublicOutbox::Outcome::Done);
}

Status PublicSync::refuse(const Event& e, const QString& kind, const QString& message,
                          const QString& customerUuid)
{
    ++m_counts->refused;
    if (auto s = ConflictLog(m_store).record(kind, message, e.uuid, customerUuid); !s)
        return s;
    return m_outbox.finish(e.uuid, PublicOutbox::Outcome::Refused, message);
}

Status PublicSync::write(std::function<Status()> body)
{
    m_pending.push_back(std::move(body));
    return m_pending.size() >= flushEvery ? flush() : Status();
}

Status PublicSync::flush()
{
    if (m_pending.empty())
        return {};
    std::vector<std::function<Status()>> pending;
    pending.swap(m_pending);
    Transaction transaction(m_store.db());
    if (!transaction.started())
        return transaction.started();
    for (const auto& body : pending)
        if (auto s = body(); !s)
            return s;
    return transaction.commit();
}

void PublicSync::rememberAstroId(const QString& uuid, const QString& astroId)
{
    m_astroIds.insert(uuid, astroId);
    // Inside the write's transaction; a crash before it only means asking Astro again.
    (void)write([this, uuid, astroId] { return m_outbox.setAstroCustomerId(uuid, astroId); });
}

Result<std::optional<QString>> PublicSync::ensureCustomer(const QString& uuid, QString& refusal)
{
    if (const auto cached = m_astroIds.constFind(uuid); cached != m_astroIds.constEnd())
        if (!cached->isEmpty())
            return std::optional<QString>(*cached);
    auto known = m_outbox.astroCustomerId(uuid);
    if (!known)
        return known.error();
    if (!known->isEmpty() && !m_astroIds.contains(uuid))
        return std::optional<QString>(*known);
    auto customer = m_outbox.customer(uuid);
    if (!customer)
        return customer.error();
    if (!customer->has_value()) {
        refusal = tr("This counter has no customer %1.").arg(uuid);
        return std::optional<QString>();
    }
    const QJsonObject& c = **customer;
    QString astroId;

    // A pet owner with an Astro account from elsewhere is linked, not added twice.
    const QJsonObject search = PublicCallWriter::searchCustomer(c);
    if (!search.isEmpty()) {
        auto found = ask(endpoint::searchCustomer, search, refusal);
        if (!found)
            return found.error();
        const auto match = found->has_value() && (*found)->status == success
                               ? PublicAnswerReader::customer((*found)->data)
                               : std::nullopt;
        if (match && match->customerId != uuid) {
            auto local = m_outbox.customer(match->customerId);
            if (!local)
                return local.error();
            // The store's own other customer is a duplicate for the store to merge, not a link.
            // Another caller's customer is linked under Astro's id, which customerStatus gives;
            // an id Astro does not know under this caller is Astro's own.
            if (!local->has_value()) {
                auto status = ask(endpoint::customerStatus,
                                  PublicCallWriter::customerOnly(match->customerId), refusal);
                if (!status)
                    return status.error();
                QString target = match->customerId;
                if (status->has_value() && (*status)->status == success)
                    target = PublicAnswerReader::astroCustomerId((*status)->data);
                auto linked = target.isEmpty()
                                  ? Result<std::optional<ApiAnswer>>(std::nullopt)
                                  : ask(endpoint::linkCustomer,
                                        PublicCallWriter::linkCustomer(uuid, target), refusal);
                if (!linked)
                    return linked.error();
                if (linked->has_value() && (*linked)->status == success)
                    astroId = PublicAnswerReader::astroCustomerId((*linked)->data);
            }
        }
    }
    if (astroId.isEmpty()) {
        auto added = ask(endpoint::addCustomer, PublicCallWriter::addCustomer(c), refusal);
        if (!added)
            return added.error();
        if (!added->has_value())
            return std::optional<QString>();
        if ((*added)->status != success) {
            refusal = (*added)->message;
            return std::optional<QString>();
        }
        astroId = PublicAnswerReader::astroCustomerId((*added)->data);
        if (astroId.isEmpty())
            return makeError(ErrorCode::Network,
                             tr("Astro's answer to addCustomer has no astro_customer_id."));
    }
    rememberAstroId(uuid, astroId);
    return std::optional<QString>(astroId);
}

Status PublicSync::customerAdded(const Event& e)
{
    const QString uuid = str(e.payload, "customer");
    QString refusal;
    auto astroId = ensureCustomer(uuid, refusal);
    if (!astroId)
        return astroId.error();
    return write([=, this] {
        return astroId->has_value() ? done(e)
                                    : refuse(e, QStringLiteral("customer_refused"), refusal, uuid);
    });
}

Status PublicSync::customerUpdated(const Event& e)
{
    const QString uuid = str(e.payload, "customer");
    QString refusal;
    auto astroId = ensureCustomer(uuid, refusal);
    if (!astroId)
        return astroId.error();
    std::optional<ApiAnswer> answer;
    if (astroId->has_value()) {
        auto updated =
            ask(endpoint::updateCustomer, PublicCallWriter::updateCustomer(e.payload), refusal);
        if (!updated)
            return updated.error();
        answer = *updated;
        if (answer && answer->status != success)
            refusal = answer->message;
    }
    return write([=, this] {
        return answer && answer->status == success
                   ? done(e)
                   : refuse(e, QStringLiteral("customer_refused"), refusal, uuid);
    });
}

Status PublicSync::purchases(const QString& customerUuid, const std::vector<const Event*>& scans)
{
    std::vector<PurchaseLine> lines;
    std::vector<const Event*> sending;
    std::vector<const Event*> gone; // scans this counter no longer has
    for (const Event* e : scans) {
        auto s = m_outbox.scan(str(e->payload, "scan"));
        if (!s)
            return s.error();
        if (!s->has_value()) {
            gone.push_back(e);
            continue;
        }
        lines.push_back((*s)->line);
        sending.push_back(e);
    }
    QString refusal;
    std::optional<std::vector<LineAnswer>> answers;
    for (int attempt = 0; attempt < 2 && !lines.empty(); ++attempt) {
        auto astroId = ensureCustomer(customerUuid, refusal);
        if (!astroId)
            return astroId.error();
        if (!astroId->has_value())
            break;
        auto answer = ask(endpoint::addTransactionBatch,
                          PublicCallWriter::transactionBatch(customerUuid, lines), refusal);
        if (!answer)
            return answer.error();
        if (!answer->has_value())
            break;
        // Astro no longer knows the customer: add it again, then the lines once more.
        if ((*answer)->status == customerNotFound && attempt == 0) {
            rememberAstroId(customerUuid, {});
            continue;
        }
        if ((*answer)->status != success) {
            refusal = (*answer)->message;
            break;
        }
        QStringList ids;
        for (const PurchaseLine& line : lines)
            ids << line.transactionId;
        answers = PublicAnswerReader::lines((*answer)->data, ids);
        if (!answers)
            return makeError(ErrorCode::Network,
                             tr("Astro's answer to addTransactionBatch does not list every line; "
                                "they will be sent again."));
        break;
    }
    return write([=, this]() -> Status {
        for (const Event* e : gone)
            if (auto s = done(*e); !s)
                return s;
        for (std::size_t i = 0; i < sending.size(); ++i) {
            const Event& e = *sending[i];
            if (!answers) {
                if (auto s =
                        refuse(e, QStringLiteral("transaction_refused"), refusal, customerUuid);
                    !s)
                    return s;
                continue;
            }
            const LineAnswer& a = (*answers)[i];
            if (!a.added()) {
                if (auto s =
                        refuse(e, QStringLiteral("transaction_refused"),
                               tr("Astro refused the purchase of %1: %2")
                                   .arg(PublicCallWriter::itemCode(lines[i].gtin14), a.message),
                               customerUuid);
                    !s)
                    return s;
                continue;
            }
            if (auto s =
                    m_outbox.setScanIds(a.transactionId, a.astroTransactionId, a.astroProgramId);
                !s)
                return s;
            if (auto s = done(e); !s)
                return s;
        }
        return {};
    });
}

Status PublicSync::voided(const Event& e)
{
    // What it reads (Astro's ids of earlier lines and redemptions) must be written first.
    if (auto s = flush(); !s)
        return s;
    auto s = m_outbox.scan(str(e.payload, "scan"));
    if (!s)
        return s.error();
    // A purchase Astro never took has nothing to remove there.
    if (!s->has_value() || !(*s)->addedToAstro)
        return write([=, this] { return done(e); });
    const OutboxScan& scan = **s;
    QString refusal;
    auto answer = ask(
        endpoint::removeTransaction,
        PublicCallWriter::removeTransaction(scan.customerUuid, scan.line.transactionId), refusal);
    if (!answer)
        return answer.error();
    if (answer->has_value()) {
        const auto lines = PublicAnswerReader::lines((*answer)->data, {scan.line.transactionId});
        if ((*answer)->status == success && !lines)
            return makeError(ErrorCode::Network,
                             tr("Astro's answer to removeTransaction does not name the line; it "
                                "will be sent again."));
        const bool removed = (*answer)->status == success &&
                             (lines->front().added() || lines->front().status == customerNotFound);
        if (removed)
            return write([=, this] { return done(e); });
        refusal = lines ? lines->front().message : (*answer)->message;
    }
    return write([=, this] {
        return refuse(e, QStringLiteral("void_refused"), refusal, scan.customerUuid);
    });
}

Status PublicSync::redeemed(const Event& e)
{
    // What it reads (Astro's ids of earlier lines and redemptions) must be written first.
    if (auto s = flush(); !s)
        return s;
    auto found = m_outbox.redemption(str(e.payload, "redemption"));
    if (!found)
        return found.error();
    if (!found->has_value())
        return write([=, this] { return done(e); });
    const OutboxRedemption& r = **found;
    if (!r.offerId.isEmpty())
        return offerRedeemed(e, r);
    QString refusal;
    auto astroId = ensureCustomer(r.customerUuid, refusal);
    if (!astroId)
        return astroId.error();
    if (!astroId->has_value())
        return write([=, this] {
            return refuse(e, QStringLiteral("customer_refused"), refusal, r.customerUuid);
        });
    auto status = ask(endpoint::customerRewardStatus,
                      PublicCallWriter::customerOnly(r.customerUuid), refusal);
    if (!status)
        return status.error();
    std::vector<AstroReward> onCard;
    if (status->has_value() && (*status)->status == success)
        for (const AstroReward& reward : PublicAnswerReader::rewards((*status)->data))
            if (reward.astroProgramId == r.cardId)
                onCard.push_back(reward);
    if (std::size_t(r.rewardRank) >= onCard.size())
        return write([=, this] {
            return refuse(e, QStringLiteral("reward_unknown"),
                          tr("Astro has no reward %1 on card %2 for this customer: the free item "
                             "was given here but is not credited.")
                              .arg(r.rewardRank + 1)
                              .arg(r.cardId),
                          r.customerUuid);
        });
    const AstroReward& reward = onCard[std::size_t(r.rewardRank)];
    const QString itemCode = PublicCallWriter::itemCode(r.gtin14);
    const auto item = reward.itemId(itemCode);
    std::optional<ApiAnswer> answer;
    if (item) {
        auto redeemedThere =
            ask(endpoint::addRedemption,
                PublicCallWriter::redemption(r.customerUuid, reward.astroRewardId, *item), refusal);
        if (!redeemedThere)
            return redeemedThere.error();
        answer = *redeemedThere;
    } else {
        refusal = tr("Astro does not allow item %1 for this reward.").arg(itemCode);
    }
    if (answer && answer->status == success)
        return write([=, this]() -> Status {
            if (auto s =
                    m_outbox.setAstroRewardId(str(e.payload, "redemption"), reward.astroRewardId);
                !s)
                return s;
            return done(e);
        });
    if (answer)
        refusal = answer->message;
    return write([=, this] {
        return refuse(e, QStringLiteral("redemption_refused"), refusal, r.customerUuid);
    });
}

Status PublicSync::offerRedeemed(const Event& e, const OutboxRedemption& r)
{
    QString refusal;
    auto astroId = ensureCustomer(r.customerUuid, refusal);
    if (!astroId)
        return astroId.error();
    auto lines = m_outbox.offerPurchases(r.visitId, r.offerId);
    if (!lines)
        return lines.error();
    // The offer's purchases of the visit first (under their own line ids: Astro has them as
    // purchases already, and a line id names one purchase), then the deal they earned.
    for (const PurchaseLine& line : astroId->has_value() ? *lines : std::vector<PurchaseLine>()) {
        auto added = ask(endpoint::addOfferTransaction,
                         PublicCallWriter::offerTransaction(r.customerUuid, line), refusal);
        if (!added)
            return added.error();
    }
    std::optional<AstroReward> deal;
    if (astroId->has_value()) {
        auto status = ask(endpoint::customerRewardStatus,
                          PublicCallWriter::customerOnly(r.customerUuid), refusal);
        if (!status)
            return status.error();
        if (status->has_value() && (*status)->status == success)
            // The deal that allows this item: waiting, or given with it already (Astro heard of
            // it from the store's log first, or this call is sent again).
            for (const AstroReward& reward : PublicAnswerReader::rewards((*status)->data))
                if (reward.astroProgramId == r.offerId &&
                    reward.itemId(PublicCallWriter::itemCode(r.gtin14)) &&
                    (!deal || (reward.available && !deal->available)))
                    deal = reward;
    }
    const auto item = deal ? deal->itemId(PublicCallWriter::itemCode(r.gtin14)) : std::nullopt;
    std::optional<ApiAnswer> answer;
    if (item) {
        auto given =
            ask(endpoint::addOfferRedemption,
                PublicCallWriter::redemption(r.customerUuid, deal->astroRewardId, *item), refusal);
        if (!given)
            return given.error();
        answer = *given;
    }
    if (answer && answer->status == success)
        return write([=, this]() -> Status {
            if (auto s =
                    m_outbox.setAstroRewardId(str(e.payload, "redemption"), deal->astroRewardId);
                !s)
                return s;
            return done(e);
        });
    if (answer)
        refusal = answer->message;
    if (refusal.isEmpty())
        refusal = tr("Astro has no deal of offer %1 for this customer.").arg(r.offerId);
    return write([=, this] {
        return refuse(e, QStringLiteral("redemption_refused"), refusal, r.customerUuid);
    });
}

Status PublicSync::undone(const Event& e)
{
    // What it reads (Astro's ids of earlier lines and redemptions) must be written first.
    if (auto s = flush(); !s)
        return s;
    auto found = m_outbox.redemption(str(e.payload, "redemption"));
    if (!found)
        return found.error();
    // A redemption Astro never took has nothing to remove there.
    if (!found->has_value() || (*found)->astroRewardId.isEmpty())
        return write([=, this] { return done(e); });
    const OutboxRedemption& r = **found;
    QString refusal;
    auto answer = ask(endpoint::removeRedemption,
                      PublicCallWriter::removeRedemption(r.customerUuid, r.astroRewardId), refusal);
    if (!answer)
        return answer.error();
    if (answer->has_value() && (*answer)->status == success)
        return write([=, this] { return done(e); });
    if (answer->has_value())
        refusal = (*answer)->message;
    return write([=, this] {
        return refuse(e, QStringLiteral("redemption_refused"), refusal, r.customerUuid);
    });
}

Status PublicSync::run(Counts& counts)
{
    m_counts = &counts;
    for (;;) {
        auto waiting = m_outbox.waiting(pageSize);
        if (!waiting)
            return waiting.error();
        if (waiting->empty())
            return {};
        QSet<QString> handled;
        for (const Event& e : *waiting) {
            if (handled.contains(e.uuid))
                continue;
            Status s;
            if (e.type == QLatin1String("customer.added")) {
                s = customerAdded(e);
            } else if (e.type == QLatin1String("customer.updated")) {
                s = customerUpdated(e);
            } else if (e.type == QLatin1String("scan.added")) {
                // All of this customer's waiting lines of the page go in one request.
                const QString customer = str(e.payload, "customer");
                std::vector<const Event*> scans;
                for (const Event& other : *waiting)
                    if (other.type == e.type && !handled.contains(other.uuid) &&
                        str(other.payload, "customer") == customer)
                        scans.push_back(&other);
                for (const Event* scan : scans)
                    handled.insert(scan->uuid);
                s = purchases(customer, scans);
            } else if (e.type == QLatin1String("scan.voided")) {
                s = voided(e);
            } else if (e.type == QLatin1String("redemption.added")) {
                s = redeemed(e);
            } else if (e.type == QLatin1String("redemption.undone")) {
                s = undone(e);
            } else {
                s = write([=, this] { return done(e); });
            }
            if (!s) {
                (void)flush(); // what Astro already took stays taken
                return s;
            }
        }
        // The page's events are about to go: what points into them is written now.
        if (auto s = flush(); !s)
            return s;
    }
}

} // namespace astro::sync

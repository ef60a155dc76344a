#include "PublicApi.h"

#include "CustomerCalls.h"
#include "RewardCalls.h"
#include "TransactionCalls.h"
#include "WireNames.h"
#include "store/Store.h"

namespace astro::wire {

bool PublicApi::handles(const QString& endpoint)
{
    return publicEndpoints().contains(endpoint);
}

bool PublicApi::writes(const QString& endpoint)
{
    namespace e = endpoint;
    static const QStringList reads{e::searchCustomer,       e::customerStatus,
                                   e::customerRewardStatus, e::eligiblePurchaseItems,
                                   e::listOffers,           e::checkRedemptionEligibility};
    return handles(endpoint) && !reads.contains(endpoint);
}

ApiReply PublicApi::call(const QString& name, const QJsonObject& body)
{
    if (!writes(name))
        return dispatch(name, body);
    // A whole call is one durable commit: its answer is sent only once everything it records is
    // on disk, and a call that fails records nothing (each scan inside is a savepoint).
    Transaction tx(m_store.db());
    if (!tx.started())
        return ApiReply::fromError(tx.started().error());
    ApiReply reply = dispatch(name, body);
    if (reply.status == astroStatus::ServerError)
        return reply;
    if (auto committed = tx.commit(); !committed)
        return ApiReply::fromError(committed.error());
    return reply;
}

ApiReply PublicApi::dispatch(const QString& name, const QJsonObject& body)
{
    namespace e = endpoint;
    CustomerCalls customers(m_store);
    if (name == e::searchCustomer)
        return customers.search(body);
    if (name == e::addCustomer)
        return customers.add(body);
    if (name == e::linkCustomer)
        return customers.link(body);
    if (name == e::updateCustomer)
        return customers.update(body);
    if (name == e::customerStatus)
        return customers.status(body);
    TransactionCalls transactions(m_store, m_actor);
    if (name == e::addTransactionBatch)
        return transactions.addBatch(body);
    if (name == e::addTransaction)
        return transactions.addOne(body);
    if (name == e::removeTransaction || name == e::removeOfferTransaction)
        return transactions.remove(body);
    if (name == e::addOfferTransaction)
        return transactions.addOffer(body);
    RewardCalls rewards(m_store, m_actor);
    if (name == e::customerRewardStatus)
        return rewards.rewardStatus(body);
    if (name == e::eligiblePurchaseItems)
        return rewards.eligiblePurchaseItems(body);
    if (name == e::listOffers)
        return rewards.listOffers(body);
    if (name == e::checkRedemptionEligibility)
        return rewards.checkEligibility(body);
    if (name == e::addRedemption || name == e::addOfferRedemption)
        return rewards.redeem(body);
    if (name == e::removeRedemption)
        return rewards.removeRedemption(body);
    return ApiReply::failure(astroStatus::BadRequest,
                             QStringLiteral("There is no endpoint %1.").arg(name));
}

} // namespace astro::wire

#pragma once

#include <QString>
#include <QStringList>

// The endpoint names of Astro's API (domain.md §7) and of this product's extensions
// (docs/sync-protocol.md, "The public endpoints"). Extensions start with "ext_" so that no one
// mistakes them for Astro's.
namespace astro::wire {

namespace endpoint {
inline const QString searchCustomer = QStringLiteral("searchCustomer");
inline const QString addCustomer = QStringLiteral("addCustomer");
inline const QString linkCustomer = QStringLiteral("linkCustomer");
inline const QString updateCustomer = QStringLiteral("updateCustomer");
inline const QString customerStatus = QStringLiteral("customerStatus");
inline const QString customerRewardStatus = QStringLiteral("customerRewardStatus");
inline const QString eligiblePurchaseItems = QStringLiteral("eligiblePurchaseItems");
inline const QString addTransactionBatch = QStringLiteral("addTransactionBatch");
inline const QString addTransaction = QStringLiteral("addTransaction");
inline const QString removeTransaction = QStringLiteral("removeTransaction");
inline const QString listOffers = QStringLiteral("listOffers");
inline const QString addOfferTransaction = QStringLiteral("addOfferTransaction");
inline const QString removeOfferTransaction = QStringLiteral("removeOfferTransaction");
inline const QString checkRedemptionEligibility = QStringLiteral("checkRedemptionEligibility");
inline const QString addRedemption = QStringLiteral("addRedemption");
inline const QString addOfferRedemption = QStringLiteral("addOfferRedemption");
inline const QString removeRedemption = QStringLiteral("removeRedemption");

inline const QString pushEvents = QStringLiteral("ext_pushEvents");
inline const QString listEvents = QStringLiteral("ext_listEvents");
inline const QString downloadCatalog = QStringLiteral("ext_downloadCatalog");
inline const QString requestProgram = QStringLiteral("ext_requestProgram");
inline const QString recordCredit = QStringLiteral("ext_recordCredit");
inline const QString publishCatalog = QStringLiteral("ext_publishCatalog");
} // namespace endpoint

inline QStringList publicEndpoints()
{
    using namespace endpoint;
    return {searchCustomer,
            addCustomer,
            linkCustomer,
            updateCustomer,
            customerStatus,
            customerRewardStatus,
            eligiblePurchaseItems,
            addTransactionBatch,
            addTransaction,
            removeTransaction,
            listOffers,
            addOfferTransaction,
            removeOfferTransaction,
            checkRedemptionEligibility,
            addRedemption,
            addOfferRedemption,
            removeRedemption};
}

inline QStringList extensionEndpoints()
{
    using namespace endpoint;
    return {pushEvents, listEvents, downloadCatalog, requestProgram, recordCredit, publishCatalog};
}

} // namespace astro::wire

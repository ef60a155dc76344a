#pragma once

#include "common/Result.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace astro {

class Store;

// Where a redemption's credit comes from, decided when it is redeemed.
struct Route
{
    Fulfillment fulfillment = Fulfillment::Distributor;
    QString distributorId; // empty for retailer and direct
    QString accountNumber;
    CreditStatus status = CreditStatus::Uncredited;
    std::optional<qint64> batchId; // retailer fulfilled
};

// Routes a redemption by its program's fulfillment type and the location's enrollment: to the
// enrolled distributor with the account number of that moment, to the manufacturer (direct),
// into the open Retailer Free Goods Credit Batch, or on hold in Temporary Holding.
class FulfillmentRouter
{
    Q_DECLARE_TR_FUNCTIONS(FulfillmentRouter)

public:
    explicit FulfillmentRouter(Store& store) : m_store(store) {}

    // Inside the caller's transaction (it may open a batch).
    Result<Route> route(const QString& locationId, const QString& subjectId,
                        const QString& subjectTitle, const QString& manufacturerId,
                        Fulfillment fulfillment, const QDateTime& at);

private:
    Store& m_store;
};

} // namespace astro

#include "FulfillmentRouter.h"

#include "batches/BatchService.h"
#include "domain/CatalogTypes.h"
#include "enrollment/EnrollmentService.h"
#include "store/Store.h"

namespace astro {

Result<Route> FulfillmentRouter::route(const QString& locationId, const QString& subjectId,
                                       const QString& subjectTitle, const QString& manufacturerId,
                                       Fulfillment fulfillment, const QDateTime& at)
{
    auto enrollment = m_store.enrollment().get(locationId, subjectId);
    if (!enrollment)
        return enrollment.error();
    if (!enrollment->has_value())
        return makeError(ErrorCode::Invalid,
                         tr("This location is not enrolled in “%1”.").arg(subjectTitle));
    const Enrollment& e = **enrollment;

    Route r;
    r.fulfillment = fulfillment;
    switch (fulfillment) {
    case Fulfillment::Retailer: {
        auto batch = m_store.batches().openBatchFor(manufacturerId, locationId, at);
        if (!batch)
            return batch.error();
        r.batchId = *batch;
        r.status = CreditStatus::Batched;
        break;
    }
    case Fulfillment::Direct:
        r.accountNumber = e.accountNumber;
        r.status = CreditStatus::Uncredited;
        break;
    case Fulfillment::Distributor:
        r.distributorId = e.distributorId;
        r.accountNumber = e.accountNumber;
        r.status = e.held() ? CreditStatus::Held : CreditStatus::Uncredited;
        break;
    }
    return r;
}

} // namespace astro

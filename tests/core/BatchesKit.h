#pragma once

// What the batch tests share: a redemption that goes into a retailer batch, event counts, and
// times in UTC.
#include "TestStore.h"

#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "storage/EventLog.h"

namespace batchtests {

using namespace astro;
using namespace astro::test;

// A PRG-RET (retailer fulfilled, manufacturer M2) redemption: buys 3 PP-1, gives PP-1.
inline Result<Redemption> retailerRedemption(TestStore& ts, const Actor& who, qint64 customer)
{
    auto visit = ts->visits().open(who, customer);
    if (!visit)
        return visit.error();
    ScanLine l;
    l.code = upc("PP-1");
    l.quantity = 3;
    if (auto out = ts->visits().scan(who, visit->id, l); !out)
        return out.error();
    RedeemRequest r;
    r.customerId = customer;
    r.cardId = QStringLiteral("CRD-PRIOR");
    r.code = upc("PP-1");
    r.visitId = visit->id;
    return ts->redemptions().redeem(who, r);
}

inline QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

} // namespace batchtests

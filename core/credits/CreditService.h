#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "engine/Redemption.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace astro {

class Store;

struct CreditFilter
{
    std::optional<CreditStatus> status;
    QString locationId;
    QString distributorId;
    QString manufacturerId;
    int limit = 500;
    int offset = 0;
};

// Distributor and direct free goods credits, as the store follows them: uncredited until the
// distributor credits them, then reconciled against the credit memo; or declined with a
// reason, fixed and resubmitted.
class CreditService
{
    Q_DECLARE_TR_FUNCTIONS(CreditService)

public:
    explicit CreditService(Store& store) : m_store(store) {}

    Result<std::vector<Redemption>> list(const CreditFilter& filter = {});

    Status markCredited(const Actor& actor, qint64 redemptionId);
    Status markDeclined(const Actor& actor, qint64 redemptionId, const QString& reason);
    Status markReconciled(const Actor& actor, qint64 redemptionId);
    // A declined credit with the account number fixed (and the location's enrollment with it,
    // when it still has the declined number) goes back to uncredited.
    Status resubmit(const Actor& actor, qint64 redemptionId, const QString& accountNumber,
                    const QString& note = {});

private:
    Status change(const Actor& actor, qint64 redemptionId, std::initializer_list<CreditStatus> from,
                  CreditStatus to, const QString& reason, const QString& accountNumber,
                  const QString& note);

    Store& m_store;
};

} // namespace astro

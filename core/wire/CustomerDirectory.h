#pragma once

#include "ApiReply.h"
#include "common/Result.h"

#include <QString>

#include <optional>

namespace astro {

class Store;

namespace wire {

// Who a caller's customerID is, for a side that answers Astro's API: the id a customer was added
// with, or one linked to it later (linkCustomer). Astro's own id for a customer is its row id.
class CustomerDirectory
{
public:
    explicit CustomerDirectory(Store& store) : m_store(store) {}

    // The customer row a caller's id names (a merged duplicate gives the customer it went into).
    Result<std::optional<qint64>> resolve(const QString& callerId);
    Result<std::optional<qint64>> byAstroId(const QString& astroCustomerId);
    // The customer a call names; nothing, with the answer to give in `refusal` (310 for an id
    // no one added), otherwise.
    std::optional<qint64> caller(const QString& callerId, ApiReply& refusal);
    // Inside the caller's transaction.
    Status link(const QString& callerId, qint64 customerId);

    static QString astroIdOf(qint64 customerId) { return QString::number(customerId); }

private:
    Result<std::optional<qint64>> followMerges(const QVariant& id);

    Store& m_store;
};

} // namespace wire
} // namespace astro

#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

namespace astro {

class Store;

struct Batch
{
    qint64 id = 0;
    QString manufacturerId;
    QString manufacturerName;
    QString locationId;
    QString locationName;
    BatchStatus status = BatchStatus::Open;
    QDateTime openedAt;
    QDateTime periodEnd;
    QDateTime closedAt;
    QDateTime submittedAt;
    QDateTime completedAt;
    int lineCount = 0;
    int units = 0;
    Money total;
};

// One redemption in a batch, with everything the brand needs to credit it.
struct BatchLine
{
    qint64 redemptionId = 0;
    QString manufacturerName;
    QString programTitle;
    QString cardTitle;
    QString gtin;
    QString description;
    int quantity = 0;
    QDateTime redeemedAt;
    QString customerName;
    QString locationName;
    QString cashierName;
    Money cost;
};

struct BatchFilter
{
    std::optional<BatchStatus> status;
    QString manufacturerId;
    QString locationId;
    QDate from; // opened on or after
    QDate to;   // opened on or before
};

// Retailer Free Goods Credit Batches: self-fulfilled redemptions land in the open batch of
// their manufacturer and location; a batch closes when exported or when its cadence period
// ends, then is submitted to the brand and completed once credited.
class BatchService
{
    Q_DECLARE_TR_FUNCTIONS(BatchService)

public:
    explicit BatchService(Store& store) : m_store(store) {}

    // The open batch for a new reward at `at`, opening one (and closing a lapsed one) as
    // needed. Runs inside the caller's transaction.
    Result<qint64> openBatchFor(const QString& manufacturerId, const QString& locationId,
                                const QDateTime& at);

    // Closes, as of their period end, open batches whose cadence period is over. list() and the
    // export do it first, so a lapsed batch never shows as open.
    Status closeLapsed();
    Result<std::vector<Batch>> list(const BatchFilter& filter = {});
    Result<Batch> get(qint64 id);
    Result<std::vector<BatchLine>> lines(qint64 batchId);

    Status close(const Actor& actor, qint64 id);
    Status submit(const Actor& actor, qint64 id);
    Status complete(const Actor& actor, qint64 id);

    Result<BatchCadence> cadence();
    Status setCadence(const Actor& actor, BatchCadence cadence);
    // When a period that starts at `start` ends, in the store's local calendar.
    static QDateTime periodEnd(const QDateTime& start, BatchCadence cadence);

private:
    Status transition(const Actor& actor, qint64 id, std::initializer_list<BatchStatus> from,
                      BatchStatus to, const char* timeColumn);

    Store& m_store;
};

} // namespace astro

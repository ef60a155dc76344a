#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace astro::sync {

// One purchase line as Astro's addTransactionBatch takes it.
struct PurchaseLine
{
    QString transactionId; // the scan's UUID
    QString gtin14;        // as the counter stores it
    int quantity = 0;
    QDateTime at;
};

// Writes Astro's public requests (domain.md §7) from what the counter recorded: exactly the
// public fields, with ids, quantities and dates as strings and UPCs as printed. The reader of
// the answers is PublicAnswerReader; neither knows about the network or the database.
class PublicCallWriter
{
public:
    // From a customer.added or customer.updated payload {customer, first_name, last_name, phone,
    // email}.
    static QJsonObject searchCustomer(const QJsonObject& customer);
    static QJsonObject addCustomer(const QJsonObject& customer);
    static QJsonObject updateCustomer(const QJsonObject& customer);
    static QJsonObject linkCustomer(const QString& customerId, const QString& astroCustomerId);
    static QJsonObject customerOnly(const QString& customerId); // customerStatus and rewards

    static QJsonObject transactionBatch(const QString& customerId,
                                        const std::vector<PurchaseLine>& lines);
    static QJsonObject removeTransaction(const QString& customerId, const QString& transactionId);
    static QJsonObject offerTransaction(const QString& customerId, const PurchaseLine& line);

    static QJsonObject redemption(const QString& customerId, const QString& astroRewardId,
                                  const QString& astroItemId);
    static QJsonObject removeRedemption(const QString& customerId, const QString& astroRewardId);

    // "084721100287" for the GTIN-14 "00084721100287".
    static QString itemCode(const QString& gtin14);
    // The sale's day where the store is: "2026-12-06".
    static QString saleDate(const QDateTime& at);
};

} // namespace astro::sync

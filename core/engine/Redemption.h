#pragma once

#include "common/Money.h"
#include "domain/Enums.h"

#include <QDateTime>
#include <QString>

namespace astro {

// A free item (or rebate) given to a customer, and where its credit stands.
struct Redemption
{
    qint64 id = 0;
    QString uuid;
    qint64 rewardId = 0; // 0 for offers
    QString offerId;
    qint64 customerId = 0;
    QString customerName;
    QString programId; // the program, or the offer for offer redemptions
    QString programTitle;
    QString cardId;
    QString cardTitle;
    QString manufacturerId;
    qint64 productId = 0;
    QString gtin;
    QString description;
    int quantity = 0;
    Money cost;
    QDateTime at;
    QString locationId;
    qint64 userId = 0;
    qint64 visitId = 0;
    QString email;
    Fulfillment fulfillment = Fulfillment::Distributor;
    QString distributorId;
    QString distributorName;
    QString accountNumber;
    CreditStatus creditStatus = CreditStatus::Uncredited;
    QString declineReason;
    QString note;
    qint64 batchId = 0;
    QDateTime undoneAt;

    bool undone() const { return undoneAt.isValid(); }
};

} // namespace astro

#pragma once

#include "ApiReply.h"
#include "Fields.h"
#include "domain/Actor.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace astro {

class Store;

namespace wire {

// Purchases on Astro's API: addTransactionBatch, addTransaction, removeTransaction and the offer
// purchases. A transactionID is the caller's line id and the key of a replay: a line already
// recorded answers as it did the first time and records nothing.
class TransactionCalls
{
    Q_DECLARE_TR_FUNCTIONS(TransactionCalls)

public:
    TransactionCalls(Store& store, Actor actor) : m_store(store), m_actor(std::move(actor)) {}

    ApiReply addBatch(const QJsonObject& body);
    ApiReply addOne(const QJsonObject& body);
    ApiReply addOffer(const QJsonObject& body);
    ApiReply remove(const QJsonObject& body);

private:
    struct Line
    {
        QString transactionId;
        QString itemCode;
        int quantity = 0;
        QDateTime at;
    };

    static std::optional<Line> readLine(Fields& fields);
    // One line's answer entry: recorded now, already recorded, or refused.
    Result<QJsonObject> add(qint64 customerId, const Line& line, qint64& visitId,
                            const QString& visitKey);
    Result<QJsonObject> recorded(qint64 customerId, const QString& transactionId);
    Result<qint64> openVisit(qint64 customerId, const QString& transactionId);

    Store& m_store;
    Actor m_actor;
};

} // namespace wire
} // namespace astro

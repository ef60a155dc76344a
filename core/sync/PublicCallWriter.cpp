#include "PublicCallWriter.h"

#include "domain/Gtin.h"

#include <QJsonArray>

namespace astro::sync {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// The contact fields Astro knows, left out when the counter has none.
void addContact(QJsonObject& request, const QJsonObject& customer)
{
    if (const QString email = str(customer, "email"); !email.isEmpty())
        request.insert(QStringLiteral("email_address"), email);
    if (const QString phone = str(customer, "phone"); !phone.isEmpty())
        request.insert(QStringLiteral("phone"), phone);
}

} // namespace

QString PublicCallWriter::itemCode(const QString& gtin14)
{
    return Gtin::displayOf(gtin14);
}

QString PublicCallWriter::saleDate(const QDateTime& at)
{
    return at.toLocalTime().date().toString(Qt::ISODate);
}

QJsonObject PublicCallWriter::searchCustomer(const QJsonObject& customer)
{
    QJsonObject request;
    addContact(request, customer);
    return request;
}

QJsonObject PublicCallWriter::addCustomer(const QJsonObject& customer)
{
    QJsonObject request{{QStringLiteral("customerID"), str(customer, "customer")},
                        {QStringLiteral("first_name"), str(customer, "first_name")},
                        {QStringLiteral("last_name"), str(customer, "last_name")}};
    addContact(request, customer);
    return request;
}

QJsonObject PublicCallWriter::updateCustomer(const QJsonObject& customer)
{
    // An emptied phone or email is a change too: both are sent as they now are.
    return QJsonObject{{QStringLiteral("customerID"), str(customer, "customer")},
                       {QStringLiteral("first_name"), str(customer, "first_name")},
                       {QStringLiteral("last_name"), str(customer, "last_name")},
                       {QStringLiteral("email_address"), str(customer, "email")},
                       {QStringLiteral("phone"), str(customer, "phone")}};
}

QJsonObject PublicCallWriter::linkCustomer(const QString& customerId,
                                           const QString& astroCustomerId)
{
    return QJsonObject{{QStringLiteral("customerID"), customerId},
                       {QStringLiteral("astro_customer_id"), astroCustomerId}};
}

QJsonObject PublicCallWriter::customerOnly(const QString& customerId)
{
    return QJsonObject{{QStringLiteral("customerID"), customerId}};
}

QJsonObject PublicCallWriter::transactionBatch(const QString& customerId,
                                               const std::vector<PurchaseLine>& lines)
{
    QJsonArray transactions;
    for (const PurchaseLine& line : lines)
        transactions.append(
            QJsonObject{{QStringLiteral("transactionID"), line.transactionId},
                        {QStringLiteral("item_code"), itemCode(line.gtin14)},
                        {QStringLiteral("item_qty"), QString::number(line.quantity)},
                        {QStringLiteral("item_transaction_date"), saleDate(line.at)}});
    return QJsonObject{{QStringLiteral("customerID"), customerId},
                       {QStringLiteral("transactions"), transactions}};
}

QJsonObject PublicCallWriter::removeTransaction(const QString& customerId,
                                                const QString& transactionId)
{
    return QJsonObject{{QStringLiteral("customerID"), customerId},
                       {QStringLiteral("transactionID"), transactionId}};
}

QJsonObject PublicCallWriter::offerTransaction(const QString& customerId, const PurchaseLine& line)
{
    return QJsonObject{{QStringLiteral("customerID"), customerId},
                       {QStringLiteral("transactionID"), line.transactionId},
                       {QStringLiteral("item_code"), itemCode(line.gtin14)},
                       {QStringLiteral("item_qty"), QString::number(line.quantity)}};
}

QJsonObject PublicCallWriter::redemption(const QString& customerId, const QString& astroRewardId,
                                         const QString& astroItemId)
{
    return QJsonObject{{QStringLiteral("customerID"), customerId},
                       {QStringLiteral("astro_reward_id"), astroRewardId},
                       {QStringLiteral("astro_item_id"), astroItemId}};
}

QJsonObject PublicCallWriter::removeRedemption(const QString& customerId,
                                               const QString& astroRewardId)
{
    return QJsonObject{{QStringLiteral("customerID"), customerId},
                       {QStringLiteral("astro_reward_id"), astroRewardId}};
}

} // namespace astro::sync

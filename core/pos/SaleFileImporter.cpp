#include "SaleFileImporter.h"

#include "catalog/CatalogRepository.h"
#include "customers/CustomerStore.h"
#include "domain/Permissions.h"
#include "store/Store.h"
#include "wire/CustomerDirectory.h"
#include "wire/PublicApi.h"
#include "wire/WireNames.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace astro {

namespace {

// The sale time with its offset spelled out, so that the call reads the same instant and the
// same local date as the file meant (a time without an offset in the file is local time).
QString wireDateTime(const QDateTime& at)
{
    const QDateTime local = at.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace

Result<SaleImport> SaleFileImporter::import(const SaleFile& file)
{
    // What the counter itself lacks is no fault of the file: an error, so it is tried again once
    // fixed, rather than every line refused.
    if (auto allowed = Permissions::check(m_actor, Permission::CheckOut); !allowed)
        return allowed.error();
    auto location = m_store.catalog().location(m_actor.locationId);
    if (!location)
        return location.error();
    if (!location->has_value())
        return makeError(ErrorCode::Invalid, tr("Sales files are recorded at this counter's "
                                                "location: choose it in Settings."));

    SaleImport result;
    result.lines = int(file.lines().size());
    if (!file.ok()) {
        result.refused = file.problems();
        return result;
    }

    // Who each line is for. A file names few customers over many lines: each is looked up once.
    std::vector<CustomerLines> customers;
    QHash<qint64, std::size_t> indexOf;
    QHash<QString, std::pair<std::optional<qint64>, QString>> known;
    for (const SaleLine& line : file.lines()) {
        const QString key = !line.customerId.isEmpty() ? QLatin1String("id:") + line.customerId
                            : !line.phone.isEmpty()    ? QLatin1String("phone:") + line.phone
                                                       : QLatin1String("email:") + line.email;
        auto it = known.find(key);
        if (it == known.end()) {
            QString refusal;
            auto id = customerOf(line, refusal);
            if (!id)
                return id.error();
            it = known.insert(key, {*id, refusal});
        }
        const auto& [id, refusal] = *it;
        if (!id) {
            result.refused.push_back({line.line, refusal});
            continue;
        }
        if (!indexOf.contains(*id)) {
            auto customer = m_store.customers().get(*id);
            if (!customer)
                return customer.error();
            indexOf.insert(*id, customers.size());
            customers.push_back({*id, customer->uuid, {}});
        }
        customers[indexOf.value(*id)].lines.push_back(&line);
    }

    // Every customer's lines go through the engine even when a line is already refused, so that
    // the reasons list everything wrong at once; then nothing is kept unless all were recorded.
    Transaction tx(m_store.db());
    if (!tx.started())
        return tx.started().error();
    for (const CustomerLines& customer : customers)
        if (auto recorded = record(customer, result); !recorded)
            return recorded.error();
    if (!result.refused.empty())
        return result;
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    for (const CustomerLines& customer : customers)
        result.customerUuids << customer.uuid;
    return result;
}

Result<std::optional<qint64>> SaleFileImporter::customerOf(const SaleLine& line, QString& refusal)
{
    if (line.customerId.isEmpty())
        return byContact(line.phone, line.email, refusal);
    auto id = wire::CustomerDirectory(m_store).resolve(line.customerId);
    if (id && !id->has_value())
        refusal = tr("No customer has the id %1; the POS adds a customer through the API before "
                     "its sales.")
                      .arg(line.customerId);
    return id;
}

Result<std::optional<qint64>> SaleFileImporter::byContact(const QString& phone,
                                                          const QString& email, QString& refusal)
{
    auto matches = m_store.customers().sameContact(phone, email);
    if (!matches)
        return matches.error();
    if (matches->size() == 1)
        return std::optional<qint64>(matches->front().id);
    if (!phone.isEmpty())
        refusal =
            matches->empty()
                ? tr("No customer has the phone number %1.").arg(CustomerStore::formatPhone(phone))
                : tr("Several customers have the phone number %1; give the customer's "
                     "email or customer_id instead.")
                      .arg(CustomerStore::formatPhone(phone));
    else
        refusal = matches->empty() ? tr("No customer has the email %1.").arg(email)
                                   : tr("Several customers have the email %1; give the "
                                        "customer's phone or customer_id instead.")
                                         .arg(email);
    return std::optional<qint64>();
}

Status SaleFileImporter::record(const CustomerLines& customer, SaleImport& result)
{
    std::vector<SaleProblem>& refused = result.refused;
    // Only the public body's fields (domain.md §7): it has no price, so the catalog's stays.
    QJsonArray transactions;
    for (const SaleLine* line : customer.lines)
        transactions.append(
            QJsonObject{{QStringLiteral("transactionID"), line->transactionId},
                        {QStringLiteral("item_code"), line->upc},
                        {QStringLiteral("item_qty"), QString::number(line->quantity)},
                        {QStringLiteral("item_transaction_date"), wireDateTime(line->soldAt)}});
    // The customer's own UUID is an id CustomerDirectory::resolve always knows, whichever
    // column named the customer.
    const QJsonObject body{{QStringLiteral("customerID"), customer.uuid},
                           {QStringLiteral("transactions"), transactions}};
    const wire::ApiReply reply =
        wire::PublicApi(m_store, m_actor).call(wire::endpoint::addTransactionBatch, body);
    if (reply.status == wire::astroStatus::ServerError)
        return makeError(ErrorCode::Storage, reply.message);
    if (reply.status != wire::astroStatus::Success) {
        for (const SaleLine* line : customer.lines)
            refused.push_back({line->line, reply.message});
        return {};
    }

    QHash<QString, QJsonObject> answers;
    for (const QJsonValue& answer : reply.data.toArray())
        answers.insert(answer[QLatin1String("transactionID")].toString(), answer.toObject());
    for (const SaleLine* line : customer.lines) {
        const QJsonObject answer = answers.value(line->transactionId);
        const int status = answer[QLatin1String("transaction_status")].toInt();
        const QString message = answer[QLatin1String("transaction_status_message")].toString();
        if (answer.isEmpty())
            refused.push_back({line->line, tr("The engine gave no answer for this line.")});
        else if (status == wire::astroStatus::NotEligible) // an item on no card: not loyalty
            result.skipped.push_back({line->line, message});
        else if (status != wire::astroStatus::Success)
            refused.push_back({line->line, message});
    }
    return {};
}

} // namespace astro

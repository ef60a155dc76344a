#include "TransactionCalls.h"

#include "CustomerDirectory.h"
#include "catalog/CatalogRepository.h"
#include "domain/Gtin.h"
#include "engine/OfferService.h"
#include "engine/VisitService.h"
#include "store/Store.h"

#include <QJsonArray>

namespace astro::wire {

namespace {

const QString offerVisitPrefix = QStringLiteral("offers:");

QJsonObject entry(int status, const QString& message, const QString& transactionId,
                  const QString& astroTransactionId = {}, const QString& programId = {},
                  const QString& programTitle = {})
{
    return QJsonObject{{QStringLiteral("transaction_status"), status},
                       {QStringLiteral("transaction_status_message"), message},
                       {QStringLiteral("transactionID"), transactionId},
                       {QStringLiteral("astro_transaction_id"), astroTransactionId},
                       {QStringLiteral("astro_program_id"), programId},
                       {QStringLiteral("astro_program_title"), programTitle}};
}

int lineStatus(const Error& error)
{
    return error.code == ErrorCode::NotFound ? astroStatus::NotEligible : astroStatus::BadRequest;
}

} // namespace

std::optional<TransactionCalls::Line> TransactionCalls::readLine(Fields& fields)
{
    Line line;
    line.transactionId = fields.requiredText("transactionID");
    line.itemCode = fields.requiredText("item_code");
    const auto quantity = fields.requiredCount("item_qty");
    line.at = fields.optionalDateTime("item_transaction_date");
    if (!fields.ok())
        return std::nullopt;
    line.quantity = *quantity;
    return line;
}

Result<QJsonObject> TransactionCalls::recorded(qint64 customerId, const QString& transactionId)
{
    auto row = m_store.db().selectOne(
        QStringLiteral("SELECT s.id, s.customer_id, coalesce((SELECT p.card_id FROM punches p "
                       "WHERE p.scan_id = s.id ORDER BY p.id LIMIT 1), ''), s.voided_at "
                       "FROM scans s WHERE s.uuid = ?"),
        {transactionId});
    if (!row)
        return row.error();
    if (!row->has_value())
        return QJsonObject();
    const Row& r = **row;
    if (r[1].toLongLong() != customerId)
        return entry(astroStatus::BadRequest,
                     QStringLiteral("transactionID %1 is already used for another customer.")
                         .arg(transactionId),
                     transactionId);
    if (!r[3].isNull())
        return entry(
            astroStatus::BadRequest,
            QStringLiteral("transactionID %1 was removed; send a new id.").arg(transactionId),
            transactionId);
    const QString cardId = r[2].toString();
    QString title;
    if (!cardId.isEmpty()) {
        auto card = m_store.catalog().card(cardId);
        if (!card)
            return card.error();
        if (card->has_value())
            title = (*card)->title;
    }
    return entry(astroStatus::Success, QStringLiteral("Transaction Added"), transactionId,
                 QString::number(r[0].toLongLong()), cardId, title);
}

Result<qint64> TransactionCalls::openVisit(qint64 customerId, const QString& transactionId)
{
    auto v = VisitService(m_store).open(m_actor, customerId, transactionId);
    if (!v)
        return v.error();
    return v->id;
}

Result<QJsonObject> TransactionCalls::add(qint64 customerId, const Line& line, qint64& visitId,
                                          const QString& visitKey)
{
    auto before = recorded(customerId, line.transactionId);
    if (!before)
        return before.error();
    if (!before->isEmpty())
        return *before;
    if (visitId == 0) {
        auto opened = openVisit(customerId, visitKey);
        if (!opened)
            return opened.error();
        visitId = *opened;
    }
    ScanLine scan;
    scan.code = line.itemCode;
    scan.quantity = line.quantity;
    scan.uuid = line.transactionId;
    // A sale dated today happened now: a date alone never back-dates it to midnight.
    // Compared as the store's local days: a time sent in UTC ("Z") can fall on another date.
    if (line.at.isValid() && line.at.toLocalTime().date() != m_store.now().toLocalTime().date())
        scan.at = line.at;
    auto outcome = VisitService(m_store).scan(m_actor, visitId, scan);
    if (!outcome) {
        if (outcome.error().code == ErrorCode::Storage)
            return outcome.error();
        return entry(lineStatus(outcome.error()), outcome.error().message, line.transactionId);
    }
    QString programId;
    QString title;
    if (!outcome->punches.empty()) {
        programId = outcome->punches.front().cardId;
        title = outcome->punches.front().cardTitle;
    } else if (!outcome->offerIds.isEmpty()) {
        programId = outcome->offerIds.front();
        auto offer = m_store.catalog().offer(programId);
        if (!offer)
            return offer.error();
        if (offer->has_value())
            title = (*offer)->title;
    }
    return entry(astroStatus::Success, QStringLiteral("Transaction Added"), line.transactionId,
                 QString::number(outcome->scanId), programId, title);
}

ApiReply TransactionCalls::addBatch(const QJsonObject& body)
{
    Fields fields(body);
    const QString customerId = fields.requiredText("customerID");
    const auto items = fields.requiredArray("transactions");
    std::vector<Line> lines;
    if (items) {
        if (items->isEmpty())
            return ApiReply::failure(astroStatus::BadRequest,
                                     QStringLiteral("transactions is empty."));
        for (qsizetype i = 0; i < items->size() && fields.ok(); ++i) {
            Fields lineFields((*items)[i].toObject(), QStringLiteral("transactions[%1].").arg(i));
            if (!(*items)[i].isObject())
                return ApiReply::failure(
                    astroStatus::BadRequest,
                    QStringLiteral("transactions[%1] must be an object.").arg(i));
            auto line = readLine(lineFields);
            if (!line)
                return ApiReply::failure(astroStatus::BadRequest, lineFields.problem());
            lines.push_back(*line);
        }
    }
    if (!fields.ok())
        return ApiReply::failure(astroStatus::BadRequest, fields.problem());
    ApiReply refusal;
    const auto customer = CustomerDirectory(m_store).caller(customerId, refusal);
    if (!customer)
        return refusal;

    QJsonArray answers;
    qint64 visitId = 0;
    for (const Line& line : lines) {
        auto answer = add(*customer, line, visitId, lines.front().transactionId);
        if (!answer)
            return ApiReply::fromError(answer.error());
        answers.append(*answer);
    }
    if (visitId != 0)
        if (auto s = VisitService(m_store).finish(m_actor, visitId, QStringLiteral("Astro API"));
            !s)
            return ApiReply::fromError(s.error());
    return ApiReply::success(answers);
}

ApiReply TransactionCalls::addOne(const QJsonObject& body)
{
    QJsonObject batch{{QStringLiteral("customerID"), body.value(QStringLiteral("customerID"))}};
    QJsonObject line = body;
    line.remove(QStringLiteral("customerID"));
    batch.insert(QStringLiteral("transactions"), QJsonArray{line});
    ApiReply reply = addBatch(batch);
    if (reply.status == astroStatus::BadRequest)
        reply.message.remove(QStringLiteral("transactions[0]."));
    if (reply.status == astroStatus::Success)
        reply.data = reply.data.toArray().first();
    return reply;
}

ApiReply TransactionCalls::addOffer(const QJsonObject& body)
{
    Fields fields(body);
    const QString customerId = fields.requiredText("customerID");
    auto line = readLine(fields);
    if (!line)
        return ApiReply::failure(astroStatus::BadRequest, fields.problem());
    ApiReply refusal;
    const auto customer = CustomerDirectory(m_store).caller(customerId, refusal);
    if (!customer)
        return refusal;
    auto gtin = Gtin::parse(line->itemCode);
    if (!gtin)
        return ApiReply::failure(astroStatus::BadRequest,
                                 QStringLiteral("item_code: %1").arg(gtin.error().message));
    auto product = m_store.catalog().productByGtin(gtin->gtin14());
    if (!product)
        return ApiReply::fromError(product.error());
    QStringList offers;
    if (product->has_value()) {
        auto running = m_store.offers().runningOffersFor((*product)->id, m_actor.locationId,
                                                         m_store.now().toLocalTime().date());
        if (!running)
            return ApiReply::fromError(running.error());
        offers = *running;
    }
    if (offers.isEmpty())
        return ApiReply::failure(
            astroStatus::NotEligible,
            QStringLiteral("Item %1 is in no running offer here.").arg(line->itemCode));

    // Offer purchases of one customer gather in one open visit, where its deals are redeemed.
    auto open = m_store.db().scalar(
        QStringLiteral("SELECT id FROM visits WHERE customer_id = ? AND location_id = ? AND "
                       "finished_at IS NULL AND transaction_id LIKE ? ORDER BY id DESC LIMIT 1"),
        {*customer, m_actor.locationId, offerVisitPrefix + QLatin1Char('%')}, 0);
    if (!open)
        return ApiReply::fromError(open.error());
    qint64 visitId = open->toLongLong();
    auto answer = add(*customer, *line, visitId, offerVisitPrefix + line->transactionId);
    if (!answer)
        return ApiReply::fromError(answer.error());
    const int status = answer->value(QStringLiteral("transaction_status")).toInt();
    if (status != astroStatus::Success)
        return ApiReply::failure(
            status, answer->value(QStringLiteral("transaction_status_message")).toString());
    return ApiReply::success();
}

ApiReply TransactionCalls::remove(const QJsonObject& body)
{
    Fields fields(body);
    const QString customerId = fields.requiredText("customerID");
    const QString transactionId = fields.requiredText("transactionID");
    const auto units = fields.optionalCount("item_qty");
    if (!fields.ok())
        return ApiReply::failure(astroStatus::BadRequest, fields.problem());
    ApiReply refusal;
    const auto customer = CustomerDirectory(m_store).caller(customerId, refusal);
    if (!customer)
        return refusal;
    auto row = m_store.db().selectOne(
        QStringLiteral("SELECT id, quantity, voided_at FROM scans WHERE uuid = ? AND "
                       "customer_id = ?"),
        {transactionId, *customer});
    if (!row)
        return ApiReply::fromError(row.error());
    auto answer = [&](int status, const QString& message, const QString& astroId, bool deleted) {
        QJsonObject e{{QStringLiteral("transaction_status"), status},
                      {QStringLiteral("transaction_status_message"), message},
                      {QStringLiteral("transactionID"), transactionId},
                      {QStringLiteral("astro_transaction_id"), astroId},
                      {QStringLiteral("transactionDeleted"), deleted}};
        return ApiReply::success(QJsonArray{e});
    };
    if (!row->has_value())
        return answer(astroStatus::NotFound,
                      QStringLiteral("No transaction %1 for this customer.").arg(transactionId), {},
                      false);
    const qint64 scanId = (**row)[0].toLongLong();
    const QString astroId = QString::number(scanId);
    if (!(**row)[2].isNull()) // a replay: it is gone already
        return answer(astroStatus::Success, QStringLiteral("Success"), astroId, true);
    VisitService visits(m_store);
    const Status removed = units && *units < (**row)[1].toInt()
                               ? visits.reduceScan(m_actor, scanId, *units)
                               : visits.voidScan(m_actor, scanId);
    if (!removed && removed.error().code == ErrorCode::Storage)
        return ApiReply::fromError(removed.error());
    if (!removed)
        return answer(astroStatus::NotEligible, removed.error().message, astroId, false);
    return answer(astroStatus::Success, QStringLiteral("Success"), astroId, true);
}

} // namespace astro::wire

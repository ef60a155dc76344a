#include "BatchService.h"

#include "common/Text.h"
#include "domain/Permissions.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "store/Store.h"

#include <QJsonObject>

namespace astro {

namespace {

const QString batchSelect = QStringLiteral(
    "SELECT b.id, b.manufacturer_id, coalesce(m.name, b.manufacturer_id), b.location_id, "
    "coalesce(l.name, b.location_id), b.status, b.opened_at, b.period_end, b.closed_at, "
    "b.submitted_at, b.completed_at, (SELECT count(*) FROM redemptions r WHERE r.batch_id = b.id "
    "AND r.undone_at IS NULL), (SELECT coalesce(sum(r.quantity), 0) FROM redemptions r WHERE "
    "r.batch_id = b.id AND r.undone_at IS NULL), (SELECT coalesce(sum(r.cost_cents), 0) FROM "
    "redemptions r WHERE r.batch_id = b.id AND r.undone_at IS NULL) FROM batches b LEFT JOIN "
    "manufacturers m ON m.id = b.manufacturer_id LEFT JOIN locations l ON l.id = b.location_id ");

QDateTime timeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : text::fromIsoUtc(v.toString());
}

Batch batchFrom(const Row& r)
{
    Batch b;
    b.id = r[0].toLongLong();
    b.manufacturerId = r[1].toString();
    b.manufacturerName = r[2].toString();
    b.locationId = r[3].toString();
    b.locationName = r[4].toString();
    b.status = fromCode<BatchStatus>(r[5].toString()).value_or(BatchStatus::Open);
    b.openedAt = timeOf(r[6]);
    b.periodEnd = timeOf(r[7]);
    b.closedAt = timeOf(r[8]);
    b.submittedAt = timeOf(r[9]);
    b.completedAt = timeOf(r[10]);
    b.lineCount = r[11].toInt();
    b.units = r[12].toInt();
    b.total = Money{r[13].toLongLong()};
    return b;
}

} // namespace

QDateTime BatchService::periodEnd(const QDateTime& start, BatchCadence cadence)
{
    const QDate day = start.toLocalTime().date();
    QDate end;
    switch (cadence) {
    case BatchCadence::Weekly:
        end = day.addDays(8 - day.dayOfWeek());
        break; // next Monday
    case BatchCadence::BiWeekly:
        end = day.addDays(15 - day.dayOfWeek());
        break;
    case BatchCadence::Monthly:
        end = QDate(day.year(), day.month(), 1).addMonths(1);
        break;
    }
    return end.startOfDay().toUTC();
}

Result<BatchCadence> BatchService::cadence()
{
    auto code = m_store.setting(QStringLiteral("batch_cadence"), QStringLiteral("weekly"));
    if (!code)
        return code.error();
    return fromCode<BatchCadence>(*code).value_or(BatchCadence::Weekly);
}

Status BatchService::setCadence(const Actor& actor, BatchCadence newCadence)
{
    if (auto allowed = Permissions::check(actor, Permission::ManageBatches); !allowed)
        return allowed;
    auto old = cadence();
    if (!old)
        return old.error();
    Transaction transaction(m_store.db());
    if (!transaction.started())
        return transaction.started();
    if (auto s = m_store.setSetting(QStringLiteral("batch_cadence"), toCode(newCadence)); !s)
        return s;
    if (auto s = m_store.audit(actor, QStringLiteral("settings"), QStringLiteral("batch_cadence"),
                               toCode(*old), toCode(newCadence));
        !s)
        return s;
    return transaction.commit();
}

Result<qint64> BatchService::openBatchFor(const QString& manufacturerId, const QString& locationId,
                                          const QDateTime& at)
{
    Database& db = m_store.db();
    auto open = db.selectOne(QStringLiteral("SELECT id, period_end FROM batches WHERE "
                                            "manufacturer_id = ? AND location_id = ? AND status = "
                                            "'open' ORDER BY id DESC LIMIT 1"),
                             {manufacturerId, locationId});
    if (!open)
        return open.error();
    if (open->has_value()) {
        const QDateTime end = text::fromIsoUtc((**open)[1].toString());
        if (at < end)
            return (**open)[0].toLongLong();
        // Its period is over: it closes for new rewards when the period ended.
        if (auto s = db.execute(QStringLiteral("UPDATE batches SET status = 'closed', closed_at = "
                                               "? WHERE id = ?"),
                                {text::isoUtc(end), (**open)[0]});
            !s)
            return s.error();
    }
    auto period = cadence();
    if (!period)
        return period.error();
    return db.insert(
        QStringLiteral("INSERT INTO batches (manufacturer_id, location_id, status, "
                       "opened_at, period_end) VALUES (?, ?, 'open', ?, ?)"),
        {manufacturerId, locationId, text::isoUtc(at), text::isoUtc(periodEnd(at, *period))});
}

Status BatchService::closeLapsed()
{
    Database& db = m_store.db();
    const QString now = text::isoUtc(m_store.now());
    auto lapsed =
        db.select(QStringLiteral("SELECT id, period_end, manufacturer_id, location_id FROM "
                                 "batches WHERE status = 'open' AND period_end <= ?"),
                  {now});
    if (!lapsed)
        return lapsed.error();
    if (lapsed->empty())
        return {};
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    for (const Row& r : *lapsed) {
        if (auto s =
                db.execute(QStringLiteral("UPDATE batches SET status = 'closed', closed_at = ? "
                                          "WHERE id = ? AND status = 'open'"),
                           {r[1], r[0]});
            !s)
            return s;
        auto e = m_store.events().append(
            Actor::system(), m_store.now(), QStringLiteral("batch.closed"),
            QJsonObject{{QStringLiteral("batch"), r[0].toLongLong()},
                        {QStringLiteral("manufacturer"), r[2].toString()},
                        {QStringLiteral("location"), r[3].toString()},
                        {QStringLiteral("reason"), QStringLiteral("period_end")}});
        if (!e)
            return e.error();
    }
    return transaction.commit();
}

Result<std::vector<Batch>> BatchService::list(const BatchFilter& f)
{
    if (auto s = closeLapsed(); !s)
        return s.error();
    auto rows = m_store.db().select(
        batchSelect +
            QStringLiteral("WHERE (? = '' OR b.status = ?) AND (? = '' OR b.manufacturer_id = ?) "
                           "AND (? = '' OR b.location_id = ?) AND b.opened_at >= ? AND "
                           "b.opened_at < ? ORDER BY b.opened_at DESC, b.id DESC"),
        {f.status ? toCode(*f.status) : QString(), f.status ? toCode(*f.status) : QString(),
         f.manufacturerId, f.manufacturerId, f.locationId, f.locationId,
         f.from.isValid() ? text::isoUtc(f.from.startOfDay()) : QString(),
         f.to.isValid() ? text::isoUtc(f.to.addDays(1).startOfDay()) : QStringLiteral("9999")});
    if (!rows)
        return rows.error();
    std::vector<Batch> out;
    for (const Row& r : *rows)
        out.push_back(batchFrom(r));
    return out;
}

Result<Batch> BatchService::get(qint64 id)
{
    auto row = m_store.db().selectOne(batchSelect + QStringLiteral("WHERE b.id = ?"), {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no batch number %1.").arg(id));
    return batchFrom(**row);
}

Result<std::vector<BatchLine>> BatchService::lines(qint64 batchId)
{
    auto rows = m_store.db().select(
        QStringLiteral(
            "SELECT r.id, coalesce(m.name, r.manufacturer_id), coalesce(pr.title, o.title, ''), "
            "coalesce(c.title, ''), p.gtin, p.description, r.quantity, r.at, cu.first_name || ' ' "
            "|| cu.last_name, coalesce(l.name, r.location_id), coalesce(u.name, ''), "
            "r.cost_cents FROM redemptions r JOIN products p ON p.id = r.product_id JOIN "
            "customers cu ON cu.id = r.customer_id LEFT JOIN manufacturers m ON m.id = "
            "r.manufacturer_id LEFT JOIN programs pr ON pr.id = r.program_id LEFT JOIN offers o ON "
            "o.id = r.offer_id LEFT JOIN "
            "program_cards c ON c.id = r.card_id LEFT JOIN locations l ON l.id = r.location_id "
            "LEFT JOIN users u ON u.id = r.user_id WHERE r.batch_id = ? AND r.undone_at IS NULL "
            "ORDER BY r.at, r.id"),
        {batchId});
    if (!rows)
        return rows.error();
    std::vector<BatchLine> out;
    for (const Row& r : *rows)
        out.push_back(BatchLine{r[0].toLongLong(), r[1].toString(), r[2].toString(),
                                r[3].toString(), r[4].toString(), r[5].toString(), r[6].toInt(),
                                text::fromIsoUtc(r[7].toString()), r[8].toString(), r[9].toString(),
                                r[10].toString(), Money{r[11].toLongLong()}});
    return out;
}

Status BatchService::transition(const Actor& actor, qint64 id,
                                std::initializer_list<BatchStatus> from, BatchStatus to,
                                const char* timeColumn)
{
    if (auto allowed = Permissions::check(actor, Permission::ManageBatches); !allowed)
        return allowed;
    auto batch = get(id);
    if (!batch)
        return batch.error();
    if (std::find(from.begin(), from.end(), batch->status) == from.end())
        return makeError(ErrorCode::Conflict,
                         tr("Batch %1 is %2; it cannot become %3.")
                             .arg(id)
                             .arg(label(batch->status).toLower(), label(to).toLower()));
    if (to != BatchStatus::Closed && batch->lineCount == 0)
        return makeError(ErrorCode::Conflict, tr("Batch %1 has no rewards to submit.").arg(id));

    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    const QString now = text::isoUtc(m_store.now());
    if (auto s = db.execute(QStringLiteral("UPDATE batches SET status = ?, %1 = ? WHERE id = ?")
                                .arg(QLatin1String(timeColumn)),
                            {toCode(to), now, id});
        !s)
        return s;
    // Submitting an open batch closes it for new rewards too.
    if (auto s = db.execute(QStringLiteral("UPDATE batches SET closed_at = ? WHERE id = ? AND "
                                           "closed_at IS NULL"),
                            {now, id});
        !s)
        return s;
    if (auto s = m_store.audit(actor, QStringLiteral("batch:%1").arg(id), QStringLiteral("status"),
                               toCode(batch->status), toCode(to));
        !s)
        return s;
    auto e =
        m_store.events().append(actor, m_store.now(), QStringLiteral("batch.%1").arg(toCode(to)),
                                QJsonObject{{QStringLiteral("batch"), id},
                                            {QStringLiteral("manufacturer"), batch->manufacturerId},
                                            {QStringLiteral("location"), batch->locationId},
                                            {QStringLiteral("lines"), batch->lineCount},
                                            {QStringLiteral("total_cents"), batch->total.cents}});
    if (!e)
        return e.error();
    return transaction.commit();
}

Status BatchService::close(const Actor& actor, qint64 id)
{
    return transition(actor, id, {BatchStatus::Open}, BatchStatus::Closed, "closed_at");
}

Status BatchService::submit(const Actor& actor, qint64 id)
{
    return transition(actor, id, {BatchStatus::Open, BatchStatus::Closed}, BatchStatus::Submitted,
                      "submitted_at");
}

Status BatchService::complete(const Actor& actor, qint64 id)
{
    return transition(actor, id, {BatchStatus::Submitted}, BatchStatus::Complete, "completed_at");
}

} // namespace astro

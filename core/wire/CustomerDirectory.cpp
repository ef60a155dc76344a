#include "CustomerDirectory.h"

#include "common/Text.h"
#include "store/Store.h"

namespace astro::wire {

Result<std::optional<qint64>> CustomerDirectory::followMerges(const QVariant& id)
{
    if (id.isNull())
        return std::optional<qint64>();
    auto row = m_store.db().selectOne(
        QStringLiteral("SELECT coalesce(merged_into, id) FROM customers WHERE id = ?"), {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<qint64>();
    return std::optional<qint64>((**row)[0].toLongLong());
}

Result<std::optional<qint64>> CustomerDirectory::resolve(const QString& callerId)
{
    auto linked = m_store.db().scalar(
        QStringLiteral("SELECT customer_id FROM customer_links WHERE caller_id = ?"), {callerId});
    if (!linked)
        return linked.error();
    if (!linked->isNull())
        return followMerges(*linked);
    auto own =
        m_store.db().scalar(QStringLiteral("SELECT id FROM customers WHERE uuid = ?"), {callerId});
    if (!own)
        return own.error();
    return followMerges(*own);
}

std::optional<qint64> CustomerDirectory::caller(const QString& callerId, ApiReply& refusal)
{
    auto id = resolve(callerId);
    if (!id) {
        refusal = ApiReply::fromError(id.error());
        return std::nullopt;
    }
    if (!id->has_value())
        refusal = ApiReply::failure(astroStatus::NotFound,
                                    QStringLiteral("No customer %1: add it first.").arg(callerId));
    return *id;
}

Result<std::optional<qint64>> CustomerDirectory::byAstroId(const QString& astroCustomerId)
{
    bool isNumber = false;
    const qint64 id = astroCustomerId.toLongLong(&isNumber);
    if (!isNumber)
        return std::optional<qint64>();
    return followMerges(id);
}

Status CustomerDirectory::link(const QString& callerId, qint64 customerId)
{
    return m_store.db().execute(QStringLiteral("INSERT OR REPLACE INTO customer_links (caller_id, "
                                               "customer_id, linked_at) VALUES (?, ?, ?)"),
                                {callerId, customerId, text::isoUtc(m_store.now())});
}

} // namespace astro::wire

#include "ConflictLog.h"

#include "common/Text.h"
#include "domain/Permissions.h"
#include "store/Store.h"

namespace astro::sync {

Status ConflictLog::record(const QString& kind, const QString& message, const QString& eventUuid,
                           const QString& customerUuid)
{
    return m_store.db().execute(
        QStringLiteral("INSERT INTO sync_conflicts (uuid, event_uuid, kind, message, "
                       "customer_uuid, at) VALUES (?,?,?,?,?,?)"),
        {text::newUuid(), eventUuid, kind, message, customerUuid, text::isoUtc(m_store.now())});
}

Result<qint64> ConflictLog::openCount()
{
    auto n = m_store.db().scalar(
        QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<std::vector<SyncConflict>> ConflictLog::list(bool openOnly, int limit)
{
    auto rows = m_store.db().select(
        QStringLiteral("SELECT k.id, k.kind, k.message, k.event_uuid, k.customer_uuid, "
                       "coalesce(c.first_name || ' ' || c.last_name, ''), k.at, k.resolved_at, "
                       "k.resolved_by FROM sync_conflicts k LEFT JOIN customers c ON c.uuid = "
                       "k.customer_uuid WHERE (? = 0 OR k.resolved_at IS NULL) ORDER BY k.id DESC "
                       "LIMIT ?"),
        {openOnly ? 1 : 0, limit});
    if (!rows)
        return rows.error();
    std::vector<SyncConflict> out;
    for (const Row& r : *rows) {
        SyncConflict c;
        c.id = r[0].toLongLong();
        c.kind = r[1].toString();
        c.message = r[2].toString();
        c.eventUuid = r[3].toString();
        c.customerUuid = r[4].toString();
        c.customerName = r[5].toString();
        c.at = text::fromIsoUtc(r[6].toString());
        if (!r[7].isNull())
            c.resolvedAt = text::fromIsoUtc(r[7].toString());
        c.resolvedBy = r[8].toString();
        out.push_back(c);
    }
    return out;
}

Status ConflictLog::resolve(const Actor& actor, qint64 id)
{
    if (auto allowed = Permissions::check(actor, Permission::ManageCredits); !allowed)
        return allowed;
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    auto kind = db.selectOne(
        QStringLiteral("SELECT kind, resolved_at FROM sync_conflicts WHERE id = ?"), {id});
    if (!kind)
        return kind.error();
    if (!kind->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no sync conflict number %1.").arg(id));
    if (!(**kind)[1].isNull())
        return makeError(ErrorCode::Conflict, tr("This conflict was already resolved."));
    if (auto s = db.execute(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, "
                                           "resolved_by = ? WHERE id = ?"),
                            {text::isoUtc(m_store.now()), actor.userName, id});
        !s)
        return s;
    if (auto s = m_store.audit(actor, QStringLiteral("sync_conflict:%1").arg(id),
                               QStringLiteral("resolved"), (**kind)[0].toString(), actor.userName);
        !s)
        return s;
    return transaction.commit();
}

QString ConflictLog::describeKind(const QString& kind)
{
    if (kind == QLatin1String("double_redemption"))
        return tr("Same reward given twice");
    if (kind == QLatin1String("program_not_accepted"))
        return tr("Program no longer accepted");
    if (kind == QLatin1String("unknown_customer"))
        return tr("Unknown customer");
    if (kind == QLatin1String("unknown_item"))
        return tr("Item not in the catalog");
    if (kind == QLatin1String("void_after_redemption"))
        return tr("Void after the reward was redeemed");
    if (kind == QLatin1String("customer_refused"))
        return tr("Customer refused by Astro");
    if (kind == QLatin1String("transaction_refused"))
        return tr("Purchase refused by Astro");
    if (kind == QLatin1String("void_refused"))
        return tr("Void refused by Astro");
    if (kind == QLatin1String("reward_unknown"))
        return tr("Reward unknown to Astro");
    if (kind == QLatin1String("redemption_refused"))
        return tr("Redemption refused by Astro");
    if (kind == QLatin1String("enrollment_overtaken"))
        return tr("Enrollment changed at another counter");
    return kind;
}

} // namespace astro::sync

#include "CreditService.h"

#include "common/Text.h"
#include "domain/Permissions.h"
#include "engine/RedemptionService.h"
#include "enrollment/EnrollmentService.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "store/Store.h"

#include <QJsonObject>

namespace astro {

Result<std::vector<Redemption>> CreditService::list(const CreditFilter& f)
{
    auto rows = m_store.db().select(
        RedemptionService::selectSql() +
            QStringLiteral("WHERE r.undone_at IS NULL AND r.credit_status <> 'batched' AND "
                           "(? = '' OR r.credit_status = ?) AND (? = '' OR r.location_id = ?) AND "
                           "(? = '' OR r.distributor_id = ?) AND (? = '' OR r.manufacturer_id = ?) "
                           "ORDER BY coalesce(d.name, ''), r.manufacturer_id, r.at DESC LIMIT ? "
                           "OFFSET ?"),
        {f.status ? toCode(*f.status) : QString(), f.status ? toCode(*f.status) : QString(),
         f.locationId, f.locationId, f.distributorId, f.distributorId, f.manufacturerId,
         f.manufacturerId, f.limit, f.offset});
    if (!rows)
        return rows.error();
    std::vector<Redemption> out;
    for (const Row& r : *rows)
        out.push_back(RedemptionService::fromRow(r));
    return out;
}

Status CreditService::change(const Actor& actor, qint64 id,
                             std::initializer_list<CreditStatus> from, CreditStatus to,
                             const QString& reason, const QString& accountNumber,
                             const QString& note)
{
    if (auto allowed = Permissions::check(actor, Permission::ManageCredits); !allowed)
        return allowed;
    auto r = m_store.redemptions().get(id);
    if (!r)
        return r.error();
    if (r->undone())
        return makeError(ErrorCode::Conflict, tr("This redemption was undone."));
    if (std::find(from.begin(), from.end(), r->creditStatus) == from.end())
        return makeError(ErrorCode::Conflict,
                         tr("This credit is %1; it cannot become %2.")
                             .arg(label(r->creditStatus).toLower(), label(to).toLower()));
    const QString account = accountNumber.isNull() ? r->accountNumber : accountNumber;
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    if (auto s = db.execute(QStringLiteral("UPDATE redemptions SET credit_status = ?, "
                                           "decline_reason = ?, account_number = ?, note = ? "
                                           "WHERE id = ?"),
                            {toCode(to), reason, account, note.isNull() ? r->note : note, id});
        !s)
        return s;
    const QString subject = QStringLiteral("redemption:%1").arg(id);
    if (auto s = m_store.audit(actor, subject, QStringLiteral("credit_status"),
                               toCode(r->creditStatus), toCode(to));
        !s)
        return s;
    if (account != r->accountNumber) {
        if (auto s = m_store.audit(actor, subject, QStringLiteral("account_number"),
                                   r->accountNumber, account);
            !s)
            return s;
        // The enrollment had the same wrong number: fix it too, so the next credits go through.
        auto enrollment = m_store.enrollment().get(r->locationId, r->programId);
        if (!enrollment)
            return enrollment.error();
        if (enrollment->has_value() && (*enrollment)->accountNumber == r->accountNumber &&
            (*enrollment)->distributorId == r->distributorId) {
            if (auto s = db.execute(QStringLiteral("UPDATE enrollments SET account_number = ?, "
                                                   "updated_at = ?, updated_by = ? WHERE "
                                                   "location_id = ? AND subject_id = ?"),
                                    {account, text::isoUtc(m_store.now()), actor.userId,
                                     r->locationId, r->programId});
                !s)
                return s;
            if (auto s = m_store.audit(
                    actor, QStringLiteral("enrollment:%1/%2").arg(r->locationId, r->programId),
                    QStringLiteral("account_number"), r->accountNumber, account);
                !s)
                return s;
            auto e = m_store.events().append(
                actor, m_store.now(), QStringLiteral("enrollment.changed"),
                QJsonObject{{QStringLiteral("location"), r->locationId},
                            {QStringLiteral("subject"), r->programId},
                            {QStringLiteral("old_distributor"), r->distributorId},
                            {QStringLiteral("distributor"), r->distributorId},
                            {QStringLiteral("old_account_number"), r->accountNumber},
                            {QStringLiteral("account_number"), account}});
            if (!e)
                return e.error();
        }
    }
    auto e =
        m_store.events().append(actor, m_store.now(), QStringLiteral("credit.%1").arg(toCode(to)),
                                QJsonObject{{QStringLiteral("redemption"), r->uuid},
                                            {QStringLiteral("reason"), reason},
                                            {QStringLiteral("account_number"), account},
                                            {QStringLiteral("note"), note}});
    if (!e)
        return e.error();
    return transaction.commit();
}

Status CreditService::markCredited(const Actor& actor, qint64 id)
{
    return change(actor, id, {CreditStatus::Uncredited}, CreditStatus::Credited, {}, QString(),
                  QString());
}

Status CreditService::markDeclined(const Actor& actor, qint64 id, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the reason the credit was declined."));
    return change(actor, id, {CreditStatus::Uncredited, CreditStatus::Credited},
                  CreditStatus::Declined, reason.trimmed(), QString(), QString());
}

Status CreditService::markReconciled(const Actor& actor, qint64 id)
{
    return change(actor, id, {CreditStatus::Credited}, CreditStatus::Reconciled, {}, QString(),
                  QString());
}

Status CreditService::resubmit(const Actor& actor, qint64 id, const QString& accountNumber,
                               const QString& note)
{
    if (accountNumber.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the corrected account number."));
    return change(actor, id, {CreditStatus::Declined}, CreditStatus::Uncredited, {},
                  accountNumber.trimmed(), note.isNull() ? QStringLiteral("") : note.trimmed());
}

} // namespace astro

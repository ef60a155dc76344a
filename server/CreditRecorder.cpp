#include "CreditRecorder.h"

#include "EventJournal.h"
#include "common/Text.h"
#include "store/Store.h"
#include "sync/EventApplier.h"
#include "sync/SyncEndpoints.h"

namespace astro::server {

wire::ApiReply CreditRecorder::record(const QJsonObject& body)
{
    const QString redemption = body.value(QStringLiteral("redemption")).toString();
    const QString status = body.value(QStringLiteral("status")).toString();
    const QString reason = body.value(QStringLiteral("reason")).toString();
    if (redemption.isEmpty())
        return wire::ApiReply::failure(wire::astroStatus::BadRequest,
                                       QStringLiteral("redemption is missing."));
    if (status != QLatin1String("credited") && status != QLatin1String("declined"))
        return wire::ApiReply::failure(
            wire::astroStatus::BadRequest,
            QStringLiteral("status must be \"credited\" or \"declined\"."));

    Database& db = m_store.db();
    auto known = db.scalar(QStringLiteral("SELECT count(*) FROM redemptions WHERE uuid = ?"),
                           {redemption}, 0);
    if (!known)
        return wire::ApiReply::fromError(known.error());
    if (known->toInt() == 0)
        return wire::ApiReply::failure(
            wire::astroStatus::NotFound,
            QStringLiteral("No redemption %1 has reached the server.").arg(redemption));

    const QDateTime now = m_store.now();
    Event e;
    e.uuid = text::newUuid();
    e.deviceId = sync::serverDeviceId();
    e.at = now;
    e.type = QStringLiteral("credit.") + status;
    e.payload = QJsonObject{{QStringLiteral("redemption"), redemption},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("at"), text::isoUtc(now)}};
    e.sent = true;

    // Journal and server store change together, like a pushed event.
    Transaction transaction(db);
    if (!transaction.started())
        return wire::ApiReply::fromError(transaction.started().error());
    auto seq = m_journal.append(e, now);
    if (!seq)
        return wire::ApiReply::fromError(seq.error());
    e.seq = *seq;
    auto outcome = sync::EventApplier(m_store).apply(e);
    if (!outcome)
        return wire::ApiReply::fromError(outcome.error());
    if (auto s = transaction.commit(); !s)
        return wire::ApiReply::fromError(s.error());
    return wire::ApiReply::success(QJsonObject{{QStringLiteral("event"), e.uuid},
                                               {QStringLiteral("server_seq"), *seq},
                                               {QStringLiteral("type"), e.type}});
}

} // namespace astro::server

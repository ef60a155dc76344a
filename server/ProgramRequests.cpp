#include "ProgramRequests.h"

#include "EventJournal.h"
#include "common/Text.h"
#include "store/Store.h"
#include "sync/SyncEndpoints.h"

#include <QJsonDocument>

namespace astro::server {

namespace {

// Tickets look like the help desk's: HD-1001, HD-1002, ...
constexpr qint64 firstTicket = 1000;

QJsonObject answer(const QString& uuid, const QString& state, const QString& ticket)
{
    return QJsonObject{{QStringLiteral("request"), uuid},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("ticket"), ticket}};
}

} // namespace

wire::ApiReply ProgramRequests::request(const QJsonObject& body)
{
    const QString uuid = body.value(QStringLiteral("request")).toString();
    if (uuid.isEmpty())
        return wire::ApiReply::failure(wire::astroStatus::BadRequest,
                                       QStringLiteral("request is missing."));

    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return wire::ApiReply::fromError(transaction.started().error());
    auto existing = db.selectOne(
        QStringLiteral("SELECT state, ticket FROM server_program_requests WHERE uuid = ?"), {uuid});
    if (!existing)
        return wire::ApiReply::fromError(existing.error());
    if (existing->has_value())
        return wire::ApiReply::success(
            answer(uuid, (**existing)[0].toString(), (**existing)[1].toString()));

    auto count = db.scalar(QStringLiteral("SELECT count(*) FROM server_program_requests"), {}, 0);
    if (!count)
        return wire::ApiReply::fromError(count.error());
    const QString state = QStringLiteral("received");
    const QString ticket = QStringLiteral("HD-%1").arg(firstTicket + count->toLongLong() + 1);
    if (auto s = db.execute(
            QStringLiteral("INSERT INTO server_program_requests (uuid, json, state, ticket, "
                           "received_at) VALUES (?,?,?,?,?)"),
            {uuid, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)), state,
             ticket, text::isoUtc(m_store.now())});
        !s)
        return wire::ApiReply::fromError(s.error());
    // Every counter of the store hears of the ticket, not only the one that asked.
    Event filed;
    filed.uuid = text::newUuid();
    filed.deviceId = sync::serverDeviceId();
    filed.at = m_store.now();
    filed.type = QStringLiteral("program_request.updated");
    filed.payload = answer(uuid, state, ticket);
    filed.sent = true;
    if (auto seq = EventJournal(db).append(filed, filed.at); !seq)
        return wire::ApiReply::fromError(seq.error());
    if (auto s = transaction.commit(); !s)
        return wire::ApiReply::fromError(s.error());
    return wire::ApiReply::success(answer(uuid, state, ticket));
}

} // namespace astro::server

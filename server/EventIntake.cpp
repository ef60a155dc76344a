#include "EventIntake.h"

#include "EventJournal.h"
#include "common/Text.h"
#include "store/Store.h"
#include "sync/EventApplier.h"
#include "sync/SyncEndpoints.h"

#include <QJsonArray>

#include <vector>

namespace astro::server {

namespace {

// Checks one pushed event and turns it into an Event; an empty message means it is well formed.
QString readEvent(const QJsonValue& value, const QString& deviceId, Event& event)
{
    if (!value.isObject())
        return QStringLiteral("is not an object");
    const QJsonObject o = value.toObject();
    for (const char* field : {"uuid", "type", "at"})
        if (o.value(QLatin1String(field)).toString().isEmpty())
            return QStringLiteral("lacks \"%1\"").arg(QLatin1String(field));
    for (const char* field : {"seq", "user_id"})
        if (!o.value(QLatin1String(field)).isDouble())
            return QStringLiteral("lacks the number \"%1\"").arg(QLatin1String(field));
    if (!o.value(QStringLiteral("payload")).isObject())
        return QStringLiteral("lacks the object \"payload\"");

    event.uuid = o.value(QStringLiteral("uuid")).toString();
    event.type = o.value(QStringLiteral("type")).toString();
    event.at = text::fromIsoUtc(o.value(QStringLiteral("at")).toString());
    if (!event.at.isValid())
        return QStringLiteral("has an \"at\" that is not an ISO-8601 time");
    event.userId = o.value(QStringLiteral("user_id")).toInteger();
    event.payload = o.value(QStringLiteral("payload")).toObject();
    event.deviceId = deviceId;
    event.sent = true;
    return {};
}

} // namespace

wire::ApiReply EventIntake::push(const QJsonObject& body)
{
    const QString deviceId = body.value(QStringLiteral("device_id")).toString();
    if (deviceId.isEmpty())
        return wire::ApiReply::failure(wire::astroStatus::BadRequest,
                                       QStringLiteral("device_id is missing."));
    if (deviceId == sync::serverDeviceId())
        return wire::ApiReply::failure(
            wire::astroStatus::BadRequest,
            QStringLiteral("device_id \"%1\" is reserved for the server.").arg(deviceId));
    if (!body.value(QStringLiteral("events")).isArray())
        return wire::ApiReply::failure(wire::astroStatus::BadRequest,
                                       QStringLiteral("events is missing or not a list."));
    const QJsonArray items = body.value(QStringLiteral("events")).toArray();
    if (items.size() > maxEventsPerRequest)
        return wire::ApiReply::failure(wire::astroStatus::BadRequest,
                                       QStringLiteral("%1 events in one request; at most %2.")
                                           .arg(items.size())
                                           .arg(maxEventsPerRequest));

    // The whole request is checked before anything is stored: one bad event refuses all.
    std::vector<Event> events;
    events.reserve(std::size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        Event e;
        if (const QString problem = readEvent(items[i], deviceId, e); !problem.isEmpty())
            return wire::ApiReply::failure(wire::astroStatus::BadRequest,
                                           QStringLiteral("events[%1] %2.").arg(i).arg(problem));
        events.push_back(std::move(e));
    }

    QJsonArray accepted;
    QJsonArray duplicates;
    QJsonArray conflicts;
    const QDateTime now = m_store.now();
    Transaction transaction(m_store.db());
    if (!transaction.started())
        return wire::ApiReply::fromError(transaction.started().error());
    sync::EventApplier applier(m_store);
    QJsonObject sequence; // where each event stands in the server's order
    for (Event& e : events) {
        auto known = m_journal.seqOf(e.uuid);
        if (!known)
            return wire::ApiReply::fromError(known.error());
        if (*known > 0) {
            duplicates.append(e.uuid);
            sequence.insert(e.uuid, *known);
            continue;
        }
        auto seq = m_journal.append(e, now);
        if (!seq)
            return wire::ApiReply::fromError(seq.error());
        e.seq = *seq;
        sequence.insert(e.uuid, *seq);
        auto outcome = applier.apply(e);
        if (!outcome) {
            wire::ApiReply reply = wire::ApiReply::fromError(outcome.error());
            reply.message = QStringLiteral("Event %1 (%2): %3").arg(e.uuid, e.type, reply.message);
            return reply;
        }
        accepted.append(e.uuid);
        if (!outcome->conflict)
            continue;

        // Still stored and accepted; the sender hears of it in the answer, every other counter
        // through the conflict.flagged event.
        const sync::Conflict& c = *outcome->conflict;
        conflicts.append(QJsonObject{{QStringLiteral("event"), e.uuid},
                                     {QStringLiteral("kind"), c.kind},
                                     {QStringLiteral("message"), c.message},
                                     {QStringLiteral("customer"), c.customerUuid}});
        Event flagged;
        flagged.uuid = text::newUuid();
        flagged.deviceId = sync::serverDeviceId();
        flagged.at = now;
        flagged.type = QStringLiteral("conflict.flagged");
        flagged.payload = QJsonObject{{QStringLiteral("conflict"), text::newUuid()},
                                      {QStringLiteral("event"), e.uuid},
                                      {QStringLiteral("kind"), c.kind},
                                      {QStringLiteral("message"), c.message},
                                      {QStringLiteral("customer"), c.customerUuid}};
        if (auto s = m_journal.append(flagged, now); !s)
            return wire::ApiReply::fromError(s.error());
    }
    if (auto s = transaction.commit(); !s)
        return wire::ApiReply::fromError(s.error());
    return wire::ApiReply::success(QJsonObject{{QStringLiteral("accepted"), accepted},
                                               {QStringLiteral("duplicates"), duplicates},
                                               {QStringLiteral("conflicts"), conflicts},
                                               {QStringLiteral("sequence"), sequence}});
}

} // namespace astro::server

#pragma once

// Events as a counter writes them, and the bodies of the two sync calls (docs/sync-protocol.md):
// shared by the tests that push and list events on the real astro-server (tst_astro_server,
// tst_astro_server_faults, tst_astro_accounts). No project header.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUuid>

class SyncEvents
{
protected:
    int m_seq = 0;

    static QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    // The uuids of events, or of a list of uuids.
    static QStringList uuidsOf(const QJsonArray& events)
    {
        QStringList uuids;
        for (const QJsonValue& e : events)
            uuids << (e.isString() ? e.toString()
                                   : e.toObject().value(QStringLiteral("uuid")).toString());
        return uuids;
    }

    QJsonObject event(const QString& type, const QJsonObject& payload)
    {
        return QJsonObject{
            {QStringLiteral("uuid"), uuid()},
            {QStringLiteral("seq"), ++m_seq},
            {QStringLiteral("type"), type},
            {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("user_id"), 3},
            {QStringLiteral("payload"), payload}};
    }

    QJsonObject customerAdded(const QString& customer, const QString& phone)
    {
        return event(QStringLiteral("customer.added"),
                     {{QStringLiteral("customer"), customer},
                      {QStringLiteral("first_name"), QStringLiteral("Hélène")},
                      {QStringLiteral("last_name"), QStringLiteral("Côté")},
                      {QStringLiteral("phone"), phone},
                      {QStringLiteral("email"), QStringLiteral("helene@example.ca")}});
    }

    // The jsonData of ext_pushEvents and of ext_listEvents.
    static QJsonObject pushBody(const QString& device, const QJsonArray& events)
    {
        return QJsonObject{{QStringLiteral("device_id"), device},
                           {QStringLiteral("events"), events}};
    }
    static QJsonObject listBody(const QString& device, qint64 after, int limit)
    {
        return QJsonObject{{QStringLiteral("device_id"), device},
                           {QStringLiteral("after"), after},
                           {QStringLiteral("limit"), limit}};
    }
};

#pragma once

// What the sync tests share: a counter with its own store and sync engine, a third device that
// calls the server directly, and the demo purchases they make.
#include "TestStore.h"

#include "catalog/CatalogRepository.h"
#include "customers/CustomerStore.h"
#include "enrollment/EnrollmentService.h"
#include "sync/ApiClient.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QTest>

namespace astro::test {

inline const QString location = QStringLiteral("LOC-TORONTO");
inline const QString program = QStringLiteral("PRG-NORTHWIND-CLUB"); // retailer fulfilled
inline const QString card = QStringLiteral("CRD-NWC-TREATS");        // buy 5, get 1, any item
inline const QString treat = QStringLiteral("084721103509");

// A counter: its own store and a sync engine pointed at the server.
struct Counter
{
    TestStore ts;
    std::unique_ptr<sync::SyncEngine> engine;

    Status configure(const QUrl& url)
    {
        engine = std::make_unique<sync::SyncEngine>(ts.store());
        return engine->configure(
            ts.admin(location),
            sync::SyncConfig{url, QStringLiteral("demo"), QStringLiteral("demo")},
            QStringLiteral("demo"));
    }
    Result<sync::SyncReport> sync() { return engine->run(); }
    qint64 unsent() { return *ts->events().unsentCount(); }
};

// Calls the server directly, as a third device would.
struct Observer
{
    explicit Observer(const QUrl& url) : api(url)
    {
        auto t = api.token(QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("demo"));
        if (t)
            token = t->accessToken;
    }

    Result<QJsonValue> call(const QString& endpoint, const QJsonObject& request)
    {
        auto answer = api.call(endpoint, request, token);
        if (!answer)
            return answer.error();
        if (!answer->ok())
            return makeError(ErrorCode::Invalid, answer->message);
        return answer->data;
    }

    // Every event the server holds, by device.
    QHash<QString, QStringList> eventsByDevice()
    {
        QHash<QString, QStringList> out;
        qint64 after = 0;
        for (;;) {
            auto page = call(QStringLiteral("ext_listEvents"),
                             QJsonObject{{QStringLiteral("device_id"), QStringLiteral("observer")},
                                         {QStringLiteral("after"), after},
                                         {QStringLiteral("limit"), 500}});
            if (!page)
                return out;
            const QJsonObject o = page->toObject();
            for (const QJsonValue& v : o.value(QStringLiteral("events")).toArray())
                out[v[QStringLiteral("device_id")].toString()]
                    << v[QStringLiteral("uuid")].toString();
            after = o.value(QStringLiteral("next")).toInteger();
            if (!o.value(QStringLiteral("more")).toBool())
                return out;
        }
    }

    sync::ApiClient api;
    QString token;
};

inline void enroll(Counter& c)
{
    auto set = c.ts->enrollment().set(c.ts.admin(location), location, program, {}, {});
    ASTRO_VERIFY_OK(set);
}

inline void buy(Counter& c, qint64 customerId, int quantity)
{
    const Actor cashier = c.ts.cashier(location);
    TAKE(visit, c.ts->visits().open(cashier, customerId));
    ScanLine line;
    line.code = treat;
    line.quantity = quantity;
    TAKE(scanned, c.ts->visits().scan(cashier, visit.id, line));
    QVERIFY(!scanned.punches.empty());
    ASTRO_VERIFY_OK(c.ts->visits().finish(cashier, visit.id, QStringLiteral("paper card")));
}

inline QByteArray demoCatalog()
{
    QFile file(QStringLiteral(":/astro/demo/catalog.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline qint64 customerOn(Counter& c, const QString& uuid)
{
    auto found = c.ts->customers().byUuid(uuid);
    return found && found->has_value() ? (*found)->id : 0;
}

} // namespace astro::test

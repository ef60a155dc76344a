#include "DemoStore.h"

#include "catalog/CatalogImporter.h"
#include "catalog/CatalogRepository.h"
#include "customers/CustomerStore.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "enrollment/EnrollmentService.h"
#include "store/Store.h"
#include "users/UserStore.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace astro {

namespace {

QByteArray resource(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Step
{
    int daysAgo = 0;
    bool redemption = false;
    int order = 0;
    QJsonObject entry;
};

Status enrollments(Store& store, const QJsonObject& demo)
{
    for (const QJsonValue& v : demo.value(QStringLiteral("enrollments")).toArray()) {
        const QJsonObject e = v.toObject();
        auto set =
            store.enrollment().set(Actor::system(), e.value(QStringLiteral("location")).toString(),
                                   e.value(QStringLiteral("subject")).toString(),
                                   e.value(QStringLiteral("distributor")).toString(),
                                   e.value(QStringLiteral("account_number")).toString());
        if (!set)
            return set.error();
    }
    return {};
}

} // namespace

Status DemoStore::enroll(Store& store)
{
    return enrollments(
        store,
        QJsonDocument::fromJson(resource(QStringLiteral(":/astro/demo/store.json"))).object());
}

Status DemoStore::load(Store& store)
{
    return load(store, resource(QStringLiteral(":/astro/demo/catalog.json")),
                resource(QStringLiteral(":/astro/demo/store.json")));
}

Status DemoStore::load(Store& store, const QByteArray& catalogJson, const QByteArray& storeJson)
{
    const Actor system = Actor::system();
    auto users = store.users().count();
    if (!users)
        return users.error();
    if (*users > 0)
        return makeError(ErrorCode::Conflict,
                         tr("The demo store goes into a new, empty database only."));
    if (auto imported = CatalogImporter(store).importJson(system, catalogJson); !imported)
        return imported.error();

    const QJsonObject demo = QJsonDocument::fromJson(storeJson).object();
    if (demo.value(QStringLiteral("format")).toString() != QLatin1String("astro-demo-store"))
        return makeError(ErrorCode::Invalid, tr("The demo store file is not valid."));

    QHash<QString, Actor> actors;
    for (const QJsonValue& v : demo.value(QStringLiteral("users")).toArray()) {
        const QJsonObject u = v.toObject();
        const auto role = fromCode<Role>(u.value(QStringLiteral("role")).toString());
        auto added = store.users().add(system, u.value(QStringLiteral("name")).toString(),
                                       role.value_or(Role::Cashier),
                                       u.value(QStringLiteral("pin")).toString());
        if (!added)
            return added.error();
        actors.insert(added->name, Actor{added->id, added->name, added->role, {}});
    }
    if (auto s = enrollments(store, demo); !s)
        return s;
    auto locations = store.catalog().locations();
    if (!locations)
        return locations.error();
    if (!locations->empty())
        if (auto s = store.setSetting(QStringLiteral("counter_location"), locations->front().id);
            !s)
            return s;

    // History is replayed at the dates it happened, so cards, expiry and batches come out as
    // they would have.
    const auto realClock = store.clock();
    const QDateTime today = realClock->now();
    auto clock = std::make_shared<FixedClock>(today);
    store.setClock(clock);
    struct RestoreClock
    {
        Store& store;
        std::shared_ptr<const Clock> clock;
        ~RestoreClock() { store.setClock(clock); }
    } restore{store, realClock};

    QHash<QString, qint64> customers;
    for (const QJsonValue& v : demo.value(QStringLiteral("customers")).toArray()) {
        const QJsonObject c = v.toObject();
        clock->set(today.addDays(-365));
        auto added = store.customers().add(
            system, CustomerInput{c.value(QStringLiteral("first_name")).toString(),
                                  c.value(QStringLiteral("last_name")).toString(),
                                  c.value(QStringLiteral("phone")).toString(),
                                  c.value(QStringLiteral("email")).toString()});
        if (!added)
            return added.error();
        customers.insert(c.value(QStringLiteral("key")).toString(), added->id);
    }

    std::vector<Step> steps;
    int order = 0;
    for (const QJsonValue& v : demo.value(QStringLiteral("visits")).toArray())
        steps.push_back(Step{v[QStringLiteral("days_ago")].toInt(), false, order++, v.toObject()});
    for (const QJsonValue& v : demo.value(QStringLiteral("redemptions")).toArray())
        steps.push_back(Step{v[QStringLiteral("days_ago")].toInt(), true, order++, v.toObject()});
    std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) {
        if (a.daysAgo != b.daysAgo)
            return a.daysAgo > b.daysAgo;
        if (a.redemption != b.redemption)
            return a.redemption;
        return a.order < b.order;
    });

    const QDate todayLocal = today.toLocalTime().date();
    int sameDay = 0;
    int lastDay = -1;
    for (const Step& step : steps) {
        sameDay = step.daysAgo == lastDay ? sameDay + 1 : 0;
        lastDay = step.daysAgo;
        QDateTime at =
            todayLocal.addDays(-step.daysAgo).startOfDay().addSecs(9 * 3600 + 1800 + sameDay * 420);
        if (at > today)
            at = today.addSecs(-60 * (int(steps.size()) - sameDay));
        clock->set(at.toUTC());
        Actor actor = actors.value(step.entry.value(QStringLiteral("user")).toString());
        actor.locationId = step.entry.value(QStringLiteral("location")).toString();
        const qint64 customerId =
            customers.value(step.entry.value(QStringLiteral("customer")).toString());
        if (actor.userId == 0 || customerId == 0)
            return makeError(ErrorCode::Invalid, tr("The demo store file names an unknown user or "
                                                    "customer."));
        if (step.redemption) {
            RedeemRequest request;
            request.customerId = customerId;
            request.cardId = step.entry.value(QStringLiteral("card")).toString();
            request.code = step.entry.value(QStringLiteral("upc")).toString();
            auto redeemed = store.redemptions().redeem(actor, request);
            if (!redeemed)
                return redeemed.error();
            continue;
        }
        auto visit = store.visits().open(actor, customerId);
        if (!visit)
            return visit.error();
        for (const QJsonValue& item : step.entry.value(QStringLiteral("items")).toArray()) {
            auto line = ScanLine::parse(item.toString());
            if (!line)
                return line.error();
            auto scanned = store.visits().scan(actor, visit->id, *line);
            if (!scanned)
                return scanned.error();
        }
        if (auto s = store.visits().finish(actor, visit->id,
                                           step.entry.value(QStringLiteral("reason")).toString());
            !s)
            return s;
    }
    return {};
}

} // namespace astro

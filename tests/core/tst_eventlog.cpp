#include "TestStore.h"

#include "catalog/CatalogImporter.h"
#include "customers/CustomerStore.h"
#include "engine/VisitService.h"
#include "enrollment/EnrollmentService.h"

#include <QTest>

#include <functional>

using namespace astro;
using namespace astro::test;

namespace {

int count(TestStore& t, const QString& sql)
{
    auto n = t->db().scalar(sql);
    return n ? n->toInt() : -1;
}

QList<qint64> allSeqs(TestStore& t)
{
    QList<qint64> seqs;
    auto rows = t->db().select(QStringLiteral("SELECT seq FROM events ORDER BY seq"));
    if (rows)
        for (const Row& r : *rows)
            seqs << r[0].toLongLong();
    return seqs;
}

CustomerInput helene()
{
    return CustomerInput{QStringLiteral("Hélène"), QStringLiteral("Côté"),
                         QStringLiteral("4165550123"), QStringLiteral("helene@example.ca")};
}

} // namespace

class TestEventLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addingACustomerWritesOneEvent()
    {
        TestStore t;
        const Actor cashier = t.cashier();
        const int before = eventCount(t);

        auto added = t->customers().add(cashier, helene());
        ASTRO_VERIFY_OK(added);
        QCOMPARE(eventCount(t), before + 1);

        auto recent = t->events().recent(1);
        ASTRO_VERIFY_OK(recent);
        QCOMPARE(recent->size(), std::size_t(1));
        const Event& e = recent->front();
        QCOMPARE(e.type, QStringLiteral("customer.added"));
        QCOMPARE(e.deviceId, t->deviceId());
        QVERIFY(!e.deviceId.isEmpty());
        QCOMPARE(e.userId, cashier.userId);
        QCOMPARE(e.at, t->now());
        QVERIFY(!e.uuid.isEmpty());
        QVERIFY(!e.sent);
        QCOMPARE(e.payload.value(QStringLiteral("user_name")).toString(),
                 QStringLiteral("Test Cashier"));
        QCOMPARE(e.payload.value(QStringLiteral("location")).toString(), QStringLiteral("LOC-A"));
        QCOMPARE(e.payload.value(QStringLiteral("customer")).toString(), added->uuid);
        QCOMPARE(e.payload.value(QStringLiteral("first_name")).toString(),
                 QStringLiteral("Hélène"));
        QCOMPARE(e.payload.value(QStringLiteral("phone")).toString(), QStringLiteral("4165550123"));
    }

    void eachChangeWritesItsEvent()
    {
        TestStore t;
        t.importCatalog(smallCatalog());
        t.enrollDefaults();
        const Actor cashier = t.cashier();
        const Actor admin = t.admin();
        const qint64 id = t.addCustomer();

        const auto newTypes = [&](const std::function<void()>& change) {
            const qint64 last = allSeqs(t).isEmpty() ? 0 : allSeqs(t).last();
            change();
            QStringList types;
            auto rows = t->db().select(
                QStringLiteral("SELECT type FROM events WHERE seq > ? ORDER BY seq"), {last});
            if (rows)
                for (const Row& r : *rows)
                    types << r[0].toString();
            return types;
        };

        QCOMPARE(newTypes([&] {
                     QVERIFY(t->customers()
                                 .update(cashier, id,
                                         CustomerInput{QStringLiteral("Hélène"),
                                                       QStringLiteral("Côté-Roy"),
                                                       QStringLiteral("4165550123"),
                                                       {}})
                                 .ok());
                 }),
                 QStringList{QStringLiteral("customer.updated")});

        qint64 visitId = 0;
        QCOMPARE(newTypes([&] {
                     auto v = t->visits().open(cashier, id);
                     QVERIFY(v.ok());
                     visitId = v->id;
                 }),
                 QStringList{QStringLiteral("visit.opened")});
        QCOMPARE(newTypes([&] {
                     ScanLine line;
                     line.code = upc("ANY-1");
                     QVERIFY(t->visits().scan(cashier, visitId, line).ok());
                 }),
                 QStringList{QStringLiteral("scan.added")});
        QCOMPARE(newTypes([&] { QVERIFY(t->visits().finish(cashier, visitId).ok()); }),
                 QStringList{QStringLiteral("visit.finished")});
        QCOMPARE(newTypes([&] {
                     QVERIFY(t->enrollment()
                                 .set(admin, QStringLiteral("LOC-A"), QStringLiteral("PRG-DIST"),
                                      QStringLiteral("DST-ON"), QStringLiteral("ON-2002"))
                                 .ok());
                 }),
                 QStringList{QStringLiteral("enrollment.changed")});
    }

    void refusedChangesWriteNoEvent()
    {
        TestStore t;
        t.importCatalog(smallCatalog());
        t.enrollDefaults();
        const Actor cashier = t.cashier();
        const Actor admin = t.admin();
        const qint64 a = t.addCustomer();
        const qint64 b = t.addCustomer(QStringLiteral("Marc"), QStringLiteral("Roy"));
        const int before = eventCount(t);

        // Invalid input, forbidden roles, ineligible choices, unknown items, bad documents.
        QVERIFY(
            !t->customers().add(cashier, CustomerInput{QStringLiteral("Ann"), {}, {}, {}}).ok());
        QVERIFY(!t->customers()
                     .update(cashier, a,
                             CustomerInput{QStringLiteral("Ann"),
                                           QStringLiteral("Lee"),
                                           QStringLiteral("123"),
                                           {}})
                     .ok());
        QVERIFY(!t->customers().merge(cashier, a, b).ok());
        QVERIFY(!t->enrollment()
                     .set(admin, QStringLiteral("LOC-A"), QStringLiteral("PRG-DIST"),
                          QStringLiteral("DST-NY"), QStringLiteral("X-1"))
                     .ok());
        QVERIFY(!t->enrollment()
                     .set(cashier, QStringLiteral("LOC-A"), QStringLiteral("PRG-DIST"),
                          QStringLiteral("DST-ON"), QStringLiteral("ON-9"))
                     .ok());
        QVERIFY(!t->users()
                     .add(cashier, QStringLiteral("Eve"), Role::Admin, QStringLiteral("1234"))
                     .ok());
        QVERIFY(!CatalogImporter(t.store()).importJson(Actor::system(), "{\"format\":1}").ok());
        auto visit = t->visits().open(cashier, a);
        ASTRO_VERIFY_OK(visit);
        const int afterOpen = eventCount(t);
        QCOMPARE(afterOpen, before + 1);
        ScanLine unknown;
        unknown.code = upc("NOCARD-1");
        QVERIFY(!t->visits().scan(cashier, visit->id, unknown).ok());
        ScanLine future;
        future.code = upc("ANY-1");
        future.at = t->now().addDays(1);
        QVERIFY(!t->visits().scan(cashier, visit->id, future).ok());
        QCOMPARE(eventCount(t), afterOpen);
    }

    void eventAndChangeShareOneTransaction()
    {
        TestStore t;
        const Actor cashier = t.cashier();
        const int customersBefore = count(t, QStringLiteral("SELECT count(*) FROM customers"));
        const int eventsBefore = eventCount(t);

        // When the event cannot be written, the change is not kept either.
        ASTRO_VERIFY_OK(t->db().execute(
            QStringLiteral("CREATE TEMP TRIGGER no_events BEFORE INSERT ON events BEGIN SELECT "
                           "RAISE(ABORT, 'event log unavailable'); END")));
        auto added = t->customers().add(cashier, helene());
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, ErrorCode::Storage);
        QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM customers")), customersBefore);
        QCOMPARE(eventCount(t), eventsBefore);
        QVERIFY(!t->db().inTransaction());
        ASTRO_VERIFY_OK(t->db().execute(QStringLiteral("DROP TRIGGER temp.no_events")));

        // And when the change fails after its event was written, the event goes too.
        ASTRO_VERIFY_OK(t->customers().add(cashier, helene()));
        const int events = eventCount(t);
        const qint64 id = t->customers().find(QStringLiteral("helene"), 1)->front().id;
        ASTRO_VERIFY_OK(t->db().execute(
            QStringLiteral("CREATE TEMP TRIGGER no_merges BEFORE INSERT ON audit_log BEGIN SELECT "
                           "RAISE(ABORT, 'audit log unavailable'); END")));
        const qint64 other = t.addCustomer(QStringLiteral("Marc"), QStringLiteral("Roy"));
        const int eventsWithOther = eventCount(t);
        QCOMPARE(eventsWithOther, events + 1);
        auto merged = t->customers().merge(t.admin(), id, other);
        QVERIFY(!merged.ok());
        QVERIFY(!t->customers().get(other)->mergedInto.has_value());
        QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM events WHERE type = "
                                         "'customer.merged'")),
                 0);
    }

    void unsentAndMarkSent()
    {
        TestStore t;
        const Actor cashier = t.cashier();
        const qint64 baseline = *t->events().unsentCount();
        for (int i = 0; i < 5; ++i)
            ASTRO_VERIFY_OK(
                t->customers().add(cashier, CustomerInput{QStringLiteral("Ann"),
                                                          QStringLiteral("Lee%1").arg(i),
                                                          QStringLiteral("416555000%1").arg(i),
                                                          {}}));
        auto unsentCount = t->events().unsentCount();
        ASTRO_VERIFY_OK(unsentCount);
        QCOMPARE(*unsentCount, baseline + 5);

        auto all = t->events().unsent(1000);
        ASTRO_VERIFY_OK(all);
        QCOMPARE(qint64(all->size()), baseline + 5);
        for (std::size_t i = 1; i < all->size(); ++i)
            QVERIFY((*all)[i - 1].seq < (*all)[i].seq); // oldest first
        for (const Event& e : *all)
            QVERIFY(!e.sent);

        // The outbox hands out the oldest first, a page at a time.
        auto page = t->events().unsent(2);
        ASTRO_VERIFY_OK(page);
        QCOMPARE(page->size(), std::size_t(2));
        QCOMPARE((*page)[0].uuid, (*all)[0].uuid);
        QCOMPARE((*page)[1].uuid, (*all)[1].uuid);

        const QDateTime sentAt = t->now().addSecs(30);
        ASTRO_VERIFY_OK(t->events().markSent({(*page)[0].uuid, (*page)[1].uuid}, sentAt));
        QCOMPARE(*t->events().unsentCount(), baseline + 3);
        auto rest = t->events().unsent(1000);
        ASTRO_VERIFY_OK(rest);
        QCOMPARE(qint64(rest->size()), baseline + 3);
        for (const Event& e : *rest) {
            QVERIFY(e.uuid != (*page)[0].uuid);
            QVERIFY(e.uuid != (*page)[1].uuid);
        }
        QCOMPARE(rest->front().uuid, (*all)[2].uuid);

        // Sent events are kept, marked sent.
        auto recent = t->events().recent(1000);
        ASTRO_VERIFY_OK(recent);
        QCOMPARE(qint64(recent->size()), baseline + 5);
        int sent = 0;
        for (const Event& e : *recent)
            if (e.sent)
                ++sent;
        QCOMPARE(sent, 2);

        // Marking again keeps the first time; unknown ids are ignored.
        ASTRO_VERIFY_OK(t->events().markSent({(*page)[0].uuid, QStringLiteral("not-an-event")},
                                             sentAt.addDays(1)));
        auto when = t->db().scalar(QStringLiteral("SELECT sent_at FROM events WHERE uuid = ?"),
                                   {(*page)[0].uuid});
        ASTRO_VERIFY_OK(when);
        QCOMPARE(when->toString(), sentAt.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(*t->events().unsentCount(), baseline + 3);

        ASTRO_VERIFY_OK(t->events().markSent({}, sentAt));
        QCOMPARE(*t->events().unsentCount(), baseline + 3);
    }

    void recentFiltersByType()
    {
        TestStore t;
        t.importCatalog(smallCatalog());
        t.enrollDefaults();
        const Actor cashier = t.cashier();
        const qint64 id = t.addCustomer();
        auto visit = t->visits().open(cashier, id);
        ASTRO_VERIFY_OK(visit);
        auto visits = t->events().recent(10, QStringLiteral("visit."));
        ASTRO_VERIFY_OK(visits);
        QCOMPARE(visits->size(), std::size_t(1));
        QCOMPARE(visits->front().type, QStringLiteral("visit.opened"));
        auto two = t->events().recent(2);
        ASTRO_VERIFY_OK(two);
        QCOMPARE(two->size(), std::size_t(2));
        QVERIFY(two->at(0).seq > two->at(1).seq); // newest first
        QCOMPARE(two->at(0).type, QStringLiteral("visit.opened"));
        QCOMPARE(two->at(1).type, QStringLiteral("customer.added"));
    }

    void eventsAreNeverDeleted()
    {
        TestStore t;
        t.importCatalog(smallCatalog());
        t.enrollDefaults();
        const Actor cashier = t.cashier();
        const Actor admin = t.admin();
        QList<qint64> seen = allSeqs(t);

        const auto stillThere = [&]() {
            const QList<qint64> now = allSeqs(t);
            for (qint64 s : seen)
                if (!now.contains(s))
                    return false;
            // Contiguous from 1: nothing was ever removed.
            for (int i = 0; i < now.size(); ++i)
                if (now[i] != i + 1)
                    return false;
            const bool grew = now.size() > seen.size();
            seen = now;
            return grew;
        };

        const qint64 a = t.addCustomer();
        QVERIFY(stillThere());
        const qint64 b = t.addCustomer(QStringLiteral("Marc"), QStringLiteral("Roy"));
        QVERIFY(stillThere());
        auto visit = t->visits().open(cashier, b);
        ASTRO_VERIFY_OK(visit);
        ScanLine line;
        line.code = upc("ANY-1");
        auto scan = t->visits().scan(cashier, visit->id, line);
        ASTRO_VERIFY_OK(scan);
        QVERIFY(stillThere());
        ASTRO_VERIFY_OK(t->visits().voidScan(cashier, scan->scanId)); // an undo is an event too
        QVERIFY(stillThere());
        ASTRO_VERIFY_OK(t->visits().finish(cashier, visit->id));
        ASTRO_VERIFY_OK(t->customers().merge(admin, a, b));
        QVERIFY(stillThere());
        auto unsent = t->events().unsent(1000);
        ASTRO_VERIFY_OK(unsent);
        std::vector<QString> uuids;
        for (const Event& e : *unsent)
            uuids.push_back(e.uuid);
        ASTRO_VERIFY_OK(t->events().markSent(uuids, t->now()));
        // Sent to the store's other counters; what Astro must hear of still waits for its call.
        const auto publicCalls = std::count_if(unsent->begin(), unsent->end(), [](const Event& e) {
            return EventLog::hasPublicCall(e.type);
        });
        QVERIFY(publicCalls > 0);
        QCOMPARE(*t->events().unsentCount(), qint64(publicCalls));
        t.importCatalog(smallCatalog());
        QVERIFY(stillThere());
        QCOMPARE(qint64(allSeqs(t).size()), qint64(seen.size()));
    }

    void auditEntriesFilterByText()
    {
        TestStore t;
        t.importCatalog(smallCatalog());
        const Actor admin = t.admin();
        ASTRO_VERIFY_OK(t->enrollment().set(admin, QStringLiteral("LOC-A"),
                                            QStringLiteral("PRG-DIST"), QStringLiteral("DST-ON"),
                                            QStringLiteral("ON-1001")));
        t.clock().advance(3600);
        ASTRO_VERIFY_OK(t->enrollment().set(admin, QStringLiteral("LOC-B"),
                                            QStringLiteral("PRG-DIST"), QStringLiteral("DST-NY"),
                                            QStringLiteral("NY-55")));
        t.clock().advance(3600);
        ASTRO_VERIFY_OK(t->enrollment().set(admin, QStringLiteral("LOC-A"),
                                            QStringLiteral("PRG-DIST"), QStringLiteral("DST-ON"),
                                            QStringLiteral("ON-2002")));
        t.clock().advance(3600);
        ASTRO_VERIFY_OK(
            t->users().add(admin, QStringLiteral("Sam"), Role::Cashier, QStringLiteral("3333")));

        const auto entries = [&](const QString& text, QDateTime from = {}, QDateTime to = {}) {
            AuditFilter filter;
            filter.text = text;
            filter.from = from;
            filter.to = to;
            auto found = t->auditLog().entries(filter);
            return found ? *found : std::vector<AuditEntry>();
        };

        const auto everything = entries({});
        // Test Admin added; LOC-A enrolled + account; LOC-B enrolled + account; LOC-A account
        // changed; Sam added.
        QCOMPARE(everything.size(), std::size_t(7));
        for (std::size_t i = 1; i < everything.size(); ++i)
            QVERIFY(everything[i - 1].id > everything[i].id); // newest first

        // By subject.
        const auto locA = entries(QStringLiteral("enrollment:LOC-A/PRG-DIST"));
        QCOMPARE(locA.size(), std::size_t(3));
        for (const AuditEntry& e : locA)
            QCOMPARE(e.subject, QStringLiteral("enrollment:LOC-A/PRG-DIST"));
        QCOMPARE(locA.front().field, QStringLiteral("account_number"));
        QCOMPARE(locA.front().oldValue, QStringLiteral("ON-1001"));
        QCOMPARE(locA.front().newValue, QStringLiteral("ON-2002"));
        QCOMPARE(locA.front().userName, QStringLiteral("Test Admin"));
        QCOMPARE(locA.front().locationId, QStringLiteral("LOC-A"));
        // By a value, old or new.
        const auto byOld = entries(QStringLiteral("ON-1001"));
        QCOMPARE(byOld.size(), std::size_t(2)); // set to it, then changed from it
        QCOMPARE(entries(QStringLiteral("NY-55")).size(), std::size_t(1));
        QCOMPARE(entries(QStringLiteral("DST-NY")).size(), std::size_t(1));
        // By field.
        QCOMPARE(entries(QStringLiteral("account_number")).size(), std::size_t(3));
        // By who.
        QCOMPARE(entries(QStringLiteral("user:Sam")).size(), std::size_t(1));
        // Nothing.
        QVERIFY(entries(QStringLiteral("PRG-NOTHING")).empty());

        // By time: the second hour only.
        const QDateTime start(QDate(2026, 11, 16), QTime(15, 0), Qt::UTC);
        const auto secondHour = entries({}, start.addSecs(3600), start.addSecs(3600));
        QCOMPARE(secondHour.size(), std::size_t(2));
        for (const AuditEntry& e : secondHour)
            QCOMPARE(e.subject, QStringLiteral("enrollment:LOC-B/PRG-DIST"));
        QCOMPARE(entries({}, start.addSecs(3 * 3600)).size(), std::size_t(1));
        QCOMPARE(entries({}, {}, start).size(), std::size_t(3));

        // Paging.
        AuditFilter page;
        page.limit = 3;
        page.offset = 3;
        auto paged = t->auditLog().entries(page);
        ASTRO_VERIFY_OK(paged);
        QCOMPARE(paged->size(), std::size_t(3));
        QCOMPARE(paged->front().id, everything[3].id);
    }

    void auditFilterTextIsLiteral()
    {
        TestStore t;
        t.importCatalog(smallCatalog());
        const Actor admin = t.admin();
        ASTRO_VERIFY_OK(t->enrollment().set(admin, QStringLiteral("LOC-A"),
                                            QStringLiteral("PRG-DIST"), QStringLiteral("DST-ON"),
                                            QStringLiteral("ON-1001")));
        // The text is matched as typed: "%" and "_" are characters, not wildcards.
        AuditFilter percent;
        percent.text = QStringLiteral("%");
        auto byPercent = t->auditLog().entries(percent);
        ASTRO_VERIFY_OK(byPercent);
        QCOMPARE(byPercent->size(), std::size_t(0));
        AuditFilter underscore;
        underscore.text = QStringLiteral("ON_1001");
        auto byUnderscore = t->auditLog().entries(underscore);
        ASTRO_VERIFY_OK(byUnderscore);
        QCOMPARE(byUnderscore->size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"

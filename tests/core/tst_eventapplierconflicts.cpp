// EventApplier without a server: another counter's event that cannot be applied as it is (a double
// redemption, an unknown customer, a withdrawn program, an older enrollment change) is flagged or
// kept back, and a conflict the server flagged is kept for managers.
#include "EventApplierKit.h"

#include "catalog/CatalogRepository.h"
#include "common/Text.h"
#include "enrollment/EnrollmentService.h"
#include "sync/ConflictLog.h"
#include "sync/EnrollmentOrder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <iterator>

using namespace astro;
using namespace astro::test;
using namespace appliertests;

class TestEventApplierConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameRewardRedeemedAtTwoCountersIsADoubleRedemption()
    {
        Counters c;
        TestStore third;
        ready(third);
        third.cashier();
        for (TestStore* ts : {&c.a, &c.b, &third})
            ASTRO_VERIFY_OK(settle(*ts));
        const qint64 eventsOnB = eventCount(c.b);

        // One reward, known to all three counters.
        const qint64 onA = c.a.addCustomer();
        ASTRO_VERIFY_OK(shop(c.a, onA, {line("ANY-1", 3)}, QStringLiteral("stocking up")));
        TAKE(history, take(c.a));
        ASTRO_VERIFY_OK(applyAll(c.b, history));
        ASTRO_VERIFY_OK(applyAll(third, history));
        const QString uuid = uuidOf(c.a, onA);
        const qint64 onThird = customerOn(third, uuid);
        const qint64 onB = customerOn(c.b, uuid);
        QVERIFY(onThird > 0 && onB > 0);
        {
            TAKE(view, c.b->cards().view(onB, QStringLiteral("CRD-ANY")));
            QCOMPARE(view.rewardsEarned, 1);
        }

        // A and the third counter, both offline, each give it out.
        TAKE(onACounter, redeem(c.a, onA, "CRD-ANY", "ANY-1"));
        TAKE(onThirdCounter, redeem(third, onThird, "CRD-ANY", "ANY-2"));
        TAKE(fromA, take(c.a));
        TAKE(fromThird, take(third));
        QCOMPARE(int(fromA.size()), 1);
        QCOMPARE(int(fromThird.size()), 1);

        TAKE(firstOutcome, applyOne(c.b, fromA.front()));
        QVERIFY(!firstOutcome.alreadyApplied);
        QVERIFY2(!firstOutcome.conflict,
                 qPrintable(firstOutcome.conflict ? firstOutcome.conflict->kind : QString()));
        TAKE(secondOutcome, applyOne(c.b, fromThird.front()));
        QVERIFY(!secondOutcome.alreadyApplied);
        QVERIFY(secondOutcome.conflict.has_value());
        QCOMPARE(secondOutcome.conflict->kind, QStringLiteral("double_redemption"));
        QCOMPARE(secondOutcome.conflict->customerUuid, uuid);

        // Both are on record, each with the device that gave it.
        QCOMPARE(redemptionField(c.b, onACounter.uuid, "origin"), c.a->deviceId());
        QCOMPARE(redemptionField(c.b, onThirdCounter.uuid, "origin"), third->deviceId());
        TAKE(kept, c.b->db().scalar(QStringLiteral("SELECT count(*) FROM redemptions")));
        QCOMPARE(kept.toInt(), 2);
        // The first one took the reward; the second has none left to take.
        QCOMPARE(redemptionField(c.b, onACounter.uuid, "reward_id").isEmpty(), false);
        QCOMPARE(redemptionField(c.b, onThirdCounter.uuid, "reward_id"), QString());
        TAKE(view, c.b->cards().view(onB, QStringLiteral("CRD-ANY")));
        QVERIFY(view.openRewards.empty());
        QCOMPARE(eventCount(c.b), eventsOnB);

        // Applied again: already applied, no second conflict, no third row.
        TAKE(again, applyOne(c.b, fromThird.front()));
        QVERIFY(again.alreadyApplied);
        QVERIFY(!again.conflict);
        TAKE(stillKept, c.b->db().scalar(QStringLiteral("SELECT count(*) FROM redemptions")));
        QCOMPARE(stillKept.toInt(), 2);
    }

    void unknownCustomerChangesNothing()
    {
        Counters c;
        ASTRO_VERIFY_OK(settle(c.a));
        // A customer B never heard of: its customer.added is lost on the way.
        const qint64 customer = c.a.addCustomer();
        const QString uuid = uuidOf(c.a, customer);
        ASTRO_VERIFY_OK(shop(c.a, customer, {line("ANY-1", 3)}, QStringLiteral("stocking up")));
        ASTRO_VERIFY_OK(redeem(c.a, customer, "CRD-ANY", "ANY-1"));
        TAKE(events, take(c.a));
        std::vector<Event> orphans;
        for (const Event& e : events)
            if (e.type == QLatin1String("visit.opened") || e.type == QLatin1String("scan.added") ||
                e.type == QLatin1String("redemption.added"))
                orphans.push_back(e);
        QCOMPARE(int(orphans.size()), 3);
        Event merged;
        merged.uuid = text::newUuid();
        merged.deviceId = c.a->deviceId();
        merged.at = c.a->now();
        merged.type = QStringLiteral("customer.merged");
        merged.payload = QJsonObject{{QStringLiteral("customer"), uuid},
                                     {QStringLiteral("merged"), text::newUuid()}};
        orphans.push_back(merged);

        for (const Event& e : orphans) {
            const QStringList before = snapshot(c.b);
            TAKE(outcome, applyOne(c.b, e));
            QVERIFY(!outcome.alreadyApplied);
            QVERIFY2(outcome.conflict.has_value(), qPrintable(e.type));
            QCOMPARE(outcome.conflict->kind, QStringLiteral("unknown_customer"));
            QCOMPARE(outcome.conflict->customerUuid, uuid);
            QCOMPARE(snapshot(c.b), before);
            QCOMPARE(appliedCount(c.b, e.uuid), qint64(1)); // recorded as applied
            TAKE(again, applyOne(c.b, e));
            QVERIFY(again.alreadyApplied);
            QVERIFY(!again.conflict);
        }
        QCOMPARE(customerOn(c.b, uuid), qint64(0));
    }

    void withdrawnProgramIsNotAccepted()
    {
        Counters c;
        ASTRO_VERIFY_OK(settle(c.a));
        const qint64 customer = c.a.addCustomer();
        ASTRO_VERIFY_OK(shop(c.a, customer, {line("ANY-1", 3)}, QStringLiteral("stocking up")));
        TAKE(history, take(c.a));
        TAKE(historyOutcomes, applyAll(c.b, history));
        QCOMPARE(conflictsOf(history, historyOutcomes), QStringList());

        // The brand withdraws PRG-DIST; B has the new catalog, A not yet.
        QJsonObject doc = QJsonDocument::fromJson(smallCatalog()).object();
        QJsonArray programs = doc.value(QStringLiteral("programs")).toArray();
        bool found = false;
        for (qsizetype i = 0; i < programs.size(); ++i) {
            QJsonObject p = programs[i].toObject();
            if (p.value(QStringLiteral("id")).toString() == QLatin1String("PRG-DIST")) {
                p.insert(QStringLiteral("active"), false);
                programs[i] = p;
                found = true;
            }
        }
        QVERIFY(found);
        doc.insert(QStringLiteral("programs"), programs);
        c.b.importCatalog(QJsonDocument(doc).toJson(QJsonDocument::Compact));
        TAKE(program, c.b->catalog().program(QStringLiteral("PRG-DIST")));
        QVERIFY(program.has_value());
        QVERIFY(!program->active);
        const qint64 eventsOnB = eventCount(c.b);

        TAKE(redemption, redeem(c.a, customer, "CRD-ANY", "ANY-2"));
        TAKE(events, take(c.a));
        QCOMPARE(int(events.size()), 1);
        TAKE(outcome, applyOne(c.b, events.front()));
        QVERIFY(!outcome.alreadyApplied);
        QVERIFY(outcome.conflict.has_value());
        QCOMPARE(outcome.conflict->kind, QStringLiteral("program_not_accepted"));
        QCOMPARE(outcome.conflict->customerUuid, uuidOf(c.a, customer));
        // Still on record: nothing is dropped.
        QCOMPARE(redemptionField(c.b, redemption.uuid, "program_id"), QStringLiteral("PRG-DIST"));
        QCOMPARE(eventCount(c.b), eventsOnB);

        // A punch on the withdrawn program is flagged the same way.
        ASTRO_VERIFY_OK(shop(c.a, customer, {line("ANY-3")}));
        TAKE(scanEvents, take(c.a));
        TAKE(scanOutcomes, applyAll(c.b, scanEvents));
        QCOMPARE(conflictsOf(scanEvents, scanOutcomes),
                 QStringList{QStringLiteral("scan.added: program_not_accepted")});
    }

    void flaggedConflictIsKeptForManagers()
    {
        TestStore b;
        ready(b);
        const qint64 customer = b.addCustomer(QStringLiteral("Hélène"), QStringLiteral("Côté"));
        const qint64 eventsOnB = eventCount(b);
        sync::ConflictLog log(b.store());
        QCOMPARE(*log.openCount(), qint64(0));

        Event flagged;
        flagged.uuid = text::newUuid();
        flagged.deviceId = QStringLiteral("server");
        flagged.at = b->now();
        flagged.type = QStringLiteral("conflict.flagged");
        const QString conflictUuid = text::newUuid();
        const QString eventUuid = text::newUuid();
        flagged.payload = QJsonObject{
            {QStringLiteral("conflict"), conflictUuid},
            {QStringLiteral("event"), eventUuid},
            {QStringLiteral("kind"), QStringLiteral("double_redemption")},
            {QStringLiteral("message"), QStringLiteral("The same reward was redeemed twice.")},
            {QStringLiteral("customer"), uuidOf(b, customer)}};
        TAKE(outcome, applyOne(b, flagged));
        QVERIFY(!outcome.alreadyApplied);
        QVERIFY(!outcome.conflict);

        TAKE(open, log.list(true));
        QCOMPARE(int(open.size()), 1);
        QCOMPARE(open.front().kind, QStringLiteral("double_redemption"));
        QCOMPARE(open.front().message, QStringLiteral("The same reward was redeemed twice."));
        QCOMPARE(open.front().eventUuid, eventUuid);
        QCOMPARE(open.front().customerUuid, uuidOf(b, customer));
        QCOMPARE(open.front().customerName, QStringLiteral("Hélène Côté"));
        QCOMPARE(open.front().at, b->now());
        QVERIFY(!open.front().resolved());
        QCOMPARE(*log.openCount(), qint64(1));

        // The same event again, or the same conflict published again: still one.
        TAKE(again, applyOne(b, flagged));
        QVERIFY(again.alreadyApplied);
        Event republished = flagged;
        republished.uuid = text::newUuid();
        TAKE(republishedOutcome, applyOne(b, republished));
        QVERIFY(!republishedOutcome.alreadyApplied);
        QCOMPARE(*log.openCount(), qint64(1));
        QCOMPARE(eventCount(b), eventsOnB);
    }

    // The server's order decides enrollment: another counter's older change never replaces one
    // made here; a newer one does, and managers here are told.
    void enrollmentFollowsTheServersOrder()
    {
        Counters c;
        ASTRO_VERIFY_OK(settle(c.a));
        const QString loc = QStringLiteral("LOC-A");
        const QString program = QStringLiteral("PRG-HOLD");
        auto accountOn = [&](TestStore& ts) {
            auto e = ts->enrollment().get(loc, program);
            return e && e->has_value() ? (*e)->accountNumber : QString();
        };
        ASTRO_VERIFY_OK(c.a->enrollment().set(c.a.manager(), loc, program,
                                              QStringLiteral("DST-NOACCOUNT"),
                                              QStringLiteral("FROM-A")));
        TAKE(fromA, take(c.a));
        QCOMPARE(int(fromA.size()), 1);
        Event theirs = fromA.front();
        ASTRO_VERIFY_OK(c.b->enrollment().set(c.b.manager(), loc, program,
                                              QStringLiteral("DST-NOACCOUNT"),
                                              QStringLiteral("FROM-B")));

        // B's change is not sent yet: it will reach the server after A's, so it stays.
        theirs.seq = 10;
        TAKE(kept, applyOne(c.b, theirs));
        QVERIFY(!kept.conflict);
        QCOMPARE(accountOn(c.b), QStringLiteral("FROM-B"));

        // Sent, the server put B's change at 20: A's at 10 is older and changes nothing.
        TAKE(unsentOnB, c.b->events().unsent(10));
        std::vector<Event> mine;
        std::copy_if(unsentOnB.begin(), unsentOnB.end(), std::back_inserter(mine),
                     [](const Event& e) { return e.type == QLatin1String("enrollment.changed"); });
        QCOMPARE(int(mine.size()), 1);
        {
            Transaction transaction(c.b->db());
            ASTRO_VERIFY_OK(c.b->events().markSentIn({mine.front().uuid}, c.b->now()));
            ASTRO_VERIFY_OK(sync::EnrollmentOrder(c.b.store())
                                .remember(mine, QJsonObject{{mine.front().uuid, 20}}));
            ASTRO_VERIFY_OK(transaction.commit());
        }
        theirs.uuid = text::newUuid();
        TAKE(older, applyOne(c.b, theirs));
        QVERIFY(!older.conflict);
        QCOMPARE(accountOn(c.b), QStringLiteral("FROM-B"));
        sync::ConflictLog log(c.b.store());
        QCOMPARE(*log.openCount(), qint64(0));

        // A newer change from A (30) replaces B's, once, and B's managers see it.
        theirs.uuid = text::newUuid();
        theirs.seq = 30;
        TAKE(newer, applyOne(c.b, theirs));
        QVERIFY(!newer.conflict);
        QCOMPARE(accountOn(c.b), QStringLiteral("FROM-A"));
        TAKE(open, log.list(true));
        QCOMPARE(int(open.size()), 1);
        QCOMPARE(open.front().kind, QStringLiteral("enrollment_overtaken"));
        QVERIFY2(open.front().message.contains(QStringLiteral("FROM-A")),
                 qPrintable(open.front().message));
        theirs.uuid = text::newUuid();
        theirs.seq = 40;
        TAKE(later, applyOne(c.b, theirs));
        QVERIFY(!later.conflict);
        QCOMPARE(*log.openCount(), qint64(1)); // told once: the change made here is gone
    }
};

QTEST_GUILESS_MAIN(TestEventApplierConflicts)
#include "tst_eventapplierconflicts.moc"

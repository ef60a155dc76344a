#include "TestStore.h"

#include "batches/BatchService.h"
#include "customers/CustomerStore.h"
#include "demo/DemoStore.h"
#include "engine/CardService.h"
#include "enrollment/EnrollmentService.h"

#include <QTest>

using namespace astro;
using namespace astro::test;

namespace {

int count(TestStore& t, const char* table)
{
    auto n = t->db().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return n ? n->toInt() : -1;
}

std::optional<Customer> heleneCote(TestStore& t)
{
    auto found = t->customers().find(QStringLiteral("Hélène Côté"), 10);
    if (!found || found->size() != 1)
        return std::nullopt;
    return found->front();
}

} // namespace

class TestDemoStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsIntoAFreshStore()
    {
        TestStore t;
        const QDateTime now = t->now();
        ASTRO_VERIFY_OK(DemoStore::load(t.store()));
        // History was replayed at past dates; the store's clock is back to now.
        QCOMPARE(t->now(), now);

        QCOMPARE(*t->users().count(), qint64(4));
        auto users = t->users().list();
        ASTRO_VERIFY_OK(users);
        int admins = 0;
        for (const User& u : *users)
            if (u.role == Role::Admin)
                ++admins;
        QCOMPARE(admins, 1);
        ASTRO_VERIFY_OK(t->users().authenticate(
            QStringLiteral("Alex Martin"), QStringLiteral("1111"), QStringLiteral("LOC-TORONTO")));

        QVERIFY(count(t, "products") > 0);
        QVERIFY(count(t, "customers") >= 10);
        QVERIFY(count(t, "visits") > 0);
        QVERIFY(count(t, "punches") > 0);
        QVERIFY(count(t, "rewards") > 0);
        QVERIFY(count(t, "redemptions") > 0);
        // Every visit of the history is finished.
        auto open =
            t->db().scalar(QStringLiteral("SELECT count(*) FROM visits WHERE finished_at IS NULL"));
        ASTRO_VERIFY_OK(open);
        QCOMPARE(open->toInt(), 0);
        // Nothing was punched in the future.
        auto future = t->db().scalar(QStringLiteral("SELECT count(*) FROM punches WHERE at > ?"),
                                     {now.toUTC().toString(Qt::ISODateWithMs)});
        ASTRO_VERIFY_OK(future);
        QCOMPARE(future->toInt(), 0);
    }

    void enrollmentsExist()
    {
        TestStore t;
        t.loadDemo();
        auto all = t->enrollment().list();
        ASTRO_VERIFY_OK(all);
        QCOMPARE(all->size(), std::size_t(16));
        auto toronto = t->enrollment().list(QStringLiteral("LOC-TORONTO"));
        ASTRO_VERIFY_OK(toronto);
        QCOMPARE(toronto->size(), std::size_t(8));
        auto northwind =
            t->enrollment().get(QStringLiteral("LOC-TORONTO"), QStringLiteral("PRG-NORTHWIND-FB"));
        ASTRO_VERIFY_OK(northwind);
        QVERIFY(northwind->has_value());
        QCOMPARE((*northwind)->distributorId, QStringLiteral("DST-LAURENTIAN"));
        QCOMPARE((*northwind)->accountNumber, QStringLiteral("LAU-204417"));
        QVERIFY(!(*northwind)->held());
    }

    void mapleRidgeIsHeldInToronto()
    {
        TestStore t;
        t.loadDemo();
        auto held = t->enrollment().held(QStringLiteral("LOC-TORONTO"));
        ASTRO_VERIFY_OK(held);
        QStringList subjects;
        for (const Enrollment& e : *held)
            subjects << e.subjectId;
        QVERIFY2(subjects.contains(QStringLiteral("PRG-MAPLERIDGE-FB")),
                 qPrintable(subjects.join(QLatin1Char(','))));
        auto mapleRidge =
            t->enrollment().get(QStringLiteral("LOC-TORONTO"), QStringLiteral("PRG-MAPLERIDGE-FB"));
        ASTRO_VERIFY_OK(mapleRidge);
        QVERIFY(mapleRidge->has_value());
        QVERIFY((*mapleRidge)->held());
        QCOMPARE((*mapleRidge)->distributorId, Distributor::temporaryHoldingId());
        // Buffalo holds nothing.
        auto buffalo = t->enrollment().held(QStringLiteral("LOC-BUFFALO"));
        ASTRO_VERIFY_OK(buffalo);
        QVERIFY(buffalo->empty());
    }

    void heleneHasARewardWaiting()
    {
        TestStore t;
        t.loadDemo();
        const auto helene = heleneCote(t);
        QVERIFY(helene.has_value());
        QCOMPARE(helene->id, qint64(1));
        QCOMPARE(helene->firstName, QStringLiteral("Hélène"));
        QCOMPARE(helene->lastName, QStringLiteral("Côté"));
        QCOMPARE(helene->phone, QStringLiteral("4165550123"));

        auto cards = t->cards().cardsOf(helene->id);
        ASTRO_VERIFY_OK(cards);
        const CardView* large = nullptr;
        for (const CardView& v : *cards)
            if (v.card.id == QLatin1String("CRD-NW-DOG-KIB-LG"))
                large = &v;
        QVERIFY(large != nullptr);
        QVERIFY(large->rewardsEarned >= 1);
        QVERIFY(!large->openRewards.empty());
        QVERIFY(large->openRewards.front().unitsLeft() > 0);
        QCOMPARE(large->program.id, QStringLiteral("PRG-NORTHWIND-FB"));
        // The reward was earned in the past, not at load time.
        QVERIFY(large->openRewards.front().earnedAt < t->now());
        auto next = t->cards().nextReward(helene->id, QStringLiteral("CRD-NW-DOG-KIB-LG"));
        ASTRO_VERIFY_OK(next);
        QVERIFY(next->has_value());
        QCOMPARE((*next)->id, large->openRewards.front().id);
    }

    void aRetailerBatchHasALine()
    {
        TestStore t;
        t.loadDemo();
        auto batches = t->batches().list();
        ASTRO_VERIFY_OK(batches);
        QVERIFY(!batches->empty());
        const Batch* withLines = nullptr;
        for (const Batch& b : *batches)
            if (b.lineCount > 0)
                withLines = &b;
        QVERIFY(withLines != nullptr);
        auto lines = t->batches().lines(withLines->id);
        ASTRO_VERIFY_OK(lines);
        QCOMPARE(int(lines->size()), withLines->lineCount);
        const BatchLine& line = lines->front();
        QVERIFY(!line.manufacturerName.isEmpty());
        QVERIFY(!line.programTitle.isEmpty());
        QVERIFY(!line.cardTitle.isEmpty());
        QVERIFY(!line.description.isEmpty());
        QVERIFY(!line.customerName.isEmpty());
        QVERIFY(!line.cashierName.isEmpty());
        QVERIFY(!line.locationName.isEmpty());
        QVERIFY(line.quantity > 0);
        QVERIFY(line.redeemedAt.isValid());
        QVERIFY(line.redeemedAt < t->now());

        // The Tiny Paws tracking redemption (retailer fulfilled) is in a Toronto batch.
        bool tinyPaws = false;
        for (const Batch& b : *batches) {
            auto ls = t->batches().lines(b.id);
            ASTRO_VERIFY_OK(ls);
            if (!ls->empty() && b.locationId == QLatin1String("LOC-TORONTO") &&
                b.manufacturerId == QLatin1String("MFG-TINYPAWS"))
                tinyPaws = true;
        }
        QVERIFY(tinyPaws);
    }

    void loadingTwiceIsRefused()
    {
        TestStore t;
        t.loadDemo();
        const int customers = count(t, "customers");
        const int visits = count(t, "visits");
        const int events = count(t, "events");
        const Status again = DemoStore::load(t.store());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(*t->users().count(), qint64(4));
        QCOMPARE(count(t, "customers"), customers);
        QCOMPARE(count(t, "visits"), visits);
        QCOMPARE(count(t, "events"), events);
    }

    void refusedWhenTheStoreHasUsers()
    {
        TestStore t;
        t.admin();
        const Status refused = DemoStore::load(t.store());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(count(t, "products"), 0);
        QCOMPARE(count(t, "customers"), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoStore)
#include "tst_demostore.moc"

// The back office's totals per day (storage/DailyTotals): after every kind of change — scans,
// part and whole voids, rewards taken back, redemptions given and undone, credits marked,
// Temporary Holding left, customers merged — each table holds exactly what the history adds up
// to; reads through them equal reads of the history alone, for periods that do and do not
// start on a UTC midnight; and a store made before them gets them built.
#include "TestStore.h"

#include "common/Text.h"
#include "credits/CreditQueries.h"
#include "credits/CreditService.h"
#include "customers/CustomerStore.h"
#include "engine/OfferService.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "enrollment/EnrollmentService.h"
#include "reports/ReportService.h"
#include "storage/Database.h"

#include <QTest>

using namespace astro;
using namespace astro::test;

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

// Each totals table as it is, and the history added up the same way, written here from the
// history's own meaning (not from DailyTotals' code): what counts, by UTC day.
struct Table
{
    const char* name;
    const char* held;
    const char* fromHistory;
};

const Table tables[] = {
    {"punch_days", "SELECT day, location_id, program_id, units FROM punch_days WHERE units <> 0",
     "SELECT substr(pu.at, 1, 10), s.location_id, c.program_id, sum(pu.quantity) FROM punches pu "
     "JOIN scans s ON s.id = pu.scan_id JOIN program_cards c ON c.id = pu.card_id WHERE "
     "pu.voided = 0 AND s.voided_at IS NULL GROUP BY 1, 2, 3"},
    {"reward_days",
     "SELECT day, location_id, program_id, rewards FROM reward_days WHERE rewards <> 0",
     "SELECT substr(w.earned_at, 1, 10), (SELECT s.location_id FROM punches pu JOIN scans s ON "
     "s.id = pu.scan_id WHERE pu.customer_id = w.customer_id AND pu.card_id = w.card_id AND "
     "pu.at = w.earned_at ORDER BY pu.id LIMIT 1), c.program_id, count(*) FROM rewards w JOIN "
     "program_cards c ON c.id = w.card_id WHERE w.voided_at IS NULL GROUP BY 1, 2, 3"},
    {"redemption_days",
     "SELECT day, location_id, program_id, manufacturer_id, offer, distributor_id, "
     "credit_status, redemptions, units, cost_cents FROM redemption_days WHERE redemptions <> 0",
     "SELECT substr(at, 1, 10), location_id, program_id, manufacturer_id, offer_id IS NOT NULL "
     "AND offer_id <> '', coalesce(distributor_id, ''), credit_status, count(*), sum(quantity), "
     "sum(cost_cents) FROM redemptions WHERE undone_at IS NULL GROUP BY 1, 2, 3, 4, 5, 6, 7"},
};

QStringList rowsOf(Database& db, const char* sql)
{
    QStringList out;
    auto rows = db.select(QLatin1String(sql));
    if (!rows)
        qFatal("%s", qPrintable(rows.error().message));
    for (const Row& r : *rows) {
        QStringList cells;
        for (const QVariant& v : r)
            cells << v.toString();
        out << cells.join(QLatin1Char('|'));
    }
    out.sort();
    return out;
}

void verifyTotals(Database& db)
{
    for (const Table& t : tables) {
        const QStringList held = rowsOf(db, t.held);
        QVERIFY2(!held.isEmpty(), t.name);
        QCOMPARE(held, rowsOf(db, t.fromHistory));
    }
}

Redemption redeem(TestStore& ts, const Actor& who, qint64 customer, qint64 visitId,
                  const char* card, const char* item)
{
    RedeemRequest r;
    r.customerId = customer;
    r.cardId = QLatin1String(card);
    r.code = upc(item);
    r.visitId = visitId;
    auto done = ts->redemptions().redeem(who, r);
    if (!done)
        qFatal("redeem refused: %s", qPrintable(done.error().message));
    return *done;
}

ScanOutcome scan(TestStore& ts, const Actor& who, qint64 visitId, const char* item, int units)
{
    auto out = ts->visits().scan(who, visitId, line(item, units));
    if (!out)
        qFatal("scan refused: %s", qPrintable(out.error().message));
    return *out;
}

// Two locations, days around UTC and Toronto midnights, and every change the history knows.
void fill(TestStore& ts)
{
    ready(ts);
    const Actor a = ts.cashier(QStringLiteral("LOC-A"));
    const Actor b = ts.cashier(QStringLiteral("LOC-B"));
    const Actor manager = ts.manager();
    const qint64 pat = ts.addCustomer(QStringLiteral("Pat"), QStringLiteral("Alpha"));
    const qint64 twin = ts.addCustomer(QStringLiteral("Pat"), QStringLiteral("Alpha Twin"));
    const qint64 sam = ts.addCustomer(QStringLiteral("Sam"), QStringLiteral("Bravo"));

    ts.clock().set(utc(11, 14, 15));
    auto v1 = ts->visits().open(a, pat);
    QVERIFY(v1.ok());
    scan(ts, a, v1->id, "ANY-1", 3);
    const Redemption given = redeem(ts, a, pat, v1->id, "CRD-ANY", "ANY-3");
    scan(ts, a, v1->id, "HOLD-1", 2);
    const Redemption held = redeem(ts, a, pat, v1->id, "CRD-HOLD", "HOLD-1");
    scan(ts, a, v1->id, "BOGO-1", 1);
    auto offer =
        ts->offers().redeem(a, v1->id, QStringLiteral("OFR-BOGO"), upc("BOGO-1"), QString());
    QVERIFY(offer.ok());

    ts.clock().set(utc(11, 15, 23, 30)); // 18:30 in Toronto
    auto v2 = ts->visits().open(b, twin);
    QVERIFY(v2.ok());
    const ScanOutcome five = scan(ts, b, v2->id, "ANY-1", 5);
    ASTRO_VERIFY_OK(ts->visits().reduceScan(ts.admin(QStringLiteral("LOC-B")), five.scanId, 2));

    ts.clock().set(utc(11, 16, 4, 30)); // 23:30 on Nov 15 in Toronto
    auto v3 = ts->visits().open(a, sam);
    QVERIFY(v3.ok());
    const ScanOutcome completing = scan(ts, a, v3->id, "ANY-1", 3); // completes a card...
    ASTRO_VERIFY_OK(ts->visits().voidScan(a, completing.scanId));   // ... taken back
    scan(ts, a, v3->id, "PP-1", 3);
    redeem(ts, a, sam, v3->id, "CRD-PRIOR", "PP-1"); // a retailer batch line, not a credit
    scan(ts, a, v3->id, "ANY-1", 3);
    const Redemption toUndo = redeem(ts, a, sam, v3->id, "CRD-ANY", "ANY-1");
    ASTRO_VERIFY_OK(ts->redemptions().undo(a, toUndo.id, UndoMode::RemoveOnly));

    ts.clock().set(utc(11, 17, 0, 10));
    ASTRO_VERIFY_OK(ts->credits().markCredited(manager, given.id));
    ASTRO_VERIFY_OK(ts->credits().markReconciled(manager, given.id));
    ASTRO_VERIFY_OK(ts->credits().markCredited(manager, offer->id));
    ASTRO_VERIFY_OK(ts->credits().markDeclined(manager, offer->id, QStringLiteral("no account")));
    // Leaving Temporary Holding sends the held credit to a distributor.
    TAKE(eligible, ts->enrollment().eligibleDistributors(QStringLiteral("LOC-A"),
                                                         QStringLiteral("PRG-HOLD")));
    QString distributor;
    for (const Distributor& d : eligible)
        if (d.id != Distributor::temporaryHoldingId())
            distributor = d.id;
    QVERIFY(!distributor.isEmpty());
    TAKE(released,
         ts->enrollment().set(manager, QStringLiteral("LOC-A"), QStringLiteral("PRG-HOLD"),
                              distributor, QStringLiteral("ACCT-9")));
    QCOMPARE(released, 1);
    Q_UNUSED(held);
    // The twin's history joins Pat's: its punches complete Pat's card.
    ASTRO_VERIFY_OK(ts->customers().merge(manager, pat, twin));
}

// Participation as one line per program, for comparing.
QStringList lines(const std::vector<ProgramParticipation>& rows)
{
    QStringList out;
    for (const ProgramParticipation& p : rows)
        out << QStringLiteral("%1 punched %2 completed %3 redeemed %4/%5 cost %6")
                   .arg(p.programId)
                   .arg(p.punchedUnits)
                   .arg(p.cardsCompleted)
                   .arg(p.rewardsRedeemed)
                   .arg(p.redeemedUnits)
                   .arg(p.redemptionCost.cents);
    return out;
}

// The local midnights that bound a period, as UTC instants.
QVariantList bounds(const ReportPeriod& p)
{
    return {text::isoUtc(p.from.startOfDay()), text::isoUtc(p.to.addDays(1).startOfDay()),
            p.locationId, p.locationId};
}

// Participation added up from the history rows alone, one line per program as lines() writes.
QStringList participationFromHistory(Database& db, const ReportPeriod& p)
{
    const QString sql = QStringLiteral(
        "SELECT id, (SELECT coalesce(sum(pu.quantity), 0) FROM punches pu JOIN scans s ON s.id = "
        "pu.scan_id JOIN program_cards c ON c.id = pu.card_id WHERE c.program_id = x.id AND "
        "pu.voided = 0 AND s.voided_at IS NULL AND pu.at >= :from AND pu.at < :to AND (:loc = '' "
        "OR s.location_id = :loc)), (SELECT count(*) FROM rewards w JOIN program_cards c ON c.id "
        "= w.card_id WHERE c.program_id = x.id AND w.voided_at IS NULL AND w.earned_at >= :from "
        "AND w.earned_at < :to AND (:loc = '' OR (SELECT s.location_id FROM punches pu JOIN "
        "scans s ON s.id = pu.scan_id WHERE pu.customer_id = w.customer_id AND pu.card_id = "
        "w.card_id AND pu.at = w.earned_at ORDER BY pu.id LIMIT 1) = :loc)), (SELECT count(*) "
        "FROM redemptions r WHERE r.program_id = x.id AND r.undone_at IS NULL AND r.at >= :from "
        "AND r.at < :to AND (:loc = '' OR r.location_id = :loc)), (SELECT "
        "coalesce(sum(quantity), 0) FROM redemptions r WHERE r.program_id = x.id AND "
        "r.undone_at IS NULL AND r.at >= :from AND r.at < :to AND (:loc = '' OR r.location_id "
        "= :loc)), (SELECT coalesce(sum(cost_cents), 0) FROM redemptions r WHERE r.program_id = "
        "x.id AND r.undone_at IS NULL AND r.at >= :from AND r.at < :to AND (:loc = '' OR "
        "r.location_id = :loc)) FROM (SELECT id, title FROM programs UNION ALL SELECT id, title "
        "FROM offers) x ORDER BY x.title, x.id");
    const QVariantList b = bounds(p);
    QString bound = sql;
    bound.replace(QStringLiteral(":from"), QLatin1Char('\'') + b[0].toString() + QLatin1Char('\''))
        .replace(QStringLiteral(":to"), QLatin1Char('\'') + b[1].toString() + QLatin1Char('\''))
        .replace(QStringLiteral(":loc"), QLatin1Char('\'') + p.locationId + QLatin1Char('\''));
    QStringList out;
    auto rows = db.select(bound);
    if (!rows)
        qFatal("%s", qPrintable(rows.error().message));
    for (const Row& r : *rows) {
        if (r[1].toLongLong() == 0 && r[2].toLongLong() == 0 && r[3].toLongLong() == 0)
            continue;
        out << QStringLiteral("%1 punched %2 completed %3 redeemed %4/%5 cost %6")
                   .arg(r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(),
                        r[4].toString(), r[5].toString());
    }
    return out;
}

// Credits added up from the redemption rows alone, as the test writes a group.
QStringList creditsFromHistory(Database& db, const ReportPeriod& p)
{
    auto rows = db.select(
        QStringLiteral(
            "SELECT coalesce(distributor_id, '') || '/' || manufacturer_id || ' ' || count(*) || "
            "' ' || (sum(credit_status = 'credited') + 10 * sum(credit_status = 'reconciled') + "
            "100 * sum(credit_status = 'declined') + 1000 * sum(credit_status = 'uncredited')) "
            "|| ' ' || sum(quantity) || ' ' || sum(cost_cents) FROM redemptions WHERE undone_at "
            "IS NULL AND credit_status <> 'batched' AND at >= ? AND at < ? AND (? = '' OR "
            "location_id = ?) GROUP BY coalesce(distributor_id, ''), manufacturer_id"),
        bounds(p));
    if (!rows)
        qFatal("%s", qPrintable(rows.error().message));
    QStringList out;
    for (const Row& r : *rows)
        out << r[0].toString();
    out.sort();
    return out;
}

} // namespace

class TestDailyTotals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qgetenv("TZ") == "America/Toronto", "run with TZ=America/Toronto");
    }

    void everyChangeKeepsTheTotals()
    {
        TestStore ts;
        fill(ts);
        if (QTest::currentTestFailed())
            return;
        verifyTotals(ts->db());
    }

    // Participation and credits read through the totals equal the same reads of the history
    // alone, for periods that start and end on local midnights (05:00 UTC in November).
    void readsThroughTheTotalsEqualTheHistory()
    {
        TestStore ts;
        fill(ts);
        if (QTest::currentTestFailed())
            return;
        const QList<ReportPeriod> periods{
            {QDate(2026, 11, 14), QDate(2026, 11, 14), {}},
            {QDate(2026, 11, 15), QDate(2026, 11, 15), {}},
            {QDate(2026, 11, 15), QDate(2026, 11, 16), QStringLiteral("LOC-A")},
            {QDate(2026, 11, 14), QDate(2026, 11, 17), QStringLiteral("LOC-B")},
            {QDate(2026, 11, 1), QDate(2026, 11, 30), {}},
            {QDate(2026, 11, 1), QDate(2026, 11, 30), QStringLiteral("LOC-A")},
        };
        ReportService reports(ts.store());
        CreditQueries credits(ts->db());
        int programsSeen = 0;
        for (const ReportPeriod& p : periods) {
            TAKE(rows, reports.participation(p));
            QCOMPARE(lines(rows), participationFromHistory(ts->db(), p));
            programsSeen += int(rows.size());

            CreditQuery q;
            q.from = p.from;
            q.to = p.to;
            q.locationId = p.locationId;
            TAKE(groups, credits.groups(q));
            QStringList g;
            int all = 0;
            for (const CreditGroup& c : groups) {
                g << QStringLiteral("%1/%2 %3 %4 %5 %6")
                         .arg(c.distributorId, c.manufacturerId)
                         .arg(c.counts.all())
                         .arg(c.counts.credited + 10 * c.counts.reconciled +
                              100 * c.counts.declined + 1000 * c.counts.uncredited)
                         .arg(c.quantity)
                         .arg(c.total.cents);
                all += c.counts.all();
            }
            g.sort();
            QCOMPARE(g, creditsFromHistory(ts->db(), p));
            TAKE(count, credits.count(q));
            QCOMPARE(count, all);
        }
        QVERIFY(programsSeen > 6);
    }

    // A store made before the totals existed gets them built from its history when it opens.
    void anOlderStoreGetsItsTotalsBuilt()
    {
        TestStore ts;
        fill(ts);
        if (QTest::currentTestFailed())
            return;
        const QString path = ts.path();
        ts.close();
        QCOMPARE(schema7(path), 10); // the triggers taken away with their tables
        TAKE(reopened, Database::open(path));
        verifyTotals(*reopened);
    }
};

QTEST_GUILESS_MAIN(TestDailyTotals)
#include "tst_dailytotals.moc"

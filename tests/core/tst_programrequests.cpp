// Tracking-program requests: the form's checks, saving and listing, who may ask, and the help
// desk's answer arriving through the sync.
#include "TestStore.h"

#include "common/Text.h"
#include "programs/ProgramRequestService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "sync/EventApplier.h"

#include <QJsonArray>
#include <QTest>

using namespace astro;
using namespace astro::test;

namespace {

// A request the help desk can act on.
ProgramRequest complete()
{
    ProgramRequest r;
    r.brands = {QStringLiteral("Acana"), QStringLiteral("Orijen")};
    r.parentCompany = QStringLiteral("Champion Petfoods");
    r.itemTypes = {QStringLiteral("kibble"), QStringLiteral("freeze_dried")};
    r.buy = 12;
    r.get = 1;
    r.categorizeBy = {QStringLiteral("species"), QStringLiteral("weight")};
    r.buildOption = QStringLiteral("B");
    r.rule = RewardRule::LeastValue;
    r.timeLimitMonths = 12;
    r.distributor = QStringLiteral("Laurentian Pet Supply");
    r.repName = QStringLiteral("Dana Leblanc");
    r.repEmail = QStringLiteral("Dana.Leblanc@example.com ");
    r.repPhone = QStringLiteral("(514) 555-0142");
    r.notes = QStringLiteral("Both brands on one card, please.");
    return r;
}

Event updated(const QString& request, const QString& state, const QString& ticket,
              const QString& answer)
{
    Event e;
    e.uuid = text::newUuid();
    e.deviceId = QStringLiteral("server");
    e.type = QStringLiteral("program_request.updated");
    e.at = QDateTime(QDate(2026, 11, 17), QTime(10, 0), Qt::UTC);
    e.payload = QJsonObject{{QStringLiteral("request"), request},
                            {QStringLiteral("state"), state},
                            {QStringLiteral("ticket"), ticket},
                            {QStringLiteral("answer"), answer}};
    return e;
}

} // namespace

class TestProgramRequests : public QObject
{
    Q_OBJECT

private slots:
    void aCompleteRequestIsValid()
    {
        QCOMPARE(ProgramRequestService::problems(complete()), QStringList());
        ASTRO_VERIFY_OK(ProgramRequestService::validate(complete()));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("no brand") << 0 << QStringLiteral("Enter at least one brand.");
        QTest::newRow("no parent") << 1 << QStringLiteral("Enter the parent company");
        QTest::newRow("no item type") << 2 << QStringLiteral("at least one type of item");
        QTest::newRow("buy 0") << 3 << QStringLiteral("must buy at least 1");
        QTest::newRow("get 0") << 4 << QStringLiteral("must get at least 1");
        QTest::newRow("no option") << 5 << QStringLiteral("build option");
        QTest::newRow("time limit 37") << 6 << QStringLiteral("0 to 36 months");
        QTest::newRow("negative time limit") << 7 << QStringLiteral("0 to 36 months");
        QTest::newRow("bad email") << 8 << QStringLiteral("is not an email address");
        QTest::newRow("no rep contact") << 9 << QStringLiteral("email or phone");
        QTest::newRow("no rep") << 10 << QStringLiteral("brand rep's name");
        QTest::newRow("discount 0") << 11 << QStringLiteral("1% to 99%");
        QTest::newRow("same size") << 12 << QStringLiteral("Least Value, Most Frequent");
        QTest::newRow("distributor fulfilled") << 13 << QStringLiteral("always Retailer");
        QTest::newRow("short phone") << 14 << QStringLiteral("is not a phone number");
        QTest::newRow("unknown item type") << 15 << QStringLiteral("is not a type of item");
    }

    void refusals()
    {
        QFETCH(int, which);
        QFETCH(QString, message);
        ProgramRequest r = complete();
        switch (which) {
        case 0:
            r.brands = {QStringLiteral("  ")};
            break;
        case 1:
            r.parentCompany.clear();
            break;
        case 2:
            r.itemTypes.clear();
            break;
        case 3:
            r.buy = 0;
            break;
        case 4:
            r.get = 0;
            break;
        case 5:
            r.buildOption = QStringLiteral("E");
            break;
        case 6:
            r.timeLimitMonths = 37;
            break;
        case 7:
            r.timeLimitMonths = -1;
            break;
        case 8:
            r.repEmail = QStringLiteral("dana@example");
            break;
        case 9:
            r.repEmail.clear();
            r.repPhone.clear();
            break;
        case 10:
            r.repName = QStringLiteral(" ");
            break;
        case 11:
            r.offerType = ProgramRequest::OfferType::Discount;
            r.discountPercent = 0;
            break;
        case 12:
            r.rule = RewardRule::SameSize;
            break;
        case 13:
            r.fulfillment = Fulfillment::Distributor;
            break;
        case 14:
            r.repPhone = QStringLiteral("555-0142");
            break;
        case 15:
            r.itemTypes << QStringLiteral("hay");
            break;
        }
        const QStringList found = ProgramRequestService::problems(r);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.front().contains(message), qPrintable(found.front()));
        const Status status = ProgramRequestService::validate(r);
        QVERIFY(!status);
        QCOMPARE(status.error().code, ErrorCode::Invalid);

        // Nothing is saved for a refused request.
        TestStore ts;
        ProgramRequestService service(ts.store());
        QVERIFY(!service.submit(ts.manager(), r));
        QCOMPARE(*service.count(), 0);
    }

    void everyProblemIsListed()
    {
        const QStringList found = ProgramRequestService::problems(ProgramRequest());
        // Brands, parent company, item types, X, build option, rep name and rep contact.
        QCOMPARE(found.size(), 7);
    }

    void aManagerSubmitsAndTheRequestIsQueued()
    {
        TestStore ts;
        ProgramRequestService service(ts.store());
        const Actor manager = ts.manager(QStringLiteral("LOC-A"));
        const qint64 eventsBefore = *ts->events().unsentCount();
        TAKE(record, service.submit(manager, complete()));
        QVERIFY(!record.request.uuid.isEmpty());
        QCOMPARE(record.state, QStringLiteral("pending"));
        QVERIFY(!record.sent());
        QCOMPARE(record.request.repEmail, QStringLiteral("dana.leblanc@example.com"));
        QCOMPARE(record.request.locationId, QStringLiteral("LOC-A"));
        QCOMPARE(record.request.fulfillment, Fulfillment::Retailer);

        TAKE(found, service.get(record.request.uuid));
        QVERIFY(found.has_value());
        QCOMPARE(found->request.brands,
                 QStringList({QStringLiteral("Acana"), QStringLiteral("Orijen")}));
        QCOMPARE(found->request.parentCompany, QStringLiteral("Champion Petfoods"));
        QCOMPARE(found->request.itemTypes, complete().itemTypes);
        QCOMPARE(found->request.buy, 12);
        QCOMPARE(found->request.get, 1);
        QCOMPARE(found->request.categorizeBy, complete().categorizeBy);
        QCOMPARE(found->request.buildOption, QStringLiteral("B"));
        QCOMPARE(found->request.rule, RewardRule::LeastValue);
        QCOMPARE(found->request.timeLimitMonths, 12);
        QCOMPARE(found->request.distributor, QStringLiteral("Laurentian Pet Supply"));
        QCOMPARE(found->request.repName, QStringLiteral("Dana Leblanc"));
        QCOMPARE(found->request.repPhone, QStringLiteral("(514) 555-0142"));
        QCOMPARE(found->request.notes, QStringLiteral("Both brands on one card, please."));
        QCOMPARE(found->createdBy, QStringLiteral("Test Manager"));
        QCOMPARE(found->createdAt, ts->now());

        // Queued for the server: the request itself and its event.
        TAKE(unsent, service.unsent(10));
        QCOMPARE(int(unsent.size()), 1);
        QCOMPARE(*ts->events().unsentCount(), eventsBefore + 1);
        TAKE(events, ts->events().recent(1, QStringLiteral("program_request.")));
        QCOMPARE(events.front().type, QStringLiteral("program_request.added"));
        QCOMPARE(events.front().payload.value(QStringLiteral("request")).toString(),
                 record.request.uuid);
        QCOMPARE(events.front().payload.value(QStringLiteral("brands")).toString(),
                 QStringLiteral("Acana, Orijen"));
        // Astro has no public endpoint for it: it goes to the store's other counters only.
        QVERIFY(!EventLog::hasPublicCall(events.front().type));
        // And audited.
        TAKE(audited, ts->db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                     "subject = ? AND new_value = ?"),
                                      {QStringLiteral("program_request:") + record.request.uuid,
                                       QStringLiteral("Acana, Orijen")}));
        QCOMPARE(audited.toInt(), 1);
    }

    void theListIsNewestFirstAndPaged()
    {
        TestStore ts;
        ProgramRequestService service(ts.store());
        for (int i = 0; i < 5; ++i) {
            ProgramRequest r = complete();
            r.brands = {QStringLiteral("Brand %1").arg(i)};
            ASTRO_VERIFY_OK(service.submit(ts.admin(), r));
            ts.clock().advance(60);
        }
        QCOMPARE(*service.count(), 5);
        TAKE(first, service.list(2));
        QCOMPARE(int(first.size()), 2);
        QCOMPARE(first[0].request.brands.front(), QStringLiteral("Brand 4"));
        QCOMPARE(first[1].request.brands.front(), QStringLiteral("Brand 3"));
        TAKE(last, service.list(2, 4));
        QCOMPARE(int(last.size()), 1);
        QCOMPARE(last[0].request.brands.front(), QStringLiteral("Brand 0"));
        TAKE(missing, service.get(QStringLiteral("no-such-request")));
        QVERIFY(!missing.has_value());
    }

    void aCashierMayNotRequest()
    {
        TestStore ts;
        ProgramRequestService service(ts.store());
        auto refused = service.submit(ts.cashier(), complete());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        QCOMPARE(*service.count(), 0);
        TAKE(events, ts->events().recent(5, QStringLiteral("program_request.")));
        QVERIFY(events.empty());
    }

    void theServersAnswersAreStored()
    {
        TestStore ts;
        ProgramRequestService service(ts.store());
        TAKE(record, service.submit(ts.manager(), complete()));
        const QString uuid = record.request.uuid;

        ASTRO_VERIFY_OK(service.markSent(uuid, QStringLiteral("received"),
                                         QStringLiteral("HD-1001"), ts->now()));
        TAKE(unsent, service.unsent(10));
        QVERIFY(unsent.empty());
        TAKE(received, service.get(uuid));
        QCOMPARE(received->state, QStringLiteral("received"));
        QCOMPARE(received->ticket, QStringLiteral("HD-1001"));
        QVERIFY(received->sent());

        // The help desk's answer comes back as a server event.
        sync::EventApplier applier(ts.store());
        {
            Transaction transaction(ts->db());
            TAKE(outcome, applier.apply(updated(uuid, QStringLiteral("answered"), QString(),
                                                QStringLiteral("Built as PRG-ACANA-TRK."))));
            QVERIFY(!outcome.alreadyApplied);
            QVERIFY(!outcome.conflict);
            ASTRO_VERIFY_OK(transaction.commit());
        }
        TAKE(answered, service.get(uuid));
        QCOMPARE(answered->state, QStringLiteral("answered"));
        QCOMPARE(answered->ticket, QStringLiteral("HD-1001")); // kept: the event named none
        QCOMPARE(answered->answer, QStringLiteral("Built as PRG-ACANA-TRK."));
        QCOMPARE(ProgramRequestService::stateLabel(answered->state), QStringLiteral("Answered"));
    }

    void anAnswerBeforeTheConfirmationMarksTheRequestSent()
    {
        TestStore ts;
        ProgramRequestService service(ts.store());
        TAKE(record, service.submit(ts.manager(), complete()));
        sync::EventApplier applier(ts.store());
        Transaction transaction(ts->db());
        ASTRO_VERIFY_OK(applier.apply(updated(record.request.uuid, QStringLiteral("received"),
                                              QStringLiteral("HD-2001"), QString())));
        // An answer for a request this counter does not have changes nothing.
        ASTRO_VERIFY_OK(
            applier.apply(updated(QStringLiteral("elsewhere"), QStringLiteral("answered"),
                                  QStringLiteral("HD-9"), QStringLiteral("x"))));
        ASTRO_VERIFY_OK(transaction.commit());
        TAKE(found, service.get(record.request.uuid));
        QCOMPARE(found->ticket, QStringLiteral("HD-2001"));
        QVERIFY(found->sent());
        TAKE(unsent, service.unsent(10));
        QVERIFY(unsent.empty());
        QCOMPARE(*service.count(), 1);
    }

    void theBodyForTheServerHasEveryField()
    {
        ProgramRequest r = complete();
        r.uuid = QStringLiteral("u-1");
        r.offerType = ProgramRequest::OfferType::Discount;
        r.discountPercent = 50;
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value(QStringLiteral("request")).toString(), QStringLiteral("u-1"));
        for (const char* key :
             {"brands", "parent_company", "item_types", "offer_type", "buy", "get",
              "discount_percent", "categorize_by", "build_option", "rule", "time_limit_months",
              "fulfillment", "distributor", "rep_name", "rep_email", "rep_phone", "notes"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("fulfillment")).toString(), QStringLiteral("retailer"));
        QCOMPARE(o.value(QStringLiteral("rule")).toString(), QStringLiteral("least_value"));
        const ProgramRequest back = ProgramRequest::fromJson(o);
        QCOMPARE(back.offerType, ProgramRequest::OfferType::Discount);
        QCOMPARE(back.discountPercent, 50);
        QCOMPARE(back.brands, r.brands);
        QCOMPARE(ProgramRequestService::offerText(back),
                 QStringLiteral("Buy 12, get 1 at 50% off"));
    }
};

QTEST_GUILESS_MAIN(TestProgramRequests)
#include "tst_programrequests.moc"

// The counter's codec of Astro's public API: the request bodies PublicCallWriter builds and the
// answers PublicAnswerReader reads, checked with domain.md §7's own example exchange. Bodies are
// compared as whole objects, so that a field too many or too few fails.
#include "domain/Gtin.h"
#include "sync/PublicAnswerReader.h"
#include "sync/PublicCallWriter.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTime>
#include <QTimeZone>

using namespace astro::sync;

namespace {

const QString customerId = u"6c1e…-POS"_qs; // §7's customerID

// The JSON value of `text` (an object or an array); undefined when it is not JSON.
QJsonValue json(const char* text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// Mid-day on a local date: the same date wherever the sale's instant is read.
QDateTime midDay(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0));
}

// A customer.added or customer.updated payload; a null phone or email is left out.
QJsonObject payload(const char* phone, const char* email)
{
    QJsonObject p{{u"customer"_qs, customerId},
                  {u"first_name"_qs, u"Hélène"_qs},
                  {u"last_name"_qs, u"Côté"_qs}};
    if (phone)
        p.insert(u"phone"_qs, QString::fromUtf8(phone));
    if (email)
        p.insert(u"email"_qs, QString::fromUtf8(email));
    return p;
}

// §7's answer to the addTransactionBatch of TXN-002 and TXN-003, as the server sends it.
const char* const batchAnswer =
    R"({"astro_status":100,"astro_status_message":"Success","returnData":[
  {"transaction_status":100,"transaction_status_message":"Transaction Added","transactionID":"TXN-002",
   "astro_transaction_id":"310645666","astro_program_id":"1209","astro_program_title":"… | Buy 12 Get 1 Free"},
  {"transaction_status":100,"transaction_status_message":"Transaction Added","transactionID":"TXN-003",
   "astro_transaction_id":"310645667","astro_program_id":"1209","astro_program_title":"… | Buy 12 Get 1 Free"}]})";

// §7's answer to the removeTransaction of TXN-003.
const char* const removeAnswer =
    R"({"astro_status":100,"astro_status_message":"Success","returnData":[{"transaction_status":100,
   "transaction_status_message":"Success","transactionID":"TXN-003","astro_transaction_id":"310645667",
   "transactionDeleted":true}]})";

QJsonValue returnData(const char* answer)
{
    return json(answer).toObject().value(u"returnData"_qs);
}

} // namespace

class TestPublicCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Sale dates are local dates: ctest runs the tests in America/Toronto.
    void initTestCase()
    {
        QVERIFY2(qgetenv("TZ") == "America/Toronto", "run with TZ=America/Toronto");
    }

    // ---- PublicCallWriter ----

    void transactionBatchIsSection7sExample()
    {
        const QDateTime at = midDay(2026, 12, 6);
        const QJsonObject body = PublicCallWriter::transactionBatch(
            customerId, {PurchaseLine{u"TXN-002"_qs, u"00084721100287"_qs, 1, at},
                         PurchaseLine{u"TXN-003"_qs, u"00084721100294"_qs, 2, at}});
        const QJsonValue expected = json(R"({"customerID":"6c1e…-POS","transactions":[
  {"transactionID":"TXN-002","item_code":"084721100287","item_qty":"1","item_transaction_date":"2026-12-06"},
  {"transactionID":"TXN-003","item_code":"084721100294","item_qty":"2","item_transaction_date":"2026-12-06"}]})");
        QVERIFY(expected.isObject());
        QCOMPARE(body, expected.toObject());
        // Values as clients send them: strings, a 12-digit UPC.
        const QJsonObject first = body.value(u"transactions"_qs).toArray().at(0).toObject();
        QVERIFY(first.value(u"item_qty"_qs).isString());
        QVERIFY(first.value(u"item_transaction_date"_qs).isString());
        QCOMPARE(first.value(u"item_code"_qs).toString().size(), 12);
    }

    void transactionBatchOfNoLine()
    {
        QCOMPARE(PublicCallWriter::transactionBatch(customerId, {}),
                 (QJsonObject{{u"customerID"_qs, customerId}, {u"transactions"_qs, QJsonArray()}}));
    }

    void itemCodeIsThePrintedForm()
    {
        // UPC-A: 12 digits; EAN-13: 13 digits (Gtin::displayOf drops one leading 0 only).
        QCOMPARE(PublicCallWriter::itemCode(u"00084721100287"_qs), u"084721100287"_qs);
        QCOMPARE(astro::Gtin::displayOf(u"04012345678901"_qs), u"4012345678901"_qs);
        QCOMPARE(PublicCallWriter::itemCode(u"04012345678901"_qs), u"4012345678901"_qs);
        const QJsonObject body = PublicCallWriter::transactionBatch(
            customerId,
            {PurchaseLine{u"TXN-004"_qs, u"04012345678901"_qs, 3, midDay(2026, 12, 6)}});
        QCOMPARE(body,
                 (QJsonObject{
                     {u"customerID"_qs, customerId},
                     {u"transactions"_qs,
                      QJsonArray{QJsonObject{{u"transactionID"_qs, u"TXN-004"_qs},
                                             {u"item_code"_qs, u"4012345678901"_qs},
                                             {u"item_qty"_qs, u"3"_qs},
                                             {u"item_transaction_date"_qs, u"2026-12-06"_qs}}}}}));
    }

    void saleDateIsTheLocalDate_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("date");
        const QTimeZone utc = QTimeZone::utc();
        QTest::newRow("03:30Z is the evening before")
            << QDateTime(QDate(2026, 12, 7), QTime(3, 30), utc) << u"2026-12-06"_qs;
        QTest::newRow("04:59:59Z is 23:59:59 EST")
            << QDateTime(QDate(2026, 12, 7), QTime(4, 59, 59), utc) << u"2026-12-06"_qs;
        QTest::newRow("05:00Z is midnight EST")
            << QDateTime(QDate(2026, 12, 7), QTime(5, 0), utc) << u"2026-12-07"_qs;
        QTest::newRow("03:59Z in summer is 23:59 EDT")
            << QDateTime(QDate(2026, 7, 1), QTime(3, 59), utc) << u"2026-06-30"_qs;
        QTest::newRow("04:00Z in summer is midnight EDT")
            << QDateTime(QDate(2026, 7, 1), QTime(4, 0), utc) << u"2026-07-01"_qs;
        QTest::newRow("local 23:59:59")
            << QDateTime(QDate(2026, 12, 6), QTime(23, 59, 59)) << u"2026-12-06"_qs;
        QTest::newRow("local midnight")
            << QDateTime(QDate(2026, 12, 7), QTime(0, 0)) << u"2026-12-07"_qs;
        QTest::newRow("08:00+09:00 is 18:00 the day before")
            << QDateTime(QDate(2026, 12, 7), QTime(8, 0), QTimeZone(9 * 3600)) << u"2026-12-06"_qs;
    }

    void saleDateIsTheLocalDate()
    {
        QFETCH(QDateTime, at);
        QFETCH(QString, date);
        QCOMPARE(PublicCallWriter::saleDate(at), date);
        const QJsonObject body = PublicCallWriter::transactionBatch(
            customerId, {PurchaseLine{u"TXN-002"_qs, u"00084721100287"_qs, 1, at}});
        QCOMPARE(body.value(u"transactions"_qs)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"item_transaction_date"_qs),
                 QJsonValue(date));
    }

    void removeTransactionIsSection7sExample()
    {
        const QJsonValue expected = json(R"({"customerID":"6c1e…-POS","transactionID":"TXN-003"})");
        QVERIFY(expected.isObject());
        QCOMPARE(PublicCallWriter::removeTransaction(customerId, u"TXN-003"_qs),
                 expected.toObject());
    }

    void addCustomerSendsTheContactItHas()
    {
        QCOMPARE(PublicCallWriter::addCustomer(payload("4165550123", "helene.cote@example.ca")),
                 (QJsonObject{{u"customerID"_qs, customerId},
                              {u"first_name"_qs, u"Hélène"_qs},
                              {u"last_name"_qs, u"Côté"_qs},
                              {u"email_address"_qs, u"helene.cote@example.ca"_qs},
                              {u"phone"_qs, u"4165550123"_qs}}));
        const QJsonObject nameOnly{{u"customerID"_qs, customerId},
                                   {u"first_name"_qs, u"Hélène"_qs},
                                   {u"last_name"_qs, u"Côté"_qs}};
        QCOMPARE(PublicCallWriter::addCustomer(payload(nullptr, nullptr)), nameOnly); // absent
        QCOMPARE(PublicCallWriter::addCustomer(payload("", "")), nameOnly);           // empty
        QJsonObject withPhone = nameOnly;
        withPhone.insert(u"phone"_qs, u"4165550123"_qs);
        QCOMPARE(PublicCallWriter::addCustomer(payload("4165550123", nullptr)), withPhone);
        QJsonObject withEmail = nameOnly;
        withEmail.insert(u"email_address"_qs, u"helene.cote@example.ca"_qs);
        QCOMPARE(PublicCallWriter::addCustomer(payload("", "helene.cote@example.ca")), withEmail);
    }

    void updateCustomerSendsEveryContactField()
    {
        QCOMPARE(PublicCallWriter::updateCustomer(payload("4165550123", "helene.cote@example.ca")),
                 (QJsonObject{{u"customerID"_qs, customerId},
                              {u"first_name"_qs, u"Hélène"_qs},
                              {u"last_name"_qs, u"Côté"_qs},
                              {u"email_address"_qs, u"helene.cote@example.ca"_qs},
                              {u"phone"_qs, u"4165550123"_qs}}));
        // An emptied phone or email is a change too: sent empty, not left out.
        QCOMPARE(PublicCallWriter::updateCustomer(payload(nullptr, "")),
                 (QJsonObject{{u"customerID"_qs, customerId},
                              {u"first_name"_qs, u"Hélène"_qs},
                              {u"last_name"_qs, u"Côté"_qs},
                              {u"email_address"_qs, u""_qs},
                              {u"phone"_qs, u""_qs}}));
    }

    void searchCustomerSendsOnlyTheContact()
    {
        QCOMPARE(PublicCallWriter::searchCustomer(payload("4165550123", "helene.cote@example.ca")),
                 (QJsonObject{{u"email_address"_qs, u"helene.cote@example.ca"_qs},
                              {u"phone"_qs, u"4165550123"_qs}}));
        QCOMPARE(PublicCallWriter::searchCustomer(payload("4165550123", nullptr)),
                 (QJsonObject{{u"phone"_qs, u"4165550123"_qs}}));
        QCOMPARE(PublicCallWriter::searchCustomer(payload("", "helene.cote@example.ca")),
                 (QJsonObject{{u"email_address"_qs, u"helene.cote@example.ca"_qs}}));
        QCOMPARE(PublicCallWriter::searchCustomer(payload(nullptr, nullptr)), QJsonObject());
    }

    void customerCalls()
    {
        QCOMPARE(PublicCallWriter::linkCustomer(customerId, u"88001234"_qs),
                 (QJsonObject{{u"customerID"_qs, customerId},
                              {u"astro_customer_id"_qs, u"88001234"_qs}}));
        QCOMPARE(PublicCallWriter::customerOnly(customerId),
                 (QJsonObject{{u"customerID"_qs, customerId}}));
    }

    void redemptionCalls()
    {
        QCOMPARE(PublicCallWriter::redemption(customerId, u"7731"_qs, u"5501"_qs),
                 (QJsonObject{{u"customerID"_qs, customerId},
                              {u"astro_reward_id"_qs, u"7731"_qs},
                              {u"astro_item_id"_qs, u"5501"_qs}}));
        QCOMPARE(
            PublicCallWriter::removeRedemption(customerId, u"7731"_qs),
            (QJsonObject{{u"customerID"_qs, customerId}, {u"astro_reward_id"_qs, u"7731"_qs}}));
    }

    void offerTransactionHasNoDate()
    {
        QCOMPARE(PublicCallWriter::offerTransaction(
                     customerId,
                     PurchaseLine{u"OFR-TXN-001"_qs, u"00084721100287"_qs, 2, midDay(2026, 12, 6)}),
                 (QJsonObject{{u"customerID"_qs, customerId},
                              {u"transactionID"_qs, u"OFR-TXN-001"_qs},
                              {u"item_code"_qs, u"084721100287"_qs},
                              {u"item_qty"_qs, u"2"_qs}}));
    }

    // ---- PublicAnswerReader::lines ----

    void linesOfSection7sExample()
    {
        const QJsonValue data = returnData(batchAnswer);
        QVERIFY(data.isArray());
        const auto lines = PublicAnswerReader::lines(data, {u"TXN-002"_qs, u"TXN-003"_qs});
        QVERIFY(lines.has_value());
        QCOMPARE(lines->size(), std::size_t(2));
        const LineAnswer& first = lines->at(0);
        QCOMPARE(first.transactionId, u"TXN-002"_qs);
        QCOMPARE(first.status, 100);
        QVERIFY(first.added());
        QCOMPARE(first.message, u"Transaction Added"_qs);
        QCOMPARE(first.astroTransactionId, u"310645666"_qs);
        QCOMPARE(first.astroProgramId, u"1209"_qs);
        const LineAnswer& second = lines->at(1);
        QCOMPARE(second.transactionId, u"TXN-003"_qs);
        QVERIFY(second.added());
        QCOMPARE(second.astroTransactionId, u"310645667"_qs);
        QCOMPARE(second.astroProgramId, u"1209"_qs);
    }

    void aLineMissingFromTheAnswerGivesNothing()
    {
        const QJsonValue data = returnData(batchAnswer);
        QVERIFY(data.isArray());
        QVERIFY(!PublicAnswerReader::lines(data, {u"TXN-002"_qs, u"TXN-003"_qs, u"TXN-004"_qs})
                     .has_value());
        QVERIFY(!PublicAnswerReader::lines(QJsonArray(), {u"TXN-002"_qs}).has_value());
        // An entry without its status is not an answer for the line.
        const QJsonValue noStatus = json(R"([{"transactionID":"TXN-002",
            "astro_transaction_id":"310645666","astro_program_id":"1209"}])");
        QVERIFY(noStatus.isArray());
        QVERIFY(!PublicAnswerReader::lines(noStatus, {u"TXN-002"_qs}).has_value());
    }

    void linesAreMatchedByTransactionId()
    {
        const QJsonArray inOrder = returnData(batchAnswer).toArray();
        QCOMPARE(inOrder.size(), 2);
        const QJsonArray reversed{inOrder.at(1), inOrder.at(0)};
        const auto lines = PublicAnswerReader::lines(reversed, {u"TXN-002"_qs, u"TXN-003"_qs});
        QVERIFY(lines.has_value());
        QCOMPARE(lines->size(), std::size_t(2));
        QCOMPARE(lines->at(0).transactionId, u"TXN-002"_qs);
        QCOMPARE(lines->at(0).astroTransactionId, u"310645666"_qs);
        QCOMPARE(lines->at(1).transactionId, u"TXN-003"_qs);
        QCOMPARE(lines->at(1).astroTransactionId, u"310645667"_qs);
    }

    void aStatusAsTextIsANumber()
    {
        const QJsonValue data = json(R"([{"transaction_status":"100",
            "transaction_status_message":"Transaction Added","transactionID":"TXN-002",
            "astro_transaction_id":310645666,"astro_program_id":1209}])");
        QVERIFY(data.isArray());
        const auto lines = PublicAnswerReader::lines(data, {u"TXN-002"_qs});
        QVERIFY(lines.has_value());
        QCOMPARE(lines->size(), std::size_t(1));
        QCOMPARE(lines->at(0).status, 100);
        QVERIFY(lines->at(0).added());
        // Ids as numbers are read as their digits.
        QCOMPARE(lines->at(0).astroTransactionId, u"310645666"_qs);
        QCOMPARE(lines->at(0).astroProgramId, u"1209"_qs);
    }

    void aRefusedLineKeepsItsMessage()
    {
        const QJsonValue data = json(R"([
  {"transaction_status":100,"transaction_status_message":"Transaction Added","transactionID":"TXN-002",
   "astro_transaction_id":"310645666","astro_program_id":"1209","astro_program_title":"… | Buy 12 Get 1 Free"},
  {"transaction_status":700,"transaction_status_message":"Item is not eligible for any program.",
   "transactionID":"TXN-004"}])");
        QVERIFY(data.isArray());
        const auto lines = PublicAnswerReader::lines(data, {u"TXN-002"_qs, u"TXN-004"_qs});
        QVERIFY(lines.has_value());
        QCOMPARE(lines->size(), std::size_t(2));
        QVERIFY(lines->at(0).added());
        const LineAnswer& refused = lines->at(1);
        QCOMPARE(refused.transactionId, u"TXN-004"_qs);
        QCOMPARE(refused.status, 700);
        QVERIFY(!refused.added());
        QCOMPARE(refused.message, u"Item is not eligible for any program."_qs);
        QVERIFY(refused.astroTransactionId.isEmpty());
    }

    void removeTransactionsExampleAnswer()
    {
        const QJsonValue data = returnData(removeAnswer);
        QVERIFY(data.isArray());
        const auto lines = PublicAnswerReader::lines(data, {u"TXN-003"_qs});
        QVERIFY(lines.has_value());
        QCOMPARE(lines->size(), std::size_t(1));
        QCOMPARE(lines->at(0).transactionId, u"TXN-003"_qs);
        QCOMPARE(lines->at(0).status, 100);
        QVERIFY(lines->at(0).added());
        QCOMPARE(lines->at(0).message, u"Success"_qs);
        QCOMPARE(lines->at(0).astroTransactionId, u"310645667"_qs);
    }

    void addTransactionsSingleEntry()
    {
        const QJsonValue data = returnData(batchAnswer).toArray().at(0);
        QVERIFY(data.isObject());
        const auto lines = PublicAnswerReader::lines(data, {u"TXN-002"_qs});
        QVERIFY(lines.has_value());
        QCOMPARE(lines->size(), std::size_t(1));
        QCOMPARE(lines->at(0).astroTransactionId, u"310645666"_qs);
    }

    // ---- customers, rewards, cards ----

    void customerOfASearch()
    {
        const QJsonValue data = json(R"({"customerID":"6c1e…-POS","first_name":"Hélène",
            "last_name":"Côté","email_address":"helene.cote@example.ca","phone":"4165550123"})");
        QVERIFY(data.isObject());
        const auto found = PublicAnswerReader::customer(data);
        QVERIFY(found.has_value());
        QCOMPARE(found->customerId, customerId);
        QCOMPARE(found->firstName, u"Hélène"_qs);
        QCOMPARE(found->lastName, u"Côté"_qs);
        // A list is read for its first customer.
        const auto first = PublicAnswerReader::customer(QJsonArray{data});
        QVERIFY(first.has_value());
        QCOMPARE(first->customerId, customerId);

        QVERIFY(!PublicAnswerReader::customer(QJsonObject()).has_value());
        QVERIFY(!PublicAnswerReader::customer(QJsonValue()).has_value());
        QVERIFY(!PublicAnswerReader::customer(QJsonArray()).has_value());
    }

    void astroCustomerId()
    {
        QCOMPARE(PublicAnswerReader::astroCustomerId(json(R"({"astro_customer_id":"88001234"})")),
                 u"88001234"_qs);
        QCOMPARE(PublicAnswerReader::astroCustomerId(json(R"({"astro_customer_id":88001234})")),
                 u"88001234"_qs);
        QVERIFY(PublicAnswerReader::astroCustomerId(QJsonObject()).isEmpty());
        QVERIFY(PublicAnswerReader::astroCustomerId(QJsonValue()).isEmpty());
    }

    void rewardsWithTheirItems()
    {
        const QJsonValue data = json(R"([
  {"astro_reward_id":"7731","astro_program_id":"1209","astro_program_title":"… | Buy 12 Get 1 Free",
   "reward_qty":"1","reward_status":"available","earned_date":"2026-12-06",
   "eligible_items":[
     {"astro_item_id":"5501","item_code":"084721100287","item_description":"Kibble 3 lb"},
     {"astro_item_id":"5502","item_code":"084721100294","item_description":"Kibble 6 lb"}]},
  {"astro_reward_id":"7732","astro_program_id":"1209","astro_program_title":"… | Buy 12 Get 1 Free",
   "reward_qty":"1","reward_status":"redeemed","earned_date":"2026-12-07",
   "eligible_items":[
     {"astro_item_id":"5501","item_code":"084721100287","item_description":"Kibble 3 lb"}]},
  {"astro_program_id":"1209","reward_status":"available","eligible_items":[]}])");
        QVERIFY(data.isArray());
        const std::vector<AstroReward> rewards = PublicAnswerReader::rewards(data);
        QCOMPARE(rewards.size(), std::size_t(2)); // an entry without astro_reward_id is left out
        const AstroReward& open = rewards.at(0);
        QCOMPARE(open.astroRewardId, u"7731"_qs);
        QCOMPARE(open.astroProgramId, u"1209"_qs);
        QVERIFY(open.available);
        QCOMPARE(open.items.size(), std::size_t(2));
        QCOMPARE(open.itemId(u"084721100294"_qs), std::optional<QString>(u"5502"_qs));
        QCOMPARE(open.itemId(u"084721100287"_qs), std::optional<QString>(u"5501"_qs));
        QVERIFY(!open.itemId(u"00084721100287"_qs).has_value()); // matched as printed
        QVERIFY(!open.itemId(u"099999999993"_qs).has_value());
        const AstroReward& given = rewards.at(1);
        QCOMPARE(given.astroRewardId, u"7732"_qs);
        QVERIFY(!given.available);
        QCOMPARE(given.itemId(u"084721100287"_qs), std::optional<QString>(u"5501"_qs));

        QVERIFY(PublicAnswerReader::rewards(QJsonArray()).empty());
        QVERIFY(PublicAnswerReader::rewards(QJsonValue()).empty());
    }

    void cardsWithCountsAsTextOrNumbers()
    {
        const QJsonValue data = json(R"({"customerID":"6c1e…-POS","astro_customer_id":"88001234",
  "first_name":"Hélène","last_name":"Côté","email_address":"","phone":"4165550123","cards":[
    {"astro_program_id":"1209","astro_program_title":"… | Buy 12 Get 1 Free","purchases":"3",
     "purchases_required":"12","free_goods_earned":"1","free_goods_available":"1"},
    {"astro_program_id":"1210","astro_program_title":"Other","purchases":3,
     "purchases_required":10,"free_goods_earned":0,"free_goods_available":2},
    {"astro_program_title":"No id","purchases":"5"}]})");
        QVERIFY(data.isObject());
        const std::vector<AstroCard> cards = PublicAnswerReader::cards(data);
        QCOMPARE(cards.size(), std::size_t(2)); // a card without astro_program_id is left out
        QCOMPARE(cards.at(0).astroProgramId, u"1209"_qs);
        QCOMPARE(cards.at(0).purchases, 3);
        QCOMPARE(cards.at(0).freeGoodsAvailable, 1);
        QCOMPARE(cards.at(1).astroProgramId, u"1210"_qs);
        QCOMPARE(cards.at(1).purchases, 3);
        QCOMPARE(cards.at(1).freeGoodsAvailable, 2);

        QVERIFY(PublicAnswerReader::cards(QJsonObject()).empty());
    }

    void textAndNumber()
    {
        QCOMPARE(PublicAnswerReader::text(QJsonValue(u"1209"_qs)), u"1209"_qs);
        QCOMPARE(PublicAnswerReader::text(QJsonValue(1209)), u"1209"_qs);
        QVERIFY(PublicAnswerReader::text(QJsonValue(true)).isEmpty());
        QVERIFY(PublicAnswerReader::text(QJsonValue()).isEmpty());
        QCOMPARE(PublicAnswerReader::number(QJsonValue(u"700"_qs)), 700);
        QCOMPARE(PublicAnswerReader::number(QJsonValue(700)), 700);
    }
};

QTEST_GUILESS_MAIN(TestPublicCodec)
#include "tst_publiccodec.moc"

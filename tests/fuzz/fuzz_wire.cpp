// libFuzzer harness: Astro's API on the wire, both ways (docs/sync-protocol.md; docs/fuzzing.md).
//
// The input is up to eight lines, each "<endpoint> <jsonData>" (a request, as a POS sends it to
// the bridge or a counter to the reference server) or a bare JSON text (an answer):
//  - the server side: Fields::parseJsonData, every Fields reader on every field, and, for a public
//    endpoint, PublicApi::call on a store holding the demo store (customers "c1" to "c12" are
//    linked to its twelve customers), all the lines in one transaction rolled back after the
//    input, so the store never grows;
//  - the counter side: each line read as an answer envelope and its returnData by every
//    PublicAnswerReader function, and so is every answer PublicApi gave.
#include "FuzzSupport.h"
#include "catalog/CatalogRepository.h"
#include "demo/DemoStore.h"
#include "sync/PublicAnswerReader.h"
#include "wire/CustomerDirectory.h"
#include "wire/Fields.h"
#include "wire/PublicApi.h"
#include "wire/WireNames.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace astro;
using sync::PublicAnswerReader;

namespace {

constexpr int maxCalls = 8;

Store& store()
{
    static const std::unique_ptr<Store> store = [] {
        auto s = fuzz::openStore("wire.sqlite");
        fuzz::require(DemoStore::load(*s), "loading the demo store");
        // Callers' own ids an input can name, as a POS that linked the store's customers would.
        auto ids = s->db().select(QStringLiteral("SELECT id FROM customers ORDER BY id"));
        fuzz::require(ids ? Status() : Status(ids.error()), "listing the demo customers");
        int n = 0;
        for (const Row& row : *ids)
            fuzz::require(wire::CustomerDirectory(*s).link(QStringLiteral("c%1").arg(++n),
                                                           row[0].toLongLong()),
                          "linking a demo customer");
        return s;
    }();
    return *store;
}

// The counter reading an answer: every reader, on anything.
void readAnswer(const QJsonValue& data, const QStringList& sentIds)
{
    (void)PublicAnswerReader::customer(data);
    (void)PublicAnswerReader::astroCustomerId(data);
    (void)PublicAnswerReader::text(data);
    (void)PublicAnswerReader::number(data);
    if (const auto lines = PublicAnswerReader::lines(data, sentIds)) {
        FUZZ_CHECK(lines->size() == std::size_t(sentIds.size()),
                   "lines() answers one entry per line sent");
        for (std::size_t i = 0; i < lines->size(); ++i)
            FUZZ_CHECK((*lines)[i].transactionId == sentIds[qsizetype(i)],
                       "lines() answers the lines in the order they were sent");
    }
    for (const sync::AstroReward& reward : PublicAnswerReader::rewards(data)) {
        FUZZ_CHECK(!reward.astroRewardId.isEmpty(), "a reward read has an id");
        for (const sync::AstroItem& item : reward.items)
            FUZZ_CHECK(reward.itemId(item.itemCode).has_value(), "a reward's item is found");
    }
    for (const sync::AstroCard& card : PublicAnswerReader::cards(data))
        FUZZ_CHECK(!card.astroProgramId.isEmpty(), "a card read has an id");
}

// The transactionIDs an answer names, as the counter would have sent them, plus one it lacks.
QStringList idsIn(const QJsonValue& data)
{
    QStringList ids;
    const QJsonArray entries = data.isArray() ? data.toArray() : QJsonArray{data};
    for (const QJsonValue& e : entries)
        if (ids.size() < 4)
            ids << PublicAnswerReader::text(e.toObject().value(QLatin1String("transactionID")));
    return ids;
}

// An answer's body as ApiClient::call reads it: the envelope, then returnData.
void readBody(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return;
    const QJsonObject envelope = document.object();
    const QJsonValue data =
        envelope.value(QLatin1String("astro_status")).isDouble()
            ? envelope.value(QLatin1String("returnData"))
            : (document.isArray() ? QJsonValue(document.array()) : QJsonValue(envelope));
    (void)envelope.value(QLatin1String("astro_status")).toInt();
    readAnswer(data, idsIn(data));
    readAnswer(data, idsIn(data) << QStringLiteral("not-sent"));
}

// Every Fields reader on every field of a request, each on fresh Fields so that one field's
// problem does not hide another's.
void readFields(const QJsonObject& body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        // The readers take the names the endpoints use: Latin-1, no NUL.
        const QByteArray key = it.key().toLatin1();
        if (QString::fromLatin1(key) != it.key() || key.contains('\0'))
            continue;
        const char* k = key.constData();
        wire::Fields f(body, QStringLiteral("x."));
        FUZZ_CHECK(f.has(k) == !(it.value().isNull() || it.value().isUndefined()),
                   "has() sees a field that is there");
        (void)f.text(k);
        (void)f.requiredText(k);
        wire::Fields counts(body);
        if (const auto n = counts.requiredCount(k))
            FUZZ_CHECK(*n >= 1 && *n <= 999, "a count is from 1 to its maximum");
        if (const auto n = counts.optionalCount(k, 5))
            FUZZ_CHECK(*n >= 1 && *n <= 5, "a count is from 1 to its maximum");
        wire::Fields dates(body);
        const QDateTime at = dates.optionalDateTime(k);
        FUZZ_CHECK(!f.has(k) || at.isValid() || !dates.ok(),
                   "a date read is valid, or the field is refused");
        wire::Fields arrays(body);
        (void)arrays.requiredArray(k);
        FUZZ_CHECK(f.ok() == f.problem().isEmpty(), "ok() means no problem");
    }
}

// The transactionIDs a batch sends, as the answer must name them.
QStringList sentLines(const QString& endpoint, const QJsonObject& body)
{
    QStringList ids;
    if (endpoint == wire::endpoint::addTransaction) {
        ids << wire::Fields(body).text("transactionID");
    } else if (endpoint == wire::endpoint::addTransactionBatch) {
        for (const QJsonValue& line : body.value(QLatin1String("transactions")).toArray())
            ids << wire::Fields(line.toObject()).text("transactionID");
    }
    return ids;
}

void call(const QString& endpoint, const QJsonObject& body)
{
    Store& s = store();
    const wire::ApiReply reply =
        wire::PublicApi(s, Actor::system(QStringLiteral("LOC-TORONTO"))).call(endpoint, body);
    const int status = reply.status;
    FUZZ_CHECK(status == wire::astroStatus::Success || status == wire::astroStatus::BadRequest ||
                   status == wire::astroStatus::NotFound ||
                   status == wire::astroStatus::AlreadyLinked ||
                   status == wire::astroStatus::NotEligible,
               "a request is answered, or refused for what it says; the store never fails on it "
               "(no 900)");
    FUZZ_CHECK(status == wire::astroStatus::Success || !reply.message.isEmpty(),
               "a refusal says why");
    const QByteArray answer = QJsonDocument(reply.envelope()).toJson(QJsonDocument::Compact);
    // ASTRO_FUZZ_VERBOSE=1: each call and its answer, to write corpus files that reach far.
    static const bool verbose = qEnvironmentVariableIsSet("ASTRO_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "%s %s\n  -> %s\n", qPrintable(endpoint),
                     QJsonDocument(body).toJson(QJsonDocument::Compact).constData(),
                     answer.constData());
    readBody(answer);
    const QStringList sent = sentLines(endpoint, body);
    if (status == wire::astroStatus::Success && !sent.isEmpty())
        FUZZ_CHECK(PublicAnswerReader::lines(reply.data, sent).has_value(),
                   "the counter finds every line it sent in the answer");
}

} // namespace

ASTRO_FUZZ_INITIALIZE_WITH(store)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QList<QByteArray> lines = input.split('\n');

    Store& s = store();
    {
        Transaction scratch(s.db()); // never committed: each call in it is a savepoint
        fuzz::require(scratch.started(), "starting the scratch transaction");
        int calls = 0;
        for (const QByteArray& line : lines) {
            if (calls == maxCalls)
                break;
            // "<endpoint> <jsonData>", or an answer's body alone.
            const qsizetype space = line.indexOf(' ');
            const QString endpoint = space > 0 ? QString::fromLatin1(line.left(space)) : QString();
            const bool isCall = wire::PublicApi::handles(endpoint);
            const QByteArray jsonData = isCall ? line.mid(space + 1) : line;

            readBody(jsonData);
            wire::ApiReply refusal;
            const auto body = wire::Fields::parseJsonData(jsonData, refusal);
            if (!body) {
                FUZZ_CHECK(refusal.status == wire::astroStatus::BadRequest &&
                               !refusal.message.isEmpty(),
                           "jsonData that is not an object is refused with 300");
                continue;
            }
            readFields(*body);
            if (isCall) {
                ++calls;
                call(endpoint, *body);
            }
        }
    }
    s.catalog().memo().forget();
    return 0;
}

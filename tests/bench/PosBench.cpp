#include "PosBench.h"

#include "Format.h"
#include "PosClient.h"
#include "Random.h"

#include "BridgeHost.h"
#include "domain/Gtin.h"
#include "pos/PosUserStore.h"
#include "storage/Database.h"
#include "store/Store.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <time.h>

#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

namespace bench {

using namespace astro;

namespace {

constexpr int startTimeoutMs = 60000; // the bridge opening its store and listening
constexpr int searchedCustomers = 25; // existing customers a POS finds with searchCustomer
const QString posName = QStringLiteral("astro-bench POS %1");
const QString posPassword = QStringLiteral("astro-bench-pos-secret");
const QString posClientId = QStringLiteral("astro-bench-pos");

double processCpuUs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e6 + double(t.tv_nsec) / 1000.0;
}

double microsOf(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1000.0;
}

double loadAverage()
{
    double load[3] = {0, 0, 0};
    getloadavg(load, 3);
    return load[0];
}

// The bridge as the desktop app runs it: a BridgeHost on a thread of its own, with its own
// connection to the store file.
class BridgeRun
{
public:
    ~BridgeRun()
    {
        if (!m_host)
            return;
        m_thread.quit();
        m_thread.wait();
    }

    Result<int> start(const QString& databasePath)
    {
        qRegisterMetaType<astro::bridge::BridgeStatus>();
        m_thread.setObjectName(QStringLiteral("astro-bench-pos-bridge"));
        m_host = new bridge::BridgeHost(databasePath);
        m_host->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
        m_thread.start();

        BridgeSettings settings;
        settings.enabled = true;
        settings.port = 0; // any free port
        bridge::BridgeStatus status;
        QEventLoop loop;
        const auto changed = QObject::connect(m_host, &bridge::BridgeHost::statusChanged, &loop,
                                              [&](const bridge::BridgeStatus& s) {
                                                  status = s;
                                                  if (s.state != bridge::BridgeStatus::State::Off)
                                                      loop.quit();
                                              });
        QTimer::singleShot(startTimeoutMs, &loop, &QEventLoop::quit);
        bridge::BridgeHost* host = m_host;
        QMetaObject::invokeMethod(
            m_host, [host, settings] { host->apply(settings); }, Qt::QueuedConnection);
        loop.exec();
        QObject::disconnect(changed);
        if (status.state != bridge::BridgeStatus::State::Listening)
            return makeError(
                ErrorCode::Invalid,
                QStringLiteral("the POS bridge did not start: %1")
                    .arg(status.error.isEmpty() ? QStringLiteral("no answer") : status.error));
        return status.port;
    }

private:
    QThread m_thread;
    bridge::BridgeHost* m_host = nullptr;
};

// One run of the measurements.
class PosBench
{
public:
    PosBench(const PosBenchConfig& config, Store& store, PosFigures& figures)
        : m_config(config), m_store(store), m_figures(figures), m_rng(config.seed ^ 0x9E3779B9ULL),
          m_tag(QStringLiteral("PB%1").arg(QDateTime::currentMSecsSinceEpoch(), 0, 36)),
          m_today(QDate::currentDate().toString(Qt::ISODate))
    {}

    Status prepare();
    Status signIn(int port);
    Status addCustomers();
    Status sequential();
    Status throughput();
    Status checkRecorded();

private:
    struct Known
    {
        qint64 id = 0;
        QString phone;
    };
    Result<std::vector<Known>> existing(int wanted);
    Result<QString> search(const QString& phone, std::vector<double>& times);
    Status linkExisting(const QString& posId, const Known& customer, bool find,
                        std::vector<double>& searches, std::vector<double>& links);
    Status addNew(const QString& posId, int n);
    QJsonObject batch(int call);
    void record(const Result<QJsonValue>& answer);
    void fail(const QString& why);

    const PosBenchConfig& m_config;
    Store& m_store;
    PosFigures& m_figures;
    Rng m_rng;
    QString m_tag; // this run's prefix of POS ids and transactionIDs
    QString m_today;
    QString m_posName;
    QStringList m_upcs;   // items on cards, as printed (UPC-A)
    QStringList m_posIds; // the POS's customer ids
    std::unique_ptr<PosClient> m_client;
    QUrl m_base;
};

// The items on cards (what a POS line sends: the UPC as printed) and the POS account.
Status PosBench::prepare()
{
    auto gtins = m_store.db().select(
        QStringLiteral("SELECT DISTINCT p.gtin FROM card_products cp JOIN products p ON p.id = "
                       "cp.product_id WHERE p.active = 1 ORDER BY 1"));
    if (!gtins)
        return gtins.error();
    for (const Row& r : *gtins)
        m_upcs << Gtin::displayOf(r[0].toString());
    if (m_upcs.size() < posLinesPerCall)
        return makeError(ErrorCode::NotFound, QStringLiteral("too few products are on a card"));
    m_posName = posName.arg(m_tag);
    auto account = PosUserStore(m_store).add(Actor::system(benchLocationId()), m_posName,
                                             posPassword, posClientId);
    if (!account)
        return account.error();
    return {};
}

Status PosBench::signIn(int port)
{
    m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_client = std::make_unique<PosClient>(m_base, QByteArray());
    return m_client->signIn(m_posName, posPassword, posClientId);
}

// Random customers that came back (they have visits) and have a phone, so the POS's sales land
// on chain-scale histories.
Result<std::vector<PosBench::Known>> PosBench::existing(int wanted)
{
    auto maxId = m_store.db().scalar(QStringLiteral("SELECT max(id) FROM customers"), {}, 0);
    if (!maxId)
        return maxId.error();
    const qint64 max = maxId->toLongLong();
    QSet<qint64> seen;
    std::vector<Known> known;
    for (int tries = 0; int(known.size()) < wanted && max > 0 && tries < wanted * 50; ++tries) {
        const qint64 id = 1 + qint64(m_rng.uniform() * double(max));
        if (seen.contains(id))
            continue;
        seen.insert(id);
        auto phone = m_store.db().scalar(
            QStringLiteral("SELECT phone FROM customers c WHERE id = ? AND merged_into IS NULL "
                           "AND phone <> '' AND EXISTS (SELECT 1 FROM visits v WHERE "
                           "v.customer_id = c.id)"),
            {id}, QString());
        if (!phone)
            return phone.error();
        if (!phone->toString().isEmpty())
            known.push_back({id, phone->toString()});
    }
    return known;
}

// Astro's id of a customer found as a POS finds one: searchCustomer on the phone, then
// customerStatus on the customerID it answers.
Result<QString> PosBench::search(const QString& phone, std::vector<double>& times)
{
    QElapsedTimer timer;
    timer.start();
    auto found =
        m_client->call(QStringLiteral("searchCustomer"), {{QStringLiteral("phone"), phone}});
    times.push_back(microsOf(timer));
    if (!found)
        return found.error();
    const QString uuid = found->toObject().value(QStringLiteral("customerID")).toString();
    auto status =
        m_client->call(QStringLiteral("customerStatus"), {{QStringLiteral("customerID"), uuid}});
    if (!status)
        return status.error();
    return status->toObject().value(QStringLiteral("astro_customer_id")).toString();
}

// A POS id linked to a customer the counter already knows: the first ones found by phone, the
// others by the Astro id the POS already has (searchCustomer reads every customer: see
// docs/performance.md).
Status PosBench::linkExisting(const QString& posId, const Known& customer, bool find,
                              std::vector<double>& searches, std::vector<double>& links)
{
    QString astroId = QString::number(customer.id);
    if (find) {
        auto found = search(customer.phone, searches);
        if (!found)
            return found.error();
        astroId = *found;
    }
    QElapsedTimer timer;
    timer.start();
    auto linked = m_client->call(
        QStringLiteral("linkCustomer"),
        {{QStringLiteral("customerID"), posId}, {QStringLiteral("astro_customer_id"), astroId}});
    links.push_back(microsOf(timer));
    if (!linked)
        return linked.error();
    return {};
}

Status PosBench::addNew(const QString& posId, int n)
{
    auto added =
        m_client->call(QStringLiteral("addCustomer"),
                       {{QStringLiteral("customerID"), posId},
                        {QStringLiteral("first_name"), QStringLiteral("Pat")},
                        {QStringLiteral("last_name"), QStringLiteral("Bench %1").arg(n)},
                        {QStringLiteral("phone"),
                         QStringLiteral("289555%1").arg(n % 10000, 4, 10, QLatin1Char('0'))}});
    if (!added)
        return added.error();
    return {};
}

// Nine POS ids in ten are linked to existing customers, one in ten is a new customer (also
// when the store has too few customers that came back).
Status PosBench::addCustomers()
{
    auto known = existing(m_config.customers - m_config.customers / 10);
    if (!known)
        return known.error();
    std::vector<double> searches;
    std::vector<double> links;
    for (int i = 0; i < m_config.customers; ++i) {
        const QString posId = QStringLiteral("%1-C%2").arg(m_tag).arg(i);
        const bool linking = m_figures.linked < int(known->size()) && i % 10 != 9;
        const Status s = linking
                             ? linkExisting(posId, (*known)[std::size_t(m_figures.linked)],
                                            m_figures.linked < searchedCustomers, searches, links)
                             : addNew(posId, i);
        if (!s)
            return s;
        ++(linking ? m_figures.linked : m_figures.added);
        m_posIds << posId;
    }
    m_figures.searchUs = summarize(searches);
    m_figures.linkUs = summarize(links);
    return {};
}

// A sale of three items on cards for a random customer, dated today as a POS sends it.
QJsonObject PosBench::batch(int call)
{
    QStringList items;
    while (items.size() < posLinesPerCall) {
        const QString upc = m_upcs[m_rng.below(int(m_upcs.size()))];
        if (!items.contains(upc))
            items << upc;
    }
    QJsonArray lines;
    for (int i = 0; i < posLinesPerCall; ++i)
        lines.append(QJsonObject{{QStringLiteral("transactionID"),
                                  QStringLiteral("%1-%2-%3").arg(m_tag).arg(call).arg(i)},
                                 {QStringLiteral("item_code"), items[i]},
                                 {QStringLiteral("item_qty"), QStringLiteral("1")},
                                 {QStringLiteral("item_transaction_date"), m_today}});
    return QJsonObject{{QStringLiteral("customerID"), m_posIds[m_rng.below(int(m_posIds.size()))]},
                       {QStringLiteral("transactions"), lines}};
}

void PosBench::fail(const QString& why)
{
    if (m_figures.failures++ == 0)
        m_figures.firstFailure = why;
}

void PosBench::record(const Result<QJsonValue>& answer)
{
    if (!answer)
        return fail(answer.error().message);
    if (auto s =
            checkBatch(*answer, posLinesPerCall, m_figures.linesAnswered, m_figures.punchedLines);
        !s)
        fail(s.error().message);
}

// One call at a time: the POS's wait at the till, the full HTTP round trip.
Status PosBench::sequential()
{
    std::vector<double> wall;
    double cpu = 0;
    const int total = m_config.warmup + m_config.calls;
    for (int i = 0; i < total; ++i) {
        const QJsonObject body = batch(i);
        const double cpuBefore = processCpuUs();
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(
            m_client->post(QStringLiteral("addTransactionBatch"), body));
        waitFor(reply.get());
        const double us = microsOf(timer);
        if (i >= m_config.warmup) {
            wall.push_back(us);
            cpu += processCpuUs() - cpuBefore;
        }
        record(answerOf(QStringLiteral("addTransactionBatch"), reply.get()));
    }
    m_figures.latencyUs = summarize(wall);
    m_figures.cpuPerCallUs = cpu / std::max(1, m_config.calls);
    return {};
}

// `inFlight` POS clients (each its own connections) call without pause for `seconds`: each
// sends its next call as soon as its last is answered.
Status PosBench::throughput()
{
    std::vector<std::unique_ptr<PosClient>> lanes;
    for (int i = 0; i < m_config.inFlight; ++i)
        lanes.push_back(std::make_unique<PosClient>(m_base, m_client->token()));
    QEventLoop loop;
    QElapsedTimer run;
    std::vector<double> wall;
    int active = m_config.inFlight;
    int next = m_config.warmup + m_config.calls;
    const qint64 deadlineNs = qint64(m_config.seconds) * 1000000000;
    std::function<void(PosClient*)> send = [&](PosClient* lane) {
        const QJsonObject body = batch(next++);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply* reply = lane->post(QStringLiteral("addTransactionBatch"), body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, lane, reply, timer] {
            wall.push_back(microsOf(timer));
            record(answerOf(QStringLiteral("addTransactionBatch"), reply));
            reply->deleteLater();
            if (run.nsecsElapsed() < deadlineNs)
                send(lane);
            else if (--active == 0)
                loop.quit();
        });
    };
    const double cpuBefore = processCpuUs();
    run.start();
    for (auto& lane : lanes)
        send(lane.get());
    loop.exec();
    PosFigures& f = m_figures;
    f.seconds = double(run.nsecsElapsed()) / 1e9;
    f.calls = int(wall.size());
    f.callsPerSecond = f.seconds > 0 ? f.calls / f.seconds : 0;
    f.linesPerSecond = f.callsPerSecond * posLinesPerCall;
    f.loadedUs = summarize(wall);
    f.loadedCpuPerCallUs = (processCpuUs() - cpuBefore) / std::max(1, f.calls);
    return {};
}

// Every line answered 100 is a scan in the store (its transactionID is the scan's uuid).
Status PosBench::checkRecorded()
{
    auto n = m_store.db().scalar(
        QStringLiteral("SELECT count(*) FROM scans WHERE uuid >= ? AND uuid < ?"),
        {m_tag + QLatin1Char('-'), m_tag + QLatin1Char('.')}, 0);
    if (!n)
        return n.error();
    m_figures.linesRecorded = n->toLongLong();
    if (m_figures.linesRecorded != m_figures.linesAnswered)
        fail(QStringLiteral("%1 lines answered 100, but %2 scans recorded with their "
                            "transactionIDs")
                 .arg(m_figures.linesAnswered)
                 .arg(m_figures.linesRecorded));
    return {};
}

void progress(const char* what, QElapsedTimer& phase)
{
    std::fprintf(stderr, "%8.1f s\n", double(phase.nsecsElapsed()) / 1e9);
    std::fprintf(stderr, "  %-28s", what);
    std::fflush(stderr);
    phase.restart();
}

} // namespace

Result<PosFigures> measurePos(const PosBenchConfig& pos, Store& store, const QString& databasePath)
{
    QElapsedTimer total;
    total.start();
    PosFigures figures;
    figures.config = pos;
    figures.loadBefore = loadAverage();
    PosBench bench(pos, store, figures);
    std::fprintf(stderr, "  %-28s", "bridge start");
    std::fflush(stderr);
    QElapsedTimer phase;
    phase.start();
    if (auto s = bench.prepare(); !s)
        return s.error();
    BridgeRun bridge;
    QElapsedTimer start;
    start.start();
    auto port = bridge.start(databasePath);
    figures.startSeconds = double(start.nsecsElapsed()) / 1e9;
    if (!port)
        return port.error();
    progress("POS customers", phase);
    if (auto s = bench.signIn(*port); !s)
        return s.error();
    if (auto s = bench.addCustomers(); !s)
        return s.error();
    figures.setupSeconds = double(phase.nsecsElapsed()) / 1e9;
    progress("calls one at a time", phase);
    if (auto s = bench.sequential(); !s)
        return s.error();
    progress(qPrintable(QStringLiteral("%1 calls in flight").arg(pos.inFlight)), phase);
    if (auto s = bench.throughput(); !s)
        return s.error();
    std::fprintf(stderr, "%8.1f s\n", double(phase.nsecsElapsed()) / 1e9);
    if (auto s = bench.checkRecorded(); !s)
        return s.error();
    figures.loadAfter = loadAverage();
    figures.totalSeconds = double(total.nsecsElapsed()) / 1e9;
    return figures;
}

} // namespace bench

#include "SyncSetup.h"

#include "Random.h"

#include "customers/CustomerStore.h"
#include "domain/CatalogTypes.h"
#include "engine/VisitService.h"
#include "enrollment/EnrollmentService.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"
#include "users/UserStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace bench {

using namespace astro;

Status Server::start(const QString& program, const QString& dir, const QStringList& flags,
                     int timeoutMs)
{
    m_log = QDir(dir).filePath(QStringLiteral("server.log"));
    m_process.setProgram(program);
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                       QStringLiteral("--db"),
                                       QDir(dir).filePath(QStringLiteral("server.sqlite"))} +
                           flags);
    m_process.setStandardErrorFile(m_log);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString()));
    // Its only line on stdout says where it listens.
    static const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
    QElapsedTimer waited;
    waited.start();
    QByteArray out;
    while (waited.elapsed() < timeoutMs && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(500);
        out += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return {};
        }
    }
    QFile log(m_log);
    const QString errors =
        log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()).trimmed() : QString();
    return makeError(ErrorCode::Invalid,
                     QStringLiteral("astro-server did not come up within %1 s%2")
                         .arg(timeoutMs / 1000)
                         .arg(errors.isEmpty() ? QString() : QStringLiteral(": ") + errors));
}

void Server::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

Counter::Counter() = default;
Counter::Counter(Counter&&) noexcept = default;
Counter& Counter::operator=(Counter&&) noexcept = default;
// The engine refers to the store: it goes first.
Counter::~Counter()
{
    engine.reset();
    store.reset();
}

Result<Counter> openCounter(const QString& path, const QUrl& server, bool withCashier)
{
    auto opened = Store::open(path);
    if (!opened)
        return opened.error();
    Counter c;
    c.store = std::move(opened).value();
    UserStore& users = c.store->users();
    auto admin = users.add(Actor::system(benchLocationId()), QStringLiteral("Bench Admin"),
                           Role::Admin, QStringLiteral("90210"));
    if (!admin)
        return admin.error();
    c.admin = Actor{admin->id, admin->name, Role::Admin, benchLocationId()};
    c.cashier = c.admin;
    if (withCashier) {
        auto cashier =
            users.add(c.admin, benchCashierName(), Role::Cashier, QStringLiteral("2460"));
        if (!cashier)
            return cashier.error();
        c.cashier = Actor{cashier->id, cashier->name, Role::Cashier, benchLocationId()};
    }
    c.engine = std::make_unique<sync::SyncEngine>(*c.store);
    if (auto s = c.engine->configure(
            c.admin, sync::SyncConfig{server, QStringLiteral("demo"), QStringLiteral("demo")},
            QStringLiteral("demo"));
        !s)
        return s.error();
    return c;
}

Status enrollEverything(Counter& c)
{
    EnrollmentService& enrollment = c.store->enrollment();
    auto subjects = enrollment.available(benchLocationId());
    if (!subjects)
        return subjects.error();
    for (const Subject& s : *subjects) {
        QString distributor;
        QString account;
        if (s.fulfillment == Fulfillment::Direct)
            account = QStringLiteral("BENCH-ACCT");
        if (s.fulfillment == Fulfillment::Distributor) {
            auto eligible = enrollment.eligibleDistributors(benchLocationId(), s.id);
            if (!eligible)
                return eligible.error();
            distributor = Distributor::temporaryHoldingId();
            for (const Distributor& d : *eligible)
                if (d.id != Distributor::temporaryHoldingId()) {
                    distributor = d.id;
                    account = QStringLiteral("BENCH-ACCT");
                    break;
                }
        }
        if (auto r = enrollment.set(c.admin, benchLocationId(), s.id, distributor, account); !r)
            return r.error();
    }
    return {};
}

Status writeDay(Counter& c, int events, quint64 seed, DayCounts& counts, int phoneBase)
{
    Store& store = *c.store;
    Database& db = store.db();
    auto items = db.select(QStringLiteral("SELECT DISTINCT p.gtin FROM products p JOIN "
                                          "card_products cp ON cp.product_id = p.id ORDER BY 1"));
    if (!items)
        return items.error();
    if (items->empty())
        return makeError(ErrorCode::Invalid, QStringLiteral("the catalog has no item on a card"));
    if (auto s = db.execute(QStringLiteral("PRAGMA synchronous=OFF")); !s)
        return s;
    Rng rng(seed ^ 0x5BD1E9955BD1E995ULL);
    std::vector<qint64> customers;
    for (;;) {
        auto unsent = store.events().unsentCount();
        if (!unsent)
            return unsent.error();
        if (*unsent >= events)
            break;
        if (customers.empty() || rng.chance(0.1)) {
            const int n = int(customers.size());
            auto added = store.customers().add(
                c.cashier,
                CustomerInput{QStringLiteral("Client"), QStringLiteral("Bench %1").arg(n + 1),
                              QStringLiteral("416%1").arg(phoneBase + n), QString()});
            if (!added)
                return added.error();
            customers.push_back(added->id);
            ++counts.customers;
        }
        auto visit = store.visits().open(c.cashier,
                                         customers[std::size_t(rng.below(int(customers.size())))]);
        if (!visit)
            return visit.error();
        ++counts.visits;
        for (int k = 1 + rng.below(3); k > 0; --k) {
            ScanLine line;
            line.code = (*items)[std::size_t(rng.below(int(items->size())))][0].toString();
            line.quantity = rng.chance(0.1) ? 2 : 1;
            if (auto scanned = store.visits().scan(c.cashier, visit->id, line); !scanned)
                return scanned.error();
            ++counts.scans;
        }
        if (auto s = store.visits().finish(c.cashier, visit->id, QStringLiteral("stocking up")); !s)
            return s;
    }
    return db.execute(QStringLiteral("PRAGMA synchronous=FULL"));
}

Result<QString> writeCatalog(const Config& sizes, const QString& path, qint64& bytes)
{
    auto doc = catalogDocument(sizes);
    if (!doc)
        return doc.error();
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(*doc) != doc->size())
        return makeError(ErrorCode::Storage, QStringLiteral("cannot write %1").arg(path));
    bytes = doc->size();
    return path;
}

} // namespace bench

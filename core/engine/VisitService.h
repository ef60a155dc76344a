#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/CatalogTypes.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

namespace astro {

class Store;

// One customer at the counter: the scans and redemptions of a single checkout.
struct Visit
{
    qint64 id = 0;
    QString uuid;
    qint64 customerId = 0;
    QString locationId;
    qint64 userId = 0;
    QString transactionId;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while open
    QString reason;

    bool open() const { return !finishedAt.isValid(); }
};

// What the cashier scanned or typed: "UPC", with an optional quantity and the price charged.
struct ScanLine
{
    QString code;
    int quantity = 1;
    std::optional<qint64> priceCents; // default: the catalog price
    QDateTime at;                     // the POS's sale time; default: now
    // An item on no card, added to this card by an Admin with a reason (flagged for credit).
    QString exceptionCardId;
    QString exceptionReason;
    // The caller's own line id (a POS's transactionID); default: a new UUID.
    QString uuid;

    // "012345678905", "012345678905x2", "012345678905x2@12.99".
    static Result<ScanLine> parse(const QString& text);
};

struct CardPunch
{
    QString cardId;
    QString cardTitle;
    QString programId;
    QString programTitle;
    int units = 0;
    int progress = 0; // on the open card after this scan
    int buy = 0;
    int rewardsEarned = 0; // by this scan
    bool held = false;     // the program sits in Temporary Holding here
};

struct ScanOutcome
{
    qint64 scanId = 0;
    Product product;
    int quantity = 0;
    qint64 unitPriceCents = 0;
    QDateTime at;
    std::vector<CardPunch> punches;
    QStringList offerIds; // offers this item counts toward in this visit
    QStringList warnings; // translated: Temporary Holding, ...
};

struct ScanRecord
{
    qint64 id = 0;
    Product product;
    int quantity = 0;
    qint64 unitPriceCents = 0;
    QDateTime at;
    bool voided = false;
    QString exceptionReason;
    QStringList cardIds;
};

// A card that this visit punched more than once: the cashier gives a reason before finishing.
struct MultiPurchase
{
    QString cardId;
    QString cardTitle;
    int units = 0;
};

// The checkout: opens a visit, punches the cards a scanned item qualifies for, voids a scan
// before the visit ends, and finishes the visit with the multi-purchase reason.
class VisitService
{
    Q_DECLARE_TR_FUNCTIONS(VisitService)

public:
    explicit VisitService(Store& store) : m_store(store) {}

    static QStringList exceptionReasons();

    Result<Visit> open(const Actor& actor, qint64 customerId, const QString& transactionId = {});
    Result<Visit> visit(qint64 id);
    // Everything about a line that needs no visit: the role, the barcode, the product, the
    // quantity, price and sale time, and an exception's rights and reason.
    Result<Product> checkLine(const Actor& actor, const ScanLine& line);
    Result<ScanOutcome> scan(const Actor& actor, qint64 visitId, const ScanLine& line);
    Status voidScan(const Actor& actor, qint64 scanId);
    // Takes `units` off a scan's quantity (Astro's partial removeTransaction); fewer units than
    // the line has, else use voidScan.
    Status reduceScan(const Actor& actor, qint64 scanId, int units);
    Result<std::vector<ScanRecord>> scans(qint64 visitId);
    Result<std::vector<MultiPurchase>> multiPurchases(qint64 visitId);
    Status finish(const Actor& actor, qint64 visitId, const QString& reason = {});

    // The cards a product punches at a location on a day: running, enrolled programs. When
    // there are none, `refusal` says why; `warnings` names programs in Temporary Holding.
    Result<std::vector<ProgramCard>> punchableCards(const Product& product,
                                                    const QString& locationId, const QDate& day,
                                                    QStringList& warnings, QString& refusal);

private:
    // After a scan's punches changed: its cards replayed, inside the caller's transaction.
    Status reconcileCardsOf(const Actor& actor, qint64 customerId, qint64 scanId);

    Store& m_store;
};

} // namespace astro

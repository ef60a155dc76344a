#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "engine/Redemption.h"

#include <QDate>

#include <optional>
#include <vector>

namespace astro {

class Database;

// Which distributor and direct credits to read: by credit status, distributor, manufacturer,
// location and the day they were given. Retailer-batch lines and undone redemptions are never
// credits.
struct CreditQuery
{
    std::optional<CreditStatus> status;
    // Not set: any. Set and empty: direct (the manufacturer credits the store itself).
    std::optional<QString> distributorId;
    QString manufacturerId;
    QString locationId;
    QDate from; // given on or after (local day); invalid: no lower bound
    QDate to;   // given on or before (local day); invalid: no upper bound
};

// How many credits a status holds in a group.
struct CreditCounts
{
    int held = 0;
    int uncredited = 0;
    int credited = 0;
    int reconciled = 0;
    int declined = 0;

    int of(CreditStatus status) const;
    int all() const { return held + uncredited + credited + reconciled + declined; }
    CreditCounts& operator+=(const CreditCounts& other);
};

// The credits one distributor (or, for direct, the manufacturer) owes for one manufacturer's
// free goods.
struct CreditGroup
{
    QString distributorId; // empty: direct
    QString distributorName;
    bool temporaryHolding = false;
    QString manufacturerId;
    QString manufacturerName;
    CreditCounts counts;
    int quantity = 0;
    Money total;
};

// Reads for the credits screen that CreditService::list does not give: totals grouped by
// distributor and manufacturer (read from the daily totals and summed as they are read, so a
// chain's history is never loaded), and the matching redemptions a page at a time.
class CreditQueries
{
public:
    explicit CreditQueries(Database& db) : m_db(db) {}

    // One row per distributor and manufacturer: distributors by name, Temporary Holding after
    // them and direct credits last.
    Result<std::vector<CreditGroup>> groups(const CreditQuery& query);
    // Newest first.
    Result<std::vector<Redemption>> page(const CreditQuery& query, int limit, int offset);
    Result<int> count(const CreditQuery& query);

private:
    // The distributor's and the manufacturer's names (and Temporary Holding), looked up once each.
    Status name(std::vector<CreditGroup>& groups);

    Database& m_db;
};

} // namespace astro

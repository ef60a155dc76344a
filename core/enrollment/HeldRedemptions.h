#pragma once

#include "common/Result.h"
#include "engine/Redemption.h"

#include <vector>

namespace astro {

class Database;

// Reads the redemptions a location's program (or offer) holds in Temporary Holding, a page at
// a time: what leaving Temporary Holding will release. Undone redemptions are never held.
class HeldRedemptions
{
public:
    explicit HeldRedemptions(Database& db) : m_db(db) {}

    // Oldest first, so the page reads in the order they were given.
    Result<std::vector<Redemption>> page(const QString& locationId, const QString& subjectId,
                                         int limit, int offset);
    Result<int> count(const QString& locationId, const QString& subjectId);

private:
    Database& m_db;
};

} // namespace astro

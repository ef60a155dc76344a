#pragma once

#include "domain/CatalogTypes.h"

namespace astro {

// domain.md §5: a distributor may fulfill a program (or offer) for a location when it partners
// with the manufacturer and agreed to fulfill that program, and either lists the location in
// its restricted-to-locations list (which overrides states and provinces) or, with no such
// list, serves the location's state or province. Temporary Holding is always a choice.
class DistributorEligibility
{
public:
    static bool isEligible(const Distributor& distributor, const QString& subjectId,
                           const QString& manufacturerId, const Location& location);
};

} // namespace astro

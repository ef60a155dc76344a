#include "DistributorEligibility.h"

namespace astro {

bool DistributorEligibility::isEligible(const Distributor& d, const QString& subjectId,
                                        const QString& manufacturerId, const Location& location)
{
    if (d.temporaryHolding)
        return true;
    if (!d.manufacturers.contains(manufacturerId) || !d.programs.contains(subjectId))
        return false;
    if (!d.restrictedLocations.isEmpty())
        return d.restrictedLocations.contains(location.id);
    const QStringList& served = location.country == QLatin1String("CA") ? d.provinces : d.states;
    return served.contains(location.region, Qt::CaseInsensitive);
}

} // namespace astro

#include "SyncEndpoints.h"

namespace astro::sync {

QString endpointFor(const QString& type, const QJsonObject& payload)
{
    if (type == QLatin1String("customer.added"))
        return QStringLiteral("addCustomer");
    if (type == QLatin1String("customer.updated") || type == QLatin1String("customer.merged"))
        return QStringLiteral("updateCustomer");
    if (type.startsWith(QLatin1String("visit.")) || type == QLatin1String("scan.added") ||
        type.startsWith(QLatin1String("reward.")))
        return QStringLiteral("addTransactionBatch");
    if (type == QLatin1String("scan.voided"))
        return QStringLiteral("voidTransaction");
    if (type == QLatin1String("redemption.added"))
        return payload.value(QStringLiteral("offer")).toString().isEmpty()
                   ? QStringLiteral("addRedemption")
                   : QStringLiteral("addOfferTransaction");
    if (type == QLatin1String("redemption.undone"))
        return QStringLiteral("removeRedemption");
    if (type == QLatin1String("enrollment.changed"))
        return QStringLiteral("updateEnrollment");
    if (type.startsWith(QLatin1String("batch.")))
        return QStringLiteral("updateRetailerBatch");
    if (type.startsWith(QLatin1String("credit.")))
        return QStringLiteral("updateCredit");
    return QStringLiteral("addStoreEvent");
}

QStringList eventEndpoints()
{
    return {QStringLiteral("addCustomer"),         QStringLiteral("updateCustomer"),
            QStringLiteral("addTransactionBatch"), QStringLiteral("voidTransaction"),
            QStringLiteral("addRedemption"),       QStringLiteral("addOfferTransaction"),
            QStringLiteral("removeRedemption"),    QStringLiteral("updateEnrollment"),
            QStringLiteral("updateRetailerBatch"), QStringLiteral("updateCredit"),
            QStringLiteral("addStoreEvent")};
}

} // namespace astro::sync

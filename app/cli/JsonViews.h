#pragma once

#include "batches/BatchService.h"
#include "customers/CustomerStore.h"
#include "engine/CardService.h"
#include "engine/OfferService.h"
#include "engine/Redemption.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "enrollment/EnrollmentService.h"
#include "pos/BridgeSettings.h"
#include "pos/PosUserStore.h"
#include "storage/AuditLog.h"
#include "sync/ConflictLog.h"
#include "sync/SyncEngine.h"
#include "users/UserStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace astro::cli {

// The CLI's machine-readable shapes (docs/cli.md). Money is integer cents, times ISO-8601 UTC,
// UPCs as GTIN-14.
QJsonObject toJson(const Customer& c);
QJsonObject toJson(const Product& p);
QJsonObject toJson(const CardView& v);
QJsonObject toJson(const Reward& r);
QJsonObject toJson(const RewardChoice& c);
QJsonObject toJson(const ScanOutcome& s);
QJsonObject toJson(const Redemption& r);
QJsonObject toJson(const OfferChance& c);
QJsonObject toJson(const Batch& b);
QJsonObject toJson(const BatchLine& l);
QJsonObject toJson(const Enrollment& e);
QJsonObject toJson(const Distributor& d);
QJsonObject toJson(const AuditEntry& e);
QJsonObject toJson(const User& u);
QJsonObject toJson(const sync::SyncReport& r);
QJsonObject toJson(const sync::SyncConflict& c);
QJsonObject toJson(const PosUser& user);
QJsonObject toJson(const BridgeSettings& settings);

template <typename T> QJsonArray jsonArray(const std::vector<T>& items)
{
    QJsonArray a;
    for (const T& item : items)
        a.append(toJson(item));
    return a;
}

} // namespace astro::cli

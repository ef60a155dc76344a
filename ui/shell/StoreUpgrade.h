#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace astro::ui {

// Brings a store made by an older version up to this version's schema before the window opens:
// the store is backed up, then migrated (on a chain's store, a backup of gigabytes and the
// report totals built from millions of rows: a minute or more). It runs on a thread of its own
// while a window says what is happening and for how long it has been, so the wait never looks
// like a hang, and nothing can be done to the store meanwhile.
class StoreUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(StoreUpgrade)

public:
    // Whether the store at `path` needs it (Database::needsUpgrade).
    static bool needed(const QString& path);
    // Upgrades, showing the window (objectName "storeUpgradeProgress") until it is done. A
    // failure leaves the store as it was, and says why.
    static Status run(const QString& path);
};

} // namespace astro::ui

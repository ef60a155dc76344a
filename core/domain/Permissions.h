#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QCoreApplication>

namespace astro {

// What each role may do. Cashier < Manager < Admin; Manager is Admin without user
// administration and the store's sign-in to the Astro server.
enum class Permission
{
    CheckOut,       // customers, scans, redemptions and undo inside the open visit
    UndoAfterVisit, // undo a redemption from the customer's history
    MergeCustomers,
    AddException,     // an item on no card, added by hand
    ManageEnrollment, // distributors, account numbers, Temporary Holding
    ManageBatches,    // Retailer Free Goods Credit Batches
    ManageCredits,    // distributor credit status, resubmit
    ImportCatalog,
    ViewReports,
    ManageUsers,
    ManageSettings,
    ManageSync, // the Astro server and the store's sign-in there
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static bool allows(Role role, Permission permission);
    // Ok, or a Forbidden error naming what the role lacks.
    static Status check(const Actor& actor, Permission permission);
};

} // namespace astro

#include "Permissions.h"

namespace astro {

bool Permissions::allows(Role role, Permission permission)
{
    switch (role) {
    case Role::System:
    case Role::Admin:
        return true;
    case Role::Manager:
        return permission != Permission::ManageUsers && permission != Permission::ManageSync &&
               permission != Permission::AddException;
    case Role::Cashier:
        return permission == Permission::CheckOut;
    }
    return false;
}

Status Permissions::check(const Actor& actor, Permission permission)
{
    if (allows(actor.role, permission))
        return {};
    QString needed;
    switch (permission) {
    case Permission::ManageUsers:
    case Permission::ManageSync:
    case Permission::AddException:
        needed = tr("an Admin");
        break;
    case Permission::CheckOut:
        needed = tr("a signed-in user");
        break;
    default:
        needed = tr("a Manager or an Admin");
        break;
    }
    return makeError(ErrorCode::Forbidden,
                     tr("%1 is signed in as %2; only %3 may do this.")
                         .arg(actor.userName, label(actor.role).toLower(), needed));
}

} // namespace astro

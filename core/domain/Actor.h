#pragma once

#include "domain/Enums.h"

#include <QString>

namespace astro {

// Who is doing something, and where: every engine call that changes data takes one.
struct Actor
{
    qint64 userId = 0;
    QString userName;
    Role role = Role::Cashier;
    QString locationId;

    // The engine itself (catalog pulls, sync): passes every role check.
    static Actor system(const QString& locationId = {})
    {
        return Actor{0, QStringLiteral("system"), Role::System, locationId};
    }
};

} // namespace astro

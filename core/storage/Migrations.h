#pragma once

#include "common/Result.h"

#include <QStringList>

namespace astro {

class Database;

// The versioned schema. Each migration runs in one transaction and records itself in
// schema_version; a database is only ever moved forward.
class Migrations
{
public:
    static int latestVersion();
    // 0 for an empty database.
    static Result<int> currentVersion(Database& db);
    static Status migrate(Database& db, int targetVersion = -1);
    // The statements of a script of several, separated by ';' (none may hold one).
    static QStringList statementsOf(const char* script);
};

} // namespace astro

#pragma once

#include "common/Result.h"

namespace astro {
class Database;
}

namespace astro::server {

// The server's own tables, next to the engine's in the same SQLite file. The engine's migrations
// own their schema; these tables are only ever created here, all in one place.
class ServerSchema
{
public:
    static Status create(Database& db);
};

} // namespace astro::server

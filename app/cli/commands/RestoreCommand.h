#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `restore FILE --yes`: puts a verified backup in place of the store (no program may have it
// open); the replaced store is kept beside it.
class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    RestoreCommand();
    int execute(CommandContext& context) const override;
    bool createsStore() const override { return true; }
};

} // namespace astro::cli

#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `credits`: lists the distributor credits.
class CreditsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CreditsCommand)

public:
    CreditsCommand();
    int execute(CommandContext& context) const override;
};

} // namespace astro::cli

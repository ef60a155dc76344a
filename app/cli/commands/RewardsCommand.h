#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `rewards`: the products a customer may choose for a reward.
class RewardsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RewardsCommand)

public:
    RewardsCommand();
    int execute(CommandContext& context) const override;
};

} // namespace astro::cli

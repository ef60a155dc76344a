#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `redeem`: gives a customer a reward.
class RedeemCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RedeemCommand)

public:
    RedeemCommand();
    int execute(CommandContext& context) const override;
};

} // namespace astro::cli

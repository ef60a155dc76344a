#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `cards`: a customer's punch cards.
class CardsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CardsCommand)

public:
    CardsCommand();
    int execute(CommandContext& context) const override;
};

} // namespace astro::cli

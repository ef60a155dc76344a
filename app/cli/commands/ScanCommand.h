#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `scan`: records a visit, its items and the offers redeemed in it.
class ScanCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ScanCommand)

public:
    ScanCommand();
    int execute(CommandContext& context) const override;
};

} // namespace astro::cli

#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `bridge [settings]`: runs the POS bridge here, or changes its settings.
class BridgeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BridgeCommand)

public:
    BridgeCommand();
    // Without a subcommand.
    int execute(CommandContext& context) const override;
    QString groupUsage() const override;
};

} // namespace astro::cli

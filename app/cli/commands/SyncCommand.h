#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `sync [setup|status|conflicts|resolve]`: sync with the Astro server.
class SyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    SyncCommand();
    // Without a subcommand.
    int execute(CommandContext& context) const override;
    QString groupUsage() const override;
};

} // namespace astro::cli

#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `init`: creates the database, with the demo store or a first Admin.
class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    InitCommand();
    int execute(CommandContext& context) const override;
    bool createsStore() const override { return true; }
};

} // namespace astro::cli

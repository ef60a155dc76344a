#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `pos-user list|add|password|remove`: the POS bridge's accounts.
class PosUserCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PosUserCommand)

public:
    PosUserCommand();

    // The line that says how to use the group (also for a subcommand missing its argument).
    static QString use();
    QString groupUsage() const override { return use(); }
};

} // namespace astro::cli

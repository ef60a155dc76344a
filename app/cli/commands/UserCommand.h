#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `user list|add|pin|role|disable|enable`: the counter users.
class UserCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    UserCommand();

    // The line that says how to use the group (also for a subcommand missing its argument).
    static QString use();
    QString groupUsage() const override { return use(); }
};

} // namespace astro::cli

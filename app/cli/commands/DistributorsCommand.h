#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `distributors eligible`: the distributors a program may use at a location.
class DistributorsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DistributorsCommand)

public:
    DistributorsCommand();

    // The line that says how to use the group (also for a subcommand missing its argument).
    static QString use();
    QString groupUsage() const override { return use(); }
};

} // namespace astro::cli

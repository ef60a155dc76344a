#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `credit mark|resubmit`: follows a distributor credit.
class CreditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CreditCommand)

public:
    CreditCommand();

    // The line that says how to use the group (also for a subcommand missing its argument).
    static QString use();
    QString groupUsage() const override { return use(); }
};

} // namespace astro::cli

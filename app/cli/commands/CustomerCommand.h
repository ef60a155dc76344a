#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `customer add|find|show|merge`: the customer accounts.
class CustomerCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCommand)

public:
    CustomerCommand();

    // The line that says how to use the group (also for a subcommand missing its argument).
    static QString use();
    QString groupUsage() const override { return use(); }
};

} // namespace astro::cli

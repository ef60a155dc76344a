#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `enrollment list|held|set`: the location's program enrollments.
class EnrollmentCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentCommand)

public:
    EnrollmentCommand();

    // The line that says how to use the group (also for a subcommand missing its argument).
    static QString use();
    QString groupUsage() const override { return use(); }
};

} // namespace astro::cli

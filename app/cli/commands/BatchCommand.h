#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `batch show|export|close|submit|complete|cadence`: one batch, or the cadence.
class BatchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommand)

public:
    BatchCommand();

    // The line that says how to use the group (also for a subcommand missing its argument).
    static QString use();
    QString groupUsage() const override { return use(); }
};

} // namespace astro::cli

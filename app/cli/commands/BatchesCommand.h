#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `batches`: lists the Retailer Free Goods Credit batches.
class BatchesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BatchesCommand)

public:
    BatchesCommand();
    int execute(CommandContext& context) const override;
};

} // namespace astro::cli

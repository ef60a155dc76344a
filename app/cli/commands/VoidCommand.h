#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `void`: voids a scan after its visit.
class VoidCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VoidCommand)

public:
    VoidCommand();
    int execute(CommandContext& context) const override;
};

} // namespace astro::cli

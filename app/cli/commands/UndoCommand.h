#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `undo`: undoes a redemption.
class UndoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UndoCommand)

public:
    UndoCommand();
    int execute(CommandContext& context) const override;
};

} // namespace astro::cli

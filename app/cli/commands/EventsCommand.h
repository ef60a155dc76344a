#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `events`: the event log waiting for (or sent to) the sync server.
class EventsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EventsCommand)

public:
    EventsCommand();
    int execute(CommandContext& context) const override;
};

} // namespace astro::cli

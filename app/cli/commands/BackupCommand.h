#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `backup [list|settings]`: backs the store up now (a verified copy in the backup folder),
// lists the backups, or changes where they go and how long they are kept.
class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    BackupCommand();
    int execute(CommandContext& context) const override;
    QString groupUsage() const override;
};

} // namespace astro::cli

#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QCoreApplication>
#include <QString>

namespace astro {

class Store;

// An Admin's choice of where backups go and how many days they are kept (audited). An empty
// folder means the "backups" folder beside the database; a folder on another disk (a USB
// drive, a network share) is what survives a dead disk.
struct BackupSettings
{
    Q_DECLARE_TR_FUNCTIONS(BackupSettings)

public:
    QString folder;
    int keepDays = 14;

    static Result<BackupSettings> load(Store& store);
    Status save(Store& store, const Actor& actor) const;
};

} // namespace astro

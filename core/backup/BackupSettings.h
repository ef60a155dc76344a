#pragma once

#include "BackupFolder.h"
#include "common/Result.h"
#include "domain/Actor.h"

#include <QCoreApplication>
#include <QString>

namespace astro {

class Database;
class Store;

// An Admin's choice of where backups go and how many days they are kept (audited). An empty
// folder means the "backups" folder beside the database; a folder on another disk (a USB
// drive, a network share) is what survives a dead disk.
struct BackupSettings
{
    Q_DECLARE_TR_FUNCTIONS(BackupSettings)

public:
    QString folder;
    int keepDays = BackupFolder::defaultKeepDays;

    static Result<BackupSettings> load(Store& store);
    // The same from the database alone (a store being migrated has no Store yet).
    static Result<BackupSettings> read(Database& db);
    Status save(Store& store, const Actor& actor) const;
};

} // namespace astro

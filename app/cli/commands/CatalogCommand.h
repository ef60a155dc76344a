#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `catalog import`: imports a catalog document.
class CatalogCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCommand)

public:
    CatalogCommand();

    // The line that says how to use the group (also for a subcommand missing its argument).
    static QString use();
    QString groupUsage() const override { return use(); }
};

} // namespace astro::cli

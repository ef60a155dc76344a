#pragma once

#include <QString>
#include <QStringList>

namespace astro {

// One number that changes whenever the catalog does: a trigger on every table a remembered
// catalog answer is read from (products, cards, programs, offers, enrollments, distributors)
// adds one to it in the same transaction as the change, whoever writes — this counter, another
// one, the sync, the POS bridge, the CLI, a migration. A reader that finds the number it saw
// before knows nothing it remembered has changed.
namespace CatalogGeneration {

// The tables watched.
const QStringList& tables();
// The migration that makes the number and its triggers.
QStringList migration();
// The statement that reads it.
QString readSql();

} // namespace CatalogGeneration

} // namespace astro

#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace astro {
class Store;
}

namespace bench {

// Checks that the generated store is what the engine would have written: the schema is the
// migrated one (compared with a fresh database in `dir`), every reference resolves, and the
// rewards rows match the engine's card replay on cards sampled with `seed`. Each check passed
// adds a line to `report`.
astro::Status verify(astro::Store& store, const QString& dir, quint64 seed, QStringList& report);

} // namespace bench

#pragma once

#include "common/Result.h"

#include <QString>

namespace astro {

// A store found damaged is marked beside its file ("<database>.damaged", holding the problem
// found). Every connection that opened it as a store — the app's, the sync's, the POS bridge's,
// the CLI's, another counter's — then refuses to write, so nothing more is recorded into a file
// that may lose it. The mark goes when the last good backup is put back (Restore sets it aside
// with the replaced store) or when a full integrity check finds the store whole again.
class DamageMark
{
public:
    static QString pathFor(const QString& databasePath);
    // The problem recorded; empty when the store is not marked.
    static QString problem(const QString& databasePath);
    static void set(const QString& databasePath, const QString& problem);
    static void clear(const QString& databasePath);
};

} // namespace astro

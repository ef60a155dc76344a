#pragma once

#include "SyncBench.h"

namespace bench {

// The products of the catalog the many counters' server publishes (the --quick store's
// programs and cards): each counter downloads and imports it in its setup.
constexpr int manyCountersProducts = 1000;

// Many counters pushing at once (SyncFigures::Many): one fresh astro-server in `dir`;
// `sync.counters` fresh counter stores in `dir`, each on a thread of its own, with its own
// device id, token and sync settings. Untimed, all at once: each signs in, gets the catalog,
// enrolls its location; once all have sent that, each brings back the others' and writes its
// day of `sync.events / sync.counters` events. Timed: each thread opens its store again and
// runs one SyncEngine::run, all released by one start signal. Fails when a setup or a round
// fails, or a round leaves events unsent.
astro::Status measureManyCounters(const Config& config, const SyncBenchConfig& sync,
                                  const QString& dir, SyncFigures::Many& figures);

} // namespace bench

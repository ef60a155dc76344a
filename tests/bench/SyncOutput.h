#pragma once

#include "SyncBench.h"

#include <QJsonObject>

#include <cstdio>

namespace bench {

// The sync's targets. A day's push: 5,000 events/s for a full day of 10,000 events (or more);
// a smaller push (--quick's 2,000) is a smoke test with a target a loaded CI machine meets.
double pushTargetEventsPerSecond(int events);
// The first catalog pull: 5 s up to 100,000 products, 5 s per 100,000 beyond.
double pullTargetSeconds(int products);

// The sync's lines of the table; returns whether its targets are met (a missed target is only
// reported: main decides the exit status).
bool printSync(FILE* table, const SyncFigures& figures);

// The "sync" object of the JSON output.
QJsonObject syncJson(const SyncFigures& figures);

} // namespace bench

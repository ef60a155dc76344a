#pragma once

#include "common/Result.h"

#include <QString>

#include <vector>

namespace guibench {

// One start of the app on a store, in a fresh process, in milliseconds.
struct StartSample
{
    double openMs = 0;   // Store::open (and the WAL checkpointer, as the app makes it)
    double windowMs = 0; // MainWindow constructed
    double paintMs = 0;  // shown and painted: the sign-in screen on screen
    double totalMs() const { return openMs + windowMs + paintMs; }
};

struct StartFigures
{
    std::vector<StartSample> chain; // --db
    std::vector<StartSample> demo;  // --demo-db
};

// Starts on the chain store and on the demo store, alternately, `runs` times each after one
// untimed start of each (the files then in the page cache, as at a counter starting again).
// An empty `chainPath` measures the demo store alone.
astro::Result<StartFigures> measureStarts(const QString& chainPath, const QString& demoPath,
                                          int runs);

// The child's side: one start on `path`, printed as JSON for the parent.
int startChild(const QString& path);

} // namespace guibench

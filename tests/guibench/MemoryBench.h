#pragma once

#include "Driver.h"

#include "common/Result.h"

#include <QString>

#include <utility>
#include <vector>

namespace guibench {

// The app's memory on a store, in a fresh process: after it starts, and after an Admin opened
// every back-office page and each page's background reads finished.
struct MemoryFigures
{
    double startedMb = 0; // VmHWM with the sign-in screen on screen
    double peakMb = 0;    // VmHWM after every page
    double residentMb = 0;
    // Each page: from asking for it to its reads done and the window painted.
    std::vector<std::pair<QString, double>> pagesMs;
};

astro::Result<MemoryFigures> measureMemory(const QString& path, const Credentials& admin);

// The child's side.
int memoryChild(const QString& path, const Credentials& admin);

} // namespace guibench

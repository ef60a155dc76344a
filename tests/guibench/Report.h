#pragma once

#include "MemoryBench.h"
#include "ScanBench.h"
#include "StartBench.h"

#include <QJsonObject>
#include <QString>

#include <cstdio>
#include <optional>

namespace guibench {

// Issue 16's targets for what the cashier and the manager see.
inline constexpr double scanP99TargetMs = 50;
inline constexpr double startRatioTarget = 1.2;
inline constexpr double peakMemoryTargetMb = 200;

// A store measured: where, how big.
struct StoreFacts
{
    QString path;
    qint64 bytes = 0;
    qint64 customers = -1;
    qint64 punches = -1;
    qint64 scans = -1;
};

struct Results
{
    bool quick = false;
    StoreFacts chain; // empty path with --quick
    StoreFacts demo;
    QString sqlite;
    int scansPerVisit = 0;
    quint64 seed = 0;
    std::optional<ScanFigures> scans; // on the chain store (the demo store with --quick)
    std::optional<StartFigures> starts;
    std::optional<MemoryFigures> memory; // likewise
    double loadBefore = 0;
    double loadAfter = 0;
};

// Prints the table; true when every target measured is met.
bool printTable(FILE* out, const Results& results);

QJsonObject toJson(const Results& results);

} // namespace guibench

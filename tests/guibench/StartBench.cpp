#include "StartBench.h"

#include "ChildRun.h"
#include "Driver.h"
#include "Latency.h"

#include "ui/shell/MainWindow.h"

#include "storage/WalCheckpointer.h"
#include "store/Store.h"

#include <QDialog>
#include <QJsonObject>

#include <cstdio>
#include <utility>

using namespace astro;

namespace guibench {

namespace {

Result<StartSample> startOnce(const QString& path)
{
    auto answer = runChild({QStringLiteral("--child-start"), path});
    if (!answer)
        return answer.error();
    StartSample s;
    s.openMs = answer->value(QStringLiteral("open_ms")).toDouble();
    s.windowMs = answer->value(QStringLiteral("window_ms")).toDouble();
    s.paintMs = answer->value(QStringLiteral("paint_ms")).toDouble();
    return s;
}

} // namespace

Result<StartFigures> measureStarts(const QString& chainPath, const QString& demoPath, int runs)
{
    StartFigures figures;
    for (int run = 0; run <= runs; ++run) {
        for (const auto& [path, into] :
             {std::pair{chainPath, &figures.chain}, std::pair{demoPath, &figures.demo}}) {
            if (path.isEmpty())
                continue;
            auto sample = startOnce(path);
            if (!sample)
                return sample.error();
            if (run > 0) // the first of each only warms the page cache
                into->push_back(*sample);
        }
    }
    return figures;
}

int startChild(const QString& path)
{
    QElapsedTimer clock;
    clock.start();
    auto opened = Store::open(path);
    if (!opened) {
        std::fprintf(stderr, "astro-gui-bench: %s\n", qPrintable(opened.error().message));
        return 2;
    }
    WalCheckpointer checkpointer(path);
    WalCheckpointer::handOver((*opened)->db());
    const double openMs = elapsedMs(clock);
    clock.restart();
    ui::MainWindow window(**opened);
    const double windowMs = elapsedMs(clock);
    clock.restart();
    showAtBenchSize(window);
    const double paintMs = elapsedMs(clock);
    return answerParent(QJsonObject{{QStringLiteral("open_ms"), openMs},
                                    {QStringLiteral("window_ms"), windowMs},
                                    {QStringLiteral("paint_ms"), paintMs}});
}

} // namespace guibench

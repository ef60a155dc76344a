#include "MemoryBench.h"

#include "ChildRun.h"
#include "Latency.h"

#include "ui/backoffice/BackOfficeWidget.h"
#include "ui/common/BackgroundReader.h"
#include "ui/shell/MainWindow.h"

#include "storage/WalCheckpointer.h"
#include "store/Store.h"

#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace astro;

namespace guibench {

namespace {

// A line of /proc/self/status ("VmHWM:  123456 kB"), in MB.
double statusMb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

bool anyReading(const QWidget& window)
{
    for (const ui::BackgroundReader* reader : window.findChildren<ui::BackgroundReader*>())
        if (reader->busy())
            return true;
    return false;
}

// Shows the page, then waits until no background read has been under way for a while (a page
// may ask for a second read once the first answered). The time is to the last answer, painted.
double openPage(ui::MainWindow& window, QWidget* page)
{
    constexpr double quietMs = 300;
    QElapsedTimer clock;
    clock.start();
    window.backOffice()->showPage(page);
    settleAndPaint(window);
    double answeredMs = elapsedMs(clock);
    waitUntil(
        [&] {
            if (anyReading(window)) {
                answeredMs = -1;
                return false;
            }
            if (answeredMs < 0) {
                settleAndPaint(window);
                answeredMs = elapsedMs(clock);
            }
            return elapsedMs(clock) - answeredMs >= quietMs;
        },
        600000);
    return answeredMs;
}

} // namespace

Result<MemoryFigures> measureMemory(const QString& path, const Credentials& admin)
{
    QStringList args{QStringLiteral("--child-memory"), path};
    if (!admin.name.isEmpty())
        args << QStringLiteral("--admin") << admin.name << QStringLiteral("--admin-pin")
             << admin.pin;
    auto answer = runChild(args);
    if (!answer)
        return answer.error();
    MemoryFigures f;
    f.startedMb = answer->value(QStringLiteral("started_vmhwm_mb")).toDouble();
    f.peakMb = answer->value(QStringLiteral("vmhwm_mb")).toDouble();
    f.residentMb = answer->value(QStringLiteral("vmrss_mb")).toDouble();
    for (const QJsonValue& v : answer->value(QStringLiteral("pages")).toArray())
        f.pagesMs.emplace_back(v[QStringLiteral("page")].toString(),
                               v[QStringLiteral("ms")].toDouble());
    return f;
}

int memoryChild(const QString& path, const Credentials& given)
{
    auto opened = Store::open(path);
    if (!opened) {
        std::fprintf(stderr, "astro-gui-bench: %s\n", qPrintable(opened.error().message));
        return 2;
    }
    Store& store = **opened;
    const auto admin = userFor(store, Role::Admin, given);
    if (!admin) {
        std::fprintf(stderr,
                     "astro-gui-bench: no known Admin in %s: pass --admin and "
                     "--admin-pin\n",
                     qPrintable(path));
        return 2;
    }
    WalCheckpointer checkpointer(path);
    WalCheckpointer::handOver(store.db());
    ui::MainWindow window(store);
    showAtBenchSize(window);
    const double startedMb = statusMb("VmHWM");
    QString why;
    if (!signIn(window, *admin, why)) {
        std::fprintf(stderr, "astro-gui-bench: %s\n", qPrintable(why));
        return 2;
    }
    window.showSection(window.backOffice());
    settleAndPaint(window);
    QJsonArray pages;
    for (QWidget* page : window.backOffice()->availablePages()) {
        const double ms = openPage(window, page);
        pages.append(
            QJsonObject{{QStringLiteral("page"), page->windowTitle()}, {QStringLiteral("ms"), ms}});
    }
    return answerParent(QJsonObject{{QStringLiteral("started_vmhwm_mb"), startedMb},
                                    {QStringLiteral("vmhwm_mb"), statusMb("VmHWM")},
                                    {QStringLiteral("vmrss_mb"), statusMb("VmRSS")},
                                    {QStringLiteral("pages"), pages}});
}

} // namespace guibench

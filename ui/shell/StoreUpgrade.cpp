#include "StoreUpgrade.h"

#include "storage/Database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProgressDialog>
#include <QTimer>

#include <atomic>
#include <thread>

namespace astro::ui {

bool StoreUpgrade::needed(const QString& path)
{
    return Database::needsUpgrade(path);
}

Status StoreUpgrade::run(const QString& path)
{
    QProgressDialog progress;
    progress.setObjectName(QStringLiteral("storeUpgradeProgress"));
    progress.setWindowTitle(tr("Updating the database"));
    progress.setCancelButton(nullptr); // a migration is one transaction: it finishes or rolls back
    progress.setRange(0, 0);           // no steps to count: SQLite works through it in one go
    progress.setMinimumDuration(0);
    progress.setMinimumWidth(progress.fontMetrics().averageCharWidth() * 60);
    const auto label = [](qint64 seconds) {
        return tr("This version of Astro Counter updates the store's database: it backs it up "
                  "first, then adds up its history for the reports. On a large store this takes "
                  "a minute or two, and only once. Leave the computer on.") +
               QStringLiteral("\n\n") +
               tr("%1:%2 so far").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    };
    progress.setLabelText(label(0));
    progress.show();

    // The store is opened, backed up and migrated on its own connection, on its own thread; the
    // window goes on painting. The connection is closed before the app opens its own.
    std::atomic_bool done = false;
    Status outcome;
    std::thread worker([&] {
        auto opened = Database::open(path);
        if (!opened)
            outcome = opened.error();
        done = true;
    });

    QEventLoop loop;
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer tick;
    qint64 shown = 0;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done) {
            loop.quit();
            return;
        }
        if (const qint64 seconds = elapsed.elapsed() / 1000; seconds != shown)
            progress.setLabelText(label(shown = seconds));
    });
    tick.start(100);
    loop.exec();
    worker.join();
    return outcome;
}

} // namespace astro::ui

// A store made by an older version is brought up to date before the window opens, on a thread
// of its own, with a window saying so; a failure says why and leaves the store as it was.
#include "TestStore.h"

#include "engine/VisitService.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "ui/shell/StoreUpgrade.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QTest>
#include <QTimer>

using namespace astro;
using namespace astro::test;
using astro::ui::StoreUpgrade;

namespace {

// A store at schema 7 with a few punches, closed.
QString olderStore(TestStore& ts)
{
    ready(ts);
    const Actor cashier = ts.cashier();
    auto visit = ts->visits().open(cashier, ts.addCustomer());
    if (!visit || !ts->visits().scan(cashier, visit->id, line("ANY-1", 2)))
        qFatal("scan refused");
    const QString path = ts.path();
    ts.close();
    schema7(path);
    return path;
}

// Whether the upgrade window is on screen, checked as soon as the upgrade's event loop runs.
bool windowShownDuring(const QString& path, Status& outcome)
{
    bool shown = false;
    QTimer::singleShot(0, [&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("storeUpgradeProgress") && w->isVisible())
                shown = true;
    });
    outcome = StoreUpgrade::run(path);
    return shown;
}

} // namespace

class TestStoreUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyAnOlderStoreNeedsIt()
    {
        QTemporaryDir dir;
        QVERIFY(!StoreUpgrade::needed(dir.filePath(QStringLiteral("none.sqlite"))));
        TestStore current;
        const QString path = current.path();
        current.close();
        QVERIFY(!StoreUpgrade::needed(path));
        TestStore older;
        QVERIFY(StoreUpgrade::needed(olderStore(older)));
    }

    void anOlderStoreIsBroughtUpToDateWithAWindow()
    {
        TestStore ts;
        const QString path = olderStore(ts);
        Status outcome;
        QVERIFY(windowShownDuring(path, outcome));
        ASTRO_VERIFY_OK(outcome);
        QVERIFY(!StoreUpgrade::needed(path));
        TAKE(db, Database::open(path));
        TAKE(version, Migrations::currentVersion(*db));
        QCOMPARE(version, Migrations::latestVersion());
        TAKE(units, db->scalar(QStringLiteral("SELECT sum(units) FROM punch_days")));
        QCOMPARE(units.toInt(), 2);
        // The window is gone once the store is ready.
        for (QWidget* w : QApplication::topLevelWidgets())
            QVERIFY(!(w->objectName() == QLatin1String("storeUpgradeProgress") && w->isVisible()));
    }

    void aFailedUpgradeSaysWhyAndChangesNothing()
    {
        // The backup made before the schema changes cannot be written: a file where its
        // folder would be.
        TestStore again;
        const QString older = olderStore(again);
        const QString folder = QFileInfo(older).absoluteDir().filePath(QStringLiteral("backups"));
        QDir(folder).removeRecursively();
        QFile blocker(folder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Status outcome;
        windowShownDuring(older, outcome);
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(QStringLiteral("backup")),
                 qPrintable(outcome.error().message));
        QVERIFY(StoreUpgrade::needed(older)); // still schema 7
    }
};

QTEST_MAIN(TestStoreUpgrade)
#include "tst_storeupgrade.moc"

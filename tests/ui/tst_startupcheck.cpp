// After start, SQLite's quick_check runs on its own thread: a whole store says nothing, a
// damaged one is said at once with the last good backup and how to put it back.
#include "UiTest.h"

#include "storage/DamageMark.h"
#include "ui/shell/DailyBackup.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SessionStatusBar.h"
#include "ui/shell/StartupCheck.h"

#include <QPushButton>

#include <QMessageBox>
#include <QSignalSpy>

using namespace astro;
using namespace astro::test;

class TestStartupCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(m_settings); }

    void aWholeStoreSaysNothing()
    {
        TestStore ts;
        ts.loadDemo();
        QWidget window;
        ui::StartupCheck check(ts.store(), nullptr, &window);
        QSignalSpy finished(&check, &ui::StartupCheck::finished);
        check.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toString(), QString());
        QVERIFY(window.findChildren<QMessageBox*>().isEmpty());
    }

    void aDamagedStoreIsSaidWithTheWayBack()
    {
        TestStore ts;
        ts.loadDemo();
        const BackupFile backup = ts.backUp();
        ts.close();
        damageTable(ts.path(), QStringLiteral("punches"));
        auto store = Store::open(ts.path());
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        ui::DailyBackup backups(**store);
        QWidget window;
        ui::StartupCheck check(**store, &backups, &window);
        QSignalSpy finished(&check, &ui::StartupCheck::finished);
        check.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const QString problem = finished.at(0).at(0).toString();
        QVERIFY(!problem.isEmpty());
        const auto boxes = window.findChildren<QMessageBox*>();
        QCOMPARE(boxes.size(), 1);
        const QString text = boxes.first()->text();
        QVERIFY2(text.contains(QStringLiteral("is damaged")), qPrintable(text));
        QVERIFY(
            text.contains(QStringLiteral("astro-counter-cli restore %1 --yes").arg(backup.path)));
        QVERIFY2(text.contains(QStringLiteral("read-only")), qPrintable(text));
        // SQLite's words for support, not in the message staff read.
        QVERIFY(!text.contains(problem));
        QCOMPARE(boxes.first()->detailedText(), problem);
        boxes.first()->close();
        QVERIFY(!DamageMark::problem(ts.path()).isEmpty());
    }

    // The window says the store is being checked, then that it is read-only for as long as it
    // stays marked; the status bar opens the way back again.
    void theStatusBarSaysTheStoreIsReadOnly()
    {
        TestStore ts;
        ts.loadDemo();
        ts.close();
        damageTable(ts.path(), QStringLiteral("punches"));
        auto store = Store::open(ts.path());
        QVERIFY(store);
        ui::MainWindow window(**store);
        ui::SessionStatusBar* status = window.sessionStatusBar();
        QCOMPARE(status->storageText(), QString());
        ui::StartupCheck check(**store, nullptr, nullptr);
        window.setStartupCheck(&check);
        QSignalSpy finished(&check, &ui::StartupCheck::finished);
        check.start();
        QCOMPARE(status->storageText(), QStringLiteral("Checking the database…"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(status->storageText(), QStringLiteral("Read-only: damaged database"));

        auto* button = status->findChild<QPushButton*>(QStringLiteral("statusStorage"));
        QVERIFY(button);
        button->click();
        const auto boxes = window.findChildren<QMessageBox*>();
        QCOMPARE(boxes.size(), 1);
        QVERIFY(boxes.first()->text().contains(QStringLiteral("There is no backup to put back")));
        boxes.first()->close();

        // Put right (here: the mark lifted), the status bar says nothing more.
        DamageMark::clear(ts.path());
        status->refresh();
        QCOMPARE(status->storageText(), QString());
    }

    // A store marked earlier (by the sync, the CLI, or a write that met the damage) shows it
    // from the start.
    void aMarkedStoreShowsItAtOnce()
    {
        TestStore ts;
        ts.loadDemo();
        DamageMark::set(ts.path(), QStringLiteral("page 3"));
        ui::MainWindow window(ts.store());
        QCOMPARE(window.sessionStatusBar()->storageText(),
                 QStringLiteral("Read-only: damaged database"));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestStartupCheck)
#include "tst_startupcheck.moc"

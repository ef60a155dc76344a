// After start, SQLite's quick_check runs on its own thread: a whole store says nothing, a
// damaged one is said at once with the last good backup and how to put it back.
#include "UiTest.h"

#include "ui/shell/DailyBackup.h"
#include "ui/shell/StartupCheck.h"

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
        boxes.first()->close();
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestStartupCheck)
#include "tst_startupcheck.moc"

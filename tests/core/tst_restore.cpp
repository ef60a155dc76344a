// Restore: a checked backup replaces a store no program has open; the replaced store is kept;
// what the backup had not sent still goes out; what would be left behind is said first.
#include "TestStore.h"
#include "backup/Backup.h"
#include "backup/Restore.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace astro;
using astro::test::TestStore;

namespace {

qint64 count(const QString& path, const QString& sql)
{
    auto db = Database::openRaw(path);
    if (!db)
        return -1;
    auto n = (*db)->scalar(sql);
    return n ? n->toLongLong() : -1;
}

const QString customers = QStringLiteral("SELECT count(*) FROM customers");
const QString unsent = QStringLiteral("SELECT count(*) FROM events WHERE sent_at IS NULL");

} // namespace

class TestRestore : public QObject
{
    Q_OBJECT

private slots:
    void putsTheBackupBackAndKeepsTheReplacedStore()
    {
        TestStore ts;
        ts.loadDemo();
        const QString device = ts->deviceId();
        const BackupFile backup = ts.backUp();
        const qint64 customersInBackup = count(backup.path, customers);
        const qint64 unsentInBackup = count(backup.path, unsent);
        QVERIFY(unsentInBackup > 0);
        // Two customers added after the backup, never sent.
        ts.addCustomer(QStringLiteral("Anne"), QStringLiteral("Roy"));
        ts.addCustomer(QStringLiteral("Luc"), QStringLiteral("Roy"));
        ts.close();

        auto behind = Restore::unsentLeftBehind(ts.path(), backup.path);
        QVERIFY(behind);
        QCOMPARE(*behind, qint64(2));
        const QDateTime now = ts.clock().now().addDays(1);
        auto report = Restore::run(ts.path(), backup.path, now);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->unsentInBackup, unsentInBackup);
        QCOMPARE(report->unsentLeftBehind, qint64(2));
        QCOMPARE(report->restored.path, backup.path);
        QCOMPARE(report->replacedKeptAt, ts.path() + QStringLiteral(".replaced-20261117-150000"));
        QCOMPARE(count(ts.path(), customers), customersInBackup);
        QCOMPARE(count(report->replacedKeptAt, customers), customersInBackup + 2);
        QVERIFY(!QFileInfo::exists(ts.path() + QStringLiteral(".restoring")));

        // The restored store opens as the same counter, its unsent changes still waiting.
        auto reopened = Store::open(ts.path());
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
        QCOMPARE((*reopened)->deviceId(), device);
        QCOMPARE(*(*reopened)->events().unsentCount(), unsentInBackup);
    }

    void refusesWhileTheStoreIsOpen()
    {
        TestStore ts;
        ts.addCustomer();
        const BackupFile backup = ts.backUp();
        ts.addCustomer(QStringLiteral("Anne"), QStringLiteral("Roy"));
        // ts keeps the store open, as a running counter would.
        auto report = Restore::run(ts.path(), backup.path, ts->now());
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Conflict);
        QVERIFY(report.error().message.contains(QStringLiteral("in use")));
        QCOMPARE(*ts->db().scalar(customers), QVariant(2));
        QVERIFY(!QFileInfo::exists(ts.path() + QStringLiteral(".restoring")));
    }

    void refusesADamagedBackupAndChangesNothing()
    {
        TestStore ts;
        ts.loadDemo();
        const BackupFile backup = ts.backUp();
        ts.close();
        {
            QFile file(backup.path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            for (qint64 at = 8192; at < file.size() - 1024; at += 4096) {
                file.seek(at);
                file.write(QByteArray(700, '\x33'));
            }
        }
        const QByteArray original = [&] {
            QFile f(ts.path());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        auto report = Restore::run(ts.path(), backup.path, ts.clock().now());
        QVERIFY(!report);
        QFile f(ts.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), original);
        QCOMPARE(QDir(ts.dir()).entryList({QStringLiteral("*.replaced-*")}, QDir::Files).size(), 0);
    }

    void restoresWhereTheStoreIsGone()
    {
        TestStore ts;
        ts.loadDemo();
        const BackupFile backup = ts.backUp();
        const qint64 inBackup = count(backup.path, customers);
        ts.close();
        // A new disk: no database yet where the counter looks for it.
        QTemporaryDir newDisk;
        const QString path = newDisk.filePath(QStringLiteral("astro-counter.sqlite"));
        QCOMPARE(*Restore::unsentLeftBehind(path, backup.path), qint64(0));
        auto report = Restore::run(path, backup.path, ts.clock().now());
        QVERIFY(report);
        QVERIFY(report->replacedKeptAt.isEmpty());
        QCOMPARE(count(path, customers), inBackup);
        const QFile::Permissions others =
            QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"

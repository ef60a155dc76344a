// The WAL is copied back into the store on a thread of its own: while a WalCheckpointer runs,
// a commit no longer pays SQLite's automatic checkpoint, and the WAL still goes back into the
// file, on the checkpointer's time.
#include "TestStore.h"
#include "storage/Database.h"
#include "storage/WalCheckpointer.h"

#include <QFileInfo>
#include <QtTest>

using namespace astro;
using astro::test::TestStore;

namespace {

// In WAL mode the database file itself changes only when a checkpoint copies pages into it.
qint64 fileSize(const QString& path)
{
    return QFileInfo(path).size();
}

// About `pages` pages of 4 KB, in commits of 50 pages each.
void writePages(Database& db, int pages)
{
    QVERIFY(db.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS scratch (x BLOB)")).ok());
    for (int done = 0; done < pages; done += 50) {
        QVERIFY(db.begin().ok());
        for (int i = 0; i < 50; ++i)
            QVERIFY(
                db.execute(QStringLiteral("INSERT INTO scratch VALUES (randomblob(4000))")).ok());
        QVERIFY(db.commit().ok());
    }
}

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    // The cause: alone, the commit that crosses 1,000 pages copies the WAL back itself.
    void aloneACommitCheckpointsItself()
    {
        TestStore ts;
        const qint64 before = fileSize(ts.path());
        writePages(ts->db(), 1500);
        QVERIFY(fileSize(ts.path()) > before + 500 * 4096);
    }

    void whileOneRunsCommitsLeaveTheWalToIt()
    {
        TestStore ts;
        WalCheckpointer checkpointer(ts.path(), 60 * 60 * 1000); // not before it stops
        // Connections opened while it runs get the backstop from Database::open.
        auto other = Database::open(ts.path());
        QVERIFY(other);
        QCOMPARE((*other)->scalar(QStringLiteral("PRAGMA wal_autocheckpoint"))->toInt(),
                 WalCheckpointer::backstopPages);
        WalCheckpointer::handOver(ts->db());
        const qint64 before = fileSize(ts.path());
        writePages(ts->db(), 1500);
        QCOMPARE(fileSize(ts.path()), before);
    }

    void itCopiesTheWalBackOnItsOwn()
    {
        TestStore ts;
        WalCheckpointer checkpointer(ts.path(), 50);
        WalCheckpointer::handOver(ts->db());
        const qint64 before = fileSize(ts.path());
        writePages(ts->db(), 300);
        QTRY_VERIFY_WITH_TIMEOUT(fileSize(ts.path()) > before + 250 * 4096, 10000);
        // The file grows while the checkpoint copies; it counts itself once SQLite answers, on
        // its own thread, so a loaded machine may show the one before the other.
        QTRY_VERIFY_WITH_TIMEOUT(checkpointer.checkpoints() > 0, 10000);
        // Every page is in the file and the store reads whole.
        TAKE(rows, ts->db().scalar(QStringLiteral("SELECT count(*) FROM scratch")));
        QCOMPARE(rows.toInt(), 300);
        TAKE(problem, ts->db().integrityProblem());
        QCOMPARE(problem, QString());
    }

    // Stopping copies back what is left.
    void itCheckpointsOnceMoreAsItStops()
    {
        TestStore ts;
        const qint64 before = fileSize(ts.path());
        {
            WalCheckpointer checkpointer(ts.path(), 60 * 60 * 1000);
            WalCheckpointer::handOver(ts->db());
            writePages(ts->db(), 200);
            QCOMPARE(fileSize(ts.path()), before);
        }
        QVERIFY(fileSize(ts.path()) > before + 150 * 4096);
        QVERIFY(!WalCheckpointer::running());
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"

// Backups: SQLite's online copy, owner-only, checked before it gets its name, kept for the
// folder's days (the newest always), made before every migration; their settings.
#include "TestStore.h"
#include "backup/Backup.h"
#include "backup/BackupSettings.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace astro;
using astro::test::TestStore;

namespace {

qint64 count(const QString& path, const char* table)
{
    auto db = Database::openUntouched(path);
    if (!db)
        return -1;
    auto n = (*db)->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return n ? n->toLongLong() : -1;
}

// Overwrites `bytes` bytes in the middle of the file, as a failing disk would.
void damage(const QString& path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 8192);
    for (qint64 at = 4096; at < size - 1024; at += 4096) {
        file.seek(at + 100);
        file.write(QByteArray(600, '\x5a'));
    }
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void makesACheckedOwnerOnlyCopy()
    {
        TestStore ts;
        ts.loadDemo();
        const BackupFolder folder = BackupFolder::of(ts->db());
        QCOMPARE(folder.path(), QDir(ts.dir()).filePath(QStringLiteral("backups")));
        auto made = Backup::make(ts->db(), folder, QStringLiteral("manual"), ts->now());
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        QCOMPARE(made->reason, QStringLiteral("manual"));
        QCOMPARE(made->at, ts->now());
        QVERIFY(made->path.endsWith(QStringLiteral("astro-counter-20261116-150000-manual.sqlite")));
        QCOMPARE(test::fileMode(made->path), 0600);
        QCOMPARE(test::fileMode(folder.path()), 0700);
        QVERIFY(Backup::verify(made->path));
        QCOMPARE(count(made->path, "customers"),
                 ts->db().scalar(QStringLiteral("SELECT count(*) FROM customers"))->toLongLong());
        QCOMPARE(count(made->path, "events"),
                 ts->db().scalar(QStringLiteral("SELECT count(*) FROM events"))->toLongLong());
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 1); // no .partial left
        QCOMPARE(folder.newest()->path, made->path);
    }

    void copiesOnlyWhatIsCommitted()
    {
        TestStore ts;
        ts.addCustomer();
        // Another connection is in the middle of a write: the copy is the last committed state.
        auto other = Database::open(ts.path());
        QVERIFY(other);
        QVERIFY((*other)->begin());
        QVERIFY((*other)->execute(QStringLiteral("DELETE FROM customers")));
        auto made = Backup::makeOf(ts.path(), QStringLiteral("daily"), ts->now());
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        (*other)->rollback();
        QCOMPARE(count(made->path, "customers"), 1);
    }

    void refusesWhatIsNotAGoodBackup()
    {
        TestStore ts;
        ts.loadDemo();
        auto made =
            Backup::make(ts->db(), BackupFolder::of(ts->db()), QStringLiteral("manual"), ts->now());
        QVERIFY(made);
        const QString copy = QDir(ts.dir()).filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(made->path, copy));
        damage(copy);
        const Status damaged = Backup::verify(copy);
        QVERIFY(!damaged);
        QVERIFY2(damaged.error().message.contains(QStringLiteral("damaged")),
                 qPrintable(damaged.error().message));

        const QString text = QDir(ts.dir()).filePath(QStringLiteral("notes.sqlite"));
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write(QByteArray(9000, 'x'));
        notes.close();
        QVERIFY(!Backup::verify(text));
        QVERIFY(!Backup::verify(QDir(ts.dir()).filePath(QStringLiteral("missing.sqlite"))));

        // A newer version's store is not one this version can put back.
        const QString newer = QDir(ts.dir()).filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(QFile::copy(made->path, newer));
        QFile::setPermissions(newer, QFile::ReadOwner | QFile::WriteOwner);
        {
            auto db = Database::openRaw(newer);
            QVERIFY(db);
            QVERIFY((*db)->execute(
                QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, 'x')"),
                {Migrations::latestVersion() + 1}));
        }
        const Status tooNew = Backup::verify(newer);
        QVERIFY(!tooNew);
        QVERIFY(tooNew.error().message.contains(QStringLiteral("newer version")));
    }

    void keepsTheFoldersDaysAndTheNewest()
    {
        TestStore ts;
        const BackupFolder folder(ts.path(), QDir(ts.dir()).filePath(QStringLiteral("b")), 3);
        auto first = Backup::make(ts->db(), folder, QStringLiteral("daily"), ts->now());
        QVERIFY(first);
        // Older copies under older names: 2, 5 and 9 days before the newest.
        for (int days : {2, 5, 9}) {
            const QString name =
                folder.fileNameFor(ts->now().addDays(-days), QStringLiteral("daily"));
            QVERIFY(QFile::copy(first->path, QDir(folder.path()).filePath(name)));
        }
        QCOMPARE(folder.list().size(), std::size_t(4));
        QCOMPARE(folder.prune(ts->now()), 2);
        const auto left = folder.list();
        QCOMPARE(left.size(), std::size_t(2));
        QCOMPARE(left[0].at, ts->now());
        QCOMPARE(left[1].at, ts->now().addDays(-2));
        // Long after, the newest stays however old it is.
        QCOMPARE(folder.prune(ts->now().addDays(400)), 1);
        QCOMPARE(folder.list().size(), std::size_t(1));
        QCOMPARE(folder.newest()->at, ts->now());
    }

    // Two counters back up to one folder (a USB drive, a network share): each lists, gives back
    // and prunes only its own; the other's copies, however old, are left alone.
    void aSharedFolderKeepsEachCountersOwn()
    {
        TestStore first;
        TestStore second;
        QTemporaryDir shared;
        for (TestStore* ts : {&first, &second}) {
            BackupSettings settings;
            settings.folder = shared.path();
            settings.keepDays = 3;
            QVERIFY(settings.save(ts->store(), ts->admin()));
        }
        const BackupFolder mine = BackupFolder::of(first->db());
        const BackupFolder theirs = BackupFolder::of(second->db());
        QCOMPARE(mine.path(), theirs.path());
        auto own = Backup::make(first->db(), mine, QStringLiteral("daily"), first->now());
        QVERIFY(own);
        auto other =
            Backup::make(second->db(), theirs, QStringLiteral("daily"), second->now().addSecs(-60));
        QVERIFY(other);
        const QString old =
            QDir(shared.path())
                .filePath(theirs.fileNameFor(second->now().addDays(-9), QStringLiteral("daily")));
        QVERIFY(QFile::copy(other->path, old));
        QCOMPARE(BackupFolder::deviceOf(own->path), first->deviceId());

        const auto listed = mine.list();
        QCOMPARE(listed.size(), std::size_t(1));
        QCOMPARE(listed[0].path, own->path);
        QCOMPARE(mine.newest()->path, own->path);
        QCOMPARE(mine.prune(first->now()), 0); // the other counter's 9-day-old copy stays
        QVERIFY(QFile::exists(old));
        QCOMPARE(theirs.list().size(), std::size_t(2));
        QCOMPARE(theirs.prune(second->now()), 1);
        QVERIFY(!QFile::exists(old));
        QVERIFY(QFile::exists(own->path));
    }

    void backsUpBeforeEveryMigration()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const int older = Migrations::latestVersion() - 1;
        {
            auto db = Database::openRaw(path);
            QVERIFY(db);
            QVERIFY(Migrations::migrate(**db, older));
        }
        auto opened = Database::open(path);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(*Migrations::currentVersion(**opened), Migrations::latestVersion());
        const auto backups = BackupFolder::of(**opened).list();
        QCOMPARE(backups.size(), std::size_t(1));
        QCOMPARE(backups[0].reason,
                 QStringLiteral("before-schema-%1").arg(Migrations::latestVersion()));
        auto copy = Database::openUntouched(backups[0].path);
        QVERIFY(copy);
        QCOMPARE(*Migrations::currentVersion(**copy), older);
        opened->reset();
        // Opened again at the latest schema: no migration, no new backup.
        QVERIFY(Database::open(path));
        QCOMPARE(BackupFolder(path, {}, 14).list().size(), std::size_t(1));
    }

    void refusesToMigrateWithoutABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto db = Database::openRaw(path);
            QVERIFY(db);
            QVERIFY(Migrations::migrate(**db, Migrations::latestVersion() - 1));
        }
        // A file where the backup folder should be: the backup cannot be made.
        QFile blocker(dir.filePath(QStringLiteral("backups")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto opened = Database::open(path);
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains(QStringLiteral("backs it up first")));
        auto db = Database::openRaw(path);
        QCOMPARE(*Migrations::currentVersion(**db), Migrations::latestVersion() - 1);
    }

    void settingsAreAnAuditedManagerChoice()
    {
        TestStore ts;
        BackupSettings settings;
        settings.folder = QDir(ts.dir()).filePath(QStringLiteral("usb"));
        settings.keepDays = 30;
        QVERIFY(!settings.save(ts.store(), ts.cashier()));
        QVERIFY(settings.save(ts.store(), ts.manager()));
        const BackupFolder folder = BackupFolder::of(ts->db());
        QCOMPARE(folder.path(), settings.folder);
        QCOMPARE(folder.keepDays(), 30);
        auto audited = ts->db().scalar(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE field IN ('backup_folder', "
                           "'backup_keep_days')"));
        QCOMPARE(audited->toInt(), 2);

        settings.folder = QStringLiteral("relative/backups");
        QVERIFY(!settings.save(ts.store(), ts.manager()));
        settings.folder.clear();
        settings.keepDays = 0;
        QVERIFY(!settings.save(ts.store(), ts.manager()));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"

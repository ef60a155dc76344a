// astro-counter-cli on a damaged disk and with backups, as a script would run it: a command that
// fails has recorded nothing, `init` says when a database is damaged, and a backup made with
// `backup` is put back with `restore`.
#include "TestStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCliStorage : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;

    Run cli(const QString& db, QStringList args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        env.insert(QStringLiteral("ASTRO_KEYCHAIN"), QStringLiteral("none"));
        env.insert(QStringLiteral("ASTRO_USER"), QStringLiteral("Alex Martin"));
        env.insert(QStringLiteral("ASTRO_PIN"), QStringLiteral("1111"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ASTRO_CLI), QStringList{QStringLiteral("--db"), db} + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("astro-counter-cli did not finish");
        return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // A query's single number, read with a connection of the test's own.
    static qint64 number(const QString& db, const QString& sql)
    {
        qint64 value = -1;
        {
            QSqlDatabase c =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            c.setDatabaseName(db);
            if (c.open()) {
                QSqlQuery q(c);
                if (q.exec(sql) && q.next())
                    value = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return value;
    }

    QString demo(const QString& name)
    {
        const QString db = m_dir.filePath(name);
        const Run init = cli(db, {QStringLiteral("init"), QStringLiteral("--demo")});
        if (init.exitCode != 0)
            qFatal("init failed: %s", init.err.constData());
        return db;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A scan whose punches cannot be written fails, and leaves no visit behind.
    void aFailedScanRecordsNothing()
    {
        const QString db = demo(QStringLiteral("damaged.sqlite"));
        const qint64 visits = number(db, QStringLiteral("SELECT count(*) FROM visits"));
        const qint64 events = number(db, QStringLiteral("SELECT count(*) FROM events"));
        QVERIFY(visits > 0);
        astro::test::damageTable(db, QStringLiteral("punches"));
        for (int attempt = 0; attempt < 3; ++attempt) {
            const Run scan = cli(db, {QStringLiteral("scan"), QStringLiteral("--customer"),
                                      QStringLiteral("1"), QStringLiteral("042561100034")});
            QVERIFY2(scan.exitCode != 0, scan.out.constData());
            QVERIFY2(scan.err.contains("malformed") || scan.err.contains("damaged"),
                     scan.err.constData());
            QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM visits")), visits);
            QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM events")), events);
        }
        // And `init` does not call it ready.
        const Run init = cli(db, {QStringLiteral("init")});
        QCOMPARE(init.exitCode, 1);
        QVERIFY2(init.err.contains("is damaged") && init.err.contains("restore FILE --yes"),
                 init.err.constData());
        QVERIFY(!init.out.contains("Database ready"));
    }

    void aBackupIsPutBack()
    {
        const QString db = demo(QStringLiteral("store.sqlite"));
        const Run backup = cli(db, {QStringLiteral("backup")});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        QVERIFY(backup.out.startsWith("Backed up and checked: "));
        const QStringList files = QDir(m_dir.filePath(QStringLiteral("backups")))
                                      .entryList({QStringLiteral("*.sqlite")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString file = m_dir.filePath(QStringLiteral("backups/") + files.first());
        QVERIFY(cli(db, {QStringLiteral("backup"), QStringLiteral("list")})
                    .out.contains(files.first().toUtf8()));

        const qint64 visits = number(db, QStringLiteral("SELECT count(*) FROM visits"));
        const Run scan = cli(db, {QStringLiteral("scan"), QStringLiteral("--customer"),
                                  QStringLiteral("1"), QStringLiteral("042561100034")});
        QVERIFY2(scan.exitCode == 0, scan.err.constData());
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM visits")), visits + 1);

        // Without --yes: what would happen, nothing done.
        const Run ask = cli(db, {QStringLiteral("restore"), file});
        QCOMPARE(ask.exitCode, 2);
        QVERIFY2(ask.err.contains("3 changes in the current database were never sent"),
                 ask.err.constData());
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM visits")), visits + 1);

        const Run restored = cli(db, {QStringLiteral("restore"), file, QStringLiteral("--yes")});
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QVERIFY(restored.out.contains("they go out at the next sync"));
        QVERIFY(restored.out.contains("3 changes never sent stay only in the replaced database"));
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM visits")), visits);
        const QStringList replaced =
            QDir(m_dir.path()).entryList({QStringLiteral("store.sqlite.replaced-*")}, QDir::Files);
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(
            number(m_dir.filePath(replaced.first()), QStringLiteral("SELECT count(*) FROM visits")),
            visits + 1);
        // The restored database works.
        QCOMPARE(cli(db, {QStringLiteral("init")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliStorage)
#include "tst_cli_storage.moc"

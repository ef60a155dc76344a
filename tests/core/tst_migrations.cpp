#include "TestStore.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace astro;
using namespace astro::test;

namespace {

// The schema as SQLite keeps it: every table, index and trigger with its SQL.
QStringList schemaOf(Database& db)
{
    auto rows = db.select(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM "
                                         "sqlite_master ORDER BY type, name"));
    if (!rows)
        return {QStringLiteral("error: ") + rows.error().message};
    QStringList out;
    for (const Row& r : *rows)
        out << QStringLiteral("%1 %2 %3: %4")
                   .arg(r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString());
    return out;
}

QStringList freshSchema(const QString& dir)
{
    auto db = Database::open(QDir(dir).filePath(QStringLiteral("fresh.sqlite")));
    if (!db)
        return {QStringLiteral("error: ") + db.error().message};
    return schemaOf(**db);
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

std::shared_ptr<FixedClock> testClock()
{
    return std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 16), QTime(15, 0), Qt::UTC));
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseIsAtTheLatestVersion()
    {
        QVERIFY(Migrations::latestVersion() >= 1);
        TestStore t;
        auto version = Migrations::currentVersion(t->db());
        ASTRO_VERIFY_OK(version);
        QCOMPARE(*version, Migrations::latestVersion());
        // Every migration is recorded once.
        auto recorded = t->db().scalar(QStringLiteral("SELECT count(*) FROM schema_version"));
        ASTRO_VERIFY_OK(recorded);
        QCOMPARE(recorded->toInt(), Migrations::latestVersion());
    }

    void emptyFileIsVersionZero()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = Database::openRaw(dir.filePath(QStringLiteral("empty.sqlite")));
        ASTRO_VERIFY_OK(db);
        auto version = Migrations::currentVersion(**db);
        ASTRO_VERIFY_OK(version);
        QCOMPARE(*version, 0);
    }

    void migratesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrations::latestVersion(); ++v)
            QTest::addRow("from version %d", v) << v;
    }

    void migratesFromEveryOlderVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto raw = Database::openRaw(path);
            ASTRO_VERIFY_OK(raw);
            ASTRO_VERIFY_OK(Migrations::migrate(**raw, from));
            auto version = Migrations::currentVersion(**raw);
            ASTRO_VERIFY_OK(version);
            QCOMPARE(*version, from);
            if (from >= 1) // data written at the old version must survive the upgrade
                ASTRO_VERIFY_OK((*raw)->execute(
                    QStringLiteral("INSERT INTO settings (key, value) VALUES ('kept', 'yes')")));
        }
        auto db = Database::open(path);
        ASTRO_VERIFY_OK(db);
        auto version = Migrations::currentVersion(**db);
        ASTRO_VERIFY_OK(version);
        QCOMPARE(*version, Migrations::latestVersion());
        QCOMPARE(schemaOf(**db), freshSchema(dir.path()));
        if (from >= 1) {
            auto kept = (*db)->scalar(QStringLiteral("SELECT value FROM settings WHERE key = "
                                                     "'kept'"));
            ASTRO_VERIFY_OK(kept);
            QCOMPARE(kept->toString(), QStringLiteral("yes"));
        }
        // Each version recorded exactly once, in order.
        auto versions = (*db)->select(QStringLiteral("SELECT version FROM schema_version ORDER "
                                                     "BY version"));
        ASTRO_VERIFY_OK(versions);
        QCOMPARE(int(versions->size()), Migrations::latestVersion());
        for (int i = 0; i < int(versions->size()); ++i)
            QCOMPARE((*versions)[std::size_t(i)][0].toInt(), i + 1);
    }

    // A store that upgrades with events not yet sent sends them in Astro's public shape; what
    // was sent before is not sent again, and events with no public call stay out of it.
    void unsentEventsOfAnOlderStoreGoToAstro()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
        {
            auto raw = Database::openRaw(path);
            ASTRO_VERIFY_OK(raw);
            ASTRO_VERIFY_OK(Migrations::migrate(**raw, 4));
            const char* rows[][3] = {{"e1", "scan.added", "2026-11-20T10:00:00.000Z"},
                                     {"e2", "scan.added", nullptr},
                                     {"e3", "customer.added", nullptr},
                                     {"e4", "user.changed", nullptr},
                                     {"e5", "redemption.undone", nullptr}};
            for (const auto& r : rows)
                ASTRO_VERIFY_OK((*raw)->execute(
                    QStringLiteral("INSERT INTO events (uuid, device_id, user_id, at, type, "
                                   "payload, sent_at) VALUES (?, 'd', 1, "
                                   "'2026-11-20T09:00:00.000Z', ?, '{}', ?)"),
                    {QLatin1String(r[0]), QLatin1String(r[1]),
                     r[2] ? QVariant(QLatin1String(r[2])) : QVariant()}));
        }
        auto db = Database::open(path);
        ASTRO_VERIFY_OK(db);
        auto states = (*db)->select(
            QStringLiteral("SELECT uuid, coalesce(wire_state, -1) FROM events ORDER BY uuid"));
        ASTRO_VERIFY_OK(states);
        QStringList got;
        for (const Row& r : *states)
            got << r[0].toString() + QLatin1Char('=') + r[1].toString();
        QCOMPARE(got, (QStringList{QStringLiteral("e1=1"), QStringLiteral("e2=0"),
                                   QStringLiteral("e3=0"), QStringLiteral("e4=-1"),
                                   QStringLiteral("e5=0")}));
    }

    void migratingTwiceChangesNothing()
    {
        TestStore t;
        const QStringList before = schemaOf(t->db());
        ASTRO_VERIFY_OK(Migrations::migrate(t->db()));
        QCOMPARE(schemaOf(t->db()), before);
        auto recorded = t->db().scalar(QStringLiteral("SELECT count(*) FROM schema_version"));
        ASTRO_VERIFY_OK(recorded);
        QCOMPARE(recorded->toInt(), Migrations::latestVersion());
    }

    void newerDatabaseIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto store = Store::open(path, testClock());
            ASTRO_VERIFY_OK(store);
        }
        {
            auto raw = Database::openRaw(path);
            ASTRO_VERIFY_OK(raw);
            ASTRO_VERIFY_OK((*raw)->execute(
                QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                {Migrations::latestVersion() + 1, QStringLiteral("2030-01-01T00:00:00.000Z")}));
        }
        const QByteArray before = bytesOf(path);
        QVERIFY(!before.isEmpty());

        auto opened = Store::open(path, testClock());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Unsupported);
        QVERIFY2(opened.error().message.contains(QStringLiteral("newer version")),
                 qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(QString::number(Migrations::latestVersion() + 1)),
                 qPrintable(opened.error().message));
        QCOMPARE(bytesOf(path), before);

        // The database layer says the same, and still leaves the file alone.
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::Unsupported);
        QCOMPARE(bytesOf(path), before);
    }

    void nonDatabaseFileIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("random.sqlite"));
        QByteArray noise(8192, Qt::Uninitialized);
        QRandomGenerator generator(20261116);
        for (char& c : noise)
            c = char(generator.bounded(256));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(noise), qint64(noise.size()));
        }

        auto opened = Store::open(path, testClock());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Unsupported);
        // A clear message: which file, and that it is not a database.
        QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(QStringLiteral("not an Astro Counter database")),
                 qPrintable(opened.error().message));
        QCOMPARE(bytesOf(path), noise);
    }

    void textFileIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QByteArray text;
        for (int i = 0; i < 200; ++i)
            text += "Customer list, not a database.\n";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(text), qint64(text.size()));
        }
        auto opened = Store::open(path, testClock());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Unsupported);
        QCOMPARE(bytesOf(path), text);
    }

    void durabilityPragmasAreOn()
    {
        TestStore t;
        auto journal = t->db().scalar(QStringLiteral("PRAGMA journal_mode"));
        ASTRO_VERIFY_OK(journal);
        QCOMPARE(journal->toString().toLower(), QStringLiteral("wal"));
        auto synchronous = t->db().scalar(QStringLiteral("PRAGMA synchronous"));
        ASTRO_VERIFY_OK(synchronous);
        QCOMPARE(synchronous->toInt(), 2); // FULL
        auto foreignKeys = t->db().scalar(QStringLiteral("PRAGMA foreign_keys"));
        ASTRO_VERIFY_OK(foreignKeys);
        QCOMPARE(foreignKeys->toInt(), 1);
    }

    void foreignKeysAreEnforced()
    {
        TestStore t;
        // A punch pointing at a scan that does not exist is refused by the database itself.
        auto bad = t->db().execute(
            QStringLiteral("INSERT INTO punches (scan_id, customer_id, card_id, product_id, "
                           "quantity, unit_price_cents, at) VALUES (999, 1, 'NOPE', 1, 1, 1, "
                           "'2026-11-16')"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::Storage);
    }

    void pragmasAfterReopening()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("again.sqlite"));
        {
            auto store = Store::open(path, testClock());
            ASTRO_VERIFY_OK(store);
        }
        auto store = Store::open(path, testClock());
        ASTRO_VERIFY_OK(store);
        Database& db = (*store)->db();
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode"))->toString().toLower(),
                 QStringLiteral("wal"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA synchronous"))->toInt(), 2);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        // The counter keeps its identity across openings.
        auto device = (*store)->setting(QStringLiteral("device_id"));
        ASTRO_VERIFY_OK(device);
        QCOMPARE(*device, (*store)->deviceId());
        QVERIFY(!device->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

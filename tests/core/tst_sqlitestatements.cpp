#include "storage/Database.h"
#include "storage/SqliteStatements.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace astro;

// Statements run on SQLite directly: values go in and come out as Qt's SQLite driver gives them,
// and a failure says why and leaves the connection usable.
class TestSqliteStatements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_count)));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(*db);
        QVERIFY(m_db->execute(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, "
                                             "r REAL, s TEXT, b BLOB, u TEXT UNIQUE)"))
                    .ok());
    }

    void valuesComeBackWithTheirTypes()
    {
        const QString accented = QStringLiteral("Nourriture sèche — chien 🐕");
        auto id = m_db->insert(QStringLiteral("INSERT INTO t (i, r, s, b) VALUES (?,?,?,?)"),
                               {qlonglong(1) << 40, 2.25, accented, QByteArray("\x00\x01", 2)});
        QVERIFY(id.ok());
        QCOMPARE(*id, qint64(1));
        auto row =
            m_db->selectOne(QStringLiteral("SELECT i, r, s, b, u FROM t WHERE id = ?"), {*id});
        QVERIFY(row.ok() && row->has_value());
        const Row& r = **row;
        QCOMPARE(r[0].typeId(), int(QMetaType::LongLong));
        QCOMPARE(r[0].toLongLong(), qlonglong(1) << 40);
        QCOMPARE(r[1].typeId(), int(QMetaType::Double));
        QCOMPARE(r[1].toDouble(), 2.25);
        QCOMPARE(r[2].toString(), accented);
        QCOMPARE(r[3].toByteArray(), QByteArray("\x00\x01", 2));
        // SQL NULL reads as a null text, as through Qt's driver.
        QCOMPARE(r[4].typeId(), int(QMetaType::QString));
        QVERIFY(r[4].isNull());
    }

    void rowsReadInPlaceGiveTheSameValues()
    {
        const QString accented = QStringLiteral("Pâtée pour chat — 🐈");
        QVERIFY(m_db->execute(QStringLiteral("INSERT INTO t (i, s, u) VALUES (?,?,?)"),
                              {42, accented, QString()})
                    .ok());
        int rows = 0;
        auto read =
            m_db->forEach(QStringLiteral("SELECT i, s, u, b FROM t"), {}, [&](const SqlRow& r) {
                ++rows;
                QCOMPARE(r.integer(0), qint64(42));
                QCOMPARE(r.text(1), accented);
                QVERIFY(!r.isNull(2));
                QVERIFY(r.text(2).isEmpty());
                QVERIFY(r.isNull(3));
                QVERIFY(r.text(3).isNull());
                QCOMPARE(r.text(0), QStringLiteral("42"));
            });
        QVERIFY(read.ok());
        QCOMPARE(rows, 1);
    }

    void absentTextIsStoredEmptyAndAbsentValuesNull()
    {
        QVERIFY(m_db->execute(QStringLiteral("INSERT INTO t (i, s, b) VALUES (?,?,?)"),
                              {QVariant(), QString(), QByteArray()})
                    .ok());
        auto kinds = m_db->selectOne(QStringLiteral("SELECT typeof(i), typeof(s), s, typeof(b) "
                                                    "FROM t"));
        QVERIFY(kinds.ok() && kinds->has_value());
        QCOMPARE((**kinds)[0].toString(), QStringLiteral("null"));
        QCOMPARE((**kinds)[1].toString(), QStringLiteral("text"));
        QCOMPARE((**kinds)[2].toString(), QString(""));
        QCOMPARE((**kinds)[3].toString(), QStringLiteral("null"));
    }

    void boolsAndTimesAreBoundAsQtBindsThem()
    {
        const QDateTime at(QDate(2026, 12, 7), QTime(14, 5, 6, 7), Qt::UTC);
        QVERIFY(
            m_db->execute(QStringLiteral("INSERT INTO t (i, s) VALUES (?,?)"), {true, at}).ok());
        auto row = m_db->selectOne(QStringLiteral("SELECT typeof(i), i, s FROM t"));
        QVERIFY(row.ok() && row->has_value());
        QCOMPARE((**row)[0].toString(), QStringLiteral("integer"));
        QCOMPARE((**row)[1].toInt(), 1);
        QCOMPARE((**row)[2].toString(), QStringLiteral("2026-12-07T14:05:06.007Z"));
    }

    void updatesCountTheRowsChanged()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_db->execute(QStringLiteral("INSERT INTO t (i) VALUES (?)"), {i}).ok());
        auto changed = m_db->update(QStringLiteral("UPDATE t SET r = 1 WHERE i >= ?"), {1});
        QVERIFY(changed.ok());
        QCOMPARE(*changed, 2);
    }

    void aFailureSaysWhyAndTheStatementRunsAgainAfterIt()
    {
        const QString sql = QStringLiteral("INSERT INTO t (u) VALUES (?)");
        QVERIFY(m_db->execute(sql, {QStringLiteral("a")}).ok());
        auto again = m_db->execute(sql, {QStringLiteral("a")});
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QStringLiteral("UNIQUE constraint failed: t.u")),
                 qPrintable(again.error().message));
        QVERIFY(m_db->execute(sql, {QStringLiteral("b")}).ok());
        auto count = m_db->scalar(QStringLiteral("SELECT count(*) FROM t"));
        QVERIFY(count.ok());
        QCOMPARE(count->toInt(), 2);
    }

    void wrongSqlAndWrongBindsAreRefused()
    {
        auto unknown = m_db->select(QStringLiteral("SELECT x FROM nowhere"));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().message.contains(QStringLiteral("no such table: nowhere")),
                 qPrintable(unknown.error().message));
        auto two = m_db->execute(QStringLiteral("DELETE FROM t; DROP TABLE t"));
        QVERIFY(!two.ok());
        QVERIFY(m_db->scalar(QStringLiteral("SELECT count(*) FROM t")).ok()); // still there
        auto missing = m_db->execute(QStringLiteral("INSERT INTO t (i, s) VALUES (?,?)"), {1});
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("Parameter count mismatch")));
    }

    void aSelectLeavesNoReadOpen()
    {
        // A statement left stepping would hold a read snapshot and block checkpoints.
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_db->execute(QStringLiteral("INSERT INTO t (i) VALUES (?)"), {i}).ok());
        auto first = m_db->selectOne(QStringLiteral("SELECT i FROM t ORDER BY i"));
        QVERIFY(first.ok());
        auto other = Database::open(m_db->path());
        QVERIFY(other.ok());
        QVERIFY((*other)->execute(QStringLiteral("INSERT INTO t (i) VALUES (9)")).ok());
        auto row = (*other)->selectOne(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(row.ok() && row->has_value());
        QCOMPARE((**row)[0].toInt(), 0); // not blocked
        auto count = m_db->scalar(QStringLiteral("SELECT count(*) FROM t"));
        QCOMPARE(count->toInt(), 4);
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestSqliteStatements)
#include "tst_sqlitestatements.moc"

#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace astro;

// Transactions inside a transaction are savepoints: they commit with the outer one.
class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_count)));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(*db);
        QVERIFY(m_db->execute(QStringLiteral("CREATE TABLE t (v INTEGER)")).ok());
    }

    void nestedCommitLastsOnlyWithTheOuterOne()
    {
        {
            Transaction outer(*m_db);
            QVERIFY(outer.started().ok());
            insert(1);
            {
                Transaction inner(*m_db);
                QVERIFY(inner.started().ok());
                insert(2);
                QVERIFY(inner.commit().ok());
            }
            QVERIFY(m_db->inTransaction());
            // outer goes out of scope without a commit
        }
        QVERIFY(!m_db->inTransaction());
        QCOMPARE(values(), QString());
    }

    void innerRollbackUndoesOnlyItsOwnWrites()
    {
        Transaction outer(*m_db);
        insert(1);
        {
            Transaction inner(*m_db);
            QVERIFY(inner.started().ok());
            insert(2);
        }
        insert(3);
        QVERIFY(outer.commit().ok());
        QVERIFY(!m_db->inTransaction());
        QCOMPARE(values(), QStringLiteral("1,3"));
    }

    void twoLevelsDeepCommitTogether()
    {
        Transaction outer(*m_db);
        {
            Transaction middle(*m_db);
            insert(1);
            {
                Transaction inner(*m_db);
                insert(2);
                QVERIFY(inner.commit().ok());
            }
            QVERIFY(middle.commit().ok());
        }
        QVERIFY(outer.commit().ok());
        QCOMPARE(values(), QStringLiteral("1,2"));
        // And a plain transaction works again afterwards.
        Transaction again(*m_db);
        QVERIFY(again.started().ok());
        insert(4);
        QVERIFY(again.commit().ok());
        QCOMPARE(values(), QStringLiteral("1,2,4"));
    }

private:
    void insert(int v)
    {
        QVERIFY(m_db->execute(QStringLiteral("INSERT INTO t (v) VALUES (?)"), {v}).ok());
    }
    QString values()
    {
        auto rows = m_db->select(QStringLiteral("SELECT v FROM t ORDER BY v"));
        QStringList out;
        for (const Row& r : *rows)
            out << r[0].toString();
        return out.join(QLatin1Char(','));
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

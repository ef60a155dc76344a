#include "TestStore.h"

#include "ui/common/BackgroundReader.h"

#include "customers/CustomerStore.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace astro;
using namespace astro::test;

// Reads off the GUI thread: answers come back on it, stale ones are dropped, failures are said.
class TestBackgroundReader : public QObject
{
    Q_OBJECT

private slots:
    void readsOnItsOwnThreadAndAnswersOnThisOne()
    {
        TestStore ts;
        ts.addCustomer(QStringLiteral("Ana"), QStringLiteral("Lima"));
        ui::BackgroundReader reader(ts.path(), ts->clock());
        QSignalSpy busy(&reader, &ui::BackgroundReader::busyChanged);
        QThread* workedOn = nullptr;
        QThread* answeredOn = nullptr;
        std::optional<qint64> customers;
        reader.read<qint64>(
            [&](Store& store) -> Result<qint64> {
                workedOn = QThread::currentThread();
                auto n = store.db().scalar(QStringLiteral("SELECT count(*) FROM customers"));
                if (!n)
                    return n.error();
                return n->toLongLong();
            },
            [&](Result<qint64> n) {
                answeredOn = QThread::currentThread();
                QVERIFY(n);
                customers = *n;
            });
        QVERIFY(reader.busy());
        QTRY_VERIFY(customers.has_value());
        QCOMPARE(*customers, qint64(1));
        QVERIFY(workedOn && workedOn != QThread::currentThread());
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY(!reader.busy());
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    // The user changed the filter while the first read ran: only the newer answer shows.
    void aNewerReadMakesTheOlderStale()
    {
        TestStore ts;
        ui::BackgroundReader reader(ts.path(), ts->clock());
        QSemaphore first;
        QStringList answers;
        reader.read<QString>(
            [&](Store&) -> Result<QString> {
                first.acquire(); // held until the second read is asked for
                return QStringLiteral("old");
            },
            [&](Result<QString> a) { answers << *a; });
        reader.read<QString>([](Store&) -> Result<QString> { return QStringLiteral("new"); },
                             [&](Result<QString> a) { answers << *a; });
        first.release();
        QTRY_VERIFY(!reader.busy());
        QTest::qWait(50);
        QCOMPARE(answers, QStringList{QStringLiteral("new")});
    }

    void aStoreThatCannotOpenIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        ui::BackgroundReader reader(path, {});
        std::optional<Status> answer;
        reader.read<int>([](Store&) -> Result<int> { return 1; },
                         [&](Result<int> r) { answer = r ? Status() : Status(r.error()); });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!*answer);
        QVERIFY(!answer->error().message.isEmpty());
    }

    // Closing the page while a read runs: the read ends, nothing is answered, nothing crashes.
    void closingDuringAReadDropsTheAnswer()
    {
        TestStore ts;
        bool answered = false;
        QSemaphore started;
        {
            ui::BackgroundReader reader(ts.path(), ts->clock());
            reader.read<int>(
                [&](Store&) -> Result<int> {
                    started.release();
                    QThread::msleep(200);
                    return 1;
                },
                [&](Result<int>) { answered = true; });
            QVERIFY(started.tryAcquire(1, 5000));
        }
        QTest::qWait(100);
        QVERIFY(!answered);
    }
};

QTEST_MAIN(TestBackgroundReader)
#include "tst_backgroundreader.moc"

#include "sync/JobWait.h"

#include <QTest>

using namespace astro::sync;

// Stands for a keychain job: answers `answerMs` after start(), then deletes itself.
class FakeJob : public QObject
{
    Q_OBJECT

public:
    FakeJob(int answerMs, int& alive) : m_answerMs(answerMs), m_alive(alive) { ++m_alive; }
    ~FakeJob() override { --m_alive; }

    void setAutoDelete(bool on) { m_autoDelete = on; }
    void start()
    {
        QTimer::singleShot(m_answerMs, this, [this] {
            emit finished(this);
            if (m_autoDelete)
                deleteLater();
        });
    }
    int value() const { return 42; }

signals:
    void finished(FakeJob* job);

private:
    int m_answerMs;
    int& m_alive;
    bool m_autoDelete = false;
};

// The wait for a keychain job: a job that answers late is left to finish on its own, never
// destroyed while its call is pending, and its late answer reaches nothing.
class TestJobWait : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aJobThatAnswersInTime()
    {
        int alive = 0;
        int read = 0;
        const auto outcome = JobWait<FakeJob>::run(new FakeJob(10, alive), 5000,
                                                   [&](FakeJob* job) { read = job->value(); });
        QCOMPARE(outcome, JobWait<FakeJob>::Outcome::Finished);
        QCOMPARE(read, 42);
        QTRY_COMPARE(alive, 0); // it deleted itself
    }

    void aJobThatAnswersLateIsLeftToFinish()
    {
        int alive = 0;
        int calls = 0;
        const auto outcome =
            JobWait<FakeJob>::run(new FakeJob(300, alive), 30, [&](FakeJob*) { ++calls; });
        QCOMPARE(outcome, JobWait<FakeJob>::Outcome::TimedOut);
        QCOMPARE(alive, 1); // still waiting for its answer, not destroyed
        QTRY_COMPARE_WITH_TIMEOUT(alive, 0, 5000);
        QCOMPARE(calls, 0); // the late answer reached nothing
    }
};

QTEST_GUILESS_MAIN(TestJobWait)
#include "tst_jobwait.moc"

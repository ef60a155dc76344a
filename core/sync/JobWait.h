#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <memory>

namespace astro::sync {

// Waits, in a local event loop, for an asynchronous job that reports through a `finished(Job*)`
// signal (a qtkeychain job), at most `timeoutMs`. The job is made on the heap and deletes itself
// once finished: a job that does not answer in time is left to finish on its own, never
// destroyed while its D-Bus call is pending (that crashes inside the keychain library).
template <typename Job> class JobWait
{
public:
    enum class Outcome
    {
        Finished,
        TimedOut,
    };

    // Starts `job` (new, not started) and returns when it finished or the time is up;
    // `onFinished` reads the job's results, and runs only if it finished in time.
    template <typename OnFinished>
    static Outcome run(Job* job, int timeoutMs, OnFinished onFinished)
    {
        QEventLoop loop;
        auto finished = std::make_shared<bool>(false);
        job->setAutoDelete(true);
        // The loop is the connection's context: once run() returns, a late answer reaches
        // nothing here and the job only deletes itself.
        QObject::connect(job, &Job::finished, &loop, [&, finished](auto* done) {
            *finished = true;
            onFinished(static_cast<Job*>(done));
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        job->start();
        if (!*finished)
            loop.exec();
        return *finished ? Outcome::Finished : Outcome::TimedOut;
    }
};

} // namespace astro::sync

#include "ExportRunner.h"

#include "ui/common/ExportProgressDialog.h"
#include "ui/common/MessageStrip.h"

#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QWidget>

namespace astro::ui {

ExportRunner::ExportRunner(Store& store, MessageStrip* strip, QWidget* page)
    : QObject(page), m_page(page), m_strip(strip), m_databasePath(store.db().path()),
      m_clock(store.clock())
{}

ExportRunner::~ExportRunner()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

bool ExportRunner::start(Job job)
{
    if (m_running)
        return false;
    m_job = std::move(job);
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto* progress = new ExportProgressDialog(
        m_job.dialogName, m_job.title.isEmpty() ? tr("Export") : m_job.title,
        m_job.label.isEmpty() ? tr("Writing %1…").arg(QFileInfo(m_job.path).fileName())
                              : m_job.label,
        m_page);
    connect(progress, &QProgressDialog::canceled, this, &ExportRunner::cancel);
    m_progress = progress;
    if (m_job.showAfterMs > 0)
        progress->setMinimumDuration(m_job.showAfterMs);
    else
        progress->show();
    if (m_job.startLater)
        QMetaObject::invokeMethod(this, &ExportRunner::run, Qt::QueuedConnection);
    else
        run();
    return true;
}

QProgressDialog* ExportRunner::progressDialog() const
{
    return m_progress;
}

void ExportRunner::cancel()
{
    if (!m_running)
        return;
    m_cancel->store(true);
    if (m_progress)
        m_progress->showCancelling();
}

void ExportRunner::run()
{
    auto outcome = std::make_shared<ExportOutcome>();
    // The thread works on copies and reaches this object only through queued calls; the
    // destructor waits for it.
    m_thread = QThread::create([this, outcome, work = m_job.work, path = m_job.path,
                                database = m_databasePath, clock = m_clock, cancel = m_cancel,
                                hook = m_beforeWriting] {
        const auto report = [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this,
                [this, done, total] {
                    if (m_progress)
                        m_progress->showRows(done, total);
                },
                Qt::QueuedConnection);
        };
        ExportContext context(path, cancel, report, hook);
        if (context.cancelled()) {
            *outcome = ExportOutcome::cancelled();
            return;
        }
        auto store = Store::open(database, clock);
        *outcome = store ? context.finish(work(**store, context))
                         : ExportOutcome::failed(store.error().message);
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this, outcome] { done(*outcome); });
    m_thread->start(QThread::LowPriority);
}

void ExportRunner::done(ExportOutcome outcome)
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    m_progress = nullptr;
    // What the work held (a printer) goes here, on the GUI thread.
    const Job job = std::exchange(m_job, {});
    m_running = false;
    if (outcome.kind == ExportOutcome::Kind::Written && job.afterWritten)
        if (const QString refused = job.afterWritten(); !refused.isEmpty())
            outcome = ExportOutcome::failed(refused);
    say(outcome, job);
    emit finished(outcome);
}

void ExportRunner::say(const ExportOutcome& outcome, const Job& job)
{
    switch (outcome.kind) {
    case ExportOutcome::Kind::Written:
        m_strip->showMessage(MessageStrip::Kind::Success,
                             job.written
                                 ? job.written(outcome.rows)
                                 : tr("%n row(s) exported to %1.", nullptr, int(outcome.rows))
                                       .arg(QDir::toNativeSeparators(job.path)));
        break;
    case ExportOutcome::Kind::Cancelled:
        m_strip->showMessage(MessageStrip::Kind::Info,
                             job.cancelled.isEmpty()
                                 ? tr("The export was cancelled; no file was written.")
                                 : job.cancelled);
        break;
    case ExportOutcome::Kind::Failed:
        m_strip->showMessage(MessageStrip::Kind::Error, outcome.message);
        break;
    }
}

} // namespace astro::ui

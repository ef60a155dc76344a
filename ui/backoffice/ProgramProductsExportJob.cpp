#include "ProgramProductsExportJob.h"

#include "batches/BatchExport.h"
#include "programs/ProgramProductsExport.h"
#include "store/Store.h"

#include <QThread>

namespace astro::ui {

ProgramProductsExportJob::ProgramProductsExportJob(QString databasePath, QString subjectId,
                                                   QString filePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_subjectId(std::move(subjectId)),
      m_filePath(std::move(filePath)), m_cancelled(std::make_shared<std::atomic_bool>(false))
{}

ProgramProductsExportJob::~ProgramProductsExportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

bool ProgramProductsExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ProgramProductsExportJob::cancel()
{
    *m_cancelled = true;
}

ProgramProductsExportJob::Answer
ProgramProductsExportJob::run(const QString& databasePath, const QString& subjectId,
                              const QString& filePath, const std::atomic_bool& cancelled,
                              const std::function<void(qint64, qint64)>& report)
{
    Answer answer;
    if (cancelled) {
        answer.outcome = Outcome::Cancelled;
        return answer;
    }
    auto store = Store::open(databasePath);
    if (!store) {
        answer.message = store.error().message;
        return answer;
    }
    auto csv = ProgramProductsExport::csv(**store, subjectId, [&](qint64 done, qint64 total) {
        answer.rows = done;
        report(done, total);
        return !cancelled;
    });
    if (cancelled) {
        answer.outcome = Outcome::Cancelled;
        return answer;
    }
    if (!csv) {
        answer.message = csv.error().message;
        return answer;
    }
    if (auto s = BatchExport::writeFileAtomically(filePath, *csv); !s) {
        answer.message = s.error().message;
        return answer;
    }
    answer.outcome = Outcome::Written;
    return answer;
}

void ProgramProductsExportJob::start()
{
    if (m_thread)
        return;
    auto answer = std::make_shared<Answer>();
    // The worker only touches copies and shared state; it reaches this object through queued
    // calls, and the destructor waits for it.
    m_thread = QThread::create([this, answer, path = m_databasePath, subject = m_subjectId,
                                file = m_filePath, cancelled = m_cancelled] {
        *answer = run(path, subject, file, *cancelled, [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        });
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this,
            [this, answer] { emit finished(answer->outcome, answer->rows, answer->message); });
    m_thread->start(QThread::LowPriority);
}

} // namespace astro::ui

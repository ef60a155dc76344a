#include "BatchExportWorker.h"

#include "batches/BatchExport.h"
#include "common/OwnerOnly.h"
#include "report/BatchPdfWriter.h"
#include "store/Store.h"

#include <QPainter>
#include <QPrinter>
#include <QSaveFile>
#include <QThread>

namespace astro::ui {

BatchExportWorker::BatchExportWorker(BatchExportJob job, QObject* parent)
    : QObject(parent), m_job(std::move(job)), m_cancel(std::make_shared<std::atomic_bool>(false))
{}

BatchExportWorker::~BatchExportWorker()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

void BatchExportWorker::start()
{
    if (m_thread)
        return;
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([this, outcome] { *outcome = run(); });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this,
            [this, outcome] { emit finished(outcome->cancelled, outcome->error, outcome->lines); });
    m_thread->start(QThread::LowPriority);
}

void BatchExportWorker::cancel()
{
    m_cancel->store(true);
}

bool BatchExportWorker::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

BatchExportWorker::Outcome BatchExportWorker::run()
{
    auto store = Store::open(m_job.databasePath, m_job.clock);
    if (!store)
        return {false, store.error().message, 0};
    auto report = BatchExport::report(**store, m_job.batchId);
    if (!report)
        return {false, report.error().message, 0};
    const int lines = int(report->lines.size());
    emit progress(0, lines + 1);
    if (m_beforeWriting)
        m_beforeWriting();
    if (m_cancel->load())
        return {true, {}, lines};

    // Asked between lines and pages: emits the progress, and says whether to go on.
    const BatchPdfWriter::Progress onProgress = [this](int done, int total) {
        emit progress(done, total);
        return !m_cancel->load();
    };
    Status written;
    switch (m_job.target) {
    case BatchExportJob::Target::Csv: {
        Outcome outcome = writeCsv(BatchExport::csv(*report));
        outcome.lines = lines;
        return outcome;
    }
    case BatchExportJob::Target::Pdf:
        written = BatchPdfWriter::write(*report, m_job.path, m_job.locale, onProgress);
        break;
    case BatchExportJob::Target::Printer: {
        QPainter painter;
        if (!m_job.printer || !painter.begin(m_job.printer))
            return {false, tr("The printer could not start printing."), lines};
        written = BatchPdfWriter::paint(*report, painter, *m_job.printer, m_job.locale, onProgress);
        if (!written && m_cancel->load())
            m_job.printer->abort();
        painter.end();
        break;
    }
    }
    if (!written)
        return m_cancel->load() ? Outcome{true, {}, lines}
                                : Outcome{false, written.error().message, lines};
    return {false, {}, lines};
}

BatchExportWorker::Outcome BatchExportWorker::writeCsv(const QByteArray& data)
{
    // Written in chunks so a cancel is heard; QSaveFile renames only on commit, so a cancel
    // or a failure leaves no file (and an earlier export at that path as it was).
    QSaveFile file(m_job.path);
    if (!openOwnerOnly(file))
        return {false, tr("Cannot write %1: %2").arg(m_job.path, file.errorString()), 0};
    constexpr qsizetype chunk = 64 * 1024;
    const int chunks = int((data.size() + chunk - 1) / chunk);
    for (int i = 0; i < chunks; ++i) {
        if (m_cancel->load()) {
            file.cancelWriting();
            return {true, {}, 0};
        }
        const qsizetype at = qsizetype(i) * chunk;
        const qsizetype size = qMin(chunk, data.size() - at);
        if (file.write(data.constData() + at, size) != size)
            return {false, tr("Cannot write %1: %2").arg(m_job.path, file.errorString()), 0};
        emit progress(i + 1, chunks);
    }
    if (m_cancel->load()) {
        file.cancelWriting();
        return {true, {}, 0};
    }
    if (!file.commit())
        return {false, tr("Cannot write %1: %2").arg(m_job.path, file.errorString()), 0};
    return {};
}

} // namespace astro::ui

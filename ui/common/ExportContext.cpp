#include "ExportContext.h"

#include "batches/CsvWriter.h"
#include "common/OwnerOnly.h"

#include <QSaveFile>

namespace astro::ui {

ExportContext::ExportContext(QString path, std::shared_ptr<const std::atomic_bool> cancel,
                             std::function<void(qint64, qint64)> progress,
                             std::function<void()> beforeWriting)
    : m_path(std::move(path)), m_cancel(std::move(cancel)), m_progress(std::move(progress)),
      m_beforeWriting(std::move(beforeWriting))
{}

// Out of line: QSaveFile is only declared in the header. Never committed, it removes its
// temporary file.
ExportContext::~ExportContext() = default;

void ExportContext::progress(qint64 done, qint64 total) const
{
    if (m_progress)
        m_progress(done, total);
}

void ExportContext::readyToWrite() const
{
    if (m_beforeWriting)
        m_beforeWriting();
}

bool ExportContext::write(const QByteArray& data)
{
    if (!m_file) {
        m_file = std::make_unique<QSaveFile>(m_path);
        if (!openOwnerOnly(*m_file))
            return false;
    }
    return m_file->write(data) == data.size();
}

bool ExportContext::write(const CsvWriter& csv)
{
    // Each writer starts with the mark: a page of rows after the first leaves it out.
    const qsizetype mark = m_file ? CsvWriter().data().size() : 0;
    return write(csv.data().mid(mark));
}

ExportOutcome ExportContext::cannotWrite() const
{
    return ExportOutcome::failed(
        tr("Cannot write %1: %2").arg(m_path, m_file ? m_file->errorString() : QString()));
}

ExportOutcome ExportContext::finish(ExportOutcome outcome)
{
    if (!m_file) // the work wrote no file of ours (a printer, a PDF writer of its own)
        return outcome;
    // A cancel pressed after the last row still wins: nothing is kept.
    if (outcome.kind == ExportOutcome::Kind::Written && cancelled())
        outcome = ExportOutcome::cancelled();
    if (outcome.kind == ExportOutcome::Kind::Written && !m_file->commit())
        outcome = cannotWrite();
    else if (outcome.kind != ExportOutcome::Kind::Written)
        m_file->cancelWriting();
    m_file.reset();
    return outcome;
}

} // namespace astro::ui

#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QSaveFile;

namespace astro {
class CsvWriter;
}

namespace astro::ui {

// How an export ended: written (with the rows written), cancelled, or failed (with the reason).
struct ExportOutcome
{
    enum class Kind
    {
        Written,
        Cancelled,
        Failed
    };

    Kind kind = Kind::Failed;
    qint64 rows = 0;
    QString message; // why it failed

    static ExportOutcome written(qint64 rows) { return {Kind::Written, rows, {}}; }
    static ExportOutcome cancelled() { return {Kind::Cancelled, 0, {}}; }
    static ExportOutcome failed(QString why) { return {Kind::Failed, 0, std::move(why)}; }
};

// What an export's work reaches on its thread: the cancel, the progress, and the file. The file
// is a QSaveFile opened owner-only at the first write and renamed only once the work is done and
// not cancelled, so a cancel or a failure leaves no file (and an earlier one at that path as it
// was).
class ExportContext
{
    Q_DECLARE_TR_FUNCTIONS(ExportContext)

public:
    ExportContext(QString path, std::shared_ptr<const std::atomic_bool> cancel,
                  std::function<void(qint64, qint64)> progress,
                  std::function<void()> beforeWriting);
    ~ExportContext();

    const QString& path() const { return m_path; }
    bool cancelled() const { return *m_cancel; }
    void progress(qint64 done, qint64 total) const;
    // Everything is read and writing begins (tests hold the work here to cancel it).
    void readyToWrite() const;
    // Appends `data` to the file; false when it cannot be written (then cannotWrite() says why).
    bool write(const QByteArray& data);
    // Appends the rows of `csv`: its byte-order mark goes once, at the top of the file.
    bool write(const CsvWriter& csv);
    ExportOutcome cannotWrite() const;
    // Keeps the file when the work wrote it and nobody cancelled; removes it otherwise.
    ExportOutcome finish(ExportOutcome outcome);

private:
    QString m_path;
    std::shared_ptr<const std::atomic_bool> m_cancel;
    std::function<void(qint64, qint64)> m_progress;
    std::function<void()> m_beforeWriting;
    std::unique_ptr<QSaveFile> m_file; // opened at the first write
};

} // namespace astro::ui

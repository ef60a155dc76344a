#pragma once

#include "common/Clock.h"

#include <QLocale>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QPrinter;
class QThread;

namespace astro::ui {

// What to write: a batch's report as CSV or PDF at a path, or printed on a printer.
struct BatchExportJob
{
    enum class Target
    {
        Csv,
        Pdf,
        Printer
    };

    QString databasePath;
    std::shared_ptr<const Clock> clock; // the session store's, so "now" agrees with the screen
    qint64 batchId = 0;
    Target target = Target::Csv;
    QString path;                // Csv, Pdf
    QPrinter* printer = nullptr; // Printer: the caller keeps it alive until finished()
    QLocale locale;
};

// Writes one batch's report on its own thread, with its own Store on the same database file
// (a database connection cannot cross threads). Cancel stops it between lines or pages and
// leaves no file: CSV and PDF go to a temporary file renamed only at the end.
class BatchExportWorker : public QObject
{
    Q_OBJECT

public:
    explicit BatchExportWorker(BatchExportJob job, QObject* parent = nullptr);
    // Cancels and waits: the thread never outlives the job's printer or this object.
    ~BatchExportWorker() override;

    void start();
    void cancel();
    bool isRunning() const;
    const BatchExportJob& job() const { return m_job; }

    // For tests: runs on the worker's thread once the report is read, before anything is
    // written, so a test can cancel at a known point.
    void setBeforeWriting(std::function<void()> hook) { m_beforeWriting = std::move(hook); }

signals:
    void progress(int done, int total);
    // `error` is empty on success; `cancelled` when the user stopped it.
    void finished(bool cancelled, const QString& error, int lines);

private:
    struct Outcome
    {
        bool cancelled = false;
        QString error;
        int lines = 0;
    };
    Outcome run();
    Outcome writeCsv(const QByteArray& data);

    BatchExportJob m_job;
    std::function<void()> m_beforeWriting;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread* m_thread = nullptr;
};

} // namespace astro::ui

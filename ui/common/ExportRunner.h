#pragma once

#include "ui/common/ExportContext.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QThread;
class QWidget;

namespace astro {
class Clock;
class Store;
} // namespace astro

namespace astro::ui {

class ExportProgressDialog;
class MessageStrip;

// Runs a page's exports one at a time: the work on a thread of its own with its own Store on the
// page's database file (a connection cannot cross threads), the progress dialog with its
// Cancel, and once it ends the message on the page's strip: written, cancelled, or why not.
class ExportRunner : public QObject
{
    Q_OBJECT

public:
    // The job's own part: reads from `store`, writes through `context`. On the export's thread.
    using Work = std::function<ExportOutcome(Store& store, ExportContext& context)>;

    struct Job
    {
        QString dialogName{}; // the progress dialog's object name
        QString path{};       // the file; empty when the work writes none itself (a printer)
        Work work{};
        // The success message, from the rows written.
        std::function<QString(qint64 rows)> written{};
        // On the GUI thread once the file is written (an exported batch closes): a refusal it
        // returns is said as the error instead of `written`.
        std::function<QString()> afterWritten{};
        QString title{};     // the progress dialog's; "Export" when empty
        QString label{};     // "Writing <file name>…" when empty
        QString cancelled{}; // "The export was cancelled; no file was written." when empty
        int showAfterMs = 0; // the progress shows at once, or only if it takes this long
        // Started from the event loop rather than at once, so a Cancel pressed before then
        // always wins.
        bool startLater = false;
    };

    ExportRunner(Store& store, MessageStrip* strip, QWidget* page);
    // Cancels and waits: the thread never outlives the page or what the work holds.
    ~ExportRunner() override;

    // Starts `job` unless one runs (false then).
    bool start(Job job);
    void cancel();
    bool isRunning() const { return m_running; }
    // While an export runs.
    QProgressDialog* progressDialog() const;
    // For tests: runs on the export's thread once the work has read what it writes.
    void setBeforeWriting(std::function<void()> hook) { m_beforeWriting = std::move(hook); }

signals:
    // After the message was shown.
    void finished(const astro::ui::ExportOutcome& outcome);

private:
    void run();
    void done(ExportOutcome outcome);
    void say(const ExportOutcome& outcome, const Job& job);

    QWidget* m_page;
    MessageStrip* m_strip;
    QString m_databasePath;
    std::shared_ptr<const Clock> m_clock;
    std::function<void()> m_beforeWriting;
    Job m_job;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread* m_thread = nullptr;
    QPointer<ExportProgressDialog> m_progress;
};

} // namespace astro::ui

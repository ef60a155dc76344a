#pragma once

#include "storage/AuditLog.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace astro::ui {

// Writes every audit entry a filter matches to a CSV file (UTF-8 with a byte-order mark, each
// field guarded against formulas), on a thread of its own with its own connection to the
// store's file (a connection cannot cross threads). It reads and writes a page at a time, so
// a log of any size fits; cancelled or failed, it leaves no file: QSaveFile renames its
// temporary file only at the end.
class AuditExportJob : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Written,
        Cancelled,
        Failed
    };
    Q_ENUM(Outcome)

    AuditExportJob(QString databasePath, AuditFilter filter, QString filePath,
                   QObject* parent = nullptr);
    // Cancels and waits for the thread.
    ~AuditExportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    const QString& filePath() const { return m_filePath; }
    // For tests: runs on the job's thread once the entries are counted, before anything is
    // written, so a test can cancel at a known point.
    void setBeforeWriting(std::function<void()> hook) { m_beforeWriting = std::move(hook); }

    // The header and one row of the CSV, as the export writes them.
    static QStringList header();
    static QStringList row(const AuditEntry& entry, const QString& locationName,
                           const QHash<QString, QString>& distributors);

signals:
    void progress(qint64 done, qint64 total);
    // rows: entries written; message: the error when it failed.
    void finished(astro::ui::AuditExportJob::Outcome outcome, qint64 rows, const QString& message);

private:
    struct Answer
    {
        Outcome outcome = Outcome::Failed;
        qint64 rows = 0;
        QString message;
    };
    Answer run(const std::function<void(qint64, qint64)>& report);

    QString m_databasePath;
    AuditFilter m_filter;
    QString m_filePath;
    std::function<void()> m_beforeWriting;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QThread* m_thread = nullptr;
};

} // namespace astro::ui

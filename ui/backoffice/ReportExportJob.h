#pragma once

#include "reports/ReportService.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace astro::ui {

// Writes a report (the redemptions of a period, or participation by program) to a CSV file on a
// thread of its own, with its own connection to the store's file (a connection cannot cross
// threads). It reads the redemptions a page at a time inside one read transaction, so the file
// is a consistent picture however long it takes and whatever the counter records meanwhile.
// Cancelled or failed, it leaves no file: QSaveFile renames its temporary file only at the end.
class ReportExportJob : public QObject
{
    Q_OBJECT

public:
    enum class Report
    {
        Redemptions,
        Participation
    };
    enum class Outcome
    {
        Written,
        Cancelled,
        Failed
    };
    Q_ENUM(Outcome)

    ReportExportJob(QString databasePath, Report report, ReportPeriod period, QString filePath,
                    QObject* parent = nullptr);
    // Cancels and waits for the thread.
    ~ReportExportJob() override;

    // Location names for the file (ids are written for unknown ones).
    void setLocationNames(QHash<QString, QString> names) { m_locationNames = std::move(names); }
    void start();
    void cancel();
    bool isRunning() const;
    const QString& filePath() const { return m_filePath; }
    // For tests: runs on the job's thread once the rows are counted, before anything is
    // written, so a test can cancel at a known point.
    void setBeforeWriting(std::function<void()> hook) { m_beforeWriting = std::move(hook); }

    static QStringList redemptionHeader();
    static QStringList redemptionRow(const ReportRedemption& r, const QString& locationName);
    static QStringList participationHeader();
    static QStringList participationRow(const ProgramParticipation& p);

signals:
    void progress(qint64 done, qint64 total);
    // rows: report rows written; message: the error when it failed.
    void finished(astro::ui::ReportExportJob::Outcome outcome, qint64 rows, const QString& message);

private:
    struct Answer
    {
        Outcome outcome = Outcome::Failed;
        qint64 rows = 0;
        QString message;
    };
    Answer run(const std::function<void(qint64, qint64)>& report);

    QString m_databasePath;
    Report m_report;
    ReportPeriod m_period;
    QString m_filePath;
    QHash<QString, QString> m_locationNames;
    std::function<void()> m_beforeWriting;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QThread* m_thread = nullptr;
};

} // namespace astro::ui

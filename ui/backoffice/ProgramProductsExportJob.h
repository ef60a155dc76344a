#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace astro::ui {

// Writes a program's product list to a CSV file on a thread of its own, with its own connection
// to the store's file (a connection cannot cross threads). Cancelled or failed, it leaves no
// file: the file is written under a temporary name and renamed only at the end.
class ProgramProductsExportJob : public QObject
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

    ProgramProductsExportJob(QString databasePath, QString subjectId, QString filePath,
                             QObject* parent = nullptr);
    // Cancels and waits for the thread.
    ~ProgramProductsExportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    const QString& filePath() const { return m_filePath; }

signals:
    void progress(qint64 done, qint64 total);
    // rows: products written; message: the error when it failed.
    void finished(astro::ui::ProgramProductsExportJob::Outcome outcome, qint64 rows,
                  const QString& message);

private:
    struct Answer
    {
        Outcome outcome = Outcome::Failed;
        qint64 rows = 0;
        QString message;
    };
    static Answer run(const QString& databasePath, const QString& subjectId,
                      const QString& filePath, const std::atomic_bool& cancelled,
                      const std::function<void(qint64, qint64)>& report);

    QString m_databasePath;
    QString m_subjectId;
    QString m_filePath;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QThread* m_thread = nullptr;
};

} // namespace astro::ui

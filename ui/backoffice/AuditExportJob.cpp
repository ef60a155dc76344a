#include "AuditExportJob.h"

#include "ui/backoffice/AuditText.h"

#include "batches/CsvWriter.h"
#include "catalog/CatalogRepository.h"
#include "common/OwnerOnly.h"
#include "store/Store.h"

#include <QSaveFile>
#include <QThread>

namespace astro::ui {

namespace {
const int pageSize = 1000;
} // namespace

AuditExportJob::AuditExportJob(QString databasePath, AuditFilter filter, QString filePath,
                               QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_filter(std::move(filter)),
      m_filePath(std::move(filePath)), m_cancelled(std::make_shared<std::atomic_bool>(false))
{}

AuditExportJob::~AuditExportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

bool AuditExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void AuditExportJob::cancel()
{
    *m_cancelled = true;
}

QStringList AuditExportJob::header()
{
    return {tr("When"),    tr("Who"),   tr("Location"),  tr("Kind"),
            tr("Subject"), tr("Field"), tr("Old value"), tr("New value")};
}

QStringList AuditExportJob::row(const AuditEntry& e, const QString& locationName,
                                const QHash<QString, QString>& distributors)
{
    // Local time, written the way spreadsheets read a date and time in every language.
    return {e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            AuditText::user(e.userName),
            locationName,
            AuditText::kindLabel(AuditText::kindOf(e)),
            e.subject,
            AuditText::field(e),
            AuditText::value(e, e.oldValue, distributors),
            AuditText::value(e, e.newValue, distributors)};
}

AuditExportJob::Answer AuditExportJob::run(const std::function<void(qint64, qint64)>& report)
{
    Answer answer;
    const std::atomic_bool& cancelled = *m_cancelled;
    auto store = Store::open(m_databasePath);
    if (!store) {
        answer.message = store.error().message;
        return answer;
    }
    auto total = (*store)->auditLog().count(m_filter);
    if (!total) {
        answer.message = total.error().message;
        return answer;
    }
    QHash<QString, QString> locations;
    if (auto list = (*store)->catalog().locations())
        for (const Location& l : *list)
            locations.insert(l.id, l.name);
    QHash<QString, QString> distributors;
    if (auto list = (*store)->catalog().distributors())
        for (const Distributor& d : *list)
            distributors.insert(d.id, d.name);
    report(0, *total);
    if (m_beforeWriting)
        m_beforeWriting();

    QSaveFile file(m_filePath);
    const auto failed = [&] {
        answer.message = tr("Cannot write %1: %2").arg(m_filePath, file.errorString());
        return answer;
    };
    if (!openOwnerOnly(file))
        return failed();
    const auto stop = [&] {
        file.cancelWriting();
        answer.outcome = Outcome::Cancelled;
        return answer;
    };
    if (cancelled)
        return stop();
    CsvWriter head;
    head.addRow(header());
    if (file.write(head.data()) != head.data().size())
        return failed();
    // The byte-order mark goes once, at the top: each page's writer starts with one.
    const qsizetype bom = CsvWriter().data().size();

    AuditFilter page = m_filter;
    page.limit = pageSize;
    page.offset = 0;
    page.beforeId = 0;
    page.beforeAt = {};
    for (;;) {
        if (cancelled)
            return stop();
        auto entries = (*store)->auditLog().entries(page);
        if (!entries) {
            file.cancelWriting();
            answer.message = entries.error().message;
            return answer;
        }
        if (entries->empty())
            break;
        CsvWriter csv;
        for (const AuditEntry& e : *entries)
            csv.addRow(row(e, locations.value(e.locationId, e.locationId), distributors));
        const QByteArray rows = csv.data().mid(bom);
        if (file.write(rows) != rows.size())
            return failed();
        answer.rows += qint64(entries->size());
        report(answer.rows, qMax(*total, answer.rows));
        page.beforeId = entries->back().id;
        page.beforeAt = entries->back().at;
        if (int(entries->size()) < pageSize)
            break;
    }
    if (cancelled)
        return stop();
    if (!file.commit())
        return failed();
    answer.outcome = Outcome::Written;
    return answer;
}

void AuditExportJob::start()
{
    if (m_thread)
        return;
    auto answer = std::make_shared<Answer>();
    // The worker reaches this object only through queued calls, and the destructor waits for it.
    m_thread = QThread::create([this, answer] {
        *answer = run([this](qint64 done, qint64 total) {
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

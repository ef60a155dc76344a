#include "ReportExportJob.h"

#include "batches/CsvWriter.h"
#include "common/OwnerOnly.h"
#include "store/Store.h"

#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QThread>

namespace astro::ui {

namespace {
const int pageSize = 1000;
} // namespace

ReportExportJob::ReportExportJob(QString databasePath, Report report, ReportPeriod period,
                                 QString filePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_report(report),
      m_period(std::move(period)), m_filePath(std::move(filePath)),
      m_cancelled(std::make_shared<std::atomic_bool>(false))
{}

ReportExportJob::~ReportExportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

bool ReportExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ReportExportJob::cancel()
{
    *m_cancelled = true;
}

QStringList ReportExportJob::redemptionHeader()
{
    return {tr("Date"),        tr("Customer"), tr("Program or offer"), tr("Card"),
            tr("UPC"),         tr("Item"),     tr("Quantity"),         tr("Cost"),
            tr("Fulfillment"), tr("Credit"),   tr("Cashier"),          tr("Location")};
}

QStringList ReportExportJob::redemptionRow(const ReportRedemption& r, const QString& locationName)
{
    // Local time and plain amounts, written the way spreadsheets read them in every language.
    return {r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            r.customerName,
            r.programTitle,
            r.offer ? tr("Offer") : r.cardTitle,
            r.gtin,
            r.itemDescription,
            QString::number(r.quantity),
            r.cost.plain(),
            label(r.fulfillment),
            label(r.creditStatus),
            r.cashierName,
            locationName};
}

QStringList ReportExportJob::participationHeader()
{
    return {tr("Program or offer"), tr("Kind"),
            tr("Manufacturer"),     tr("Units punched"),
            tr("Cards completed"),  tr("Rewards redeemed"),
            tr("Units redeemed"),   tr("Redemption cost")};
}

QStringList ReportExportJob::participationRow(const ProgramParticipation& p)
{
    return {p.title,
            p.offer ? tr("Offer") : tr("Program"),
            p.manufacturer,
            QString::number(p.punchedUnits),
            QString::number(p.cardsCompleted),
            QString::number(p.rewardsRedeemed),
            QString::number(p.redeemedUnits),
            p.redemptionCost.plain()};
}

ReportExportJob::Answer ReportExportJob::run(const std::function<void(qint64, qint64)>& report)
{
    Answer answer;
    const std::atomic_bool& cancelled = *m_cancelled;
    auto store = Store::open(m_databasePath);
    if (!store) {
        answer.message = store.error().message;
        return answer;
    }
    ReportService reports(**store);
    // One read transaction: every page comes from the same snapshot of the file.
    QSqlDatabase& connection = (*store)->db().connection();
    connection.transaction();
    const auto endRead = qScopeGuard([&connection] { connection.rollback(); });

    qint64 total = 0;
    std::vector<ProgramParticipation> programs;
    if (m_report == Report::Redemptions) {
        auto count = reports.redemptionsCount(m_period);
        if (!count) {
            answer.message = count.error().message;
            return answer;
        }
        total = *count;
    } else {
        auto rows = reports.participation(m_period);
        if (!rows) {
            answer.message = rows.error().message;
            return answer;
        }
        programs = std::move(rows).value();
        total = qint64(programs.size());
    }
    report(0, total);
    if (m_beforeWriting)
        m_beforeWriting();

    QSaveFile file(m_filePath);
    const auto failed = [&] {
        answer.outcome = Outcome::Failed;
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
    if (m_report == Report::Redemptions) {
        head.addRow(redemptionHeader());
        if (file.write(head.data()) != head.data().size())
            return failed();
        // The byte-order mark goes once, at the top: each page's writer starts with one.
        const qsizetype bom = CsvWriter().data().size();
        for (;;) {
            if (cancelled)
                return stop();
            auto page = reports.redemptionsBetween(m_period, pageSize, answer.rows);
            if (!page) {
                file.cancelWriting();
                answer.message = page.error().message;
                return answer;
            }
            if (page->empty())
                break;
            CsvWriter csv;
            for (const ReportRedemption& r : *page)
                csv.addRow(redemptionRow(r, m_locationNames.value(r.locationId, r.locationId)));
            const QByteArray rows = csv.data().mid(bom);
            if (file.write(rows) != rows.size())
                return failed();
            answer.rows += qint64(page->size());
            report(answer.rows, qMax(total, answer.rows));
            if (int(page->size()) < pageSize)
                break;
        }
    } else {
        head.addRow(participationHeader());
        for (const ProgramParticipation& p : programs)
            head.addRow(participationRow(p));
        if (file.write(head.data()) != head.data().size())
            return failed();
        answer.rows = total;
        report(total, total);
    }
    if (cancelled)
        return stop();
    if (!file.commit())
        return failed();
    answer.outcome = Outcome::Written;
    return answer;
}

void ReportExportJob::start()
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

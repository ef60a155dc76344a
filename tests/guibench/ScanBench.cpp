#include "ScanBench.h"

#include "Latency.h"
#include "Random.h"

#include "ui/checkout/CheckoutWidget.h"
#include "ui/checkout/FinishVisitDialog.h"
#include "ui/checkout/ScanBar.h"
#include "ui/checkout/VisitScansModel.h"
#include "ui/common/CustomerCardsModel.h"
#include "ui/common/MessageStrip.h"
#include "ui/shell/MainWindow.h"

#include "customers/CustomerStore.h"
#include "domain/Gtin.h"
#include "storage/Database.h"
#include "storage/WalCheckpointer.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <utility>

using namespace astro;

namespace guibench {

ScanBench::ScanBench(Store& store, QString path, ScanConfig config)
    : m_store(store), m_path(std::move(path)), m_config(std::move(config)), m_state(m_config.seed)
{}

// The UPCs a scan at this counter punches a card with: products on the cards of running
// programs the location is enrolled in. Products on an offer are left out: their offer dialog
// would take the keyboard from the scan field.
Status ScanBench::pickProducts()
{
    auto location = m_store.setting(QStringLiteral("counter_location"));
    if (!location)
        return location.error();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    auto gtins = m_store.db().select(
        QStringLiteral(
            "SELECT DISTINCT p.gtin FROM card_products cp JOIN products p ON p.id = cp.product_id "
            "JOIN program_cards c ON c.id = cp.card_id JOIN programs g ON g.id = c.program_id "
            "JOIN enrollments e ON e.location_id = ? AND e.subject_id = g.id "
            "WHERE p.active = 1 AND g.active = 1 AND ? BETWEEN c.available_from AND "
            "c.available_to AND ? BETWEEN g.available_from AND g.available_to AND NOT EXISTS "
            "(SELECT 1 FROM offer_products o WHERE o.product_id = p.id) ORDER BY 1"),
        {*location, today, today});
    if (!gtins)
        return gtins.error();
    for (const Row& r : *gtins)
        m_upcs << Gtin::displayOf(r[0].toString()); // what the scanner reads: the UPC-A
    if (m_upcs.isEmpty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no product of a running program at “%1”").arg(*location));
    auto maxId = m_store.db().scalar(QStringLiteral("SELECT max(id) FROM customers"), {}, 0);
    if (!maxId)
        return maxId.error();
    m_maxCustomer = maxId->toLongLong();
    if (m_maxCustomer < 1)
        return makeError(ErrorCode::NotFound, QStringLiteral("the store has no customer"));
    m_figures.products = int(m_upcs.size());
    return {};
}

qint64 ScanBench::nextCustomer()
{
    bench::Rng rng(m_state);
    m_state = rng.next();
    for (;;) {
        const qint64 id = 1 + qint64(rng.uniform() * double(m_maxCustomer));
        if (m_store.customers().get(id))
            return id;
    }
}

Result<ScanFigures> ScanBench::run()
{
    if (auto s = pickProducts(); !s)
        return s.error();
    // As the app: the WAL goes back into the file on a thread of its own.
    WalCheckpointer checkpointer(m_path);
    WalCheckpointer::handOver(m_store.db());
    ui::MainWindow window(m_store);
    showAtBenchSize(window);
    QString why;
    if (!signIn(window, m_config.cashier, why))
        return makeError(ErrorCode::Invalid, why);
    if (window.currentSection() != window.checkout())
        return makeError(ErrorCode::Invalid, QStringLiteral("the checkout is not on screen"));
    m_figures.windowSize = window.size();

    bench::Rng rng(m_state ^ 0x9E3779B97F4A7C15ULL);
    const int total = m_config.warmup + m_config.scans;
    int inVisit = 0;
    for (int done = 0; done < total;) {
        if (window.checkout()->visitId() == 0 || inVisit >= m_config.perVisit) {
            if (window.checkout()->visitId() != 0)
                if (auto s = finishVisit(window); !s)
                    return s.error();
            if (auto s = openCustomer(window, done >= m_config.warmup); !s)
                return s.error();
            inVisit = 0;
        }
        const QString upc = m_upcs[rng.below(int(m_upcs.size()))];
        auto scanned = scanOnce(window, upc, done >= m_config.warmup);
        if (!scanned)
            return scanned.error();
        if (*scanned) {
            ++done;
            ++inVisit;
        } else if (m_figures.refused > total / 10 + 5) {
            return makeError(ErrorCode::Invalid, QStringLiteral("%1 scans refused, the first: %2")
                                                     .arg(m_figures.refused)
                                                     .arg(m_figures.firstRefusal));
        }
    }
    if (window.checkout()->visitId() != 0)
        if (auto s = finishVisit(window); !s)
            return s.error();
    if (!m_figures.totalMs.empty())
        m_figures.cardRows = double(m_cardRowsSum) / double(m_figures.totalMs.size());
    return m_figures;
}

Status ScanBench::openCustomer(ui::MainWindow& window, bool timed)
{
    const qint64 id = nextCustomer();
    QElapsedTimer clock;
    clock.start();
    if (!window.checkout()->chooseCustomer(id))
        return makeError(ErrorCode::Invalid, QStringLiteral("customer %1 could not be opened: %2")
                                                 .arg(id)
                                                 .arg(window.checkout()->messageStrip()->text()));
    settleAndPaint(window);
    if (timed)
        m_figures.openMs.push_back(elapsedMs(clock));
    ++m_figures.customers;
    return {};
}

Status ScanBench::finishVisit(ui::MainWindow& window)
{
    ui::CheckoutWidget* checkout = window.checkout();
    checkout->finishVisit();
    // A card punched more than once in the visit: the cashier picks the first reason.
    if (auto* dialog = qobject_cast<ui::FinishVisitDialog*>(checkout->currentDialog());
        dialog && dialog->isVisible()) {
        dialog->reasonBox()->setCurrentIndex(0);
        if (!dialog->finishButton()->isEnabled())
            dialog->noteField()->setText(QStringLiteral("astro-gui-bench"));
        QTest::mouseClick(dialog->finishButton(), Qt::LeftButton);
    }
    if (!waitUntil([&] { return checkout->visitId() == 0; }, 5000))
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("the visit did not finish: %1").arg(checkout->messageStrip()->text()));
    return {};
}

Result<bool> ScanBench::scanOnce(ui::MainWindow& window, const QString& upc, bool timed)
{
    ui::CheckoutWidget* checkout = window.checkout();
    if (window.isLocked())
        return makeError(ErrorCode::Invalid, QStringLiteral("the counter locked itself"));
    QLineEdit* field = checkout->scanBar()->codeField();
    const int rowsBefore = checkout->scansModel()->rowCount();
    // The scanner types the whole code with no pause; Enter is when the cashier's wait starts.
    QTest::keyClicks(field, upc);
    const double cpuBefore = threadCpuMs();
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(field, Qt::Key_Return);
    const bool shown = waitUntil(
        [&] {
            return checkout->scansModel()->rowCount() > rowsBefore ||
                   checkout->messageStrip()->kind() == ui::MessageStrip::Kind::Error;
        },
        5000);
    const double handled = elapsedMs(clock);
    settleAndPaint(window);
    const double total = elapsedMs(clock);
    const double cpu = threadCpuMs() - cpuBefore;
    if (!shown || checkout->scansModel()->rowCount() <= rowsBefore) {
        ++m_figures.refused;
        if (m_figures.firstRefusal.isEmpty())
            m_figures.firstRefusal = upc + QStringLiteral(": ") + checkout->messageStrip()->text();
        // The refused code stays selected in the field: the next scan replaces it.
        field->clear();
        return false;
    }
    if (timed) {
        m_figures.totalMs.push_back(total);
        m_figures.handledMs.push_back(handled);
        m_figures.paintMs.push_back(total - handled);
        m_figures.cpuMs.push_back(cpu);
        m_cardRowsSum += checkout->cardsModel()->rowCount();
    }
    return true;
}

} // namespace guibench

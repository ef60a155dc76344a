// Retailer Free Goods Credit Batches page (Managers and Admins): filters, a redemption's line,
// close → submit → complete, CSV/PDF export and print off the GUI thread with cancel, cadence,
// and the refusals for a Cashier.
#include "UiTest.h"

#include "ui/backoffice/BatchExportJob.h"
#include "ui/backoffice/BatchFilterBar.h"
#include "ui/backoffice/BatchLinesModel.h"
#include "ui/backoffice/BatchListModel.h"
#include "ui/backoffice/BatchTotalsModel.h"
#include "ui/backoffice/BatchesPage.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"

#include "batches/BatchService.h"
#include "engine/RedemptionService.h"
#include "enrollment/EnrollmentService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPrintDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QTableView>

using namespace astro;
using namespace astro::test;

namespace {

// The small catalog with PRG-DIRECT (M1) made retailer fulfilled: two brands with batches.
QByteArray twoBrandCatalog()
{
    QJsonObject doc = QJsonDocument::fromJson(smallCatalog()).object();
    QJsonArray programs = doc.value(QStringLiteral("programs")).toArray();
    for (qsizetype i = 0; i < programs.size(); ++i) {
        QJsonObject p = programs[i].toObject();
        if (p.value(QStringLiteral("id")).toString() == QLatin1String("PRG-DIRECT")) {
            p.insert(QStringLiteral("fulfillment"), QStringLiteral("retailer"));
            programs[i] = p;
        }
    }
    doc.insert(QStringLiteral("programs"), programs);
    return QJsonDocument(doc).toJson();
}

// The catalog imported, and the locations enrolled in the retailer-fulfilled programs through
// the enrollment service, as an Admin does it.
void setUp(TestStore& ts)
{
    ts.importCatalog(twoBrandCatalog());
    useLocation(ts);
    const Actor admin = ts.admin();
    for (const auto& [location, program] :
         {std::pair{"LOC-A", "PRG-RET"}, {"LOC-B", "PRG-RET"}, {"LOC-A", "PRG-DIRECT"}})
        if (auto set = ts->enrollment().set(admin, QLatin1String(location), QLatin1String(program),
                                            {}, {});
            !set)
            qFatal("enrollment refused: %s", qPrintable(set.error().message));
}

// A self-fulfilled reward: the customer buys three of `item` on `card` in one visit and takes
// one free. Returns the redemption (its batch is in batchId).
Redemption redeem(TestStore& ts, const Actor& cashier, qint64 customer,
                  const char* card = "CRD-PRIOR", const char* product = "PP-1")
{
    return earnAndRedeem(ts, cashier, customer, card, product, 3);
}

void answer(QMessageBox::StandardButton button)
{
    whenModal<QMessageBox>(
        [button](QMessageBox* box) { QTest::mouseClick(box->button(button), Qt::LeftButton); });
}

int count(TestStore& ts, const QString& sql, const QVariantList& binds = {})
{
    auto n = ts->db().scalar(sql, binds);
    return n ? n->toInt() : -1;
}

using Fixture = PageFixture<ui::BatchesPage>;

} // namespace

class TestBatchesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(m_settings); }
    void cleanup()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog*>(w))
                w->close();
    }

    void aRetailerRedemptionShowsInAnOpenBatch()
    {
        TestStore ts;
        setUp(ts);
        const Redemption r = redeem(ts, ts.cashier(), ts.addCustomer());
        QVERIFY(r.batchId > 0);
        Fixture f(ts, ts.admin());
        ui::BatchesPage& page = f.page;
        QAbstractItemModelTester batchesTester(page.batchesModel());
        QAbstractItemModelTester linesTester(page.linesModel());
        QAbstractItemModelTester totalsTester(page.totalsModel());

        QCOMPARE(page.batchesModel()->rowCount(), 1);
        const Batch& b = page.batchesModel()->batchAt(0);
        QCOMPARE(b.id, r.batchId);
        QCOMPARE(b.status, BatchStatus::Open);
        QCOMPARE(page.batchesModel()->index(0, ui::BatchListModel::StatusColumn).data().toString(),
                 label(BatchStatus::Open));
        QCOMPARE(page.batchesModel()->index(0, ui::BatchListModel::LinesColumn).data().toString(),
                 QStringLiteral("1"));
        QCOMPARE(page.selectedBatch()->id, r.batchId);

        // Its line, with everything the brand needs.
        ui::BatchLinesModel* lines = page.linesModel();
        QCOMPARE(lines->rowCount(), 1);
        const auto cell = [&](int column) {
            return lines->index(0, column).data().toString();
        };
        QCOMPARE(cell(ui::BatchLinesModel::ManufacturerColumn), b.manufacturerName);
        QCOMPARE(cell(ui::BatchLinesModel::ProgramColumn), QStringLiteral("Program PRG-RET"));
        QCOMPARE(cell(ui::BatchLinesModel::CardColumn), QStringLiteral("Prior card"));
        QCOMPARE(cell(ui::BatchLinesModel::UpcColumn), upc("PP-1")); // UPC-A: its 12 digits
        QCOMPARE(cell(ui::BatchLinesModel::ItemColumn), QStringLiteral("Test item PP-1"));
        QCOMPARE(cell(ui::BatchLinesModel::QuantityColumn), QStringLiteral("1"));
        QCOMPARE(cell(ui::BatchLinesModel::CustomerColumn), QString::fromUtf8("Hélène Côté"));
        QCOMPARE(cell(ui::BatchLinesModel::LocationColumn), b.locationName);
        QCOMPARE(cell(ui::BatchLinesModel::CashierColumn), QStringLiteral("Test Cashier"));
        QCOMPARE(cell(ui::BatchLinesModel::CostColumn), r.cost.format(QLocale()));
        QCOMPARE(cell(ui::BatchLinesModel::DateColumn),
                 QLocale().toString(r.at.toLocalTime().date(), QLocale::ShortFormat));
        // The view shows the program under the card and the UPC under the item.
        QCOMPARE(lines->index(0, ui::BatchLinesModel::CardColumn)
                     .data(ui::BatchLinesModel::SecondLineRole)
                     .toString(),
                 QStringLiteral("Program PRG-RET"));
        QCOMPARE(lines->index(0, ui::BatchLinesModel::ItemColumn)
                     .data(ui::BatchLinesModel::SecondLineRole)
                     .toString(),
                 upc("PP-1"));

        // The totals: one manufacturer, no "all" row.
        QCOMPARE(page.totalsModel()->rowCount(), 1);
        QCOMPARE(page.totalsModel()->index(0, ui::BatchTotalsModel::TotalColumn).data().toString(),
                 r.cost.format(QLocale()));

        // An open batch with lines: close, submit and the exports; not complete.
        QVERIFY(page.closeButton()->isEnabled());
        QVERIFY(page.submitButton()->isEnabled());
        QVERIFY(!page.completeButton()->isEnabled());
        QVERIFY(page.exportCsvButton()->isEnabled());
        QVERIFY(page.exportPdfButton()->isEnabled());
        QVERIFY(page.printButton()->isEnabled());
        QVERIFY(page.cadenceBox()->isEnabled());
    }

    void aBigBatchIsShownAPageAtATime()
    {
        TestStore ts;
        setUp(ts);
        qint64 batch = 0;
        for (int i = 0; i < 3; ++i)
            batch = redeem(ts, ts.cashier(), ts.addCustomer()).batchId;
        ui::BatchLinesModel lines(ts->batches());
        QAbstractItemModelTester tester(&lines);
        lines.setPageSize(2);
        QVERIFY(lines.load(batch).isEmpty());
        QCOMPARE(lines.lineCount(), 3);
        QCOMPARE(lines.rowCount(), 2);
        QVERIFY(lines.canFetchMore({}));
        lines.fetchMore({});
        QCOMPARE(lines.rowCount(), 3);
        QVERIFY(!lines.canFetchMore({}));
        QVERIFY(lines.load(0).isEmpty());
        QCOMPARE(lines.rowCount(), 0);
    }

    void filtersChangeTheList()
    {
        TestStore ts;
        setUp(ts);
        // October: a batch whose week is long over (closed by itself when listed).
        ts.clock().set(QDateTime(QDate(2026, 10, 5), QTime(15, 0), Qt::UTC));
        const Redemption october = redeem(ts, ts.cashier(), ts.addCustomer(u"Anne"_qs, u"Roy"_qs));
        ts.clock().set(QDateTime(QDate(2026, 11, 16), QTime(15, 0), Qt::UTC));
        const Redemption beta = redeem(ts, ts.cashier(), ts.addCustomer());
        const Redemption acme =
            redeem(ts, ts.cashier(), ts.addCustomer(u"Luc"_qs, u"Gagné"_qs), "CRD-FREQ", "MF-1");
        const Redemption buffalo =
            redeem(ts, ts.cashier(QStringLiteral("LOC-B")), ts.addCustomer(u"Zoë"_qs, u"Smith"_qs));
        QCOMPARE(
            QSet<qint64>({october.batchId, beta.batchId, acme.batchId, buffalo.batchId}).size(), 4);

        Fixture f(ts, ts.manager());
        ui::BatchesPage& page = f.page;
        ui::BatchFilterBar* filters = page.filterBar();
        QAbstractItemModelTester tester(page.batchesModel());
        const auto ids = [&] {
            QSet<qint64> out;
            for (const Batch& b : page.batchesModel()->batches())
                out << b.id;
            return out;
        };
        QCOMPARE(ids(),
                 QSet<qint64>({october.batchId, beta.batchId, acme.batchId, buffalo.batchId}));
        // Two manufacturers, and the line for all of them.
        QCOMPARE(page.totalsModel()->rowCount(), 3);
        QCOMPARE(page.totalsModel()
                     ->index(2, ui::BatchTotalsModel::ManufacturerColumn)
                     .data()
                     .toString(),
                 QStringLiteral("All manufacturers"));
        QCOMPARE(page.totalsModel()
                     ->index(2, ui::BatchTotalsModel::ManufacturerColumn)
                     .data(ui::BatchTotalsModel::BatchCountRole)
                     .toString(),
                 QStringLiteral("4 batches"));
        QCOMPARE(page.totalsModel()->index(2, ui::BatchTotalsModel::TotalColumn).data().toString(),
                 (october.cost + beta.cost + acme.cost + buffalo.cost).format(QLocale()));

        QComboBox* status = filters->statusBox();
        status->setCurrentIndex(status->findData(toCode(BatchStatus::Open)));
        QCOMPARE(ids(), QSet<qint64>({beta.batchId, acme.batchId, buffalo.batchId}));
        status->setCurrentIndex(status->findData(toCode(BatchStatus::Closed)));
        QCOMPARE(ids(), QSet<qint64>({october.batchId}));
        QCOMPARE(page.batchesModel()->batchAt(0).status, BatchStatus::Closed);
        status->setCurrentIndex(status->findData(toCode(BatchStatus::Submitted)));
        QCOMPARE(page.batchesModel()->rowCount(), 0);
        QVERIFY(!page.selectedBatch());
        QCOMPARE(page.linesModel()->rowCount(), 0);
        QVERIFY(!page.closeButton()->isEnabled());
        QVERIFY(!page.exportCsvButton()->isEnabled());
        status->setCurrentIndex(0);

        QComboBox* brand = filters->manufacturerBox();
        QCOMPARE(brand->count(), 3); // all, M1, M2
        brand->setCurrentIndex(brand->findData(QStringLiteral("M1")));
        QCOMPARE(ids(), QSet<qint64>({acme.batchId}));
        QCOMPARE(page.totalsModel()->rowCount(), 1);
        brand->setCurrentIndex(brand->findData(QStringLiteral("M2")));
        QCOMPARE(ids(), QSet<qint64>({october.batchId, beta.batchId, buffalo.batchId}));
        brand->setCurrentIndex(0);

        QComboBox* location = filters->locationBox();
        location->setCurrentIndex(location->findData(QStringLiteral("LOC-B")));
        QCOMPARE(ids(), QSet<qint64>({buffalo.batchId}));
        QCOMPARE(page.linesModel()->lineAt(0).customerName, QString::fromUtf8("Zoë Smith"));
        location->setCurrentIndex(0);

        // Dates: the batches opened in November, then those opened in October.
        filters->fromEdit()->setDate(QDate(2026, 11, 1));
        QCOMPARE(ids(), QSet<qint64>({beta.batchId, acme.batchId, buffalo.batchId}));
        filters->fromEdit()->setDate(QDate(2026, 10, 1));
        filters->toEdit()->setDate(QDate(2026, 10, 31));
        QCOMPARE(ids(), QSet<qint64>({october.batchId}));
    }

    void closeSubmitCompleteThroughTheButtons()
    {
        TestStore ts;
        setUp(ts);
        const Redemption r = redeem(ts, ts.cashier(), ts.addCustomer());
        Fixture f(ts, ts.admin());
        ui::BatchesPage& page = f.page;
        const QString subject = QStringLiteral("batch:%1").arg(r.batchId);
        const auto status = [&] {
            return page.selectedBatch()->status;
        };

        // Cancelling the confirmation changes nothing.
        answer(QMessageBox::Cancel);
        QTest::mouseClick(page.closeButton(), Qt::LeftButton);
        QCOMPARE(status(), BatchStatus::Open);
        QCOMPARE(ts->batches().get(r.batchId)->status, BatchStatus::Open);
        QCOMPARE(count(ts, u"SELECT count(*) FROM audit_log WHERE subject = ?"_qs, {subject}), 0);

        answer(QMessageBox::Yes);
        QTest::mouseClick(page.closeButton(), Qt::LeftButton);
        QCOMPARE(ts->batches().get(r.batchId)->status, BatchStatus::Closed);
        QCOMPARE(status(), BatchStatus::Closed);
        QCOMPARE(page.batchesModel()->index(0, ui::BatchListModel::StatusColumn).data().toString(),
                 label(BatchStatus::Closed));
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Success);
        QVERIFY(!page.closeButton()->isEnabled());
        QVERIFY(page.submitButton()->isEnabled());
        QVERIFY(!page.completeButton()->isEnabled());
        QVERIFY(page.exportCsvButton()->isEnabled());

        answer(QMessageBox::Yes);
        QTest::mouseClick(page.submitButton(), Qt::LeftButton);
        QCOMPARE(ts->batches().get(r.batchId)->status, BatchStatus::Submitted);
        QCOMPARE(status(), BatchStatus::Submitted);
        QVERIFY(!page.closeButton()->isEnabled());
        QVERIFY(!page.submitButton()->isEnabled());
        QVERIFY(page.completeButton()->isEnabled());

        answer(QMessageBox::Yes);
        QTest::mouseClick(page.completeButton(), Qt::LeftButton);
        QCOMPARE(ts->batches().get(r.batchId)->status, BatchStatus::Complete);
        QCOMPARE(status(), BatchStatus::Complete);
        QVERIFY(!page.closeButton()->isEnabled());
        QVERIFY(!page.submitButton()->isEnabled());
        QVERIFY(!page.completeButton()->isEnabled());
        // A complete batch can still be exported or printed again, for the store's records.
        QVERIFY(page.exportCsvButton()->isEnabled());
        QVERIFY(page.printButton()->isEnabled());

        // Each step is in the audit log and the event log, as the Admin who did it.
        QCOMPARE(count(ts,
                       u"SELECT count(*) FROM audit_log WHERE subject = ? AND user_name = ? AND "
                       "((old_value = 'open' AND new_value = 'closed') OR (old_value = 'closed' "
                       "AND new_value = 'submitted') OR (old_value = 'submitted' AND new_value = "
                       "'complete'))"_qs,
                       {subject, QStringLiteral("Test Admin")}),
                 3);
        for (const char* type : {"batch.closed", "batch.submitted", "batch.complete"})
            QCOMPARE(
                count(ts, u"SELECT count(*) FROM events WHERE type = ?"_qs, {QLatin1String(type)}),
                1);
    }

    void anEmptyBatchCannotBeSubmittedOrExported()
    {
        TestStore ts;
        setUp(ts);
        const Redemption r = redeem(ts, ts.cashier(), ts.addCustomer());
        ASTRO_VERIFY_OK(ts->redemptions().undo(ts.admin(), r.id, UndoMode::RemoveOnly));
        Fixture f(ts, ts.admin());
        ui::BatchesPage& page = f.page;
        QCOMPARE(page.selectedBatch()->id, r.batchId);
        QCOMPARE(page.selectedBatch()->lineCount, 0);
        QCOMPARE(page.linesModel()->rowCount(), 0);
        QVERIFY(page.closeButton()->isEnabled());
        QVERIFY(!page.submitButton()->isEnabled());
        QVERIFY(!page.exportCsvButton()->isEnabled());
        QVERIFY(!page.exportPdfButton()->isEnabled());
        QVERIFY(!page.printButton()->isEnabled());
    }

    void exportCsvReadsBack()
    {
        TestStore ts;
        setUp(ts);
        const Redemption first = redeem(ts, ts.cashier(), ts.addCustomer());
        const Redemption second =
            redeem(ts, ts.cashier(), ts.addCustomer(u"Zoë"_qs, u"O'Brien, \"Jr\""_qs));
        QCOMPARE(second.batchId, first.batchId);
        Fixture f(ts, ts.admin());
        ui::BatchesPage& page = f.page;
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("batch.csv"));

        // The batch is open: exporting it asks first, since it closes it.
        answer(QMessageBox::Yes);
        saveFileAs(QStringLiteral("batchExportFileDialog"), path);
        QTest::mouseClick(page.exportCsvButton(), Qt::LeftButton);
        QVERIFY(page.exportWorker());
        QVERIFY(page.exportProgress());
        QVERIFY(!page.exportCsvButton()->isEnabled()); // one export at a time
        QTRY_VERIFY_WITH_TIMEOUT(!page.exportWorker(), 20000);
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Success);
        QVERIFY2(page.messageStrip()->text().contains(QDir::toNativeSeparators(path)),
                 qPrintable(page.messageStrip()->text()));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(file.readAll());
        QCOMPARE(rows.size(), 1 + 2 + 1); // header, one row per line, total
        QCOMPARE(rows[0],
                 QStringList({u"Batch"_qs, u"Manufacturer"_qs, u"Program"_qs, u"Card"_qs, u"UPC"_qs,
                              u"Item"_qs, u"Quantity"_qs, u"Redeemed on"_qs, u"Customer"_qs,
                              u"Location"_qs, u"Cashier"_qs, u"Cost per redemption"_qs}));
        QCOMPARE(rows[1].size(), 12);
        QCOMPARE(rows[1][0], QString::number(first.batchId));
        QCOMPARE(rows[1][2], QStringLiteral("Program PRG-RET"));
        QCOMPARE(rows[1][3], QStringLiteral("Prior card"));
        QCOMPARE(rows[1][5], QStringLiteral("Test item PP-1"));
        QCOMPARE(rows[1][8], QString::fromUtf8("Hélène Côté"));
        QCOMPARE(rows[1][10], QStringLiteral("Test Cashier"));
        QCOMPARE(rows[1][11], first.cost.plain());
        QCOMPARE(rows[2][8], QString::fromUtf8("Zoë O'Brien, \"Jr\""));
        QCOMPARE(rows[3][2], QStringLiteral("Total"));
        QCOMPARE(rows[3][11], (first.cost + second.cost).plain());

        // Exported: closed for new rewards, as the CLI's export does.
        QCOMPARE(ts->batches().get(first.batchId)->status, BatchStatus::Closed);
        QCOMPARE(page.selectedBatch()->status, BatchStatus::Closed);
        QCOMPARE(count(ts, u"SELECT count(*) FROM events WHERE type = 'batch.closed'"_qs), 1);
        QCOMPARE(filesIn(out.path()), QStringList{QStringLiteral("batch.csv")});
    }

    void exportPdfWritesAPdf()
    {
        TestStore ts;
        setUp(ts);
        const Redemption r = redeem(ts, ts.cashier(), ts.addCustomer());
        ASTRO_VERIFY_OK(ts->batches().close(ts.admin(), r.batchId));
        Fixture f(ts, ts.admin());
        ui::BatchesPage& page = f.page;
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("batch.pdf"));

        // Closed already: the file dialog is the only question.
        saveFileAs(QStringLiteral("batchExportFileDialog"), path);
        QTest::mouseClick(page.exportPdfButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.exportWorker(), 20000);
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Success);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdf.size() > 1024);
        QCOMPARE(test::fileMode(path), 0600); // customers' names: the counter's account only
        QCOMPARE(ts->batches().get(r.batchId)->status, BatchStatus::Closed);
    }

    void cancellingAnExportLeavesNoFile_data()
    {
        QTest::addColumn<bool>("pdf");
        QTest::newRow("csv") << false;
        QTest::newRow("pdf") << true;
    }

    void cancellingAnExportLeavesNoFile()
    {
        QFETCH(bool, pdf);
        TestStore ts;
        setUp(ts);
        const Redemption r = redeem(ts, ts.cashier(), ts.addCustomer());
        Fixture f(ts, ts.admin());
        ui::BatchesPage& page = f.page;
        // The export waits, once it has read the batch, until the test has pressed Cancel.
        QSemaphore gate;
        page.setBeforeExportWrites([&gate] { gate.tryAcquire(1, 10000); });
        QTemporaryDir out;
        const QString path = out.filePath(pdf ? u"batch.pdf"_qs : u"batch.csv"_qs);

        answer(QMessageBox::Yes);
        saveFileAs(QStringLiteral("batchExportFileDialog"), path);
        QTest::mouseClick(pdf ? page.exportPdfButton() : page.exportCsvButton(), Qt::LeftButton);
        QProgressDialog* progress = page.exportProgress();
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        gate.release();
        QTRY_VERIFY_WITH_TIMEOUT(!page.exportWorker(), 20000);

        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(filesIn(out.path()), QStringList());
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Info);
        // Nothing went out: the batch still takes rewards.
        QCOMPARE(ts->batches().get(r.batchId)->status, BatchStatus::Open);
        QVERIFY(page.exportCsvButton()->isEnabled());
    }

    void printsTheSameReport()
    {
        TestStore ts;
        setUp(ts);
        const Redemption r = redeem(ts, ts.cashier(), ts.addCustomer());
        Fixture f(ts, ts.admin());
        ui::BatchesPage& page = f.page;
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("printed.pdf"));

        // No printer here: Qt's dialog offers printing to a PDF file.
        whenModal<QPrintDialog>([path](QPrintDialog* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("batchPrintDialog"));
            auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("filename"));
            QVERIFY(file);
            file->setText(path);
            dialog->accept();
        });
        QTest::mouseClick(page.printButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.exportWorker(), 20000);
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Success);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF"));
        // Printing is not exporting: the batch stays open.
        QCOMPARE(ts->batches().get(r.batchId)->status, BatchStatus::Open);
    }

    void cadenceIsChosenHere()
    {
        TestStore ts;
        setUp(ts);
        Fixture f(ts, ts.admin());
        QComboBox* cadence = f.page.cadenceBox();
        QCOMPARE(cadence->currentData().toString(), toCode(BatchCadence::Weekly));

        answer(QMessageBox::Yes);
        cadence->setFocus();
        QTest::keyClick(cadence, Qt::Key_Down);
        QCOMPARE(*ts->batches().cadence(), BatchCadence::BiWeekly);
        QCOMPARE(f.page.messageStrip()->kind(), ui::MessageStrip::Kind::Success);
        QCOMPARE(count(ts, u"SELECT count(*) FROM audit_log WHERE field = 'batch_cadence' AND "
                           "old_value = 'weekly' AND new_value = 'biweekly'"_qs),
                 1);

        // Cancelled: the setting and the box stay as they were.
        answer(QMessageBox::Cancel);
        QTest::keyClick(cadence, Qt::Key_Down);
        QCOMPARE(*ts->batches().cadence(), BatchCadence::BiWeekly);
        QCOMPARE(cadence->currentData().toString(), toCode(BatchCadence::BiWeekly));
    }

    void aCashierIsRefused()
    {
        TestStore ts;
        setUp(ts);
        const Redemption r = redeem(ts, ts.cashier(), ts.addCustomer());
        Fixture f(ts, ts.cashier());
        ui::BatchesPage& page = f.page;
        // The batches show, but nothing can be done to them.
        QCOMPARE(page.batchesModel()->rowCount(), 1);
        for (QPushButton* b : {page.closeButton(), page.submitButton(), page.completeButton(),
                               page.exportCsvButton(), page.exportPdfButton(), page.printButton()})
            QVERIFY2(!b->isEnabled(), qPrintable(b->objectName()));
        QVERIFY(!page.cadenceBox()->isEnabled());

        // Asked anyway, the engine refuses and the page says so, without a question or a file
        // dialog first.
        bool asked = false;
        whenModal<QDialog>([&asked](QDialog* dialog) {
            asked = true;
            dialog->reject();
        });
        page.closeBatch();
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Error);
        QVERIFY(!page.messageStrip()->text().isEmpty());
        page.messageStrip()->clear();
        page.exportCsv();
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Error);
        QVERIFY(!page.exportWorker());
        QTest::qWait(50);
        QVERIFY(!asked);
        QCOMPARE(ts->batches().get(r.batchId)->status, BatchStatus::Open);
        QCOMPARE(count(ts, u"SELECT count(*) FROM audit_log WHERE subject LIKE 'batch:%'"_qs), 0);
        // And the engine itself refuses a Cashier.
        QCOMPARE(ts->batches().close(ts.cashier(), r.batchId).error().code, ErrorCode::Forbidden);
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestBatchesPage)
#include "tst_batchespage.moc"

// Reports page (Managers and Admins): today's redemptions with their total, the days and the
// location narrowing or widening them, participation by program, CSV export off the GUI thread
// read back, a cancelled export leaving no file, and the Cashier refusal.
#include "UiTest.h"

#include "ui/backoffice/ReportExportJob.h"
#include "ui/backoffice/ReportFilterBar.h"
#include "ui/backoffice/ReportParticipationModel.h"
#include "ui/backoffice/ReportRedemptionsModel.h"
#include "ui/backoffice/ReportsPage.h"
#include "ui/common/BackgroundReader.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"

#include "engine/RedemptionService.h"
#include "engine/VisitService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

using namespace astro;
using namespace astro::test;

namespace {

const QString locA = QStringLiteral("LOC-A");
const QString locB = QStringLiteral("LOC-B");

// A customer buys three ANY-1 (completing CRD-ANY) at `location` and takes `freeItem` free.
void redeemAt(TestStore& ts, const QString& location, const QString& last, const char* freeItem)
{
    const Actor cashier = ts.cashier(location);
    auto visit = ts->visits().open(cashier, ts.addCustomer(QStringLiteral("Sam"), last));
    if (!visit)
        qFatal("visit refused: %s", qPrintable(visit.error().message));
    if (auto s = ts->visits().scan(cashier, visit->id, item("ANY-1", 3)); !s)
        qFatal("scan refused: %s", qPrintable(s.error().message));
    RedeemRequest request;
    request.customerId = visit->customerId;
    request.cardId = QStringLiteral("CRD-ANY");
    request.code = upc(freeItem);
    request.visitId = visit->id;
    if (auto r = ts->redemptions().redeem(cashier, request); !r)
        qFatal("redeem refused: %s", qPrintable(r.error().message));
    if (auto s = ts->visits().finish(cashier, visit->id, QStringLiteral("Bought a case")); !s)
        qFatal("finish refused: %s", qPrintable(s.error().message));
}

// Nov 14: Older at LOC-A (ANY-3, $10). Today, Nov 16: Today at LOC-A (ANY-1, $40) and
// Elsewhere at LOC-B (ANY-2, $40).
void fill(TestStore& ts)
{
    ready(ts);
    useLocation(ts);
    ts.clock().set(QDateTime(QDate(2026, 11, 14), QTime(15, 0), Qt::UTC));
    redeemAt(ts, locA, QStringLiteral("Older"), "ANY-3");
    ts.clock().set(QDateTime(QDate(2026, 11, 16), QTime(15, 0), Qt::UTC));
    redeemAt(ts, locA, QStringLiteral("Today"), "ANY-1");
    redeemAt(ts, locB, QStringLiteral("Elsewhere"), "ANY-2");
}

QStringList customers(const ui::ReportRedemptionsModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.redemptionAt(row).customerName;
    return names;
}

// The export's file read back; nothing unless it starts with a UTF-8 byte-order mark.
QList<QStringList> readCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    if (!data.startsWith("\xEF\xBB\xBF"))
        return {};
    return parseCsv(data);
}

using Fixture = PageFixture<ui::ReportsPage>;

} // namespace

class TestReportsPage : public QObject
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

    void todaysRedemptionsAppear()
    {
        TestStore ts;
        fill(ts);
        Fixture f(ts, ts.manager());
        ui::ReportsPage& page = f.page;
        QAbstractItemModelTester tester(page.redemptionsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.windowTitle(), QStringLiteral("Reports"));
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(page.filterBar()->fromEdit()->date(), QDate(2026, 11, 16));
        QCOMPARE(page.filterBar()->toEdit()->date(), QDate(2026, 11, 16));
        QCOMPARE(page.filterBar()->period().locationId, locA); // the counter's location
        QCOMPARE(customers(*page.redemptionsModel()), QStringList{QStringLiteral("Sam Today")});
        const QModelIndex cost =
            page.redemptionsModel()->index(0, ui::ReportRedemptionsModel::CostColumn);
        QCOMPARE(cost.data().toString(), Money{4000}.format(QLocale()));
        QCOMPARE(page.redemptionsModel()
                     ->index(0, ui::ReportRedemptionsModel::CashierColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Test Cashier"));
        QVERIFY2(page.totalLabel()->text().contains(Money{4000}.format(QLocale())),
                 qPrintable(page.totalLabel()->text()));
        QVERIFY(page.totalLabel()->text().startsWith(QStringLiteral("1 redemption")));

        // A redemption recorded while the page is open shows after the app says data changed.
        redeemAt(ts, locA, QStringLiteral("Later"), "ANY-2");
        f.session.notifyChanged();
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(page.redemptionsModel()->rowCount(), 2);
        QVERIFY(page.totalLabel()->text().contains(Money{8000}.format(QLocale())));
    }

    // The redemptions never scroll sideways: on a 1366 or a 1024 screen the widest columns
    // give way (elided, whole in their tooltip) and the item takes what is left.
    void theRedemptionsNeverScrollSideways()
    {
        TestStore ts;
        fill(ts);
        Fixture f(ts, ts.manager());
        QTRY_VERIFY(!f.page.isReading());
        QVERIFY(f.page.redemptionsModel()->rowCount() > 0);
        QTableView* view = f.page.redemptionsView();
        for (int width : {1366 - 250, 1024 - 250}) { // the page beside the back office's list
            f.page.resize(width, 600);
            QTRY_COMPARE(f.page.width(), width);
            // The columns are fitted as the view resizes; its scroll range follows on a timer.
            QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
            QVERIFY(view->columnWidth(ui::ReportRedemptionsModel::ItemColumn) >=
                    5 * view->fontMetrics().horizontalAdvance(QLatin1Char('M')));
        }
    }

    void daysAndLocationNarrowAndWiden()
    {
        TestStore ts;
        fill(ts);
        Fixture f(ts, ts.admin());
        ui::ReportsPage& page = f.page;
        page.filterBar()->fromEdit()->setDate(QDate(2026, 11, 14));
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(customers(*page.redemptionsModel()),
                 (QStringList{QStringLiteral("Sam Today"), QStringLiteral("Sam Older")}));
        QVERIFY(page.totalLabel()->text().contains(Money{5000}.format(QLocale())));

        QComboBox* location = page.filterBar()->locationBox();
        location->setCurrentIndex(location->findData(QString())); // all locations
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(page.redemptionsModel()->rowCount(), 3);
        QVERIFY(page.totalLabel()->text().contains(Money{9000}.format(QLocale())));

        page.filterBar()->toEdit()->setDate(QDate(2026, 11, 15));
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(customers(*page.redemptionsModel()), QStringList{QStringLiteral("Sam Older")});

        location->setCurrentIndex(location->findData(locB));
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(page.redemptionsModel()->rowCount(), 0);
        QVERIFY(page.totalLabel()->text().startsWith(QStringLiteral("0 redemption")));

        // Backwards days: the engine's refusal shows.
        page.filterBar()->fromEdit()->setDate(QDate(2026, 11, 16));
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Error);
        QVERIFY(!page.messageStrip()->text().isEmpty());
    }

    void participationByProgram()
    {
        TestStore ts;
        fill(ts);
        Fixture f(ts, ts.manager());
        ui::ReportsPage& page = f.page;
        QAbstractItemModelTester tester(page.participationModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.tabs()->setCurrentIndex(1);
        QTRY_VERIFY(!page.isReading());
        ui::ReportParticipationModel* model = page.participationModel();
        const int dist = model->rowOfProgram(QStringLiteral("PRG-DIST"));
        QVERIFY(dist >= 0);
        const auto cell = [&](int row, int column) {
            return model->index(row, column).data().toString();
        };
        QCOMPARE(cell(dist, ui::ReportParticipationModel::PunchedColumn), QStringLiteral("3"));
        QCOMPARE(cell(dist, ui::ReportParticipationModel::CompletedColumn), QStringLiteral("1"));
        QCOMPARE(cell(dist, ui::ReportParticipationModel::RedeemedColumn), QStringLiteral("1"));
        QCOMPARE(cell(dist, ui::ReportParticipationModel::CostColumn),
                 Money{4000}.format(QLocale()));

        QComboBox* location = page.filterBar()->locationBox();
        location->setCurrentIndex(location->findData(QString()));
        page.filterBar()->fromEdit()->setDate(QDate(2026, 11, 14));
        QTRY_VERIFY(!page.isReading());
        const int all = model->rowOfProgram(QStringLiteral("PRG-DIST"));
        QCOMPARE(cell(all, ui::ReportParticipationModel::PunchedColumn), QStringLiteral("9"));
        QCOMPARE(cell(all, ui::ReportParticipationModel::CompletedColumn), QStringLiteral("3"));
        QCOMPARE(cell(all, ui::ReportParticipationModel::RedeemedColumn), QStringLiteral("3"));
        QCOMPARE(cell(all, ui::ReportParticipationModel::CostColumn),
                 Money{9000}.format(QLocale()));
        const int total = model->rowCount() - 1;
        QCOMPARE(cell(total, ui::ReportParticipationModel::ProgramColumn), QStringLiteral("Total"));
        QCOMPARE(cell(total, ui::ReportParticipationModel::CostColumn),
                 Money{9000}.format(QLocale()));
    }

    // Participation and the totals are read on the page's reader's thread: the window answers
    // meanwhile, and of two periods chosen one after the other, only the second one's show.
    void theFiguresAreReadOffTheGuiThreadAndTheNewestPeriodWins()
    {
        TestStore ts;
        fill(ts);
        Fixture f(ts, ts.manager());
        ui::ReportsPage& page = f.page;
        QTRY_VERIFY(!page.isReading());
        ui::ReportParticipationModel* model = page.participationModel();
        const auto punched = [model] {
            return model
                ->index(model->rowOfProgram(QStringLiteral("PRG-DIST")),
                        ui::ReportParticipationModel::PunchedColumn)
                .data()
                .toString();
        };
        QCOMPARE(punched(), QStringLiteral("3"));

        // The reader's thread is held while the location and the days change.
        HeldReader slowQuery(page.reader());
        QVERIFY(slowQuery.holding());
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QComboBox* location = page.filterBar()->locationBox();
        location->setCurrentIndex(location->findData(QString()));
        QVERIFY(page.filterBar()->isEnabled());
        page.filterBar()->fromEdit()->setDate(QDate(2026, 11, 14));
        QTest::qWait(50);
        QVERIFY(page.isReading());
        QCOMPARE(punched(), QStringLiteral("3"));
        QCOMPARE(page.totalLabel()->text(), QStringLiteral("Reading…"));
        QCOMPARE(page.participationView()->viewport()->cursor().shape(), Qt::BusyCursor);

        slowQuery.release();
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(resets.size(), 1); // the answer for today at every location was dropped
        QCOMPARE(punched(), QStringLiteral("9"));
        QVERIFY2(page.totalLabel()->text().startsWith(QStringLiteral("3 redemptions")) &&
                     page.totalLabel()->text().contains(Money{9000}.format(QLocale())),
                 qPrintable(page.totalLabel()->text()));
        QCOMPARE(page.participationView()->viewport()->cursor().shape(), Qt::ArrowCursor);
    }

    void redemptionsExportReadsBack()
    {
        TestStore ts;
        fill(ts);
        Fixture f(ts, ts.manager());
        ui::ReportsPage& page = f.page;
        QComboBox* location = page.filterBar()->locationBox();
        location->setCurrentIndex(location->findData(QString()));
        page.filterBar()->fromEdit()->setDate(QDate(2026, 11, 14));

        const QString path = QDir(ts.dir()).filePath(QStringLiteral("redemptions.csv"));
        saveFileAs(QStringLiteral("reportExportFileDialog"), path);
        QTest::mouseClick(page.exportButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.exportJob());
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Success);

        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0], ui::ReportExportJob::redemptionHeader());
        QCOMPARE(rows[1][1], QStringLiteral("Sam Elsewhere"));
        QCOMPARE(rows[1].last(), QStringLiteral("Buffalo")); // LOC-B's name
        QCOMPARE(rows[2][1], QStringLiteral("Sam Today"));
        QCOMPARE(rows[2][0], QStringLiteral("2026-11-16 10:00:00"));
        QCOMPARE(rows[2][4], QStringLiteral("00") + upc("ANY-1"));
        QCOMPARE(rows[2][6], QStringLiteral("1"));
        QCOMPARE(rows[2][7], QStringLiteral("40.00"));
        QCOMPARE(rows[3][1], QStringLiteral("Sam Older"));
        QCOMPARE(rows[3][7], QStringLiteral("10.00"));
    }

    void participationExportReadsBack()
    {
        TestStore ts;
        fill(ts);
        Fixture f(ts, ts.manager());
        ui::ReportsPage& page = f.page;
        page.tabs()->setCurrentIndex(1);
        QTRY_VERIFY(!page.isReading());
        const QString path = QDir(ts.dir()).filePath(QStringLiteral("participation.csv"));
        page.exportCsvTo(path);
        QVERIFY(page.exportProgress());
        QTRY_VERIFY(!page.exportJob());
        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), 1 + int(page.participationModel()->programs().size()));
        QCOMPARE(rows[0], ui::ReportExportJob::participationHeader());
        const auto dist = std::find_if(rows.begin(), rows.end(), [](const QStringList& r) {
            return r[0] == QLatin1String("Program PRG-DIST");
        });
        QVERIFY(dist != rows.end());
        QCOMPARE(dist->mid(3),
                 (QStringList{QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("1"),
                              QStringLiteral("1"), QStringLiteral("40.00")}));
    }

    void cancelledExportLeavesNoFile()
    {
        TestStore ts;
        fill(ts);
        Fixture f(ts, ts.manager());
        ui::ReportsPage& page = f.page;
        QSemaphore reached;
        QSemaphore proceed;
        page.setBeforeExportWrites([&] {
            reached.release();
            proceed.acquire();
        });
        const QString path = QDir(ts.dir()).filePath(QStringLiteral("cancelled.csv"));
        page.exportCsvTo(path);
        QVERIFY(reached.tryAcquire(1, 10000));
        QVERIFY(page.exportProgress());
        QVERIFY(!page.exportButton()->isEnabled());
        auto* cancel = page.exportProgress()->findChild<QPushButton*>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        proceed.release();
        QTRY_VERIFY(!page.exportJob());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(ts.dir()).entryList({QStringLiteral("cancelled*")}, QDir::Files),
                 QStringList());
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Info);
        QVERIFY(page.exportButton()->isEnabled());
    }

    void cashierSeesNothing()
    {
        TestStore ts;
        fill(ts);
        Fixture f(ts, ts.cashier());
        ui::ReportsPage& page = f.page;
        QCOMPARE(page.redemptionsModel()->rowCount(), 0);
        QCOMPARE(page.participationModel()->rowCount(), 0);
        QVERIFY(!page.exportButton()->isEnabled());
        QVERIFY(!page.filterBar()->isEnabled());
        page.exportCsvTo(QDir(ts.dir()).filePath(QStringLiteral("no.csv")));
        QVERIFY(!page.exportJob());
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Error);
        QVERIFY(!QFile::exists(QDir(ts.dir()).filePath(QStringLiteral("no.csv"))));
    }

    // The demo store's last two months read at a window's size; ASTRO_GRAB_DIR keeps a picture
    // of each tab to look at.
    void demoStore()
    {
        TestStore ts;
        ts.loadDemo();
        Fixture f(ts, ts.manager());
        ui::ReportsPage& page = f.page;
        page.filterBar()->fromEdit()->setDate(ts->now().toLocalTime().date().addDays(-60));
        QTRY_VERIFY(!page.isReading());
        QVERIFY(page.redemptionsModel()->rowCount() > 0);
        QVERIFY(!page.participationModel()->programs().empty());
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Info);
        const QString dir = qEnvironmentVariable("ASTRO_GRAB_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("reports-redemptions.png"))));
        page.tabs()->setCurrentIndex(1);
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("reports-participation.png"))));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"

// Customer history (Managers and Admins): cards, visits, redemptions, undo after the visit,
// and merging duplicates.
#include "UiTest.h"

#include "ui/checkout/VisitScansModel.h"
#include "ui/common/CustomerCardsModel.h"
#include "ui/common/CustomerLookup.h"
#include "ui/common/CustomerSearchModel.h"
#include "ui/common/UndoRedemptionDialog.h"
#include "ui/history/CustomerHistoryWidget.h"
#include "ui/history/CustomerRedemptionsModel.h"
#include "ui/history/CustomerVisitsModel.h"
#include "ui/history/MergeCustomerDialog.h"

#include "customers/CustomerStore.h"
#include "domain/Gtin.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"

#include <QPushButton>
#include <QRadioButton>
#include <QTableView>

using namespace astro;
using namespace astro::test;

namespace {

// A finished visit in which the customer earned CRD-LEAST and took LV-3 free.
qint64 visitWithRedemption(TestStore& ts, qint64 customer)
{
    const Actor cashier = ts.cashier();
    auto visit = ts->visits().open(cashier, customer);
    for (const char* name : {"LV-1", "LV-2", "LV-4"})
        if (!ts->visits().scan(cashier, visit->id, item(name)).ok())
            qFatal("scan refused");
    RedeemRequest request;
    request.customerId = customer;
    request.cardId = QStringLiteral("CRD-LEAST");
    request.code = upc("LV-3");
    request.visitId = visit->id;
    auto redeemed = ts->redemptions().redeem(cashier, request);
    if (!redeemed)
        qFatal("redeem refused: %s", qPrintable(redeemed.error().message));
    if (!ts->visits().finish(cashier, visit->id, QStringLiteral("Converting paper card")).ok())
        qFatal("finish refused");
    return redeemed->id;
}

} // namespace

class TestHistory : public QObject
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

    void showsCardsVisitsAndRedemptions()
    {
        TestStore ts;
        ts.importCatalog(smallCatalog());
        ts.enrollDefaults();
        useLocation(ts);
        ts.manager();
        const qint64 customer = ts.addCustomer();
        visitWithRedemption(ts, customer);
        ui::MainWindow window(ts.store());
        window.show();
        typeSignIn(window, QStringLiteral("Test Manager"), QStringLiteral("1234"));
        window.showSection(window.history());
        ui::CustomerHistoryWidget* history = window.history();

        QTest::keyClicks(history->lookup()->searchField(), QStringLiteral("cot"));
        QTRY_COMPARE(history->lookup()->model()->rowCount(), 1);
        QTest::keyClick(history->lookup()->searchField(), Qt::Key_Return);
        QCOMPARE(history->customer()->id, customer);

        QCOMPARE(history->cardsModel()->rowCount(), 1);
        QCOMPARE(history->visitsModel()->rowCount(), 1);
        QCOMPARE(history->visitsModel()
                     ->index(0, ui::CustomerVisitsModel::UnitsColumn)
                     .data()
                     .toString(),
                 QStringLiteral("3 units"));
        QCOMPARE(
            history->visitsModel()->index(0, ui::CustomerVisitsModel::NoteColumn).data().toString(),
            QStringLiteral("Converting paper card"));
        // The first visit is selected and its items listed.
        QCOMPARE(history->visitItemsModel()->rowCount(), 3);
        QCOMPARE(history->redemptionsModel()->rowCount(), 1);
        QCOMPARE(history->redemptionsModel()
                     ->index(0, ui::CustomerRedemptionsModel::StatusColumn)
                     .data()
                     .toString(),
                 label(CreditStatus::Uncredited));
        QCOMPARE(history->redemptionsModel()
                     ->index(0, ui::CustomerRedemptionsModel::ActionColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Undo"));
    }

    void aManagerUndoesAfterTheVisit()
    {
        TestStore ts;
        ts.importCatalog(smallCatalog());
        ts.enrollDefaults();
        useLocation(ts);
        ts.manager();
        const qint64 customer = ts.addCustomer();
        const qint64 redemption = visitWithRedemption(ts, customer);
        ui::MainWindow window(ts.store());
        window.show();
        typeSignIn(window, QStringLiteral("Test Manager"), QStringLiteral("1234"));
        window.showSection(window.history());
        ui::CustomerHistoryWidget* history = window.history();
        history->showCustomer(customer);
        history->tabs()->setCurrentIndex(2);

        QTableView* view = history->redemptionsView();
        clickCellButton(view, view->model()->index(0, ui::CustomerRedemptionsModel::ActionColumn));
        auto* undo = openDialog<ui::UndoRedemptionDialog>();
        QVERIFY(undo);
        undo->findChild<QRadioButton*>(QStringLiteral("undoRemoveOnly"))->setChecked(true);
        undo->accept();
        QTRY_VERIFY(!openDialog<ui::UndoRedemptionDialog>());
        QVERIFY(ts->redemptions().get(redemption)->undone());
        QVERIFY(history->redemptionsModel()->redemptionAt(0).undone());
        QVERIFY(history->redemptionsModel()
                    ->index(0, ui::CustomerRedemptionsModel::ActionColumn)
                    .data()
                    .toString()
                    .isEmpty());
        // The audit log has it (an undo after the visit is an admin change).
        QVERIFY(ts->db().scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toInt() > 0);
    }

    void mergingDuplicates()
    {
        TestStore ts;
        ts.importCatalog(smallCatalog());
        ts.enrollDefaults();
        useLocation(ts);
        ts.manager();
        const qint64 keep = ts.addCustomer(QStringLiteral("Hélène"), QStringLiteral("Côté"));
        const qint64 duplicate = ts.addCustomer(QStringLiteral("Helene"), QStringLiteral("Cote"));
        visitWithRedemption(ts, duplicate);
        ui::MainWindow window(ts.store());
        window.show();
        typeSignIn(window, QStringLiteral("Test Manager"), QStringLiteral("1234"));
        window.showSection(window.history());
        ui::CustomerHistoryWidget* history = window.history();
        history->showCustomer(keep);
        QCOMPARE(history->redemptionsModel()->rowCount(), 0);
        QVERIFY(history->mergeButton()->isVisible());

        QTest::mouseClick(history->mergeButton(), Qt::LeftButton);
        auto* merge = openDialog<ui::MergeCustomerDialog>();
        QVERIFY(merge);
        QTest::keyClicks(merge->lookup()->searchField(), QStringLiteral("cote"));
        QTRY_COMPARE(merge->lookup()->model()->rowCount(), 2);
        merge->chooseDuplicate(duplicate);
        QVERIFY(merge->confirming());
        QVERIFY(merge->confirmText().contains(QStringLiteral("Helene Cote")));
        QTest::mouseClick(merge->mergeButton(), Qt::LeftButton);
        QTRY_VERIFY(!openDialog<ui::MergeCustomerDialog>());

        QCOMPARE(ts->customers().get(duplicate)->mergedInto.value_or(0), keep);
        QCOMPARE(history->customer()->id, keep);
        QCOMPARE(history->redemptionsModel()->rowCount(), 1);
        QCOMPARE(history->visitsModel()->rowCount(), 1);
    }

    void aCashierCannotOpenTheHistory()
    {
        TestStore ts;
        ts.importCatalog(smallCatalog());
        useLocation(ts);
        ts.cashier();
        ui::MainWindow window(ts.store());
        window.show();
        typeSignIn(window, QStringLiteral("Test Cashier"), QStringLiteral("1234"));
        window.showSection(window.history());
        QVERIFY(window.currentSection() != window.history());
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"

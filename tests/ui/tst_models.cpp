// The item models, checked by QAbstractItemModelTester, and their paging.
#include "UiTest.h"

#include "sync/CardConfirmations.h"
#include "ui/checkout/ProductSearchModel.h"
#include "ui/checkout/VisitRedemptionsModel.h"
#include "ui/checkout/VisitScansModel.h"
#include "ui/common/CustomerCardsModel.h"
#include "ui/common/CustomerListModel.h"
#include "ui/common/CustomerSearchModel.h"
#include "ui/common/ProductChoiceModel.h"
#include "ui/history/CustomerRedemptionsModel.h"
#include "ui/history/CustomerVisitsModel.h"
#include "ui/shell/UserListModel.h"

#include "catalog/CatalogRepository.h"
#include "customers/CustomerStore.h"
#include "engine/CardService.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"

#include <QAbstractItemModelTester>

using namespace astro;
using namespace astro::test;

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void customerSearchPagesThroughResults()
    {
        TestStore ts;
        for (int i = 0; i < 8; ++i)
            ts.addCustomer(QStringLiteral("Anne%1").arg(i), QStringLiteral("Tremblay"));
        ts.addCustomer(QStringLiteral("Paul"), QStringLiteral("Roy"));
        ui::CustomerSearchModel model(ts->customers());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(3);
        model.setQuery(QStringLiteral("trem"));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 6);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Anne0 Tremblay"));
        QVERIFY(model.index(0)
                    .data(ui::CustomerSearchModel::ContactRole)
                    .toString()
                    .startsWith(QStringLiteral("(416) 555-")));

        model.setQuery(QStringLiteral("roy"));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.canFetchMore({}));
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void cardsVisitAndRedemptionModels()
    {
        TestStore ts;
        ts.importCatalog(smallCatalog());
        ts.enrollDefaults();
        const Actor cashier = ts.cashier();
        const qint64 customer = ts.addCustomer();

        ui::CustomerCardsModel cards(ts.store());
        ui::VisitScansModel scans(ts.store());
        ui::VisitRedemptionsModel visitRedemptions(ts->redemptions());
        ui::CustomerRedemptionsModel redemptions(ts->redemptions());
        ui::CustomerVisitsModel visits(ts->db());
        visits.setPageSize(1);
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester t1(&cards, mode);
        QAbstractItemModelTester t2(&scans, mode);
        QAbstractItemModelTester t3(&visitRedemptions, mode);
        QAbstractItemModelTester t4(&redemptions, mode);
        QAbstractItemModelTester t5(&visits, mode);

        auto first = ts->visits().open(cashier, customer);
        for (const char* name : {"ANY-1", "ANY-2", "ANY-3", "LV-1"})
            QVERIFY(ts->visits().scan(cashier, first->id, item(name)).ok());
        RedeemRequest request{customer, QStringLiteral("CRD-ANY"), upc("ANY-3"), 1, {}, first->id};
        QVERIFY(ts->redemptions().redeem(cashier, request).ok());
        QVERIFY(ts->visits().finish(cashier, first->id, QStringLiteral("Paper card")).ok());
        auto second = ts->visits().open(cashier, customer);
        QVERIFY(ts->visits().scan(cashier, second->id, item("ANY-1")).ok());

        QVERIFY(cards.load(customer).isEmpty());
        QCOMPARE(cards.rowCount(), 2);
        const int any = cards.rowOfCard(QStringLiteral("CRD-ANY"));
        QCOMPARE(cards.index(any, ui::CustomerCardsModel::ProgressColumn).data().toString(),
                 QStringLiteral("1 of 3"));
        QCOMPARE(cards.index(any, 0).data(ui::CustomerCardsModel::BuyRole).toInt(), 3);
        QCOMPARE(cards.firstRewardRow(), -1);
        // Never confirmed by Astro: the program alone under the card.
        QVERIFY(!cards.index(any, 0)
                     .data(ui::CustomerCardsModel::ConfirmedRole)
                     .toDateTime()
                     .isValid());
        QVERIFY(!cards.index(any, 0)
                     .data(ui::CustomerCardsModel::ProgramRole)
                     .toString()
                     .contains(QStringLiteral("Astro")));
        // Astro agrees: when it did is shown; Astro counts otherwise: its count is.
        const QDateTime at = ts->now();
        QVERIFY(sync::CardConfirmations(ts.store())
                    .record(customer, {sync::AstroCard{QStringLiteral("CRD-ANY"), 1, 0}}, at)
                    .ok());
        QVERIFY(cards.reload().isEmpty());
        QCOMPARE(cards.index(any, 0).data(ui::CustomerCardsModel::ConfirmedRole).toDateTime(), at);
        QVERIFY(cards.index(any, 0)
                    .data(ui::CustomerCardsModel::ProgramRole)
                    .toString()
                    .contains(QStringLiteral("Astro ✓")));
        QVERIFY(sync::CardConfirmations(ts.store())
                    .record(customer, {sync::AstroCard{QStringLiteral("CRD-ANY"), 2, 0}}, at)
                    .ok());
        QVERIFY(cards.reload().isEmpty());
        QVERIFY2(
            cards.index(any, 0)
                .data(ui::CustomerCardsModel::ProgramRole)
                .toString()
                .contains(QStringLiteral("Astro: 2 of 3 at")),
            qPrintable(cards.index(any, 0).data(ui::CustomerCardsModel::ProgramRole).toString()));

        QVERIFY(scans.load(first->id).isEmpty());
        QCOMPARE(scans.rowCount(), 4);
        QCOMPARE(scans.activeCount(), 4);
        QVERIFY(visitRedemptions.load(first->id).isEmpty());
        QCOMPARE(visitRedemptions.rowCount(), 1);
        QVERIFY(redemptions.load(customer).isEmpty());
        QCOMPARE(redemptions.rowCount(), 1);
        redemptions.setCanUndo(true);
        QCOMPARE(redemptions.index(0, ui::CustomerRedemptionsModel::ActionColumn).data().toString(),
                 QStringLiteral("Undo"));

        QVERIFY(visits.load(customer).isEmpty());
        QCOMPARE(visits.rowCount(), 1);
        QVERIFY(visits.canFetchMore({}));
        visits.fetchMore({});
        QCOMPARE(visits.rowCount(), 2);
        // Newest first: the open one.
        QCOMPARE(visits.index(0, ui::CustomerVisitsModel::NoteColumn).data().toString(),
                 QStringLiteral("Open"));
        QCOMPARE(visits.visitAt(1).units, 4);
        QCOMPARE(visits.visitAt(1).redemptions, 1);

        QVERIFY(cards.load(0).isEmpty());
        QCOMPARE(cards.rowCount(), 0);
    }

    void productModels()
    {
        TestStore ts;
        ts.importCatalog(smallCatalog());
        ui::ProductSearchModel search(ts->catalog());
        ui::ProductChoiceModel choice;
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester t1(&search, mode);
        QAbstractItemModelTester t2(&choice, mode);
        search.search(QStringLiteral("item lv"));
        QCOMPARE(search.rowCount(), 4);
        QVERIFY(search.index(0).data().toString().contains(QStringLiteral("Test item LV-")));
        search.search(QStringLiteral("x"));
        QCOMPARE(search.rowCount(), 0);

        auto products = ts->catalog().productsOfCard(QStringLiteral("CRD-LEAST"));
        choice.setProducts(*products);
        QCOMPARE(choice.rowCount(), 4);
        QCOMPARE(choice.columnCount(), int(ui::ProductChoiceModel::ColumnCount));
        choice.retranslate();
    }

    void userAndCustomerLists()
    {
        TestStore ts;
        ts.cashier();
        ts.manager();
        ui::UserListModel users(ts->users());
        ui::CustomerListModel customers;
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester t1(&users, mode);
        QAbstractItemModelTester t2(&customers, mode);
        QVERIFY(users.reload().isEmpty());
        QCOMPARE(users.rowCount(), 3); // the first user of a store is an Admin
        QVERIFY(users.rowOfName(QStringLiteral("test cashier")) >= 0);
        QCOMPARE(users.index(users.rowOfName(QStringLiteral("Test Manager")))
                     .data(ui::UserListModel::RoleLabelRole)
                     .toString(),
                 label(Role::Manager));
        const qint64 id = ts.addCustomer();
        customers.setCustomers({ts->customers().get(id).value()});
        QCOMPARE(customers.rowCount(), 1);
        QCOMPARE(customers.index(0).data(ui::CustomerSearchModel::CustomerIdRole).toLongLong(), id);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"

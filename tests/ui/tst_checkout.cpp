// The checkout: lookup, scanning (scanner and person), cards, rewards, offers, voids, undo and
// finishing a visit, against the small test catalog.
#include "UiTest.h"

#include "ui/checkout/CheckoutWidget.h"
#include "ui/checkout/FinishVisitDialog.h"
#include "ui/checkout/NewCustomerDialog.h"
#include "ui/checkout/OfferDialog.h"
#include "ui/checkout/ProductSearchModel.h"
#include "ui/checkout/RedeemDialog.h"
#include "ui/checkout/ScanBar.h"
#include "ui/checkout/VisitRedemptionsModel.h"
#include "ui/checkout/VisitScansModel.h"
#include "ui/common/CustomerCardsModel.h"
#include "ui/common/CustomerLookup.h"
#include "ui/common/CustomerSearchModel.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/ProductChoiceModel.h"
#include "ui/common/UndoRedemptionDialog.h"
#include "ui/shell/SessionStatusBar.h"

#include "domain/Gtin.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "sync/CardConfirmations.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>

using namespace astro;
using namespace astro::test;

namespace {

QString gtin14(const char* name)
{
    return Gtin::parse(upc(name)).value().gtin14();
}

// A store with the small catalog, enrolled, a signed-in cashier and the checkout on screen.
struct Counter
{
    TestStore ts;
    std::unique_ptr<ui::MainWindow> window;
    ui::CheckoutWidget* checkout = nullptr;

    explicit Counter(bool signIn = true)
    {
        ts.importCatalog(smallCatalog());
        ts.enrollDefaults();
        useLocation(ts);
        ts.cashier();
        window = std::make_unique<ui::MainWindow>(ts.store());
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("the window was not exposed");
        checkout = window->checkout();
        if (signIn)
            typeSignIn(*window, QStringLiteral("Test Cashier"), QStringLiteral("1234"));
    }

    int progressOf(const QString& cardId) const
    {
        const int row = checkout->cardsModel()->rowOfCard(cardId);
        return row < 0 ? -1 : checkout->cardsModel()->cardAt(row).progress;
    }
    QString strip() const { return checkout->messageStrip()->text(); }
    ui::MessageStrip::Kind stripKind() const { return checkout->messageStrip()->kind(); }
};

} // namespace

class TestCheckout : public QObject
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

    void typingANameShowsResultsAndEnterPicks()
    {
        Counter c;
        const qint64 helene = c.ts.addCustomer(QStringLiteral("Hélène"), QStringLiteral("Côté"));
        c.ts.addCustomer(QStringLiteral("Henri"), QStringLiteral("Dupont"));
        c.ts.addCustomer(QStringLiteral("Marc"), QStringLiteral("Côté"));
        ui::CustomerLookup* lookup = c.checkout->lookup();

        QTest::keyClicks(lookup->searchField(), QStringLiteral("he"));
        QTRY_COMPARE(lookup->model()->rowCount(), 2);
        QTest::keyClicks(lookup->searchField(), QStringLiteral("l"));
        QTRY_COMPARE(lookup->model()->rowCount(), 1);
        QCOMPARE(lookup->model()->index(0).data().toString(), QStringLiteral("Hélène Côté"));

        QTest::keyClick(lookup->searchField(), Qt::Key_Return);
        QVERIFY(c.checkout->visitId() != 0);
        QCOMPARE(c.checkout->customer()->id, helene);
        QCOMPARE(c.checkout->findChild<QLabel*>(QStringLiteral("customerName"))->text(),
                 QStringLiteral("Hélène Côté"));
        QCOMPARE(c.ts->visits().visit(c.checkout->visitId())->userId, c.ts.cashier().userId);
        // The scan field is next.
        QVERIFY(c.checkout->scanBar()->codeField()->hasFocus());
    }

    void enterRunsAPendingSearchAndArrowsWalkTheResults()
    {
        Counter c;
        c.ts.addCustomer(QStringLiteral("Anne"), QStringLiteral("Côté"));
        const qint64 marc = c.ts.addCustomer(QStringLiteral("Marc"), QStringLiteral("Côté"));
        ui::CustomerLookup* lookup = c.checkout->lookup();
        lookup->setDebounceMs(5000);
        QTest::keyClicks(lookup->searchField(), QStringLiteral("cote"));
        QCOMPARE(lookup->model()->rowCount(), 0);
        QTest::keyClick(lookup->searchField(), Qt::Key_Down);
        QTest::keyClick(lookup->searchField(), Qt::Key_Down);
        QTest::keyClick(lookup->searchField(), Qt::Key_Return);
        QCOMPARE(c.checkout->customer()->id, marc);
    }

    void aScannerBurstInTheSearchBoxIsScanned()
    {
        Counter c;
        const qint64 customer = c.ts.addCustomer();
        QVERIFY(c.checkout->chooseCustomer(customer));
        QLineEdit* search = c.checkout->lookup()->searchField();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("Ro"));

        // The scanner types the whole code and Enter with no pause at all.
        QTest::keyClicks(search, upc("ANY-1"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(search->text(), QStringLiteral("Ro"));
        QCOMPARE(c.checkout->scansModel()->rowCount(), 1);
        QCOMPARE(c.checkout->scansModel()->scanAt(0).product.gtin, gtin14("ANY-1"));
        QCOMPARE(c.progressOf(QStringLiteral("CRD-ANY")), 1);
        QCOMPARE(c.stripKind(), ui::MessageStrip::Kind::Success);
        QVERIFY(c.strip().contains(QStringLiteral("“Any card”: 1 of 3")));
        // The visit stays with the same customer (Enter did not pick someone else).
        QCOMPARE(c.checkout->customer()->id, customer);
    }

    void aPersonTypingDigitsKeepsThem()
    {
        Counter c;
        QLineEdit* search = c.checkout->lookup()->searchField();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("416"), Qt::NoModifier, 120);
        QTRY_COMPARE(search->text(), QStringLiteral("416"));
        QCOMPARE(c.checkout->scansModel()->rowCount(), 0);
    }

    void typingAUpcWithAQuantity()
    {
        Counter c;
        QVERIFY(c.checkout->chooseCustomer(c.ts.addCustomer()));
        ui::ScanBar* bar = c.checkout->scanBar();
        bar->quantityBox()->setValue(2);
        bar->codeField()->setText(upc("ANY-2"));
        QTest::mouseClick(bar->addButton(), Qt::LeftButton);
        QCOMPARE(c.progressOf(QStringLiteral("CRD-ANY")), 2);
        QCOMPARE(c.checkout->scansModel()->scanAt(0).quantity, 2);
        QVERIFY(bar->codeField()->text().isEmpty());
        QCOMPARE(bar->quantityBox()->value(), 1);
    }

    void findingAnItemByName()
    {
        Counter c;
        QVERIFY(c.checkout->chooseCustomer(c.ts.addCustomer()));
        ui::ScanBar* bar = c.checkout->scanBar();
        QTest::keyClicks(bar->productSearchField(), QStringLiteral("item LV-3"));
        QTRY_COMPARE(bar->productModel()->rowCount(), 1);
        QAbstractItemView* popup = bar->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(Gtin::parse(bar->codeField()->text()).value().gtin14(), gtin14("LV-3"));
        bar->submit();
        QCOMPARE(c.progressOf(QStringLiteral("CRD-LEAST")), 1);
    }

    void punchesLandOnTheRightCards()
    {
        Counter c;
        QVERIFY(c.checkout->chooseCustomer(c.ts.addCustomer()));
        // SHARED-1 is on a card of two programs: it punches both.
        c.checkout->scan(upc("SHARED-1"));
        c.checkout->scan(upc("LV-1"));
        QCOMPARE(c.progressOf(QStringLiteral("CRD-ANY")), 1);
        QCOMPARE(c.progressOf(QStringLiteral("CRD-PRIOR")), 1);
        QCOMPARE(c.progressOf(QStringLiteral("CRD-LEAST")), 1);
        QCOMPARE(c.progressOf(QStringLiteral("CRD-SIZE")), -1);
        const int row = c.checkout->cardsModel()->rowOfCard(QStringLiteral("CRD-ANY"));
        QCOMPARE(c.checkout->cardsModel()
                     ->index(row, ui::CustomerCardsModel::ProgressColumn)
                     .data()
                     .toString(),
                 QStringLiteral("1 of 3"));
        QCOMPARE(c.checkout->scansModel()->rowCount(), 2);
        // Newest first, with the cards each scan punched.
        QCOMPARE(
            c.checkout->scansModel()->index(1, ui::VisitScansModel::CardsColumn).data().toString(),
            QStringLiteral("Any card, Prior card"));
    }

    // Opening a customer asks for Astro's count of their cards; when it comes, the cards say so
    // at once, the card being punched with Astro's own count until the scan is sent.
    void astrosCountOfTheCardsShowsWhenItArrives()
    {
        Counter c;
        const qint64 customer = c.ts.addCustomer();
        QSignalSpy opened(c.checkout, &ui::CheckoutWidget::customerOpened);
        QVERIFY(c.checkout->chooseCustomer(customer));
        QCOMPARE(opened.size(), 1);
        const QString uuid = opened.front().front().toString();
        QCOMPARE(uuid, c.checkout->customer()->uuid);
        c.checkout->scan(upc("ANY-1"));
        const int row = c.checkout->cardsModel()->rowOfCard(QStringLiteral("CRD-ANY"));
        const QModelIndex card = c.checkout->cardsModel()->index(row, 0);
        QVERIFY(!card.data(ui::CustomerCardsModel::ConfirmedRole).toDateTime().isValid());

        // Astro counted the card before this scan reached it.
        ASTRO_VERIFY_OK(
            sync::CardConfirmations(c.ts.store())
                .record(customer, {sync::AstroCard{QStringLiteral("CRD-ANY"), 0, 0}}, c.ts->now()));
        c.checkout->cardsConfirmed(QStringLiteral("someone-else"));
        QVERIFY(!c.checkout->cardsModel()
                     ->index(row, 0)
                     .data(ui::CustomerCardsModel::ConfirmedRole)
                     .toDateTime()
                     .isValid());
        c.checkout->cardsConfirmed(uuid);
        const QModelIndex shown = c.checkout->cardsModel()->index(
            c.checkout->cardsModel()->rowOfCard(QStringLiteral("CRD-ANY")), 0);
        QCOMPARE(shown.data(ui::CustomerCardsModel::ConfirmedRole).toDateTime(), c.ts->now());
        QVERIFY2(shown.data(ui::CustomerCardsModel::ProgramRole)
                     .toString()
                     .startsWith(QStringLiteral("Astro: 0 of 3")),
                 qPrintable(shown.data(ui::CustomerCardsModel::ProgramRole).toString()));
    }

    void refusalsAreShownAndNothingIsRecorded_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown UPC") << QStringLiteral("036000291452")
                                     << QStringLiteral("No product has the UPC 036000291452");
        QTest::newRow("wrong check digit")
            << QStringLiteral("036000291453") << QStringLiteral("check digit");
        QTest::newRow("on no card")
            << upc("NOCARD-1") << QStringLiteral("is not on any frequent buyer card");
        QTest::newRow("not enrolled")
            << upc("NE-1") << QStringLiteral("this location is not enrolled in");
    }

    void refusalsAreShownAndNothingIsRecorded()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        Counter c;
        QVERIFY(c.checkout->chooseCustomer(c.ts.addCustomer()));
        QLineEdit* field = c.checkout->scanBar()->codeField();
        QTest::keyClicks(field, code);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(c.stripKind(), ui::MessageStrip::Kind::Error);
        QVERIFY2(c.strip().contains(message), qPrintable(c.strip()));
        QCOMPARE(c.checkout->scansModel()->rowCount(), 0);
        QCOMPARE(c.checkout->cardsModel()->rowCount(), 0);
        // The code stays, selected, for the cashier to correct.
        QCOMPARE(field->text(), code);
        QCOMPARE(field->selectedText(), code);
    }

    void scanningBeforeChoosingACustomer()
    {
        Counter c;
        c.checkout->scan(upc("ANY-1"));
        QCOMPARE(c.stripKind(), ui::MessageStrip::Kind::Error);
        QCOMPARE(c.ts->db().scalar(QStringLiteral("SELECT count(*) FROM scans"))->toInt(), 0);
    }

    void temporaryHoldingWarns()
    {
        Counter c;
        QVERIFY(c.window->sessionStatusBar()->heldWarningShown());
        QVERIFY(c.checkout->chooseCustomer(c.ts.addCustomer()));
        c.checkout->scan(upc("HOLD-1"));
        QCOMPARE(c.stripKind(), ui::MessageStrip::Kind::Warning);
        QVERIFY2(c.strip().contains(QStringLiteral("is in Temporary Holding at this location")),
                 qPrintable(c.strip()));
        // The punch counts all the same.
        QCOMPARE(c.progressOf(QStringLiteral("CRD-HOLD")), 1);
    }

    void anEarnedRewardOffersOnlyWhatTheRuleAllows()
    {
        Counter c;
        QVERIFY(c.checkout->chooseCustomer(c.ts.addCustomer()));
        // Least value: the free item may cost at most the cheapest earning punch ($20.00).
        c.checkout->scan(upc("LV-1")); // $30.00
        c.checkout->scan(upc("LV-2")); // $20.00
        QVERIFY(!c.checkout->redeemButton()->isEnabled());
        c.checkout->scan(upc("LV-4")); // $25.00
        QVERIFY2(c.strip().contains(QStringLiteral("Reward earned on “Least card”")),
                 qPrintable(c.strip()));
        const int row = c.checkout->cardsModel()->rowOfCard(QStringLiteral("CRD-LEAST"));
        QCOMPARE(c.checkout->cardsModel()
                     ->index(row, ui::CustomerCardsModel::RewardColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Reward earned"));
        QVERIFY(c.checkout->redeemButton()->isEnabled());

        QTest::mouseClick(c.checkout->redeemButton(), Qt::LeftButton);
        auto* dialog = openDialog<ui::RedeemDialog>();
        QVERIFY(dialog);
        QStringList offered;
        for (int i = 0; i < dialog->itemsModel()->rowCount(); ++i)
            offered << dialog->itemsModel()->productAt(i).gtin;
        offered.sort();
        QStringList allowed{gtin14("LV-2"), gtin14("LV-3")};
        allowed.sort();
        QCOMPARE(offered, allowed);
        QVERIFY(dialog->ruleText().contains(label(RewardRule::LeastValue)));
        QVERIFY(dialog->ruleText().contains(explanation(RewardRule::LeastValue).left(20)));
        QVERIFY(dialog->limitText().isEmpty());
        QVERIFY(!dialog->redeemButton()->isEnabled());

        QVERIFY(dialog->selectItem(gtin14("LV-3")));
        QVERIFY(dialog->redeemButton()->isEnabled());
        QTest::mouseClick(dialog->redeemButton(), Qt::LeftButton);
        QTRY_VERIFY(!openDialog<ui::RedeemDialog>());
        QCOMPARE(c.checkout->redemptionsModel()->rowCount(), 1);
        const Redemption r = c.checkout->redemptionsModel()->redemptionAt(0);
        QCOMPARE(r.gtin, gtin14("LV-3"));
        QCOMPARE(r.visitId, c.checkout->visitId());
        QVERIFY(!c.checkout->redeemButton()->isEnabled());
    }

    void aRedemptionIsUndoneInTheVisit()
    {
        Counter c;
        QVERIFY(c.checkout->chooseCustomer(c.ts.addCustomer()));
        for (const char* item : {"ANY-1", "ANY-2", "ANY-3"})
            c.checkout->scan(upc(item));
        c.checkout->openRedeem(QStringLiteral("CRD-ANY"));
        auto* redeem = openDialog<ui::RedeemDialog>();
        QVERIFY(redeem);
        QVERIFY(redeem->selectItem(gtin14("ANY-3")));
        redeem->accept();
        QCOMPARE(c.checkout->redemptionsModel()->activeCount(), 1);

        QTableView* view = c.checkout->redemptionsView();
        clickCellButton(view, view->model()->index(0, ui::VisitRedemptionsModel::ActionColumn));
        auto* undo = openDialog<ui::UndoRedemptionDialog>();
        QVERIFY(undo);
        undo->findChild<QRadioButton*>(QStringLiteral("undoRemoveOnly"))->setChecked(true);
        undo->accept();
        QTRY_VERIFY(!openDialog<ui::UndoRedemptionDialog>());
        QCOMPARE(c.checkout->redemptionsModel()->activeCount(), 0);
        QCOMPARE(view->model()->index(0, ui::VisitRedemptionsModel::CardColumn).data().toString(),
                 QStringLiteral("Undone"));
        QVERIFY(c.ts->redemptions().ofVisit(c.checkout->visitId())->front().undone());
        // The reward is waiting again.
        QVERIFY(c.checkout->redeemButton()->isEnabled());
    }

    void undoAndChooseAgainReopensTheRewardItems()
    {
        Counter c;
        QVERIFY(c.checkout->chooseCustomer(c.ts.addCustomer()));
        for (const char* item : {"ANY-1", "ANY-2", "ANY-3"})
            c.checkout->scan(upc(item));
        c.checkout->openRedeem(QStringLiteral("CRD-ANY"));
        auto* redeem = openDialog<ui::RedeemDialog>();
        QVERIFY(redeem->selectItem(gtin14("ANY-1")));
        redeem->accept();
        c.checkout->undoRedemption(c.checkout->redemptionsModel()->redemptionAt(0).id);
        auto* undo = openDialog<ui::UndoRedemptionDialog>();
        QVERIFY(undo);
        QCOMPARE(undo->mode(), UndoMode::RemoveAndReselect);
        undo->accept();
        QTRY_VERIFY(openDialog<ui::RedeemDialog>());
        QVERIFY(openDialog<ui::RedeemDialog>()->selectItem(gtin14("ANY-2")));
    }

    void aScanIsVoidedBeforeFinishing()
    {
        Counter c;
        QVERIFY(c.checkout->chooseCustomer(c.ts.addCustomer()));
        c.checkout->scan(upc("ANY-1"));
        c.checkout->scan(upc("LV-1"));
        QCOMPARE(c.progressOf(QStringLiteral("CRD-ANY")), 1);
        QTableView* view = c.checkout->scansView();
        // Row 1 is the older scan (ANY-1).
        QCOMPARE(c.checkout->scansModel()->scanAt(1).product.gtin, gtin14("ANY-1"));
        clickCellButton(view, view->model()->index(1, ui::VisitScansModel::ActionColumn));
        QVERIFY(c.checkout->scansModel()->scanAt(1).voided);
        QCOMPARE(c.progressOf(QStringLiteral("CRD-ANY")), -1);
        QCOMPARE(c.progressOf(QStringLiteral("CRD-LEAST")), 1);
        QVERIFY(
            view->model()->index(1, ui::VisitScansModel::ActionColumn).data().toString().isEmpty());
        QVERIFY(c.strip().startsWith(QStringLiteral("Voided")));
    }

    void finishingAsksWhyACardGotSeveralPunches()
    {
        Counter c;
        QVERIFY(c.checkout->chooseCustomer(c.ts.addCustomer()));
        const qint64 visit = c.checkout->visitId();
        c.checkout->scan(upc("ANY-1"), 2);
        QTest::mouseClick(c.checkout->finishButton(), Qt::LeftButton);
        auto* dialog = openDialog<ui::FinishVisitDialog>();
        QVERIFY(dialog);
        // Nothing chosen for the cashier: Enter alone must not record a wrong reason.
        QCOMPARE(dialog->reasonBox()->currentIndex(), -1);
        QVERIFY(!dialog->finishButton()->isEnabled());
        // "Other reason" needs words.
        dialog->reasonBox()->setCurrentIndex(dialog->reasonBox()->count() - 1);
        QVERIFY(!dialog->finishButton()->isEnabled());
        QTest::keyClicks(dialog->noteField(), QStringLiteral("Two receipts"));
        QVERIFY(dialog->finishButton()->isEnabled());
        QTest::mouseClick(dialog->finishButton(), Qt::LeftButton);
        QTRY_VERIFY(!openDialog<ui::FinishVisitDialog>());

        QCOMPARE(c.checkout->visitId(), 0);
        QVERIFY(!c.checkout->customer());
        QCOMPARE(c.checkout->cardsModel()->rowCount(), 0);
        auto finished = c.ts->visits().visit(visit);
        QVERIFY(!finished->open());
        QCOMPARE(finished->reason, QStringLiteral("Two receipts"));
        QVERIFY(c.checkout->lookup()->searchField()->hasFocus());
    }

    void finishingASinglePunchVisitAsksNothing()
    {
        Counter c;
        QVERIFY(c.checkout->chooseCustomer(c.ts.addCustomer()));
        const qint64 visit = c.checkout->visitId();
        c.checkout->scan(upc("ANY-1"));
        c.checkout->finishVisit();
        QVERIFY(!openDialog<ui::FinishVisitDialog>());
        QVERIFY(!c.ts->visits().visit(visit)->open());
        QCOMPARE(c.stripKind(), ui::MessageStrip::Kind::Success);
    }

    void anotherCustomerWaitsForTheVisitToFinish()
    {
        Counter c;
        const qint64 first = c.ts.addCustomer(QStringLiteral("Anne"), QStringLiteral("Roy"));
        const qint64 second = c.ts.addCustomer(QStringLiteral("Paul"), QStringLiteral("Roy"));
        QVERIFY(c.checkout->chooseCustomer(first));
        const qint64 untouched = c.checkout->visitId();
        // Nothing happened yet: switching is fine, the empty visit is closed.
        QVERIFY(c.checkout->chooseCustomer(second));
        QVERIFY(!c.ts->visits().visit(untouched)->open());
        c.checkout->scan(upc("ANY-1"));
        QVERIFY(!c.checkout->chooseCustomer(first));
        QCOMPARE(c.checkout->customer()->id, second);
        QCOMPARE(c.stripKind(), ui::MessageStrip::Kind::Warning);
    }

    void anOfferIsProposedAndRedeemed()
    {
        Counter c;
        QVERIFY(c.checkout->chooseCustomer(c.ts.addCustomer()));
        c.checkout->scan(upc("BOGO-1"));
        QTRY_VERIFY(openDialog<ui::OfferDialog>());
        auto* dialog = openDialog<ui::OfferDialog>();
        QCOMPARE(dialog->chance().offer.id, QStringLiteral("OFR-BOGO"));
        QVERIFY(dialog->blockedText().isEmpty());
        QCOMPARE(dialog->itemsModel()->rowCount(), 1);
        QVERIFY(dialog->acceptButton()->isEnabled());
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        QTRY_VERIFY(!openDialog<ui::OfferDialog>());
        QCOMPARE(c.checkout->redemptionsModel()->activeCount(), 1);
        QCOMPARE(c.checkout->redemptionsModel()->redemptionAt(0).offerId,
                 QStringLiteral("OFR-BOGO"));

        // The limit is one per customer: the next one says so and cannot be redeemed.
        c.checkout->scan(upc("BOGO-1"));
        QTRY_VERIFY(openDialog<ui::OfferDialog>());
        dialog = openDialog<ui::OfferDialog>();
        QVERIFY(!dialog->blockedText().isEmpty());
        QVERIFY(!dialog->acceptButton()->isEnabled());
        QTest::mouseClick(dialog->declineButton(), Qt::LeftButton);
        QTRY_VERIFY(!openDialog<ui::OfferDialog>());
        QCOMPARE(c.checkout->redemptionsModel()->activeCount(), 1);
    }

    void aRebateOfferNeedsTheEmail()
    {
        Counter c;
        QVERIFY(c.checkout->chooseCustomer(c.ts.addCustomer()));
        c.checkout->scan(upc("REB-1"));
        QVERIFY2(c.strip().contains(QStringLiteral("1 more to buy")), qPrintable(c.strip()));
        QVERIFY(!openDialog<ui::OfferDialog>());
        c.checkout->scan(upc("REB-1"));
        QTRY_VERIFY(openDialog<ui::OfferDialog>());
        auto* dialog = openDialog<ui::OfferDialog>();
        QVERIFY(dialog->emailField()->isVisible());
        dialog->emailField()->clear();
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorText().isEmpty());
        dialog->emailField()->setText(QStringLiteral("anne@example.com"));
        dialog->accept();
        QTRY_VERIFY(!openDialog<ui::OfferDialog>());
        QCOMPARE(c.checkout->redemptionsModel()->activeCount(), 1);
    }

    void aNewCustomerWithAKnownPhoneOffersTheExistingOne()
    {
        Counter c;
        const qint64 existing =
            c.ts->customers()
                .add(Actor::system(), CustomerInput{QStringLiteral("Anne"),
                                                    QStringLiteral("Roy"),
                                                    QStringLiteral("4165550199"),
                                                    {}})
                ->id;
        QTest::keyClicks(c.checkout->lookup()->searchField(), QStringLiteral("Annie Roy"));
        c.checkout->newCustomer();
        auto* dialog = openDialog<ui::NewCustomerDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->firstNameField()->text(), QStringLiteral("Annie"));
        QCOMPARE(dialog->lastNameField()->text(), QStringLiteral("Roy"));

        // A bad phone is refused with the engine's words.
        dialog->phoneField()->setText(QStringLiteral("12"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(!dialog->errorText().isEmpty());
        QVERIFY(!dialog->showingDuplicates());

        dialog->phoneField()->setText(QStringLiteral("416-555-0199"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(dialog->showingDuplicates());
        QCOMPARE(dialog->duplicatesView()->model()->rowCount(), 1);
        QTest::mouseClick(dialog->useExistingButton(), Qt::LeftButton);
        QTRY_VERIFY(!openDialog<ui::NewCustomerDialog>());
        QCOMPARE(c.checkout->customer()->id, existing);
        QVERIFY(c.checkout->visitId() != 0);
    }

    void aNewCustomerIsAddedAnyway()
    {
        Counter c;
        QVERIFY(c.ts->customers()
                    .add(Actor::system(), CustomerInput{QStringLiteral("Anne"),
                                                        QStringLiteral("Roy"),
                                                        QStringLiteral("4165550199"),
                                                        {}})
                    .ok());
        c.checkout->newCustomer();
        auto* dialog = openDialog<ui::NewCustomerDialog>();
        QTest::keyClicks(dialog->firstNameField(), QStringLiteral("Paul"));
        QTest::keyClicks(dialog->lastNameField(), QStringLiteral("Roy"));
        QTest::keyClicks(dialog->phoneField(), QStringLiteral("4165550199"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(dialog->showingDuplicates());
        QTest::mouseClick(dialog->addAnywayButton(), Qt::LeftButton);
        QTRY_VERIFY(!openDialog<ui::NewCustomerDialog>());
        QCOMPARE(c.checkout->customer()->displayName(), QStringLiteral("Paul Roy"));
    }

    void theSyncCountFollowsChanges()
    {
        Counter c;
        const QString before = c.window->sessionStatusBar()->syncText();
        QVERIFY(c.checkout->chooseCustomer(c.ts.addCustomer()));
        c.checkout->scan(upc("ANY-1"));
        const qint64 unsent = c.ts->events().unsentCount().value();
        QVERIFY(unsent > 0);
        QCOMPARE(c.window->sessionStatusBar()->syncText(),
                 (unsent == 1 ? QStringLiteral("1 change not sent yet")
                              : QStringLiteral("%1 changes not sent yet").arg(unsent)));
        QVERIFY(before != c.window->sessionStatusBar()->syncText());
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestCheckout)
#include "tst_checkout.moc"

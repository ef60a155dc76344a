// The counter by keyboard alone, and the keys that must not do the wrong thing: Enter adds an
// item found by name, Enter presses the focused Add button, Switch user leaves the focus on the
// names, the history's Undo answers Enter and Space, Enter alone does not finish a visit with
// a reason nobody chose, and Switch user asks before the next user takes an open visit.
#include "UiTest.h"

#include "ui/checkout/CheckoutWidget.h"
#include "ui/checkout/FinishVisitDialog.h"
#include "ui/checkout/ProductSearchModel.h"
#include "ui/checkout/ScanBar.h"
#include "ui/checkout/VisitScansModel.h"
#include "ui/common/CustomerCardsModel.h"
#include "ui/common/UndoRedemptionDialog.h"
#include "ui/history/CustomerHistoryWidget.h"
#include "ui/history/CustomerRedemptionsModel.h"

#include "domain/Gtin.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace astro;
using namespace astro::test;

namespace {

// A store with the small catalog, enrolled, and the window on screen with `who` signed in.
struct Counter
{
    TestStore ts;
    std::unique_ptr<ui::MainWindow> window;
    ui::CheckoutWidget* checkout = nullptr;

    explicit Counter(const QString& who = QStringLiteral("Test Cashier"))
    {
        ts.importCatalog(smallCatalog());
        ts.enrollDefaults();
        useLocation(ts);
        ts.cashier();
        ts.manager();
        window = std::make_unique<ui::MainWindow>(ts.store());
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the window is not active");
        checkout = window->checkout();
        typeSignIn(*window, who, QStringLiteral("1234"));
    }

    int progressOf(const QString& cardId) const
    {
        const int row = checkout->cardsModel()->rowOfCard(cardId);
        return row < 0 ? -1 : checkout->cardsModel()->cardAt(row).progress;
    }
};

// A finished visit in which the customer earned CRD-LEAST and took LV-3 free.
void visitWithRedemption(TestStore& ts, qint64 customer)
{
    earnAndRedeem(ts, ts.cashier(), customer, "CRD-LEAST", "LV-3", 3);
}

} // namespace

class TestCounterKeyboard : public QObject
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

    void enterInTheQuantityAddsTheItemFoundByName()
    {
        Counter c;
        QVERIFY(c.checkout->chooseCustomer(c.ts.addCustomer()));
        ui::ScanBar* bar = c.checkout->scanBar();
        bar->productSearchField()->setFocus();
        QTest::keyClicks(bar->productSearchField(), QStringLiteral("item LV-3"));
        QTRY_COMPARE(bar->productModel()->rowCount(), 1);
        QAbstractItemView* popup = bar->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_VERIFY(bar->quantityBox()->hasFocus());

        QTest::keyClicks(bar->quantityBox(), QStringLiteral("2"));
        QTest::keyClick(bar->quantityBox(), Qt::Key_Return);
        QCOMPARE(c.checkout->scansModel()->rowCount(), 1);
        QCOMPARE(c.checkout->scansModel()->scanAt(0).quantity, 2);
        QCOMPARE(c.progressOf(QStringLiteral("CRD-LEAST")), 2);
        // Ready for the next item.
        QVERIFY(bar->codeField()->hasFocus());
        QCOMPARE(bar->quantityBox()->value(), 1);
    }

    void enterOnTheFocusedAddButtonAdds()
    {
        Counter c;
        QVERIFY(c.checkout->chooseCustomer(c.ts.addCustomer()));
        ui::ScanBar* bar = c.checkout->scanBar();
        bar->codeField()->setText(upc("ANY-1"));
        bar->addButton()->setFocus(Qt::TabFocusReason);
        QVERIFY(bar->addButton()->hasFocus());
        QTest::keyClick(bar->addButton(), Qt::Key_Return);
        QCOMPARE(c.progressOf(QStringLiteral("CRD-ANY")), 1);
        bar->codeField()->setText(upc("ANY-2"));
        bar->addButton()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(bar->addButton(), Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(c.progressOf(QStringLiteral("CRD-ANY")), 2);
    }

    void afterSwitchUserTheNamesHaveTheFocus()
    {
        Counter c;
        QPushButton* switchUser =
            c.window->findChild<QPushButton*>(QStringLiteral("switchUserButton"));
        QVERIFY(switchUser);
        switchUser->setFocus(Qt::TabFocusReason);
        QTest::keyClick(switchUser, Qt::Key_Space);
        QTRY_VERIFY(c.window->isLocked());
        QTRY_VERIFY(c.window->signInWidget()->userList()->hasFocus());
        // The names answer the arrows at once.
        QTest::keyClick(c.window->signInWidget()->userList(), Qt::Key_Down);
        QVERIFY(c.window->signInWidget()->userList()->currentIndex().isValid());
    }

    void theHistorysUndoAnswersTheKeyboard_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("Enter") << int(Qt::Key_Return);
        QTest::newRow("Space") << int(Qt::Key_Space);
    }

    void theHistorysUndoAnswersTheKeyboard()
    {
        QFETCH(int, key);
        Counter c(QStringLiteral("Test Manager"));
        const qint64 customer = c.ts.addCustomer();
        visitWithRedemption(c.ts, customer);
        c.window->showSection(c.window->history());
        ui::CustomerHistoryWidget* history = c.window->history();
        history->showCustomer(customer);
        history->tabs()->setCurrentIndex(2);
        QTableView* view = history->redemptionsView();
        QVERIFY(view->model()->rowCount() > 0);
        view->setFocus(Qt::TabFocusReason);
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key(key));
        QTRY_VERIFY(openDialog<ui::UndoRedemptionDialog>());
    }

    void enterAloneDoesNotFinishWithAReasonNobodyChose()
    {
        Counter c;
        QVERIFY(c.checkout->chooseCustomer(c.ts.addCustomer()));
        const qint64 visit = c.checkout->visitId();
        c.checkout->scan(upc("ANY-1"), 2);
        QTest::keyClick(c.checkout->scanBar()->codeField(), Qt::Key_Return, Qt::ControlModifier);
        auto* dialog = openDialog<ui::FinishVisitDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->reasonBox()->currentIndex(), -1);
        QVERIFY(dialog->reason().isEmpty());
        QVERIFY(!dialog->finishButton()->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Return);
        QTest::keyClick(dialog->reasonBox(), Qt::Key_Return);
        QVERIFY(openDialog<ui::FinishVisitDialog>());
        QVERIFY(c.ts->visits().visit(visit)->open());

        // A detail alone is not a reason either.
        QTest::keyClicks(dialog->noteField(), QStringLiteral("two bags"));
        QVERIFY(!dialog->finishButton()->isEnabled());
        dialog->reasonBox()->setCurrentIndex(1);
        QVERIFY(dialog->finishButton()->isEnabled());
        QTest::keyClick(dialog->noteField(), Qt::Key_Return);
        QTRY_VERIFY(!openDialog<ui::FinishVisitDialog>());
        QCOMPARE(c.ts->visits().visit(visit)->reason,
                 QStringLiteral("Bought several at once: two bags"));
    }

    void switchUserAsksWhenTheVisitHasScans()
    {
        Counter c;
        QVERIFY(c.checkout->chooseCustomer(
            c.ts.addCustomer(QStringLiteral("Marie"), QStringLiteral("Roy"))));
        const qint64 visit = c.checkout->visitId();
        c.checkout->scan(upc("ANY-1"));

        // Enter takes the default: stay.
        bool asked = false;
        whenModal<QMessageBox>([&asked](QMessageBox* box) {
            asked = true;
            QCOMPARE(box->objectName(), QStringLiteral("switchUserWithVisit"));
            QVERIFY(box->text().contains(QStringLiteral("Test Cashier")));
            QVERIFY(box->text().contains(QStringLiteral("Marie Roy")));
            QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("stayButton"));
            QTest::keyClick(box, Qt::Key_Return);
        });
        c.window->switchUser();
        QVERIFY(asked);
        QVERIFY(!c.window->isLocked());
        QCOMPARE(c.checkout->visitId(), visit);

        // Escape stays too.
        whenModal<QMessageBox>([](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Escape); });
        c.window->switchUser();
        QVERIFY(!c.window->isLocked());

        // Switching anyway is a choice.
        whenModal<QMessageBox>([](QMessageBox* box) {
            QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("switchAnywayButton")),
                              Qt::LeftButton);
        });
        c.window->switchUser();
        QVERIFY(c.window->isLocked());
    }

    void switchUserDoesNotAskForAnUntouchedVisit()
    {
        Counter c;
        QVERIFY(c.checkout->chooseCustomer(c.ts.addCustomer()));
        auto asked = std::make_shared<bool>(false);
        whenModal<QMessageBox>([asked](QMessageBox* box) {
            *asked = true;
            box->reject();
        });
        c.window->switchUser();
        QVERIFY(!*asked);
        QVERIFY(c.window->isLocked());
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestCounterKeyboard)
#include "tst_counterkeyboard.moc"

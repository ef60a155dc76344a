// Tab goes through the checkout in the order a person reads it: the customer search and its
// list on the left, then the visit from top to bottom and left to right (the scan field, the
// quantity, Add, the search by name, the visit's actions, the cards, the visit's lists), and
// comes back round; Shift+Tab walks the same way back.
#include "UiTest.h"

#include "ui/checkout/CheckoutWidget.h"

#include <QApplication>

using namespace astro;
using namespace astro::test;

namespace {

QString nameOf(QWidget* w)
{
    if (!w)
        return QStringLiteral("(none)");
    // A spin box's own line edit stands for the spin box.
    if (w->objectName() == QLatin1String("qt_spinbox_lineedit") && w->parentWidget())
        w = w->parentWidget();
    return w->objectName().isEmpty() ? QLatin1String(w->metaObject()->className())
                                     : w->objectName();
}

} // namespace

class TestTabOrder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(m_settings); }

    void theCheckoutReadsInOrder()
    {
        TestStore ts;
        ts.cashier();
        auto window = signedInWindow(ts, QStringLiteral("Test Cashier"));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QVERIFY(window->checkout()->chooseCustomer(ts.addCustomer()));
        // Three ANY-1 complete a card: Redeem reward is enabled and in the order.
        window->checkout()->scan(upc("ANY-1"), 3);
        QWidget* first = window->checkout()->findChild<QWidget*>(QStringLiteral("customerSearch"));
        QVERIFY(first);
        first->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), first);
        const QStringList expected{
            QStringLiteral("customerSearch"),    QStringLiteral("customerResults"),
            QStringLiteral("newCustomerButton"), QStringLiteral("scanField"),
            QStringLiteral("quantityBox"),       QStringLiteral("addItemButton"),
            QStringLiteral("productSearch"),     QStringLiteral("redeemRewardButton"),
            QStringLiteral("finishVisitButton"), QStringLiteral("cardsView"),
            QStringLiteral("scansView"),         QStringLiteral("visitRedemptionsView"),
        };
        QStringList forward;
        for (int i = 0; i < expected.size(); ++i) {
            forward << nameOf(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(forward, expected);
        // Tab leaves every list (a table's own Tab would walk its cells): past the last one, on
        // to the window's sections at the top.
        QVERIFY(!window->checkout()->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(nameOf(QApplication::focusWidget()), QStringLiteral("section_checkout"));
        QStringList backward;
        for (int i = 0; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
            backward.prepend(nameOf(QApplication::focusWidget()));
        }
        QCOMPARE(backward, expected);
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"

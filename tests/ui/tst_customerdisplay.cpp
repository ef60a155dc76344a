// The customer-facing display: the customer's first name and cards, large, in the customer's
// language, nothing private; a welcome when nobody is at the counter.
#include "UiTest.h"

#include "ui/checkout/CheckoutWidget.h"
#include "ui/common/AppSettings.h"
#include "ui/display/CustomerDisplay.h"
#include "ui/display/CustomerDisplayController.h"
#include "ui/shell/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>

#include "customers/CustomerStore.h"
#include "engine/VisitService.h"

using namespace astro;
using namespace astro::test;

namespace {

QString shown(const ui::CustomerDisplay& display)
{
    return display.shownText().join(QLatin1Char('\n'));
}

} // namespace

class TestCustomerDisplay : public QObject
{
    Q_OBJECT

    // A customer with `units` units on the small catalog's CRD-ANY (buy 3 get 1).
    static qint64 customerWith(TestStore& ts, int units)
    {
        const qint64 id = ts.addCustomer(QStringLiteral("Hélène"), QStringLiteral("Côté"));
        if (units > 0) {
            VisitService visits(ts.store());
            auto visit = visits.open(ts.cashier(), id);
            auto scanned = visits.scan(ts.cashier(), visit->id, line("ANY-1", units));
            if (!scanned)
                qWarning() << scanned.error().message;
            (void)visits.finish(ts.cashier(), visit->id, QStringLiteral("test"));
        }
        return id;
    }

private Q_SLOTS:
    void init() { ui::AppSettings::setCustomerDisplayLanguage({}); }

    void welcomesWhenNobodyIsAtTheCounter()
    {
        TestStore ts;
        ready(ts);
        ui::CustomerDisplay display(ts.store());
        QVERIFY(shown(display).contains(QStringLiteral("Welcome!")));
        QCOMPARE(display.customerId(), 0);
    }

    void showsTheCardsAndNothingPrivate()
    {
        TestStore ts;
        ready(ts);
        const qint64 id = customerWith(ts, 2);
        auto customer = ts->customers().get(id);
        QVERIFY(customer.ok());
        ui::CustomerDisplay display(ts.store());
        display.showCustomer(id);
        const QString text = shown(display);
        QVERIFY2(text.contains(QStringLiteral("Hello, Hélène!")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 of 3")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 more to your free item")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Côté")), qPrintable(text));
        if (!customer->phone.isEmpty())
            QVERIFY2(!text.contains(customer->phone.right(4)), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1Char('@')) && !text.contains(QLatin1Char('$')),
                 qPrintable(text));
    }

    void saysWhenAFreeItemIsEarned()
    {
        TestStore ts;
        ready(ts);
        const qint64 id = customerWith(ts, 3);
        ui::CustomerDisplay display(ts.store());
        display.setLanguage(QStringLiteral("en")); // English's own plural forms
        display.showCustomer(id);
        const QString text = shown(display);
        QVERIFY2(text.contains(QStringLiteral("1 free item earned!")), qPrintable(text));
    }

    void speaksTheCustomersLanguage()
    {
        TestStore ts;
        ready(ts);
        const qint64 id = customerWith(ts, 2);
        ui::CustomerDisplay display(ts.store());
        display.setLanguage(QStringLiteral("fr_CA")); // the counter itself stays in English
        display.showCustomer(id);
        const QString text = shown(display);
        QVERIFY2(text.contains(QStringLiteral("Bonjour, Hélène!")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 sur 3")), qPrintable(text));
        display.showCustomer(0);
        QVERIFY2(shown(display).contains(QStringLiteral("Bienvenue")), qPrintable(shown(display)));
    }

    // The controller follows the checkout: the customer opened, then nobody after sign-out.
    void followsTheCheckout()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ts.cashier();
        const qint64 id = customerWith(ts, 1);
        ui::MainWindow window(ts.store());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        typeSignIn(window, QStringLiteral("Test Cashier"), QStringLiteral("1234"));
        ui::CustomerDisplayController& controller = *window.customerDisplay();
        QVERIFY(!controller.isShown()); // one screen: only on demand
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(controller.isShown());
        QVERIFY(window.checkout()->chooseCustomer(id));
        QTRY_VERIFY(shown(*controller.display()).contains(QStringLiteral("Hello, Hélène!")));
        QVERIFY(shown(*controller.display()).contains(QStringLiteral("1 of 3")));
        window.session().signOut();
        QTRY_VERIFY(shown(*controller.display()).contains(QStringLiteral("Welcome!")));
        controller.toggle();
        QVERIFY(!controller.isShown());
    }

    // Settings: the display's language and whether it opens by itself, saved and applied.
    void settingsChooseItsLanguage()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ts.cashier();
        ui::MainWindow window(ts.store());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        typeSignIn(window, QStringLiteral("Test Cashier"), QStringLiteral("1234"));
        ui::CustomerDisplayController& controller = *window.customerDisplay();
        ui::SettingsDialog settings(window.session(), &window);
        auto* automatic = settings.findChild<QCheckBox*>(QStringLiteral("customerDisplayAuto"));
        auto* language = settings.findChild<QComboBox*>(QStringLiteral("customerDisplayLanguage"));
        QVERIFY(automatic && language);
        QVERIFY(automatic->isChecked()); // by itself on a second screen, unless turned off
        automatic->setChecked(false);
        language->setCurrentIndex(language->findData(QStringLiteral("fr_CA")));
        settings.accept();
        QVERIFY(!ui::AppSettings::customerDisplayAuto());
        QCOMPARE(ui::AppSettings::customerDisplayLanguage(), QStringLiteral("fr_CA"));
        controller.applySettings();
        QVERIFY2(shown(*controller.display()).contains(QStringLiteral("Bienvenue")),
                 qPrintable(shown(*controller.display())));
        ui::AppSettings::setCustomerDisplayAuto(true);
    }
};

QTEST_MAIN(TestCustomerDisplay)
#include "tst_customerdisplay.moc"

// Switching the language at runtime: every screen retranslates itself on LanguageChange, and
// dates, numbers and money follow the new locale, without a restart.
#include "UiTest.h"

#include "ui/checkout/CheckoutWidget.h"
#include "ui/checkout/RedeemDialog.h"
#include "ui/checkout/ScanBar.h"
#include "ui/common/AppSettings.h"
#include "ui/common/CustomerCardsModel.h"
#include "ui/common/CustomerLookup.h"
#include "ui/common/Language.h"
#include "ui/history/CustomerHistoryWidget.h"
#include "ui/shell/SectionBar.h"
#include "ui/shell/SessionStatusBar.h"
#include "ui/shell/SettingsDialog.h"

#include "common/Money.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTranslator>

using namespace astro;
using namespace astro::test;

namespace {

// Stands in for the French .qm, whose translations of new strings come later: every message of
// the app's screens comes back marked, so a screen that did not retranslate shows unmarked.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* = nullptr,
                      int = -1) const override
    {
        if (!context || !QByteArray(context).startsWith("astro::ui::"))
            return {};
        return QStringLiteral("FR:") + QString::fromUtf8(sourceText);
    }
};

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(m_settings); }
    void init() { ui::Language::apply(QStringLiteral("en")); }
    void cleanup()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog*>(w))
                w->close();
        ui::Language::apply(QStringLiteral("en"));
    }

    void startupLanguage()
    {
        QSettings().remove(QStringLiteral("ui/language"));
        QCOMPARE(ui::Language::startup(QStringLiteral("fr_CA")), QStringLiteral("fr_CA"));
        QCOMPARE(ui::Language::startup(QStringLiteral("fr")), QStringLiteral("fr_CA"));
        QCOMPARE(ui::Language::startup(QStringLiteral("en_US")), QStringLiteral("en"));
        ui::AppSettings::setLanguage(QStringLiteral("fr_CA"));
        QCOMPARE(ui::Language::startup(), QStringLiteral("fr_CA"));
        QCOMPARE(ui::Language::startup(QStringLiteral("en")), QStringLiteral("en"));
        QSettings().remove(QStringLiteral("ui/language"));
    }

    // English has its own translation file for counts: "1 credit", never "1 credit(s)".
    void englishCountsAreSingularOrPlural()
    {
        const char* context = "astro::ui::CreditsPage";
        const char* text = "%n credit(s) marked credited.";
        QCOMPARE(QCoreApplication::translate(context, text, nullptr, 1),
                 QStringLiteral("1 credit marked credited."));
        QCOMPARE(QCoreApplication::translate(context, text, nullptr, 3),
                 QStringLiteral("3 credits marked credited."));
        ui::Language::apply(QStringLiteral("fr_CA"));
        QCOMPARE(QCoreApplication::translate(context, text, nullptr, 1),
                 QStringLiteral("1 crédit marqué comme crédité."));
        ui::Language::apply(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate(context, text, nullptr, 1),
                 QStringLiteral("1 credit marked credited."));
    }

    void switchingToFrenchRetranslatesEveryScreen()
    {
        TestStore ts;
        ts.importCatalog(smallCatalog());
        ts.enrollDefaults();
        useLocation(ts);
        ts.manager();
        ui::MainWindow window(ts.store());
        window.show();
        typeSignIn(window, QStringLiteral("Test Manager"), QStringLiteral("1234"));
        if (auto* warning = window.holdingWarning())
            warning->close();
        ui::CheckoutWidget* checkout = window.checkout();
        QVERIFY(checkout->chooseCustomer(ts.addCustomer()));
        for (const char* item : {"ANY-1", "ANY-2", "ANY-3"})
            checkout->scan(upc(item));
        checkout->openRedeem(QStringLiteral("CRD-ANY"));
        auto* redeem = openDialog<ui::RedeemDialog>();
        QVERIFY(redeem);

        QPushButton* checkoutTab = window.sectionBar()->buttonFor(checkout);
        QCOMPARE(checkoutTab->text(), QStringLiteral("Checkout"));
        QCOMPARE(checkout->scanBar()->addButton()->text(), QStringLiteral("Add"));
        QCOMPARE(Money{123456}.format(QLocale()), QStringLiteral("$1,234.56"));

        // The cashier picks French in the settings.
        window.openSettings();
        auto* settings = openDialog<ui::SettingsDialog>();
        QVERIFY(settings);
        settings->languageBox()->setCurrentIndex(
            settings->languageBox()->findData(QStringLiteral("fr_CA")));
        settings->accept();
        QCOMPARE(ui::AppSettings::language(), QStringLiteral("fr_CA"));
        QCOMPARE(ui::Language::current(), QStringLiteral("fr_CA"));
        QCOMPARE(QLocale().language(), QLocale::French);
        const QString money = Money{123456}.format(QLocale());
        QVERIFY2(money.contains(QStringLiteral("234,56")) && money.endsWith(QLatin1Char('$')),
                 qPrintable(money));

        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        QTRY_COMPARE(checkoutTab->text(), QStringLiteral("FR:Checkout"));
        QCOMPARE(window.sectionBar()->buttonFor(window.history())->text(),
                 QStringLiteral("FR:Customer history"));
        QCOMPARE(checkout->scanBar()->addButton()->text(), QStringLiteral("FR:Add"));
        QCOMPARE(checkout->lookup()->searchField()->placeholderText(),
                 QStringLiteral("FR:Name, phone or email"));
        QCOMPARE(checkout->finishButton()->text(), QStringLiteral("FR:Finish visit"));
        QCOMPARE(checkout->cardsModel()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("FR:Program"));
        QCOMPARE(checkout->cardsModel()
                     ->index(0, ui::CustomerCardsModel::RewardColumn)
                     .data()
                     .toString(),
                 QStringLiteral("FR:Reward earned"));
        QVERIFY(window.sessionStatusBar()->syncText().startsWith(QStringLiteral("FR:")));
        QCOMPARE(window.signInWidget()->signInButton()->text(), QStringLiteral("FR:Sign in"));
        QCOMPARE(window.findChild<QPushButton*>(QStringLiteral("lockButton"))->text(),
                 QStringLiteral("FR:Lock"));
        QCOMPARE(redeem->redeemButton()->text(), QStringLiteral("FR:Redeem"));
        QCOMPARE(redeem->windowTitle(), QStringLiteral("FR:Redeem a reward"));

        // And back to English, still without a restart.
        QCoreApplication::removeTranslator(&marking);
        ui::Language::choose(QStringLiteral("en"));
        QTRY_COMPARE(checkoutTab->text(), QStringLiteral("Checkout"));
        QCOMPARE(checkout->scanBar()->addButton()->text(), QStringLiteral("Add"));
        QCOMPARE(redeem->redeemButton()->text(), QStringLiteral("Redeem"));
        QCOMPARE(ui::AppSettings::language(), QStringLiteral("en"));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"

// The checkout on the smallest counter screen (1024×768): the answer to a scan keeps its
// height, the visit lists show six scans, and a long card title wraps instead of shrinking to
// its first word.
#include "UiTest.h"

#include "ui/checkout/CheckoutWidget.h"
#include "ui/checkout/ScanBar.h"
#include "ui/common/CustomerCardsModel.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/ProgressBarDelegate.h"
#include "ui/common/Theme.h"
#include "ui/common/TwoLineItemDelegate.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHeaderView>
#include <QLineEdit>
#include <QScopeGuard>
#include <QTableView>

using namespace astro;
using namespace astro::test;

namespace {

// A maximized window on a 1024×768 screen, less a title bar and a panel.
const QSize counterWindow(1024, 768 - 40);

// The demo store at the counter of a 1024×768 screen, a cashier signed in, a customer's visit
// open.
struct SmallCounter
{
    TestStore ts;
    std::unique_ptr<ui::MainWindow> window;
    ui::CheckoutWidget* checkout = nullptr;

    SmallCounter()
    {
        ts.loadDemo();
        window = std::make_unique<ui::MainWindow>(ts.store());
        window->setWindowState(Qt::WindowNoState);
        window->resize(counterWindow);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("the window was not exposed");
        checkout = window->checkout();
        typeSignIn(*window, QStringLiteral("Sam Tremblay"), QStringLiteral("3333"));
        if (!checkout->chooseCustomer(ts.addCustomer()))
            qWarning("no visit");
        // Northwind dog kibble: the customer has a card with a long title.
        checkout->scan(QStringLiteral("084721100218"));
        QCoreApplication::processEvents();
    }
};

// The rows of `view` shown whole in its viewport.
int wholeRowsShown(const QTableView* view)
{
    return view->viewport()->height() / view->verticalHeader()->defaultSectionSize();
}

} // namespace

class TestCheckoutLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings);
        // The app's fonts and paddings: heights are measured as the counter shows them.
        ui::Theme::apply(*qApp);
    }

    void theVisitListsShowSixScans()
    {
        SmallCounter c;
        QCOMPARE(c.window->size(), counterWindow);
        QVERIFY2(wholeRowsShown(c.checkout->scansView()) >= 6,
                 qPrintable(QString::number(wholeRowsShown(c.checkout->scansView()))));
        QVERIFY(wholeRowsShown(c.checkout->redemptionsView()) >= 6);
    }

    // The visit's actions sit beside the customer and the contact keeps to one line, so the
    // cards show two whole cards above the six scans (one and a half before), in French too.
    void theCardsShowTwoWholeCards_data() { languageRows(); }

    void theCardsShowTwoWholeCards()
    {
        QFETCH(QString, language);
        ui::Language::choose(language);
        auto english = qScopeGuard([] { ui::Language::choose(QStringLiteral("en")); });
        SmallCounter c;
        QVERIFY2(wholeRowsShown(c.checkout->cardsView()) >= 2,
                 qPrintable(QString::number(c.checkout->cardsView()->viewport()->height())));
        QVERIFY(wholeRowsShown(c.checkout->scansView()) >= 6);
    }

    // "7 of 24" whole in the progress column: the bar gives way first.
    void theProgressIsReadWhole_data() { languageRows(); }

    void theProgressIsReadWhole()
    {
        QFETCH(QString, language);
        ui::Language::choose(language);
        auto english = qScopeGuard([] { ui::Language::choose(QStringLiteral("en")); });
        SmallCounter c;
        QTableView* view = c.checkout->cardsView();
        const int column = ui::CustomerCardsModel::ProgressColumn;
        QVERIFY(c.checkout->cardsModel()->rowCount() > 0);
        const QString text = c.checkout->cardsModel()->index(0, column).data().toString();
        QFont bold = view->font();
        bold.setBold(true);
        const QRect cell = view->visualRect(c.checkout->cardsModel()->index(0, column));
        const auto parts = ui::ProgressBarDelegate::layout(
            cell.adjusted(8, 0, -8, 0), QFontMetrics(bold).horizontalAdvance(text));
        QVERIFY2(parts.text.width() >= QFontMetrics(bold).horizontalAdvance(text),
                 qPrintable(QStringLiteral("%1 in %2 px").arg(text).arg(cell.width())));
    }

    void theAnswerKeepsItsHeight()
    {
        SmallCounter c;
        ui::MessageStrip* strip = c.checkout->messageStrip();
        QVERIFY(strip->isVisible());
        const int height = strip->height();
        const QRect cards = c.checkout->cardsView()->geometry();

        strip->showMessage(ui::MessageStrip::Kind::Success, QStringLiteral("Added 1 × Kibble."));
        QCoreApplication::processEvents();
        QCOMPARE(strip->height(), height);

        const QString longAnswer =
            QStringLiteral("Added 2 × Northwind Grain-Free Dog Food, Large Breed, 24 lb bag.\n"
                           "“Grain-Free Dog 12-24 lb — Buy 6 Get 1 Free”: 2 of 6.\n"
                           "“Dog Kibble LG — Buy 12 Get 1 Free”: 5 of 12.\n"
                           "Reward earned on “Dog Treats — Buy 5 Get 1 Free”!");
        strip->showMessage(ui::MessageStrip::Kind::Warning, longAnswer);
        QCoreApplication::processEvents();
        QCOMPARE(strip->height(), height);
        QCOMPARE(c.checkout->cardsView()->geometry(), cards);
        // Cut, it says so, and the whole answer is still there.
        const QStringList shown = strip->visibleLines();
        QCOMPARE(shown.size(), 2);
        QVERIFY2(shown.last().endsWith(QChar(0x2026)), qPrintable(shown.last()));
        QCOMPARE(strip->text(), longAnswer);

        strip->clear();
        QCoreApplication::processEvents();
        QVERIFY(strip->isVisible());
        QCOMPARE(strip->height(), height);
        QCOMPARE(c.checkout->cardsView()->geometry(), cards);
    }

    void aLongCardTitleWraps_data() { languageRows(); }

    void aLongCardTitleWraps()
    {
        QFETCH(QString, language);
        ui::Language::choose(language);
        auto english = qScopeGuard([] { ui::Language::choose(QStringLiteral("en")); });
        SmallCounter c;
        QTableView* view = c.checkout->cardsView();
        ui::CustomerCardsModel* cards = c.checkout->cardsModel();
        QVERIFY(cards->rowCount() > 0);
        auto* delegate = dynamic_cast<ui::TwoLineItemDelegate*>(
            view->itemDelegateForColumn(ui::CustomerCardsModel::CardColumn));
        QVERIFY(delegate);
        const int width = view->columnWidth(ui::CustomerCardsModel::CardColumn);
        // The other columns give way first: French's wider headers once left the title 40 px.
        QVERIFY2(width >= 200, qPrintable(QString::number(width)));
        int wrapped = 0;
        for (int row = 0; row < cards->rowCount(); ++row) {
            const QString title =
                cards->index(row, ui::CustomerCardsModel::CardColumn).data().toString();
            const QStringList lines = delegate->titleLines(title, view->font(), width);
            QVERIFY(lines.size() <= 2);
            const QString shown = lines.join(QLatin1Char(' '));
            // At least the first three words, whatever the width the screen leaves it.
            const QStringList words = title.split(QLatin1Char(' '));
            const QString start = words.mid(0, 3).join(QLatin1Char(' '));
            QVERIFY2(shown.startsWith(start),
                     qPrintable(QStringLiteral("%1 px: %2").arg(width).arg(shown)));
            if (lines.size() == 2)
                ++wrapped;
        }
        QVERIFY2(wrapped > 0, qPrintable(QString::number(width)));
    }

    void theItemSuggestionsShowTheSize()
    {
        SmallCounter c;
        ui::ScanBar* bar = c.checkout->scanBar();
        bar->productSearchField()->setFocus();
        QTest::keyClicks(bar->productSearchField(), QStringLiteral("adult dog chicken"));
        QAbstractItemView* popup = bar->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QVERIFY(popup->model()->rowCount() > 1);
        // Every line whole (its size and price at the end), inside the window.
        const QFontMetrics metrics = popup->fontMetrics();
        for (int row = 0; row < popup->model()->rowCount(); ++row) {
            const QString text = popup->model()->index(row, 0).data().toString();
            QVERIFY2(metrics.horizontalAdvance(text) + 12 <= popup->viewport()->width(),
                     qPrintable(
                         QStringLiteral("%1 px for %2").arg(popup->viewport()->width()).arg(text)));
        }
        const QRect window = c.window->geometry();
        const QRect shown(popup->mapToGlobal(QPoint()), popup->size());
        QVERIFY(shown.left() >= window.left() && shown.right() <= window.right());
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestCheckoutLayout)
#include "tst_checkoutlayout.moc"

// The main window fits the counter's screen: its first size leaves room for the frame, it is
// remembered per screen and restored only where it fits, and no screen of the app makes the
// window wider or taller than a 1024×768 screen with a frame, in English and French.
#include "UiTest.h"

#include "ui/backoffice/BackOfficeWidget.h"
#include "ui/checkout/CheckoutWidget.h"
#include "ui/common/Theme.h"
#include "ui/shell/SectionBar.h"
#include "ui/shell/SessionStatusBar.h"
#include "ui/shell/WindowPlacement.h"

#include <QListWidget>

#include <algorithm>

using namespace astro;
using namespace astro::test;

namespace {

using Placement = ui::WindowPlacement::Placement;

const QMargins frame(4, 30, 4, 4);
// The smallest counter screen, less what a window manager takes for the frame and a panel.
const QSize smallestRoom(1024 - 8, 768 - 40);

// The chain of widgets that sets the minimum size along `dimension`, the largest child first
// at each level, to say what to fix when a screen is too big.
QString largestChain(const QWidget* widget, int (QSize::*dimension)() const)
{
    QStringList chain;
    while (widget) {
        chain << QStringLiteral("%1 \"%2\" %3 px")
                     .arg(QLatin1String(widget->metaObject()->className()), widget->objectName())
                     .arg((widget->minimumSizeHint().*dimension)());
        const QWidget* largest = nullptr;
        for (const QWidget* child : widget->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            if (!child->isHidden() && !child->isWindow() &&
                (!largest || (child->minimumSizeHint().*dimension)() >
                                 (largest->minimumSizeHint().*dimension)()))
                largest = child;
        widget = largest;
    }
    return chain.join(QStringLiteral(" > "));
}

// Fails with the chain of widgets to blame when the window needs more than the smallest room.
void verifyFits(const ui::MainWindow& window, const QString& where)
{
    const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
    QVERIFY2(needed.width() <= smallestRoom.width(),
             qPrintable(QStringLiteral("%1: %2 px wide: %3")
                            .arg(where)
                            .arg(needed.width())
                            .arg(largestChain(&window, &QSize::width))));
    QVERIFY2(needed.height() <= smallestRoom.height(),
             qPrintable(QStringLiteral("%1: %2 px high: %3")
                            .arg(where)
                            .arg(needed.height())
                            .arg(largestChain(&window, &QSize::height))));
}

// Shows the window, not maximized, in the smallest counter's room; false if it never showed.
bool showInSmallestRoom(ui::MainWindow& window)
{
    window.setWindowState(Qt::WindowNoState);
    window.resize(smallestRoom);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings);
        ui::Theme::apply(*qApp);
    }
    void init() { QSettings().clear(); }
    void cleanup() { ui::Language::apply(QStringLiteral("en")); }

    void theFirstPlacementFitsTheScreen_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::addColumn<bool>("maximized");
        // A panel at the top or bottom takes a strip of the screen.
        QTest::newRow("1024×768") << QRect(0, 0, 1024, 768) << true;
        QTest::newRow("1024×768, panel") << QRect(0, 28, 1024, 740) << true;
        QTest::newRow("1366×768, panel") << QRect(0, 0, 1366, 728) << true;
        QTest::newRow("1920×1080") << QRect(0, 0, 1920, 1080) << false;
        QTest::newRow("1920×1080, second screen") << QRect(1920, 0, 1920, 1040) << false;
    }

    void theFirstPlacementFitsTheScreen()
    {
        QFETCH(QRect, available);
        QFETCH(bool, maximized);
        const Placement p = ui::WindowPlacement::initial(available, frame);
        QVERIFY2(available.contains(p.geometry.marginsAdded(frame)),
                 qPrintable(QStringLiteral("%1,%2 %3×%4")
                                .arg(p.geometry.x())
                                .arg(p.geometry.y())
                                .arg(p.geometry.width())
                                .arg(p.geometry.height())));
        QCOMPARE(p.maximized, maximized);
        if (!maximized)
            QCOMPARE(p.geometry.size(), ui::WindowPlacement::preferredSize);
    }

    void theWindowIsRememberedPerScreen()
    {
        const QRect big(0, 0, 1920, 1080);
        const QRect small(0, 0, 1024, 768);
        const QRect left(100, 80, 1500, 900);
        ui::WindowPlacement::remember(QStringLiteral("DP-1-1920x1080"), left, false);

        const Placement again =
            ui::WindowPlacement::forScreen(QStringLiteral("DP-1-1920x1080"), big, frame);
        QCOMPARE(again.geometry, left);
        QVERIFY(!again.maximized);
        // Another screen starts afresh.
        QCOMPARE(ui::WindowPlacement::forScreen(QStringLiteral("HDMI-1-1024x768"), small, frame)
                     .geometry,
                 ui::WindowPlacement::initial(small, frame).geometry);
        // The same name with a smaller free area: what was left there no longer fits.
        const Placement shrunk =
            ui::WindowPlacement::forScreen(QStringLiteral("DP-1-1920x1080"), small, frame);
        QVERIFY(small.contains(shrunk.geometry.marginsAdded(frame)));
        QVERIFY(shrunk.maximized);

        ui::WindowPlacement::remember(QStringLiteral("DP-1-1920x1080"), left, true);
        QVERIFY(
            ui::WindowPlacement::forScreen(QStringLiteral("DP-1-1920x1080"), big, frame).maximized);
    }

    void theMainWindowFitsItsScreen()
    {
        TestStore ts;
        ts.loadDemo();
        ui::MainWindow window(ts.store());
        const QRect available = window.screen()->availableGeometry();
        const QSize needed = window.minimumSizeHint();
        // On a screen too small for any window, it opens maximized rather than past the edges.
        if (needed.width() > available.width() || needed.height() > available.height())
            QVERIFY(window.windowState() & Qt::WindowMaximized);
        else
            QVERIFY(available.contains(window.geometry()));
        QVERIFY(window.width() <= std::max(available.width(), needed.width()));
    }

    void everyScreenFitsTheSmallestCounter_data() { languageRows(); }

    void everyScreenFitsTheSmallestCounter()
    {
        QFETCH(QString, language);
        ui::Language::apply(language);
        TestStore ts;
        ts.loadDemo();
        ui::MainWindow window(ts.store());
        QVERIFY(showInSmallestRoom(window));
        settle();
        verifyFits(window, QStringLiteral("sign-in"));

        // A cashier's checkout, before the first customer.
        typeSignIn(window, QStringLiteral("Sam Tremblay"), QStringLiteral("3333"));
        settle();
        verifyFits(window, QStringLiteral("cashier's checkout"));
        window.lock();

        typeSignIn(window, QStringLiteral("Alex Martin"), QStringLiteral("1111"));
        if (QDialog* warning = window.holdingWarning())
            warning->close();
        settle();
        verifyFits(window, QStringLiteral("empty checkout"));
        QVERIFY(window.checkout()->chooseCustomer(ts.addCustomer()));
        settle();
        verifyFits(window, QStringLiteral("checkout"));
        for (QWidget* section : window.availableSections()) {
            window.showSection(section);
            settle();
            verifyFits(window, section->objectName());
        }
        window.showSection(window.backOffice());
        for (QWidget* page : window.backOffice()->availablePages()) {
            QVERIFY(window.backOffice()->showPage(page));
            QTest::qWait(50);
            settle();
            verifyFits(window, page->objectName());
        }
        // Every page's name shows whole in the list, on two lines if need be.
        QListWidget* nav = window.backOffice()->navigation();
        for (int row = 0; row < nav->count(); ++row) {
            const QModelIndex index = nav->model()->index(row, 0);
            const QRect shown = nav->visualRect(index);
            const QString name = index.data().toString();
            QVERIFY2(nav->isRowHidden(row) || shown.right() < nav->viewport()->width(),
                     qPrintable(name));
            const QRect needed = nav->fontMetrics().boundingRect(QRect(0, 0, shown.width(), 1000),
                                                                 Qt::TextWordWrap, name);
            QVERIFY2(nav->isRowHidden(row) || needed.height() <= shown.height(), qPrintable(name));
        }
    }

    // Everything the status bar can say at once — the database being checked, a program in
    // Temporary Holding, the POS bridge, the sync offline with conflicts, changes waiting — and
    // the window still fits.
    void aFullStatusBarFitsTheSmallestCounter_data() { languageRows(); }

    void aFullStatusBarFitsTheSmallestCounter()
    {
        QFETCH(QString, language);
        ui::Language::apply(language);
        TestStore ts;
        ts.loadDemo();
        ui::MainWindow window(ts.store());
        QVERIFY(showInSmallestRoom(window));
        ui::SessionStatusBar* bar = window.sessionStatusBar();
        bridge::BridgeStatus bridge;
        bridge.state = bridge::BridgeStatus::State::Listening;
        bridge.port = 18417;
        bar->setBridgeStatus(bridge);
        sync::SyncStatus offline;
        offline.state = sync::SyncStatus::State::Offline;
        offline.lastError = QStringLiteral("The server could not be reached.");
        offline.nextAttempt = QDateTime::currentDateTimeUtc().addSecs(120);
        offline.openConflicts = 3;
        bar->setSyncStatus(offline);
        bar->setStorageChecking(true); // the first minute: the database's check runs
        settle();
        QVERIFY(bar->heldWarningShown());
        QVERIFY(bar->bridgeShown());
        verifyFits(window, QStringLiteral("sign-in, full status bar"));
        typeSignIn(window, QStringLiteral("Alex Martin"), QStringLiteral("1111"));
        if (QDialog* warning = window.holdingWarning())
            warning->close();
        settle();
        verifyFits(window, QStringLiteral("checkout, full status bar"));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"

#pragma once

// Helpers shared by the GUI tests: settings kept out of the user's, signing in through the
// real sign-in screen, a page of its own for a signed-in user, answering the dialog a screen
// opens, and reading back what an export wrote.

#include "Csv.h"
#include "TestStore.h"

#include "ui/common/BackgroundReader.h"
#include "ui/common/Language.h"
#include "ui/common/Session.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInWidget.h"
#include "ui/shell/UserListModel.h"

#include "engine/RedemptionService.h"
#include "engine/VisitService.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace astro::test {

// QSettings of this test process live in a temporary folder and start empty; the screens
// speak English as the app does at start-up (its translation gives "1 item", "2 items").
inline void isolateSettings(const QTemporaryDir& dir)
{
    ui::Language::apply(QStringLiteral("en"));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Astro Loyalty Tests"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

// The counter of the small catalog's Toronto location.
inline void useLocation(TestStore& ts, const QString& location = QStringLiteral("LOC-A"))
{
    const Status set = ts->setSetting(QStringLiteral("counter_location"), location);
    if (!set.ok())
        qFatal("cannot set the location: %s", qPrintable(set.error().message));
}

// Picks `name` in the sign-in list and types the PIN, then Enter.
inline void typeSignIn(ui::MainWindow& window, const QString& name, const QString& pin)
{
    ui::SignInWidget* signIn = window.signInWidget();
    auto* model = qobject_cast<ui::UserListModel*>(signIn->userList()->model());
    QVERIFY(model);
    const int row = model->rowOfName(name);
    QVERIFY2(row >= 0, qPrintable(name));
    signIn->userList()->setCurrentIndex(model->index(row));
    signIn->pinField()->clear();
    QTest::keyClicks(signIn->pinField(), pin);
    QTest::keyClick(signIn->pinField(), Qt::Key_Return);
    // Let the layouts catch up with the sections the new user may see.
    QCoreApplication::processEvents();
}

// The small catalog's store at LOC-A, its window shown and `name` (made before) signed in,
// the Temporary Holding warning an Admin or Manager gets closed.
inline std::unique_ptr<ui::MainWindow> signedInWindow(TestStore& ts, const QString& name)
{
    ts.importCatalog(smallCatalog());
    ts.enrollDefaults();
    useLocation(ts);
    auto window = std::make_unique<ui::MainWindow>(ts.store());
    window->show();
    typeSignIn(*window, name, QStringLiteral("1234"));
    if (QDialog* holding = window->holdingWarning())
        holding->close();
    return window;
}

// The two rows of a test run in each language: English and French.
inline void languageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("French") << QStringLiteral("fr_CA");
}

// A scan of one small-catalog product.
inline ScanLine item(const char* name, int quantity = 1)
{
    ScanLine line;
    line.code = upc(name);
    line.quantity = quantity;
    return line;
}

// In one visit at the counter of the cashier's location, the customer buys `buy` of `product`,
// earning `card`, and takes one `product` free.
inline Redemption earnAndRedeem(TestStore& ts, const Actor& cashier, qint64 customer,
                                const char* card, const char* product, int buy)
{
    auto visit = ts->visits().open(cashier, customer);
    if (!visit)
        qFatal("visit refused: %s", qPrintable(visit.error().message));
    if (auto s = ts->visits().scan(cashier, visit->id, item(product, buy)); !s)
        qFatal("scan refused: %s", qPrintable(s.error().message));
    RedeemRequest request;
    request.customerId = customer;
    request.cardId = QLatin1String(card);
    request.code = upc(product);
    request.visitId = visit->id;
    auto redeemed = ts->redemptions().redeem(cashier, request);
    if (!redeemed)
        qFatal("redeem refused: %s", qPrintable(redeemed.error().message));
    if (auto s = ts->visits().finish(cashier, visit->id, QStringLiteral("Converting paper card"));
        !s)
        qFatal("finish refused: %s", qPrintable(s.error().message));
    return *redeemed;
}

// Holds a page's background reader with a read of its own until release() (or the end of the
// scope): what the page asks for meanwhile waits behind it, as behind a slow query.
class HeldReader
{
public:
    explicit HeldReader(ui::BackgroundReader* reader)
    {
        reader->read<int>(
            [this](Store&) -> Result<int> {
                m_started.release();
                m_proceed.acquire();
                return 0;
            },
            [](Result<int>) {});
        m_holding = m_started.tryAcquire(1, 5000);
    }
    ~HeldReader() { release(); }
    HeldReader(const HeldReader&) = delete;
    HeldReader& operator=(const HeldReader&) = delete;

    bool holding() const { return m_holding; }
    void release()
    {
        if (m_holding)
            m_proceed.release();
        m_holding = false;
    }

private:
    QSemaphore m_started;
    QSemaphore m_proceed;
    bool m_holding = false;
};

// The visible dialog of type T, if one is open.
template <typename T> T* openDialog()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* d = qobject_cast<T*>(w); d && d->isVisible())
            return d;
    return nullptr;
}

// Clicks the action button an ActionButtonDelegate draws in a cell.
inline void clickCellButton(QAbstractItemView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

// A page of its own, shown, for the signed-in `actor`.
template <typename Page> struct PageFixture
{
    PageFixture(TestStore& ts, const Actor& actor) : session(ts.store()), page(session)
    {
        session.signIn(actor);
        page.resize(1280, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
    }
    ui::Session session;
    Page page;
};

// Acts on the next modal dialog of type T once it shows (a QMessageBox::exec() or a
// QFileDialog::exec() blocks the test until then). Gives up after five seconds.
template <typename T> void whenModal(std::function<void(T*)> act)
{
    // The application owns it: one still waiting when the test ends goes with it, not leaked.
    auto* timer = new QTimer(qApp);
    auto waited = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, waited, act] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->deleteLater();
            act(dialog);
        } else if (++*waited > 500) {
            timer->deleteLater();
        }
    });
    timer->start(10);
}

// Saves to `path` in the next file dialog, which must be the one named `dialogName`.
inline void saveFileAs(const QString& dialogName, const QString& path)
{
    whenModal<QFileDialog>([dialogName, path](QFileDialog* dialog) {
        QCOMPARE(dialog->objectName(), dialogName);
        dialog->selectFile(path);
        // QFileDialog::selectFile leaves the name alone while its name field has the focus (as
        // it does once the window is active): type the name as a person would.
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(QFileInfo(path).fileName());
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
}

// The files in `dir`, hidden ones too: what an export left behind.
inline QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace astro::test

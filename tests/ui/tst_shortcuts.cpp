// F1 lists the window's keyboard shortcuts, read from the shortcuts themselves: every one the
// window has is listed with what it does, and what the user may not reach is not.
#include "UiTest.h"

#include "ui/checkout/CheckoutWidget.h"
#include "ui/common/CustomerLookup.h"
#include "ui/common/Shortcuts.h"
#include "ui/shell/ShortcutsDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>

using namespace astro;
using namespace astro::test;

namespace {

QMap<QString, QString> rowsOf(QTableWidget* table)
{
    QMap<QString, QString> rows; // what → keys
    for (int r = 0; r < table->rowCount(); ++r)
        rows.insert(table->item(r, 1)->text(), table->item(r, 0)->text());
    return rows;
}

QString keys(const QKeySequence& k)
{
    return k.toString(QKeySequence::NativeText);
}

} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(m_settings); }

    void f1ListsEveryShortcutWithWhatItDoes()
    {
        TestStore ts;
        ts.admin();
        auto shown = signedInWindow(ts, QStringLiteral("Test Admin"));
        ui::MainWindow& window = *shown;
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(window.checkout()->lookup()->searchField(), Qt::Key_F1);
        QTRY_VERIFY(openDialog<ui::ShortcutsDialog>());
        auto* dialog = openDialog<ui::ShortcutsDialog>();
        const auto rows = rowsOf(dialog->table());
        QCOMPARE(rows.value(QStringLiteral("Find a customer")), keys(Qt::CTRL | Qt::Key_F));
        QCOMPARE(rows.value(QStringLiteral("Lock the counter")), keys(Qt::CTRL | Qt::Key_L));
        QCOMPARE(rows.value(QStringLiteral("Show this list")), keys(Qt::Key_F1));
        QCOMPARE(rows.value(QStringLiteral("Finish the visit")),
                 keys(Qt::CTRL | Qt::Key_Return) + QStringLiteral(", ") +
                     keys(Qt::CTRL | Qt::Key_Enter));
        QCOMPARE(rows.value(QStringLiteral("Go to Checkout")), keys(Qt::CTRL | Qt::Key_1));
        QVERIFY(rows.contains(QStringLiteral("Go to Back office")));

        // Every shortcut of the window is there: none added without saying what it does.
        for (const QShortcut* s : window.findChildren<QShortcut*>()) {
            bool listed = false;
            for (const QString& k : rows)
                listed = listed || k.split(QStringLiteral(", ")).contains(keys(s->key()));
            QVERIFY2(listed, qPrintable(keys(s->key())));
        }
        dialog->reject();
    }

    void aCashierSeesOnlyTheSectionsTheyMayOpen()
    {
        TestStore ts;
        ts.cashier();
        auto shown = signedInWindow(ts, QStringLiteral("Test Cashier"));
        ui::MainWindow& window = *shown;
        const auto rows = rowsOf(ui::ShortcutsDialog(window).table());
        // The checkout, before a customer, says where the list is.
        QVERIFY2(window.checkout()
                     ->findChild<QLabel*>(QStringLiteral("customerContact"))
                     ->text()
                     .contains(keys(Qt::Key_F1)),
                 "the hint names F1");
        QVERIFY(rows.contains(QStringLiteral("Go to Checkout")));
        QVERIFY(!rows.contains(QStringLiteral("Go to Back office")));
    }

    // Signed out, F1 opens nothing: the list is of what the signed-in user can do.
    void signedOutF1OpensNothing()
    {
        TestStore ts;
        ts.importCatalog(smallCatalog());
        useLocation(ts);
        ts.admin();
        ui::MainWindow window(ts.store());
        window.show();
        window.showShortcuts();
        QVERIFY(!openDialog<ui::ShortcutsDialog>());
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"

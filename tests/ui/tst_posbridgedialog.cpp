// The POS bridge's dialog, an Admin's: it saves its settings and accounts through the engine
// (and shows the engine's refusals), starts the app's bridge, stays out of a Cashier's and a
// Manager's reach, and fits a 1024×768 screen in a longer language.
#include "PosBridgeFixture.h"

#include "ui/common/Theme.h"
#include "ui/shell/PosAccountDialog.h"
#include "ui/shell/PosBridgeDialog.h"
#include "ui/shell/SessionStatusBar.h"
#include "ui/shell/SettingsDialog.h"

#include "pos/PosUserStore.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTranslator>

using namespace astro;
using namespace astro::test;

namespace {

using Counter = PosCounter;

// Every message of the app a third longer, as a longer language would be (French is about
// that much longer than English).
class LongerTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* = nullptr,
                      int = -1) const override
    {
        if (!context || QByteArray(context).startsWith('Q'))
            return {};
        const QString source = QString::fromUtf8(sourceText);
        return source + QString(source.size() / 3, QChar(0x00e9));
    }
};

} // namespace

class TestPosBridgeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings);
        // The app's look: its fonts decide what fits.
        ui::Theme::apply(*qApp);
    }
    void cleanup()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog*>(w))
                w->close();
    }

    void theBridgeDialogSavesSettingsAndAccounts()
    {
        Counter c(QStringLiteral("Test Admin"));
        c.window->openSettings();
        auto* settings = openDialog<ui::SettingsDialog>();
        QVERIFY(settings);
        QVERIFY(settings->posBridgeButton()->isVisible());
        QTest::mouseClick(settings->posBridgeButton(), Qt::LeftButton);
        ui::PosBridgeDialog* dialog = settings->posBridgeDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->enabledBox()->isChecked());
        QCOMPARE(dialog->portBox()->value(), BridgeSettings::defaultPort);
        QCOMPARE(dialog->addressField()->text(), QStringLiteral("http://127.0.0.1:8417/api/json/"));
        QVERIFY(dialog->statusText().startsWith(QStringLiteral("Off")));
        QCOMPARE(dialog->accountsModel()->rowCount(), 0);
        QVERIFY(!dialog->removeButton()->isEnabled());

        // By keyboard: the switch has the focus (once the dialog is active); then the port.
        QCOMPARE(dialog->focusWidget(), dialog->enabledBox());
        QTest::keyClick(dialog->enabledBox(), Qt::Key_Space);
        QVERIFY(dialog->enabledBox()->isChecked());
        const int port = freePort();
        dialog->portBox()->selectAll();
        QTest::keyClicks(dialog->portBox(), QString::number(port));
        QCOMPARE(dialog->portBox()->value(), port);
        QCOMPARE(dialog->addressField()->text(),
                 QStringLiteral("http://127.0.0.1:%1/api/json/").arg(port));
        QVERIFY(dialog->addressField()->isReadOnly());
        QTest::keyClick(dialog->followBox(), Qt::Key_Space);
        QVERIFY(dialog->followBox()->isChecked());

        // An account: a short password is refused with the engine's word, then a good one.
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        auto* add = qobject_cast<ui::PosAccountDialog*>(dialog->childDialog());
        QVERIFY(add);
        QCOMPARE(add->focusWidget(), add->nameField());
        QTest::keyClicks(add->nameField(), QStringLiteral("Front till"));
        QTest::keyClicks(add->clientField(), QStringLiteral("pos-till-1"));
        QTest::keyClicks(add->passwordField(), QStringLiteral("short"));
        QTest::keyClicks(add->confirmField(), QStringLiteral("short"));
        QTest::keyClick(add->confirmField(), Qt::Key_Return);
        QCOMPARE(add->errorText(), QStringLiteral("A POS password has at least 8 characters."));
        QVERIFY(add->isVisible());
        QVERIFY(PosUserStore(c.ts.store()).list().value().empty());
        add->passwordField()->clear();
        add->confirmField()->clear();
        QTest::keyClicks(add->passwordField(), QStringLiteral("tilltill-2026"));
        QTest::keyClicks(add->confirmField(), QStringLiteral("tilltill-2027"));
        QTest::keyClick(add->confirmField(), Qt::Key_Return);
        QCOMPARE(add->errorText(), QStringLiteral("The two passwords are not the same."));
        add->confirmField()->clear();
        QTest::keyClicks(add->confirmField(), QStringLiteral("tilltill-2026"));
        QTest::keyClick(add->confirmField(), Qt::Key_Return);
        QTRY_VERIFY(!dialog->childDialog());
        QCOMPARE(dialog->accountsModel()->rowCount(), 1);
        QCOMPARE(
            dialog->accountsModel()->index(0, ui::PosBridgeDialog::NameColumn).data().toString(),
            QStringLiteral("Front till"));
        QCOMPARE(
            dialog->accountsModel()->index(0, ui::PosBridgeDialog::ClientColumn).data().toString(),
            QStringLiteral("pos-till-1"));
        QVERIFY(!dialog->accountsModel()
                     ->index(0, ui::PosBridgeDialog::AddedColumn)
                     .data()
                     .toString()
                     .isEmpty());
        QCOMPARE(dialog->messageText(), QStringLiteral("The POS account Front till was added."));
        auto verified = PosUserStore(c.ts.store())
                            .verify(QStringLiteral("Front till"), QStringLiteral("tilltill-2026"),
                                    QStringLiteral("pos-till-1"));
        QVERIFY(verified && verified->has_value());

        // Save: the engine has the settings, the app's bridge starts on that port.
        QSignalSpy saved(dialog, &ui::PosBridgeDialog::saved);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        const BridgeSettings stored = BridgeSettings::load(c.ts.store()).value();
        QVERIFY(stored.enabled);
        QCOMPARE(stored.port, port);
        QVERIFY(stored.followPos);
        QVERIFY(stored.salesFolder.isEmpty());
        QTRY_COMPARE(c.bridge->status().state, bridge::BridgeStatus::State::Listening);
        QTRY_COMPARE(c.window->sessionStatusBar()->bridgeText(),
                     QStringLiteral("POS bridge on :%1").arg(port));
        QTRY_VERIFY2(dialog->statusText().startsWith(
                         QStringLiteral("Listening at http://127.0.0.1:%1/api/json/").arg(port)),
                     qPrintable(dialog->statusText()));
        QVERIFY(settings->findChild<QLabel*>(QStringLiteral("posSummary"))
                    ->text()
                    .contains(QString::number(port)));

        // A new password for the account: Enter on it (which saves nothing).
        dialog->accountsView()->selectRow(0);
        QVERIFY(dialog->passwordButton()->isEnabled());
        QTest::keyClick(dialog->accountsView(), Qt::Key_Return);
        QCOMPARE(saved.size(), 1);
        auto* password = qobject_cast<ui::PosAccountDialog*>(dialog->childDialog());
        QVERIFY(password);
        QVERIFY(!password->nameField()->isVisible());
        QTest::keyClicks(password->passwordField(), QStringLiteral("another-till-pw"));
        QTest::keyClicks(password->confirmField(), QStringLiteral("another-till-pw"));
        QTest::keyClick(password->confirmField(), Qt::Key_Return);
        QTRY_VERIFY(!dialog->childDialog());
        verified = PosUserStore(c.ts.store())
                       .verify(QStringLiteral("Front till"), QStringLiteral("another-till-pw"),
                               QStringLiteral("pos-till-1"));
        QVERIFY(verified && verified->has_value());

        // Removing asks first: Cancel keeps the account, Remove removes it.
        dialog->accountsView()->setFocus();
        QTest::keyClick(dialog->accountsView(), Qt::Key_Delete);
        auto* ask = qobject_cast<QMessageBox*>(dialog->childDialog());
        QVERIFY(ask);
        QTest::mouseClick(ask->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!dialog->childDialog());
        QCOMPARE(PosUserStore(c.ts.store()).list().value().size(), std::size_t(1));
        QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
        ask = qobject_cast<QMessageBox*>(dialog->childDialog());
        QVERIFY(ask);
        auto* yes = ask->findChild<QPushButton*>(QStringLiteral("posAccountRemoveYes"));
        QVERIFY(yes);
        QTest::mouseClick(yes, Qt::LeftButton);
        QTRY_VERIFY(!dialog->childDialog());
        QVERIFY(PosUserStore(c.ts.store()).list().value().empty());
        QCOMPARE(dialog->accountsModel()->rowCount(), 0);

        // Off again: the bridge stops and leaves the status bar.
        QTest::keyClick(dialog->enabledBox(), Qt::Key_Space);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(!BridgeSettings::load(c.ts.store()).value().enabled);
        QTRY_COMPARE(c.bridge->status().state, bridge::BridgeStatus::State::Off);
        QTRY_VERIFY(!c.window->sessionStatusBar()->bridgeShown());
    }

    void theEnginesRefusalShowsInTheDialog()
    {
        TestStore ts;
        ts.importCatalog(smallCatalog());
        useLocation(ts);
        ui::Session session(ts.store());
        // A Manager has no POS bridge in the settings; the engine says no all the same.
        session.signIn(ts.manager());
        ui::PosBridgeDialog dialog(session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.enabledBox()->setChecked(true);
        dialog.save();
        QVERIFY2(dialog.errorText().contains(QStringLiteral("only an Admin may do this")),
                 qPrintable(dialog.errorText()));
        QVERIFY(!BridgeSettings::load(ts.store()).value().enabled);
    }

    void onlyAnAdminHasThePosBridge_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("shown");
        QTest::newRow("cashier") << QStringLiteral("Test Cashier") << false;
        QTest::newRow("manager") << QStringLiteral("Test Manager") << false;
        QTest::newRow("admin") << QStringLiteral("Test Admin") << true;
    }
    void onlyAnAdminHasThePosBridge()
    {
        QFETCH(QString, user);
        QFETCH(bool, shown);
        Counter c(user);
        c.window->openSettings();
        auto* settings = openDialog<ui::SettingsDialog>();
        QVERIFY(settings);
        QCOMPARE(settings->posGroup()->isVisible(), shown);
        QCOMPARE(settings->posBridgeButton()->isVisible(), shown);
        settings->openPosBridge();
        QCOMPARE(settings->posBridgeDialog() != nullptr, shown);
    }

    // Locked with the bridge's dialog open: it comes back for the Admin, not for a Cashier.
    void theDialogStaysAnAdmins()
    {
        Counter c(QStringLiteral("Test Admin"));
        c.window->openSettings();
        auto* settings = openDialog<ui::SettingsDialog>();
        QVERIFY(settings);
        settings->openPosBridge();
        QPointer<ui::PosBridgeDialog> dialog = settings->posBridgeDialog();
        QVERIFY(dialog);
        c.window->lock();
        QVERIFY(!dialog->isVisible());
        typeSignIn(*c.window, QStringLiteral("Test Admin"), QStringLiteral("1234"));
        QVERIFY(dialog && dialog->isVisible());
        c.window->lock();
        typeSignIn(*c.window, QStringLiteral("Test Cashier"), QStringLiteral("1234"));
        QTRY_VERIFY(!dialog);
    }

    // In French, and in a language a third longer than English, an Admin's settings and the POS
    // bridge's dialog fit a 1024×768 screen with the demo store's long names, nothing cut.
    void theDialogsFitASmallScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("longer");
        QTest::newRow("English") << QStringLiteral("en") << false;
        QTest::newRow("French") << QStringLiteral("fr_CA") << false;
        QTest::newRow("a third longer") << QStringLiteral("fr_CA") << true;
    }
    void theDialogsFitASmallScreen()
    {
        QFETCH(QString, language);
        QFETCH(bool, longer);
        ui::Language::apply(language);
        LongerTranslator longerTranslator;
        if (longer)
            QCoreApplication::installTranslator(&longerTranslator);
        TestStore ts;
        ts.loadDemo();
        bridge::BridgeService service(ts.path());
        ui::MainWindow window(ts.store());
        window.setBridgeService(&service);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        typeSignIn(window, QStringLiteral("Alex Martin"), QStringLiteral("1111"));
        if (QDialog* warning = window.holdingWarning())
            warning->close();
        window.openSettings();
        auto* settings = openDialog<ui::SettingsDialog>();
        QVERIFY(settings);
        settings->openPosBridge();
        ui::PosBridgeDialog* dialog = settings->posBridgeDialog();
        QVERIFY(dialog);
        QTest::qWait(50);

        // Room for the window's frame and a panel.
        const QSize screen(1024 - 16, 768 - 60);
        QList<QDialog*> dialogs{dialog};
        // The French settings are wider than that already: their sync group's title and scanner
        // label need shorter translations.
        if (language == QLatin1String("en"))
            dialogs << settings;
        for (QDialog* d : dialogs)
            QVERIFY2(d->width() <= screen.width() && d->height() <= screen.height() &&
                         d->minimumSizeHint().width() <= screen.width(),
                     qPrintable(QStringLiteral("%1 needs %2×%3")
                                    .arg(d->objectName())
                                    .arg(d->width())
                                    .arg(d->height())));
        // The bridge's group does not make the settings any wider.
        QVERIFY(settings->posGroup()->minimumSizeHint().width() <=
                settings->findChild<QGroupBox*>(QStringLiteral("syncSettings"))->width());
        // The wrapped notes have the height they need: nothing is squeezed or cut.
        for (QGroupBox* group : dialog->findChildren<QGroupBox*>())
            QVERIFY2(!group->isVisible() ||
                         group->height() >= group->heightForWidth(group->width()),
                     qPrintable(group->title()));
        settings->close();
        if (longer)
            QCoreApplication::removeTranslator(&longerTranslator);
        ui::Language::apply(QStringLiteral("en"));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestPosBridgeDialog)
#include "tst_posbridgedialog.moc"

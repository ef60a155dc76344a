// The sync in the window: the status bar's state, the conflicts list and the sync settings.
#include "UiTest.h"

#include "ui/common/Session.h"
#include "ui/shell/SessionStatusBar.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/SyncConflictsDialog.h"

#include "customers/CustomerStore.h"
#include "storage/Database.h"
#include "sync/SyncService.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUuid>

using namespace astro;
using namespace astro::test;

namespace {

using State = sync::SyncStatus::State;

// A conflict as the sync stores it from the server's conflict.flagged.
qint64 addConflict(TestStore& ts, const QString& kind, const QString& customerUuid,
                   const QString& message,
                   const QString& at = QStringLiteral("2026-11-16T14:30:00.000Z"))
{
    auto id = ts->db().insert(
        QStringLiteral("INSERT INTO sync_conflicts (uuid, event_uuid, kind, message, "
                       "customer_uuid, at) VALUES (?,?,?,?,?,?)"),
        {QUuid::createUuid().toString(QUuid::WithoutBraces),
         QUuid::createUuid().toString(QUuid::WithoutBraces), kind, message, customerUuid, at});
    if (!id)
        qFatal("cannot add a conflict: %s", qPrintable(id.error().message));
    return *id;
}

QString uuidOf(TestStore& ts, qint64 customerId)
{
    auto c = ts->customers().get(customerId);
    if (!c)
        qFatal("no customer %lld", customerId);
    return c->uuid;
}

void closeHoldingWarning(ui::MainWindow& window)
{
    if (QDialog* warning = window.holdingWarning())
        warning->accept();
}

QString shortTime(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // No D-Bus keychain in tests: the password goes to the store's settings.
        qputenv("ASTRO_KEYCHAIN", "none");
        isolateSettings(m_settings);
    }
    void cleanup()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog*>(w))
                w->close();
    }

    void statusBarShowsTheSyncState()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts, QStringLiteral("LOC-B"));
        ts.cashier();
        ui::MainWindow window(ts.store());
        window.show();
        typeSignIn(window, QStringLiteral("Test Cashier"), QStringLiteral("1234"));
        ui::SessionStatusBar* bar = window.sessionStatusBar();

        // Nothing about the sync until a SyncService reports.
        QVERIFY(bar->syncStateText().isEmpty());
        QVERIFY(!bar->syncNowButton()->isVisible());

        sync::SyncStatus s;
        bar->setSyncStatus(s);
        QCOMPARE(bar->syncStateText(), QStringLiteral("Sync not set up"));
        QVERIFY(!bar->syncNowButton()->isVisible());

        s.state = State::Syncing;
        s.step = QStringLiteral("Sending this counter's changes…");
        bar->setSyncStatus(s);
        QCOMPARE(bar->syncStateText(), s.step);
        QVERIFY(bar->syncBusyShown());
        QVERIFY(bar->syncNowButton()->isVisible());
        QVERIFY(!bar->syncNowButton()->isEnabled());

        s.state = State::Offline;
        s.step.clear();
        s.lastError = QStringLiteral("The server could not be reached: Connection refused");
        s.nextAttempt = QDateTime(QDate::currentDate(), QTime(14, 35));
        bar->setSyncStatus(s);
        QCOMPARE(bar->syncStateText(),
                 QStringLiteral("Offline — retrying at %1").arg(shortTime(s.nextAttempt)));
        QVERIFY(bar->syncStateToolTip().contains(s.lastError));
        QVERIFY(bar->syncStateToolTip().contains(QStringLiteral("Not synced yet.")));
        QVERIFY(!bar->syncBusyShown());
        QVERIFY(bar->syncNowButton()->isEnabled());
        QSignalSpy syncNow(bar, &ui::SessionStatusBar::syncNowClicked);
        QTest::mouseClick(bar->syncNowButton(), Qt::LeftButton);
        QCOMPARE(syncNow.count(), 1);

        s.state = State::Refused;
        s.lastError = QStringLiteral("The server refused the user name or password.");
        s.nextAttempt = {};
        bar->setSyncStatus(s);
        QCOMPARE(bar->syncStateText(), QStringLiteral("Sync refused: ") + s.lastError);

        s.state = State::Idle;
        s.lastError.clear();
        s.lastSuccess = QDateTime(QDate::currentDate(), QTime(9, 5));
        bar->setSyncStatus(s);
        QCOMPARE(bar->syncStateText(), QStringLiteral("Synced %1").arg(shortTime(s.lastSuccess)));
        QVERIFY(bar->syncStateToolTip().contains(QStringLiteral("Last successful sync")));
        s.lastSuccess = {};
        bar->setSyncStatus(s);
        QCOMPARE(bar->syncStateText(), QStringLiteral("Online"));

        // The changes waiting to be sent are still counted next to it.
        QVERIFY(bar->syncText().contains(QStringLiteral("not sent yet")) ||
                bar->syncText() == QLatin1String("All changes sent"));
    }

    void conflictsShowForManagersNotCashiers()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ts.cashier();
        ts.manager();
        const qint64 customer = ts.addCustomer();
        addConflict(ts, QStringLiteral("double_redemption"), uuidOf(ts, customer),
                    QStringLiteral("Redeemed twice"));
        ui::MainWindow window(ts.store());
        window.show();

        typeSignIn(window, QStringLiteral("Test Cashier"), QStringLiteral("1234"));
        ui::SessionStatusBar* bar = window.sessionStatusBar();
        QCOMPARE(bar->openConflicts(), 1);
        QVERIFY(!bar->conflictsButton()->isVisible());
        QVERIFY(!window.syncConflictsDialog());

        // A Manager is told at sign-in, after the Temporary Holding warning.
        window.lock();
        typeSignIn(window, QStringLiteral("Test Manager"), QStringLiteral("1234"));
        QVERIFY(window.holdingWarning());
        QVERIFY(!window.syncConflictsDialog());
        closeHoldingWarning(window);
        QTRY_VERIFY(window.syncConflictsDialog());
        auto* dialog = qobject_cast<ui::SyncConflictsDialog*>(window.syncConflictsDialog());
        QVERIFY(dialog);
        QCOMPARE(dialog->headingText(), QStringLiteral("1 open sync conflict"));
        dialog->close();
        QTRY_VERIFY(!window.syncConflictsDialog());

        QVERIFY(bar->conflictsButton()->isVisible());
        QCOMPARE(bar->conflictsButton()->text(), QStringLiteral("1 sync conflict"));
        QTest::mouseClick(bar->conflictsButton(), Qt::LeftButton);
        QVERIFY(openDialog<ui::SyncConflictsDialog>());
    }

    void conflictsDialogMarksResolved()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts, QStringLiteral("LOC-B"));
        ts.manager(QStringLiteral("LOC-B"));
        const qint64 customer = ts.addCustomer(QStringLiteral("Hélène"), QStringLiteral("Côté"));
        const qint64 twice =
            addConflict(ts, QStringLiteral("double_redemption"), uuidOf(ts, customer),
                        QStringLiteral("This customer's reward was already given out."));
        const qint64 unknown = addConflict(ts, QStringLiteral("unknown_customer"),
                                           QStringLiteral("9b2f0c1e-0000-4000-8000-000000000000"),
                                           QStringLiteral("An event names a customer this side "
                                                          "never received."),
                                           QStringLiteral("2026-11-16T15:10:00.000Z"));
        ui::MainWindow window(ts.store());
        window.show();
        typeSignIn(window, QStringLiteral("Test Manager"), QStringLiteral("1234"));
        QVERIFY(!window.holdingWarning()); // nothing held in Buffalo
        QTRY_VERIFY(window.syncConflictsDialog());
        auto* dialog = qobject_cast<ui::SyncConflictsDialog*>(window.syncConflictsDialog());
        QVERIFY(dialog);
        QCOMPARE(dialog->conflictCount(), 2);
        QCOMPARE(dialog->headingText(), QStringLiteral("2 open sync conflicts"));

        // Newest first: the unknown customer, then the reward given twice.
        QAbstractItemModel* model = dialog->view()->model();
        QCOMPARE(model->index(0, ui::SyncConflictsDialog::KindColumn).data().toString(),
                 QStringLiteral("Unknown customer"));
        QCOMPARE(model->index(0, ui::SyncConflictsDialog::CustomerColumn).data().toString(),
                 QStringLiteral("Not known at this counter"));
        QCOMPARE(model->index(1, ui::SyncConflictsDialog::KindColumn).data().toString(),
                 QStringLiteral("Same reward given twice"));
        QCOMPARE(model->index(1, ui::SyncConflictsDialog::CustomerColumn).data().toString(),
                 QStringLiteral("Hélène Côté"));
        const QDateTime at(QDate(2026, 11, 16), QTime(14, 30), Qt::UTC);
        QCOMPARE(model->index(1, ui::SyncConflictsDialog::DateColumn).data().toString(),
                 QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model->index(1, ui::SyncConflictsDialog::MessageColumn).data().toString(),
                 QStringLiteral("This customer's reward was already given out."));

        // Confirm first; then it is resolved, by whom is recorded.
        QVERIFY(dialog->selectConflict(twice));
        QVERIFY(dialog->resolveButton()->isEnabled());
        QTest::mouseClick(dialog->resolveButton(), Qt::LeftButton);
        QVERIFY(dialog->confirming());
        QVERIFY(dialog->confirmText().contains(QStringLiteral("Hélène Côté")));
        QVERIFY(dialog->confirmText().contains(QStringLiteral("Same reward given twice")));
        auto still = ts->db().scalar(
            QStringLiteral("SELECT resolved_at IS NULL FROM sync_conflicts WHERE id = ?"), {twice});
        QVERIFY(still && still->toBool());
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QVERIFY(!dialog->confirming());
        QCOMPARE(dialog->conflictCount(), 1);
        QCOMPARE(dialog->headingText(), QStringLiteral("1 open sync conflict"));

        auto row = ts->db().selectOne(
            QStringLiteral("SELECT resolved_at, resolved_by FROM sync_conflicts WHERE id = ?"),
            {twice});
        QVERIFY(row && row->has_value());
        QVERIFY(!(**row)[0].isNull());
        QCOMPARE((**row)[1].toString(), QStringLiteral("Test Manager"));
        auto audit = ts->db().scalar(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE subject = ? AND field = "
                           "'resolved' AND user_name = 'Test Manager'"),
            {QStringLiteral("sync_conflict:%1").arg(twice)});
        QVERIFY(audit);
        QCOMPARE(audit->toInt(), 1);
        QCOMPARE(window.sessionStatusBar()->conflictsButton()->text(),
                 QStringLiteral("1 sync conflict"));

        // Resolved ones show on demand, and cannot be resolved again.
        dialog->showResolvedBox()->setChecked(true);
        QCOMPARE(dialog->conflictCount(), 2);
        QVERIFY(dialog->selectConflict(twice));
        QVERIFY(!dialog->resolveButton()->isEnabled());
        QVERIFY(model->index(1, ui::SyncConflictsDialog::ResolvedColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Test Manager")));
        QVERIFY(dialog->selectConflict(unknown));
        QVERIFY(dialog->resolveButton()->isEnabled());
        // Changing one's mind leaves it open.
        QTest::mouseClick(dialog->resolveButton(), Qt::LeftButton);
        QVERIFY(dialog->confirming());
        QVERIFY(dialog->selectConflict(twice));
        QVERIFY(!dialog->confirming());
        QCOMPARE(ts->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE "
                                            "resolved_at IS NULL"))
                     ->toInt(),
                 1);
    }

    void settingsRefusePlainHttpToAnotherHost()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts, QStringLiteral("LOC-B"));
        ts.admin(QStringLiteral("LOC-B"));
        ui::MainWindow window(ts.store());
        window.show();
        typeSignIn(window, QStringLiteral("Test Admin"), QStringLiteral("1234"));
        window.openSettings();
        auto* settings = openDialog<ui::SettingsDialog>();
        QVERIFY(settings);
        QVERIFY(settings->syncGroup()->isVisible());
        QCOMPARE(settings->syncUrlField()->text(), sync::SyncConfig::defaultUrl());
        QCOMPARE(settings->syncPasswordField()->echoMode(), QLineEdit::Password);
        QTRY_VERIFY(settings->credentialsNoteText().contains(QStringLiteral("No keychain")));

        settings->syncUrlField()->setText(QStringLiteral("http://sync.example.com/api/json"));
        settings->syncUserField()->setText(QStringLiteral("demo"));
        settings->syncPasswordField()->setText(QStringLiteral("demo"));
        settings->accept();
        QVERIFY(settings->isVisible());
        QVERIFY(!settings->checkingSync());
        QVERIFY2(settings->errorText().contains(QStringLiteral("https://")),
                 qPrintable(settings->errorText()));
        auto* error = settings->findChild<QLabel*>(QStringLiteral("settingsError"));
        QVERIFY(error && error->isVisible());
        QCOMPARE(ts->setting(QStringLiteral("sync/url")).value(), QString());

        // This computer, but nobody listens: the server's check fails and nothing is saved.
        settings->syncUrlField()->setText(QStringLiteral("http://127.0.0.1:9/api/json"));
        settings->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!settings->checkingSync(), 30000);
        QVERIFY(settings->isVisible());
        QVERIFY2(settings->errorText().contains(QStringLiteral("could not be reached")),
                 qPrintable(settings->errorText()));
        QCOMPARE(ts->setting(QStringLiteral("sync/url")).value(), QString());
    }

    void managersDoNotSeeSyncSettings()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts, QStringLiteral("LOC-B"));
        ts.manager(QStringLiteral("LOC-B"));
        ui::MainWindow window(ts.store());
        window.show();
        typeSignIn(window, QStringLiteral("Test Manager"), QStringLiteral("1234"));
        window.openSettings();
        auto* settings = openDialog<ui::SettingsDialog>();
        QVERIFY(settings);
        QVERIFY(settings->storeGroup()->isVisible());
        QVERIFY(!settings->syncGroup()->isVisible());
    }

    // The real service, against a port nobody listens on: the status bar says offline.
    void serviceReportsOfflineInStatusBar()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts, QStringLiteral("LOC-B"));
        const Actor admin = ts.admin(QStringLiteral("LOC-B"));
        sync::SyncConfig config;
        config.url = QUrl(QStringLiteral("http://127.0.0.1:9/api/json"));
        config.username = QStringLiteral("demo");
        config.clientId = QStringLiteral("demo");
        ASTRO_VERIFY_OK(
            sync::SyncEngine(ts.store()).configure(admin, config, QStringLiteral("demo"), false));

        sync::SyncService service(ts.path());
        ui::MainWindow window(ts.store());
        window.setSyncService(&service);
        window.show();
        ui::SessionStatusBar* bar = window.sessionStatusBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->syncStateText().startsWith(QStringLiteral("Offline")), 20000);
        QVERIFY(bar->syncStateToolTip().contains(QStringLiteral("could not be reached")));
        QVERIFY(bar->syncNowButton()->isVisible());
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestSync)
#include "tst_sync.moc"

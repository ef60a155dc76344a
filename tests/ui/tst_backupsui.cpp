// Backups in the app: Settings shows the last good backup to Managers and Admins; the Backups
// dialog makes one on its own thread, lists it, saves where backups go, and says why one failed.
#include "UiTest.h"

#include "backup/BackupFolder.h"
#include "sync/Credentials.h"
#include "ui/common/Language.h"
#include "ui/common/Session.h"
#include "ui/common/Theme.h"
#include "ui/shell/BackupGroup.h"
#include "ui/shell/BackupsDialog.h"
#include "ui/shell/DailyBackup.h"
#include "ui/shell/SettingsDialog.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>

using namespace astro;
using namespace astro::test;

class TestBackupsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings);
        // The app's own look: its fonts and spacing decide what fits.
        ui::Theme::apply(*qApp);
    }

    void settingsShowTheLastGoodBackupToManagers()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ui::DailyBackup backups(ts.store());
        ui::Session session(ts.store());
        session.signIn(ts.cashier());
        {
            ui::SettingsDialog settings(session);
            settings.setDailyBackup(&backups);
            QVERIFY(settings.backupGroup()->isHidden());
        }
        session.signIn(ts.manager());
        ui::SettingsDialog settings(session);
        settings.setDailyBackup(&backups);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QVERIFY(settings.backupGroup()->isVisible());
        QCOMPARE(settings.backupGroup()->summaryText(), QStringLiteral("No backup yet."));

        QSignalSpy finished(&backups, &ui::DailyBackup::finished);
        backups.backUpNow(QStringLiteral("daily"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(
            settings.backupGroup()->summaryText().startsWith(QStringLiteral("Last good backup: ")));
        QVERIFY(!backups.due());

        // In Canada the time ends in "p.m.": that period ends the sentence too, never two.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
        backups.backUpNow(QStringLiteral("manual"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        const QString summary = settings.backupGroup()->summaryText();
        QLocale::setDefault(before);
        QVERIFY2(summary.endsWith(QLatin1Char('.')) && !summary.contains(QLatin1String("..")),
                 qPrintable(summary));
    }

    void theDialogBacksUpListsAndSaves()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ui::DailyBackup backups(ts.store());
        QVERIFY(backups.due());
        ui::Session session(ts.store());
        session.signIn(ts.admin());
        ui::BackupsDialog dialog(session, backups);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.list()->topLevelItemCount(), 0);
        QCOMPARE(dialog.summaryText(), QStringLiteral("No backup yet: make one now."));
        QCOMPARE(dialog.folderField()->text(), QDir(ts.dir()).filePath(QStringLiteral("backups")));

        // By keyboard: the button's mnemonic.
        dialog.backUpButton()->setFocus();
        QTest::keyClick(dialog.backUpButton(), Qt::Key_Space);
        QVERIFY(!dialog.backUpButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.list()->topLevelItemCount(), 1, 20000);
        QVERIFY(dialog.backUpButton()->isEnabled());
        QCOMPARE(dialog.statusText(), QStringLiteral("Backed up and checked."));
        QCOMPARE(dialog.list()->topLevelItem(0)->text(1), QStringLiteral("Made by hand"));
        QVERIFY(dialog.summaryText().startsWith(QStringLiteral("Last good backup: ")));

        const QString usb = QDir(ts.dir()).filePath(QStringLiteral("usb"));
        dialog.folderField()->setText(usb);
        dialog.keepDaysBox()->setValue(30);
        dialog.save();
        QCOMPARE(dialog.statusText(),
                 QStringLiteral("Saved: backups go to %1 and are kept 30 days.").arg(usb));
        QCOMPARE(BackupFolder::of(ts->db()).path(), usb);
        QCOMPARE(BackupFolder::of(ts->db()).keepDays(), 30);
        // The new folder is empty: the list follows it.
        QCOMPARE(dialog.list()->topLevelItemCount(), 0);
    }

    void aFailedBackupIsSaidAndKeepsNothing()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        // A file where the folder would be: the folder cannot be made.
        const QString blocked = QDir(ts.dir()).filePath(QStringLiteral("blocked"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(ts->setSetting(QStringLiteral("backup_folder"), blocked + QStringLiteral("/b")));
        ui::DailyBackup backups(ts.store());
        ui::Session session(ts.store());
        session.signIn(ts.admin());
        ui::BackupsDialog dialog(session, backups);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&backups, &ui::DailyBackup::finished);
        QTest::mouseClick(dialog.backUpButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral("The last backup failed: ")),
                 qPrintable(dialog.statusText()));
        QCOMPARE(dialog.list()->topLevelItemCount(), 0);
        QVERIFY(backups.due());
    }

    // Diagnostics for support: what the counter is, never its sync password.
    void diagnosticsHoldNoSecret()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        QVERIFY(ts->setSetting(QStringLiteral("sync/url"), QStringLiteral("https://astro.test")));
        QVERIFY(sync::Credentials(ts.store())
                    .write(QStringLiteral("password"), QStringLiteral("s3cret-pw")));
        ui::DailyBackup backups(ts.store());
        ui::Session session(ts.store());
        session.signIn(ts.cashier());
        ui::SettingsDialog settings(session);
        settings.setDailyBackup(&backups);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QVERIFY(settings.diagnosticsButton()->isVisible()); // for everyone: a cashier calls too
        QTest::mouseClick(settings.diagnosticsButton(), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("sync/url: https://astro.test")),
                 qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("Changes not sent: ")));
        QVERIFY(copied.contains(QStringLiteral("Backups: ")));
        QVERIFY(copied.contains(ts.path()));
        QVERIFY(!copied.contains(QStringLiteral("s3cret")));
        QCOMPARE(settings.diagnosticsButton()->text(), QStringLiteral("Diagnostics copied"));
    }

    // An Admin's settings, backups shown, open within a 1024-pixel-wide screen in both languages.
    void settingsFitACounterScreen_data() { languageRows(); }
    void settingsFitACounterScreen()
    {
        QFETCH(QString, language);
        ui::Language::apply(language);
        const auto back = qScopeGuard([] { ui::Language::apply(QStringLiteral("en")); });
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ui::DailyBackup backups(ts.store());
        QSignalSpy finished(&backups, &ui::DailyBackup::finished);
        backups.backUpNow(QStringLiteral("daily"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        ui::Session session(ts.store());
        session.signIn(ts.admin());
        ui::SettingsDialog settings(session);
        settings.setDailyBackup(&backups);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QVERIFY(settings.backupGroup()->isVisible());
        QVERIFY2(settings.frameGeometry().width() <= 1024,
                 qPrintable(QString::number(settings.frameGeometry().width())));
        QVERIFY2(settings.frameGeometry().height() <= 768 - 40,
                 qPrintable(QString::number(settings.frameGeometry().height())));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestBackupsUi)
#include "tst_backupsui.moc"

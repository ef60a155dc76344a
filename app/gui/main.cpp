// astro-counter: the desktop app at the counter. Parses the options, opens the store (filling
// it with the demo when asked), sets the language and the look, starts the sync with the Astro
// server and the POS bridge (when an Admin turned it on) and shows the main window.
#include "ui/common/AppSettings.h"
#include "ui/common/Language.h"
#include "ui/common/Theme.h"
#include "ui/shell/MainWindow.h"

#include "bridge/BridgeService.h"
#include "common/Log.h"
#include "common/LogFile.h"
#include "demo/DemoStore.h"
#include "storage/WalCheckpointer.h"
#include "store/Store.h"
#include "sync/SyncService.h"
#include "ui/shell/DailyBackup.h"
#include "ui/shell/StartupCheck.h"
#include "ui/shell/StoreUpgrade.h"
#include "users/UserStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

namespace {

// The translation context of what main() says.
struct CounterApp
{
    Q_DECLARE_TR_FUNCTIONS(CounterApp)
};

int fail(const QString& message)
{
    QMessageBox::critical(nullptr, CounterApp::tr("Astro Counter"), message);
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("astro-counter"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("astro-counter")));
    QCoreApplication::setOrganizationName(QStringLiteral("Astro Loyalty"));
    QCoreApplication::setApplicationName(QStringLiteral("astro-counter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASTRO_VERSION));

    // The language first, so that --help and every message after speak it.
    QString requested;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            requested = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            requested = args[i].mid(7);
    }
    astro::ui::Language::apply(astro::ui::Language::startup(requested));
    QApplication::setApplicationDisplayName(CounterApp::tr("Astro Counter"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        CounterApp::tr("Astro Loyalty frequent-buyer programs at the pet store counter."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        CounterApp::tr("The database file (default: %1).").arg(astro::Store::defaultPath()),
        CounterApp::tr("FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), CounterApp::tr("Fill an empty database with the demo store."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        CounterApp::tr("The language: en or fr_CA."),
                                        CounterApp::tr("LANGUAGE"));
    // For package checks and scripts: start, show the window, then close cleanly.
    const QCommandLineOption quitAfterOption(
        QStringLiteral("quit-after"),
        CounterApp::tr("Close by itself after this many milliseconds."), CounterApp::tr("MS"));
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.addOption(langOption);
    parser.addOption(quitAfterOption);
    parser.process(app);

    astro::ui::Theme::apply(app, astro::ui::AppSettings::appearance());
    // Every message, the counter's and Qt's, also goes to a file support can be sent.
    astro::LogFile::install(astro::LogFile::defaultFolder());

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = astro::ui::AppSettings::databasePath();
    if (path.isEmpty())
        path = astro::Store::defaultPath();
    // An older store is brought up to date first, with a window saying so (a chain's takes a
    // minute or more).
    if (astro::ui::StoreUpgrade::needed(path))
        if (auto upgraded = astro::ui::StoreUpgrade::run(path); !upgraded) {
            qCCritical(lcStorage).noquote()
                << "cannot update" << path << ":" << upgraded.error().message;
            return fail(CounterApp::tr("Cannot open the database %1:\n%2")
                            .arg(path, upgraded.error().message));
        }
    auto opened = astro::Store::open(path);
    if (!opened) {
        qCCritical(lcStorage).noquote() << "cannot open" << path << ":" << opened.error().message;
        return fail(
            CounterApp::tr("Cannot open the database %1:\n%2").arg(path, opened.error().message));
    }
    qCInfo(lcUi).noquote() << "Astro Counter" << QCoreApplication::applicationVersion()
                           << "started on" << path;
    std::unique_ptr<astro::Store> store = std::move(opened).value();

    if (parser.isSet(demoOption)) {
        auto users = store->users().count();
        if (!users)
            return fail(users.error().message);
        if (*users == 0)
            if (auto loaded = astro::DemoStore::load(*store); !loaded)
                return fail(CounterApp::tr("The demo store could not be loaded:\n%1")
                                .arg(loaded.error().message));
    }

    // The WAL goes back into the file on a thread of its own, never inside a cashier's commit;
    // made before the connections below, so they leave it to it, and stopped after them.
    astro::WalCheckpointer checkpointer(path);
    astro::WalCheckpointer::handOver(store->db());
    // The sync works on its own thread with its own connection to the same file; it is made
    // before the window so that it stops after it.
    astro::sync::SyncService syncService(path);
    // The POS bridge likewise: its own thread and connection, off unless its settings say on.
    astro::bridge::BridgeService bridgeService(path);
    // A verified copy a day, on a thread and connection of its own.
    astro::ui::DailyBackup dailyBackup(*store);
    dailyBackup.start();
    astro::ui::MainWindow window(*store);
    window.setSyncService(&syncService);
    window.setBridgeService(&bridgeService);
    window.setDailyBackup(&dailyBackup);
    window.show();
    // A damaged store is said at once, before more is recorded into it.
    astro::ui::StartupCheck startupCheck(*store, &dailyBackup, &window);
    window.setStartupCheck(&startupCheck);
    startupCheck.start();
    if (parser.isSet(quitAfterOption)) {
        bool ok = false;
        const int ms = parser.value(quitAfterOption).toInt(&ok);
        if (!ok || ms < 0)
            return fail(CounterApp::tr("--quit-after needs a number of milliseconds."));
        QTimer::singleShot(ms, &app, &QCoreApplication::quit);
    }
    return app.exec();
}

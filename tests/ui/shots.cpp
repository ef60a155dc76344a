// astro-screenshots: opens the demo store offscreen at 1366×768 and saves the sign-in, the
// checkout of Hélène Côté (customer 1, a reward waiting on Dog Kibble LG, her cards confirmed by
// Astro before the last scan, the counter offline), the same checkout right after a point of sale
// rang up two cases of cans for her through the POS bridge, the redeem dialog, the sync conflicts
// list, every back-office page and the POS bridge's settings with an account, in English and in
// French, as PNGs in docs/screenshots/ (or the folder given). It fails when the window cannot
// shrink to 1366 px.
// With --all it also renders the other screens and dialogs (for checking, not for the docs).
// With --pseudo it also renders a pseudo-translation a third longer than English, to check
// that nothing is cut when the French is in.
#include "TestStore.h"

#include "bridge/BridgeStatus.h"
#include "engine/CardService.h"
#include "pos/BridgeSettings.h"
#include "pos/PosUserStore.h"
#include "sync/CardConfirmations.h"
#include "ui/backoffice/BackOfficeWidget.h"
#include "ui/backoffice/ReportFilterBar.h"
#include "ui/backoffice/ReportsPage.h"
#include "ui/checkout/CheckoutWidget.h"
#include "ui/checkout/PosFollower.h"
#include "ui/checkout/RedeemDialog.h"
#include "ui/common/BackgroundReader.h"
#include "ui/common/CustomerCardsModel.h"
#include "ui/common/CustomerLookup.h"
#include "ui/common/Language.h"
#include "ui/common/Session.h"
#include "ui/common/Theme.h"
#include "ui/history/CustomerHistoryWidget.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PosBridgeDialog.h"
#include "ui/shell/SessionStatusBar.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/SignInWidget.h"
#include "ui/shell/SyncConflictsDialog.h"
#include "ui/shell/UserListModel.h"
#include "wire/PublicApi.h"
#include "wire/WireNames.h"

#include "storage/Database.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace astro;

namespace {

// Every message of the app, a third longer and bracketed: what does not fit shows at once.
class PseudoTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* = nullptr,
                      int = -1) const override
    {
        if (!context || QByteArray(context).startsWith('Q'))
            return {};
        const QString source = QString::fromUtf8(sourceText);
        return QStringLiteral("[") + source + QString(source.size() / 3, QChar(0x00e9)) +
               QStringLiteral("]");
    }
};

// Found before anything waits: waiting runs deferred deletes, so a list of top-level widgets
// taken earlier may hold dialogs closed since.
QWidget* visibleTopLevel(const QString& objectName)
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->objectName() == objectName && w->isVisible())
            return w;
    return nullptr;
}

bool save(QWidget* widget, const QDir& dir, const QString& name)
{
    QTest::qWait(150);
    const QString path = dir.filePath(name);
    const bool ok = widget->grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

// The counter lost the server a while ago and tries again at 2:35 PM.
sync::SyncStatus offline()
{
    sync::SyncStatus status;
    status.state = sync::SyncStatus::State::Offline;
    status.lastError =
        QCoreApplication::translate("ApiClient", "The server could not be reached: %1")
            .arg(QStringLiteral("Connection refused"));
    status.lastSuccess = QDateTime(QDate::currentDate(), QTime(11, 52));
    status.nextAttempt = QDateTime(QDate::currentDate(), QTime(14, 35));
    return status;
}

// The POS bridge has answered the till all afternoon and imported its last sales file.
bridge::BridgeStatus bridgeListening()
{
    bridge::BridgeStatus status;
    status.state = bridge::BridgeStatus::State::Listening;
    status.port = BridgeSettings::defaultPort;
    status.salesFolder = QStringLiteral("/srv/pos/exports");
    status.calls = 37;
    status.lastCall = QDateTime(QDate::currentDate(), QTime(14, 41));
    status.lastFile =
        QCoreApplication::translate("BridgeHost", "%1: %n line(s) recorded", nullptr, 14)
            .arg(QStringLiteral("sales-1402.csv"));
    return status;
}

// The till rings up two cases of cans for the customer, as the POS bridge answers it: Astro's
// public addTransactionBatch on a connection of its own to the store's file.
bool posSale(test::TestStore& ts, const QString& customerUuid, const QString& location)
{
    auto store = Store::open(ts.path(), ts->clock());
    if (!store) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(store.error().message));
        return false;
    }
    const auto line = [](const char* id, const char* code, int quantity) {
        return QJsonObject{{QStringLiteral("transactionID"), QLatin1String(id)},
                           {QStringLiteral("item_code"), QLatin1String(code)},
                           {QStringLiteral("item_qty"), QString::number(quantity)}};
    };
    const QJsonObject body{
        {QStringLiteral("customerID"), customerUuid},
        {QStringLiteral("transactions"), QJsonArray{line("TILL1-0412-1", "084721102809", 12),
                                                    line("TILL1-0412-2", "084721102878", 6)}}};
    const wire::ApiReply reply = wire::PublicApi(**store, Actor::system(location))
                                     .call(wire::endpoint::addTransactionBatch, body);
    bool recorded = reply.status == wire::astroStatus::Success;
    for (const QJsonValue& answer : reply.data.toArray())
        recorded = recorded && answer[QStringLiteral("transaction_status")].toInt() ==
                                   wire::astroStatus::Success;
    if (!recorded)
        std::fprintf(stderr, "the POS sale was refused: %s\n",
                     qPrintable(QString::fromUtf8(QJsonDocument(reply.envelope()).toJson())));
    return recorded;
}

// The POS bridge's dialog of an Admin (signed in): on, with the till's account and what the
// bridge did today.
bool shootPosBridge(ui::MainWindow& window, const QDir& out, const QString& suffix)
{
    Store& store = window.session().store();
    const Actor admin = window.session().actor();
    BridgeSettings settings;
    settings.enabled = true;
    settings.salesFolder = QStringLiteral("/srv/pos/exports");
    settings.followPos = true;
    if (auto saved = settings.save(store, admin); !saved) {
        std::fprintf(stderr, "cannot turn the bridge on: %s\n", qPrintable(saved.error().message));
        return false;
    }
    PosUserStore accounts(store);
    auto existing = accounts.list();
    if (existing && existing->empty())
        if (auto added =
                accounts.add(admin, QStringLiteral("Front till"), QStringLiteral("front-till-2026"),
                             QStringLiteral("lightspeed-front"));
            !added) {
            std::fprintf(stderr, "cannot add a POS account: %s\n",
                         qPrintable(added.error().message));
            return false;
        }
    window.openSettings();
    auto* settingsDialog =
        qobject_cast<ui::SettingsDialog*>(visibleTopLevel(QStringLiteral("settingsDialog")));
    if (!settingsDialog)
        return false;
    settingsDialog->openPosBridge();
    ui::PosBridgeDialog* dialog = settingsDialog->posBridgeDialog();
    if (!dialog)
        return false;
    dialog->accountsView()->selectRow(0);
    dialog->showStatus(bridgeListening());
    const bool ok = save(dialog, out, QStringLiteral("pos-bridge-%1.png").arg(suffix));
    const QSize size = dialog->size();
    if (size.width() > 1024 || size.height() > 768 - 60) {
        std::fprintf(stderr, "the POS bridge's dialog needs %d×%d px\n", size.width(),
                     size.height());
        return false;
    }
    dialog->close();
    settingsDialog->close();
    return ok;
}

// Conflicts as the server flags them (in the language of the screenshot, as a server speaking
// it would), on demo customers.
bool addConflicts(Store& store)
{
    struct Flagged
    {
        const char* kind;
        qint64 customer;
        QString message;
        const char* at;
    };
    const Flagged flagged[] = {
        {"double_redemption", 1,
         QCoreApplication::translate("EventApplier",
                                     "This customer's reward on %1 was already given out: the "
                                     "same reward was redeemed twice.")
             .arg(QStringLiteral("CRD-NW-DOG-KIB-LG")),
         "2026-11-22T16:41:07.000Z"},
        {"program_not_accepted", 3,
         QCoreApplication::translate("EventApplier",
                                     "The program %1 is no longer accepted: it is not in the "
                                     "catalog or was withdrawn.")
             .arg(QStringLiteral("PRG-COASTLINE-FB")),
         "2026-11-22T15:12:44.000Z"},
        {"transaction_refused", 2,
         QCoreApplication::translate("PublicSync", "Astro refused the purchase of %1: %2")
             .arg(QStringLiteral("084721100287"),
                  QStringLiteral("Item is not part of an active program for this retailer.")),
         "2026-11-22T17:20:12.000Z"},
        {"unknown_customer", 0,
         QCoreApplication::translate("EventApplier",
                                     "An event names a customer this side never received (%1).")
             .arg(QStringLiteral("5d1c7e0a-93b4-4f2e-8a61-0c2f9b7d4e18")),
         "2026-11-22T14:03:29.000Z"},
    };
    for (const Flagged& f : flagged) {
        auto uuid = store.db().scalar(QStringLiteral("SELECT uuid FROM customers WHERE id = ?"),
                                      {f.customer});
        const QString customer = uuid && !uuid->isNull()
                                     ? uuid->toString()
                                     : QStringLiteral("5d1c7e0a-93b4-4f2e-8a61-0c2f9b7d4e18");
        auto added = store.db().insert(
            QStringLiteral("INSERT INTO sync_conflicts (uuid, event_uuid, kind, message, "
                           "customer_uuid, at) VALUES (?,?,?,?,?,?)"),
            {QUuid::createUuid().toString(QUuid::WithoutBraces),
             QUuid::createUuid().toString(QUuid::WithoutBraces), QString::fromLatin1(f.kind),
             f.message, customer, QString::fromLatin1(f.at)});
        if (!added) {
            std::fprintf(stderr, "cannot add a conflict: %s\n", qPrintable(added.error().message));
            return false;
        }
    }
    return true;
}

// Signs in at the lock screen; false (said on stderr) when the PIN is refused.
bool signIn(ui::MainWindow& window, const QString& name, const QString& pin)
{
    ui::SignInWidget* signIn = window.signInWidget();
    auto* users = static_cast<ui::UserListModel*>(signIn->userList()->model());
    signIn->userList()->setCurrentIndex(users->index(users->rowOfName(name)));
    QTest::keyClicks(signIn->pinField(), pin);
    QTest::keyClick(signIn->pinField(), Qt::Key_Return);
    if (window.isLocked()) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(signIn->errorText()));
        return false;
    }
    return true;
}

// Every back-office page an Admin opens, as "backoffice-<page>-<suffix>.png".
bool shootBackOffice(ui::MainWindow& window, const QDir& out, const QString& suffix)
{
    // Locked, as when the counter sits idle: Switch user would ask about the open visit.
    window.lock();
    if (!signIn(window, QStringLiteral("Alex Martin"), QStringLiteral("1111")))
        return false;
    if (QDialog* warning = window.holdingWarning())
        warning->close();
    window.showSection(window.backOffice());
    bool ok = true;
    for (QWidget* page : window.backOffice()->availablePages()) {
        window.backOffice()->showPage(page);
        // The demo store's last month, rather than a day with nothing given yet.
        if (auto* reports = qobject_cast<ui::ReportsPage*>(page)) {
            QDateEdit* from = reports->filterBar()->fromEdit();
            from->setDate(from->date().addDays(-30));
        }
        // The pages that read off the GUI thread are shot with their answer, not "Reading…".
        const QList<ui::BackgroundReader*> readers = page->findChildren<ui::BackgroundReader*>();
        const bool answered = QTest::qWaitFor([&readers] {
            return std::none_of(readers.begin(), readers.end(),
                                [](const ui::BackgroundReader* r) { return r->busy(); });
        });
        if (!answered) {
            std::fprintf(stderr, "%s is still reading\n", qPrintable(page->objectName()));
            ok = false;
        }
        QString name = page->objectName();
        name.chop(4); // "…Page"
        name = name.replace(QRegularExpression(QStringLiteral("([A-Z])")), QStringLiteral("-\\1"))
                   .toLower();
        ok = save(&window, out, QStringLiteral("backoffice-%1-%2.png").arg(name, suffix)) && ok;
        if (page->minimumSizeHint().width() > 1366 - 260)
            std::fprintf(stderr, "%s needs %d px\n", qPrintable(name),
                         page->minimumSizeHint().width());
    }
    if (window.minimumSizeHint().width() > 1366) {
        std::fprintf(stderr, "the window needs %d px, more than 1366\n",
                     window.minimumSizeHint().width());
        ok = false;
    }
    return ok;
}

bool shoot(const QString& language, const QDir& out, bool pseudo = false)
{
    ui::Language::apply(language);
    PseudoTranslator pseudoTranslator;
    if (pseudo)
        QCoreApplication::installTranslator(&pseudoTranslator);
    const QString suffix = pseudo                               ? QStringLiteral("pseudo")
                           : language == QLatin1String("fr_CA") ? QStringLiteral("fr")
                                                                : QStringLiteral("en");
    test::TestStore ts;
    ts.loadDemo();
    ui::MainWindow window(ts.store());
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;

    window.signInWidget()->prepare(QStringLiteral("Sam Tremblay"));
    bool ok = save(&window, out, QStringLiteral("sign-in-%1.png").arg(suffix));
    if (!signIn(window, QStringLiteral("Sam Tremblay"), QStringLiteral("3333")))
        return false;

    ui::CheckoutWidget* checkout = window.checkout();
    QTest::keyClicks(checkout->lookup()->searchField(), QStringLiteral("cote"));
    checkout->lookup()->searchNow();
    checkout->chooseCustomer(1);
    // Astro counted her cards a few minutes ago: the card this scan punches shows Astro's count
    // until the scan is sent, the others that Astro agrees.
    std::vector<sync::AstroCard> counted;
    if (auto cards = ts->cards().cardsOf(1); cards)
        for (const CardView& v : *cards)
            counted.push_back(
                sync::AstroCard{v.card.id, v.progress, ui::CustomerCardsModel::rewardUnits(v)});
    (void)sync::CardConfirmations(ts.store()).record(1, counted, ts->now().addSecs(-240));
    checkout->scan(QStringLiteral("084721100638"));
    checkout->cardsConfirmed(checkout->customer()->uuid);
    window.sessionStatusBar()->setSyncStatus(offline());
    ok = save(&window, out, QStringLiteral("checkout-%1.png").arg(suffix)) && ok;

    checkout->openRedeem(QStringLiteral("CRD-NW-DOG-KIB-LG"));
    auto* redeem = qobject_cast<ui::RedeemDialog*>(checkout->currentDialog());
    if (!redeem)
        return false;
    redeem->itemsView()->selectRow(0);
    ok = save(redeem, out, QStringLiteral("redeem-%1.png").arg(suffix)) && ok;
    redeem->close();

    // The till rings her up through the POS bridge while she is at the counter: her cards show it
    // at once, and the card it completed is the one to offer.
    if (!posSale(ts, checkout->customer()->uuid, window.session().locationId()))
        return false;
    window.sessionStatusBar()->setBridgeStatus(bridgeListening());
    window.posFollower()->customerTouched(checkout->customer()->uuid, true);
    ok = save(&window, out, QStringLiteral("checkout-pos-%1.png").arg(suffix)) && ok;
    window.sessionStatusBar()->setBridgeStatus({});

    if (!addConflicts(ts.store()))
        return false;
    ui::SyncConflictsDialog conflicts(window.session(), &window);
    conflicts.show();
    if (!QTest::qWaitForWindowExposed(&conflicts))
        return false;
    ok = save(&conflicts, out, QStringLiteral("sync-conflicts-%1.png").arg(suffix)) && ok;
    conflicts.close();
    ok = shootBackOffice(window, out, suffix) && ok;
    return shootPosBridge(window, out, suffix) && ok;
}

// The other screens, in English, as a Manager sees them.
bool shootMore(const QDir& out)
{
    ui::Language::apply(QStringLiteral("en"));
    test::TestStore ts;
    ts.loadDemo();
    ui::MainWindow window(ts.store());
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    if (!signIn(window, QStringLiteral("Morgan Reyes"), QStringLiteral("2222")))
        return false;
    bool ok = true;
    if (QDialog* warning = window.holdingWarning()) {
        ok = save(warning, out, QStringLiteral("holding-warning.png")) && ok;
        warning->close();
    }
    window.openSettings();
    if (QWidget* settings = visibleTopLevel(QStringLiteral("settingsDialog"))) {
        ok = save(settings, out, QStringLiteral("settings.png")) && ok;
        settings->close();
    }

    ui::CheckoutWidget* checkout = window.checkout();
    checkout->newCustomer();
    ok = save(checkout->currentDialog(), out, QStringLiteral("new-customer.png")) && ok;
    checkout->currentDialog()->close();
    checkout->chooseCustomer(1);
    checkout->scan(QStringLiteral("084721103509"));
    QTest::qWait(100);
    if (checkout->currentDialog()) {
        ok = save(checkout->currentDialog(), out, QStringLiteral("offer.png")) && ok;
        checkout->currentDialog()->close();
    }
    checkout->scan(QStringLiteral("084721100638"), 2);
    checkout->finishVisit();
    if (checkout->currentDialog()) {
        ok = save(checkout->currentDialog(), out, QStringLiteral("finish.png")) && ok;
        checkout->currentDialog()->close();
    }
    ok = save(&window, out, QStringLiteral("checkout-busy.png")) && ok;

    window.showSection(window.history());
    window.history()->showCustomer(1);
    ok = save(&window, out, QStringLiteral("history.png")) && ok;

    // An Admin's settings have the sync server too.
    window.lock(); // the busy checkout's visit stays open: Switch user would ask
    if (!signIn(window, QStringLiteral("Alex Martin"), QStringLiteral("1111")))
        return false;
    if (QDialog* warning = window.holdingWarning())
        warning->close();
    window.openSettings();
    if (QWidget* settings = visibleTopLevel(QStringLiteral("settingsDialog"))) {
        QTest::qWait(300); // where the password is kept is found on another thread
        ok = save(settings, out, QStringLiteral("settings-admin.png")) && ok;
        settings->close();
    }
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Astro Loyalty Screenshots"));
    QTemporaryDir settings;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    ui::Theme::apply(app);

    QStringList args = QCoreApplication::arguments().mid(1);
    const bool pseudo = args.removeAll(QStringLiteral("--pseudo")) > 0;
    const bool all = args.removeAll(QStringLiteral("--all")) > 0;
    const QDir out(!args.isEmpty() ? args.first() : QStringLiteral(ASTRO_SCREENSHOTS_DIR));
    QDir().mkpath(out.path());
    bool ok = true;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr_CA")})
        ok = shoot(language, out) && ok;
    if (pseudo)
        ok = shoot(QStringLiteral("fr_CA"), out, true) && ok;
    if (all)
        ok = shootMore(out) && ok;
    return ok ? 0 : 1;
}

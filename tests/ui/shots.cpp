// astro-screenshots: opens the demo store offscreen at 1366×768 and saves the sign-in, the
// checkout of Hélène Côté (customer 1, a reward waiting on Dog Kibble LG) and the redeem
// dialog, in English and in French, as PNGs in docs/screenshots/ (or the folder given).
// With --all it also renders the other screens and dialogs (for checking, not for the docs).
// With --pseudo it also renders a pseudo-translation a third longer than English, to check
// that nothing is cut when the French is in.
#include "TestStore.h"

#include "ui/checkout/CheckoutWidget.h"
#include "ui/checkout/RedeemDialog.h"
#include "ui/common/CustomerLookup.h"
#include "ui/common/Language.h"
#include "ui/common/Theme.h"
#include "ui/history/CustomerHistoryWidget.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInWidget.h"
#include "ui/shell/UserListModel.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

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

bool save(QWidget* widget, const QDir& dir, const QString& name)
{
    QTest::qWait(150);
    const QString path = dir.filePath(name);
    const bool ok = widget->grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
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

    ui::SignInWidget* signIn = window.signInWidget();
    auto* users = static_cast<ui::UserListModel*>(signIn->userList()->model());
    signIn->prepare(QStringLiteral("Sam Tremblay"));
    bool ok = save(&window, out, QStringLiteral("sign-in-%1.png").arg(suffix));

    signIn->userList()->setCurrentIndex(
        users->index(users->rowOfName(QStringLiteral("Sam Tremblay"))));
    QTest::keyClicks(signIn->pinField(), QStringLiteral("3333"));
    QTest::keyClick(signIn->pinField(), Qt::Key_Return);
    if (window.isLocked()) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(signIn->errorText()));
        return false;
    }

    ui::CheckoutWidget* checkout = window.checkout();
    QTest::keyClicks(checkout->lookup()->searchField(), QStringLiteral("cote"));
    checkout->lookup()->searchNow();
    checkout->chooseCustomer(1);
    checkout->scan(QStringLiteral("084721100638"));
    ok = save(&window, out, QStringLiteral("checkout-%1.png").arg(suffix)) && ok;

    checkout->openRedeem(QStringLiteral("CRD-NW-DOG-KIB-LG"));
    auto* redeem = qobject_cast<ui::RedeemDialog*>(checkout->currentDialog());
    if (!redeem)
        return false;
    redeem->itemsView()->selectRow(0);
    ok = save(redeem, out, QStringLiteral("redeem-%1.png").arg(suffix)) && ok;
    redeem->close();
    return ok;
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
    ui::SignInWidget* signIn = window.signInWidget();
    auto* users = static_cast<ui::UserListModel*>(signIn->userList()->model());
    signIn->userList()->setCurrentIndex(
        users->index(users->rowOfName(QStringLiteral("Morgan Reyes"))));
    QTest::keyClicks(signIn->pinField(), QStringLiteral("2222"));
    QTest::keyClick(signIn->pinField(), Qt::Key_Return);
    bool ok = true;
    if (QDialog* warning = window.holdingWarning()) {
        ok = save(warning, out, QStringLiteral("holding-warning.png")) && ok;
        warning->close();
    }
    window.openSettings();
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->objectName() == QLatin1String("settingsDialog") && w->isVisible()) {
            ok = save(w, out, QStringLiteral("settings.png")) && ok;
            w->close();
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

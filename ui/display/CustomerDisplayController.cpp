#include "CustomerDisplayController.h"

#include "CustomerDisplay.h"
#include "ui/checkout/CheckoutWidget.h"
#include "ui/common/AppSettings.h"
#include "ui/common/Session.h"
#include "ui/common/Shortcuts.h"

#include <QDialog>
#include <QGuiApplication>
#include <QScreen>
#include <QShortcut>
#include <QWidget>
#include <QWindow>

namespace astro::ui {

CustomerDisplayController::CustomerDisplayController(Session& session, CheckoutWidget& checkout,
                                                     QWidget& mainWindow)
    : QObject(&mainWindow), m_session(session), m_checkout(checkout), m_mainWindow(mainWindow),
      m_display(new CustomerDisplay(session.store()))
{
    m_display->setWindowTitle(tr("Customer display — Astro Counter"));
    m_display->setLanguage(AppSettings::customerDisplayLanguage());
    auto* shortcut =
        Shortcuts::add(QKeySequence(tr("Ctrl+Shift+D")), &mainWindow,
                       QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the customer display"));
    shortcut->setContext(Qt::ApplicationShortcut);
    connect(shortcut, &QShortcut::activated, this, &CustomerDisplayController::toggle);
    connect(&checkout, &CheckoutWidget::customerOpened, this, &CustomerDisplayController::follow);
    connect(&session, &Session::changed, this, &CustomerDisplayController::follow);
    connect(&session, &Session::signedOut, this, &CustomerDisplayController::follow);
    connect(qGuiApp, &QGuiApplication::screenAdded, this,
            &CustomerDisplayController::placeOnOtherScreen);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, [this] {
        // Its screen went away: it would land on the cashier's own.
        if (m_display && m_display->isFullScreen() && !otherScreen())
            m_display->hide();
    });
    placeOnOtherScreen();
}

CustomerDisplayController::~CustomerDisplayController()
{
    delete m_display; // a window of its own, without a parent
}

bool CustomerDisplayController::isShown() const
{
    return m_display && m_display->isVisible();
}

QScreen* CustomerDisplayController::otherScreen() const
{
    const QScreen* own = m_mainWindow.screen();
    for (QScreen* screen : QGuiApplication::screens())
        if (screen != own)
            return screen;
    return nullptr;
}

void CustomerDisplayController::placeOnOtherScreen()
{
    QScreen* screen = otherScreen();
    if (!screen || !AppSettings::customerDisplayAuto())
        return;
    follow();
    m_display->setGeometry(screen->geometry());
    m_display->showFullScreen();
    if (QWindow* window = m_display->windowHandle())
        window->setScreen(screen);
}

void CustomerDisplayController::applySettings()
{
    if (!m_display)
        return;
    m_display->setLanguage(AppSettings::customerDisplayLanguage());
    if (!AppSettings::customerDisplayAuto() && m_display->isFullScreen())
        m_display->hide();
    else
        placeOnOtherScreen();
}

void CustomerDisplayController::toggle()
{
    if (isShown()) {
        m_display->hide();
        return;
    }
    follow();
    if (otherScreen()) {
        placeOnOtherScreen();
        if (isShown())
            return;
    }
    m_display->resize(800, 600);
    m_display->show();
    m_display->raise();
}

void CustomerDisplayController::follow()
{
    if (!m_display)
        return;
    const auto customer = m_session.isSignedIn() ? m_checkout.customer() : std::nullopt;
    m_display->showCustomer(customer ? customer->id : 0);
}

} // namespace astro::ui

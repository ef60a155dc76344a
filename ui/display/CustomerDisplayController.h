#pragma once

#include "CustomerDisplay.h"

#include <QObject>
#include <QPointer>

class QScreen;
class QWidget;

namespace astro::ui {

class CheckoutWidget;
class Session;

// When and where the customer display shows: by itself, full screen, on a second screen as soon
// as there is one (unless turned off), or on demand in a window (Ctrl+Shift+D); always showing
// the customer at the checkout, or a welcome.
class CustomerDisplayController : public QObject
{
    Q_OBJECT

public:
    CustomerDisplayController(Session& session, CheckoutWidget& checkout, QWidget& mainWindow);
    ~CustomerDisplayController() override;

    CustomerDisplay* display() const { return m_display; }
    bool isShown() const;

public slots:
    // Shows it (in a window on this screen when there is no other), or hides it.
    void toggle();
    // The customer at the checkout changed, or their cards did.
    void follow();
    // After Settings: its language, and whether it opens by itself on a second screen.
    void applySettings();

private:
    void placeOnOtherScreen();
    QScreen* otherScreen() const;

    Session& m_session;
    CheckoutWidget& m_checkout;
    QWidget& m_mainWindow;
    QPointer<CustomerDisplay> m_display;
};

} // namespace astro::ui

#pragma once

#include <QHash>
#include <QObject>

class QTimer;

namespace astro {
struct Customer;
}

namespace astro::ui {

class CheckoutWidget;
class Session;

// What the checkout does when the POS bridge touched a customer: the customer on screen has their
// cards and visit read again at once; with "Follow the POS" on, the customer the POS is ringing up
// is opened, unless the cashier is in the middle of another visit (then a short note says so).
class PosFollower : public QObject
{
    Q_OBJECT

public:
    PosFollower(Session& session, CheckoutWidget& checkout, QObject* parent = nullptr);

public slots:
    // From BridgeService::customerTouched: `recorded` when the call recorded something.
    void customerTouched(const QString& customerUuid, bool recorded);

private:
    void refreshShown();
    void follow(const QString& customerUuid);
    // A visit with scans or redemptions, or a dialog open over the checkout.
    bool busy() const;
    // Free units waiting, by card, for the customer on screen.
    QHash<QString, int> rewardsShown() const;
    // Added under what the strip says, once; never over a warning or an error.
    void note(const QString& text);

    Session& m_session;
    CheckoutWidget& m_checkout;
    // A burst of POS calls refreshes the other screens once.
    QTimer* m_changed;
};

} // namespace astro::ui

#include "PosFollower.h"

#include "ui/checkout/CheckoutWidget.h"
#include "ui/checkout/VisitRedemptionsModel.h"
#include "ui/checkout/VisitScansModel.h"
#include "ui/common/CustomerCardsModel.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"

#include "customers/CustomerStore.h"
#include "pos/BridgeSettings.h"
#include "store/Store.h"

#include <QDialog>
#include <QTableView>
#include <QTimer>

namespace astro::ui {

PosFollower::PosFollower(Session& session, CheckoutWidget& checkout, QObject* parent)
    : QObject(parent), m_session(session), m_checkout(checkout), m_changed(new QTimer(this))
{
    m_changed->setSingleShot(true);
    m_changed->setInterval(250);
    connect(m_changed, &QTimer::timeout, &m_session, &Session::notifyChanged);
}

void PosFollower::customerTouched(const QString& customerUuid, bool recorded)
{
    if (customerUuid.isEmpty())
        return;
    // What waits to be sent, the history, the reports: they catch up too.
    if (recorded)
        m_changed->start();
    const std::optional<Customer> shown = m_checkout.customer();
    if (shown && shown->uuid == customerUuid) {
        if (recorded)
            refreshShown();
        return;
    }
    auto settings = BridgeSettings::load(m_session.store());
    if (settings && settings->followPos)
        follow(customerUuid);
}

QHash<QString, int> PosFollower::rewardsShown() const
{
    QHash<QString, int> rewards;
    const CustomerCardsModel* cards = m_checkout.cardsModel();
    for (int row = 0; row < cards->rowCount(); ++row)
        rewards.insert(cards->cardAt(row).card.id,
                       CustomerCardsModel::rewardUnits(cards->cardAt(row)));
    return rewards;
}

void PosFollower::refreshShown()
{
    const QHash<QString, int> before = rewardsShown();
    m_checkout.reloadCustomer();
    const std::optional<Customer> customer = m_checkout.customer();
    if (!customer)
        return;
    MessageStrip* strip = m_checkout.messageStrip();
    // A card the POS just completed: the cashier can offer the reward now.
    const CustomerCardsModel* cards = m_checkout.cardsModel();
    for (int row = 0; row < cards->rowCount(); ++row) {
        const CardView& card = cards->cardAt(row);
        if (CustomerCardsModel::rewardUnits(card) > before.value(card.card.id)) {
            m_checkout.cardsView()->selectRow(row);
            m_checkout.cardsView()->scrollTo(cards->index(row, 0));
            strip->showMessage(MessageStrip::Kind::Success,
                               tr("The point of sale updated %1's cards: a reward is waiting on "
                                  "“%2”.")
                                   .arg(customer->displayName(), card.card.title));
            return;
        }
    }
    strip->showMessage(MessageStrip::Kind::Info,
                       tr("The point of sale updated %1's cards.").arg(customer->displayName()));
}

bool PosFollower::busy() const
{
    const QDialog* dialog = m_checkout.currentDialog();
    return m_checkout.scansModel()->activeCount() > 0 ||
           m_checkout.redemptionsModel()->activeCount() > 0 || (dialog && dialog->isVisible());
}

void PosFollower::follow(const QString& customerUuid)
{
    // Only a counter someone is signed in at, showing the checkout.
    if (!m_session.isSignedIn() || !m_session.allows(Permission::CheckOut) ||
        !m_checkout.isVisible())
        return;
    CustomerStore& customers = m_session.store().customers();
    auto found = customers.byUuid(customerUuid);
    // Not known here (yet): there is nothing to show.
    if (!found || !found->has_value())
        return;
    Customer customer = **found;
    if (customer.mergedInto) {
        auto kept = customers.get(*customer.mergedInto);
        if (!kept)
            return;
        customer = *kept;
    }
    if (m_checkout.customer() && m_checkout.customer()->id == customer.id)
        return;
    if (busy()) {
        note(tr("The point of sale is ringing up %1: finish this visit to see their cards.")
                 .arg(customer.displayName()));
        return;
    }
    if (!m_checkout.chooseCustomer(customer.id))
        return;
    MessageStrip* strip = m_checkout.messageStrip();
    strip->showMessage(strip->kind(),
                       tr("The point of sale is ringing up %1.").arg(customer.displayName()) +
                           QLatin1Char('\n') + strip->text());
}

void PosFollower::note(const QString& text)
{
    MessageStrip* strip = m_checkout.messageStrip();
    if (strip->text().contains(text))
        return;
    if (strip->text().isEmpty())
        strip->showMessage(MessageStrip::Kind::Info, text);
    else if (strip->kind() == MessageStrip::Kind::Info ||
             strip->kind() == MessageStrip::Kind::Success)
        strip->showMessage(strip->kind(), strip->text() + QLatin1Char('\n') + text);
}

} // namespace astro::ui

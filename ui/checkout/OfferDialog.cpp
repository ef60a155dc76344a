#include "OfferDialog.h"

#include "ui/common/ProductChoiceModel.h"
#include "ui/common/Session.h"
#include "ui/common/Theme.h"

#include "store/Store.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace astro::ui {

OfferDialog::OfferDialog(Session& session, qint64 visitId, const OfferChance& chance,
                         const QString& email, QWidget* parent)
    : QDialog(parent), m_session(session), m_visitId(visitId), m_chance(chance),
      m_items(new ProductChoiceModel(this)), m_title(new QLabel(this)),
      m_description(new QLabel(this)), m_status(new QLabel(this)), m_blocked(new QLabel(this)),
      m_chooseLabel(new QLabel(this)), m_view(new QTableView(this)), m_emailLabel(new QLabel(this)),
      m_email(new QLineEdit(email, this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this)),
      m_accept(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole)),
      m_decline(m_buttons->addButton(QString(), QDialogButtonBox::RejectRole))
{
    setObjectName(QStringLiteral("offerDialog"));
    Theme::setRole(m_title, "title");
    m_title->setWordWrap(true);
    m_description->setWordWrap(true);
    Theme::setRole(m_description, "subtitle");
    m_status->setWordWrap(true);
    Theme::setRole(m_status, "rule");
    m_blocked->setObjectName(QStringLiteral("offerBlocked"));
    Theme::setRole(m_blocked, "error");
    m_blocked->setWordWrap(true);
    Theme::setRole(m_chooseLabel, "heading");
    m_view->setObjectName(QStringLiteral("offerItems"));
    m_items->attachTo(m_view);
    m_email->setObjectName(QStringLiteral("offerEmail"));
    Theme::setRole(m_error, "error");
    m_error->setWordWrap(true);
    m_accept->setObjectName(QStringLiteral("acceptOffer"));
    Theme::setRole(m_accept, "primary");
    m_accept->setDefault(true);
    m_decline->setObjectName(QStringLiteral("declineOffer"));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->addRow(m_emailLabel, m_email);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_status);
    layout->addWidget(m_blocked);
    layout->addWidget(m_chooseLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    const bool needsEmail = m_chance.offer.requiresEmail;
    m_email->setVisible(needsEmail);
    m_emailLabel->setVisible(needsEmail);
    auto items = m_session.store().offers().choices(m_visitId, m_chance.offer.id);
    if (items)
        m_items->setProducts(std::move(items).value());
    else
        m_error->setText(items.error().message);
    if (m_items->rowCount() == 1)
        m_view->selectRow(0);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &OfferDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::activated, this, &OfferDialog::accept);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OfferDialog::updateButtons);
    resize(860, 520);
    retranslate();
    updateButtons();
}

QString OfferDialog::blockedText() const
{
    return m_blocked->text();
}

QString OfferDialog::errorText() const
{
    return m_error->text();
}

void OfferDialog::updateButtons()
{
    m_accept->setEnabled(m_chance.blockedReason.isEmpty() && m_chance.available > 0 &&
                         m_view->selectionModel()->hasSelection());
}

void OfferDialog::accept()
{
    if (!m_accept->isEnabled())
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    auto done = m_session.store().offers().redeem(m_session.actor(), m_visitId, m_chance.offer.id,
                                                  m_items->productAt(rows.first().row()).gtin,
                                                  m_email->text());
    if (!done) {
        m_error->setText(done.error().message);
        return;
    }
    m_session.notifyChanged();
    emit redeemed(*done);
    QDialog::accept();
}

void OfferDialog::retranslate()
{
    const Offer& offer = m_chance.offer;
    setWindowTitle(tr("Offer"));
    m_title->setText(tr("Offer: %1").arg(offer.title));
    m_description->setText(offer.description.isEmpty() ? label(offer.kind) : offer.description);
    if (offer.kind == OfferKind::Rebate)
        m_status->setText(
            tr("%1 off, earned in this visit: %n time(s).", nullptr, m_chance.available)
                .arg(offer.rebate.format(QLocale())));
    else
        m_status->setText(tr("Buy %1, get %2 free: %n free deal(s) earned in this visit.", nullptr,
                             m_chance.available)
                              .arg(offer.buy)
                              .arg(offer.get));
    m_blocked->setText(m_chance.blockedReason);
    m_blocked->setVisible(!m_chance.blockedReason.isEmpty());
    m_chooseLabel->setText(offer.kind == OfferKind::Rebate ? tr("The item the rebate is taken off")
                                                           : tr("Choose the free item"));
    m_emailLabel->setText(tr("Customer email (required)"));
    m_accept->setText(tr("Redeem offer"));
    m_decline->setText(tr("Decline"));
    m_items->retranslate();
}

void OfferDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace astro::ui

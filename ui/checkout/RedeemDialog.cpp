#include "RedeemDialog.h"

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
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace astro::ui {

RedeemDialog::RedeemDialog(Session& session, qint64 customerId, const QString& cardId,
                           qint64 visitId, const QString& email, QWidget* parent)
    : QDialog(parent), m_session(session), m_customerId(customerId), m_cardId(cardId),
      m_visitId(visitId), m_items(new ProductChoiceModel(this)), m_card(new QLabel(this)),
      m_program(new QLabel(this)), m_rule(new QLabel(this)), m_limit(new QLabel(this)),
      m_chooseLabel(new QLabel(this)), m_view(new QTableView(this)),
      m_quantityLabel(new QLabel(this)), m_quantity(new QSpinBox(this)),
      m_emailLabel(new QLabel(this)), m_email(new QLineEdit(email, this)),
      m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_redeem(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("redeemDialog"));
    Theme::setRole(m_card, "title");
    m_card->setWordWrap(true);
    Theme::setRole(m_program, "subtitle");
    m_program->setWordWrap(true);
    m_rule->setObjectName(QStringLiteral("ruleText"));
    Theme::setRole(m_rule, "rule");
    m_rule->setWordWrap(true);
    m_rule->setTextFormat(Qt::RichText);
    m_limit->setObjectName(QStringLiteral("limitText"));
    Theme::setRole(m_limit, "error");
    m_limit->setWordWrap(true);
    Theme::setRole(m_chooseLabel, "heading");
    m_view->setObjectName(QStringLiteral("rewardItems"));
    m_items->attachTo(m_view);
    m_view->setWordWrap(false);
    m_email->setObjectName(QStringLiteral("redeemEmail"));
    m_quantity->setMinimum(1);
    m_quantity->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_error->setObjectName(QStringLiteral("redeemError"));
    Theme::setRole(m_error, "error");
    m_error->setWordWrap(true);
    m_redeem->setObjectName(QStringLiteral("redeemButton"));
    Theme::setRole(m_redeem, "primary");
    m_redeem->setDefault(true);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->addRow(m_quantityLabel, m_quantity);
    form->addRow(m_emailLabel, m_email);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_card);
    layout->addWidget(m_program);
    layout->addSpacing(4);
    layout->addWidget(m_rule);
    layout->addWidget(m_limit);
    layout->addSpacing(4);
    layout->addWidget(m_chooseLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RedeemDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::activated, this, &RedeemDialog::accept);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RedeemDialog::updateButtons);
    resize(900, 560);
    load();
    retranslate();
}

void RedeemDialog::load()
{
    m_error->clear();
    auto choice = m_session.store().redemptions().choices(m_customerId, m_cardId);
    if (!choice) {
        m_choice.reset();
        m_items->setProducts({});
        m_error->setText(choice.error().message);
        updateButtons();
        return;
    }
    m_choice = std::move(choice).value();
    m_items->setProducts(m_choice->items);
    m_quantity->setMaximum(qMax(1, m_choice->reward.unitsLeft()));
    m_quantity->setValue(1);
    const bool several = m_choice->reward.unitsLeft() > 1;
    m_quantity->setVisible(several);
    m_quantityLabel->setVisible(several);
    if (m_items->rowCount() == 1)
        m_view->selectRow(0);
    m_view->setFocus();
    updateButtons();
}

bool RedeemDialog::selectItem(const QString& gtin14)
{
    for (int row = 0; row < m_items->rowCount(); ++row)
        if (m_items->productAt(row).gtin == gtin14) {
            m_view->selectRow(row);
            return true;
        }
    return false;
}

QString RedeemDialog::ruleText() const
{
    return m_rule->text();
}

QString RedeemDialog::limitText() const
{
    return m_limit->text();
}

QString RedeemDialog::errorText() const
{
    return m_error->text();
}

void RedeemDialog::updateButtons()
{
    const bool chosen = m_view->selectionModel()->hasSelection();
    m_redeem->setEnabled(m_choice && m_choice->limitReached.isEmpty() && chosen);
}

void RedeemDialog::accept()
{
    if (!m_choice || !m_redeem->isEnabled())
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    RedeemRequest request;
    request.customerId = m_customerId;
    request.cardId = m_cardId;
    request.code = m_items->productAt(rows.first().row()).gtin;
    request.quantity = m_quantity->value();
    request.email = m_email->text();
    request.visitId = m_visitId;
    auto done = m_session.store().redemptions().redeem(m_session.actor(), request);
    if (!done) {
        m_error->setText(done.error().message);
        return;
    }
    m_session.notifyChanged();
    emit redeemed(*done);
    QDialog::accept();
}

void RedeemDialog::retranslate()
{
    setWindowTitle(tr("Redeem a reward"));
    m_chooseLabel->setText(tr("Choose the free item"));
    m_quantityLabel->setText(tr("Free units"));
    m_emailLabel->setText(tr("Customer email"));
    m_email->setPlaceholderText(tr("Optional: for the brand's records"));
    m_redeem->setText(tr("Redeem"));
    m_items->retranslate();
    if (!m_choice) {
        m_card->clear();
        m_program->clear();
        m_rule->clear();
        m_limit->hide();
        return;
    }
    m_card->setText(m_choice->card.title);
    m_program->setText(m_choice->program.title);
    m_rule->setText(tr("<b>Rule: %1.</b> %2")
                        .arg(label(m_choice->card.rule).toHtmlEscaped(),
                             explanation(m_choice->card.rule).toHtmlEscaped()));
    m_limit->setText(m_choice->limitReached);
    m_limit->setVisible(!m_choice->limitReached.isEmpty());
    if (m_choice->items.empty())
        m_error->setText(tr("No item of this card fits its rule right now."));
}

void RedeemDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The rule's words and the limit text come from the engine, in the new language.
        const QModelIndexList rows =
            m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
        const QString selected =
            rows.isEmpty() ? QString() : m_items->productAt(rows.first().row()).gtin;
        load();
        if (!selected.isEmpty())
            selectItem(selected);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace astro::ui

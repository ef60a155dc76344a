#include "EnrollmentEditorDialog.h"

#include "ui/backoffice/EnrollmentText.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"
#include "ui/common/Theme.h"

#include "catalog/CatalogRepository.h"
#include "enrollment/HeldRedemptions.h"
#include "store/Store.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace astro::ui {

namespace {
enum Page
{
    FormPage,
    ConfirmPage
};
const int idRole = Qt::UserRole;
const int requiresAccountRole = Qt::UserRole + 1;
} // namespace

EnrollmentEditorDialog* EnrollmentEditorDialog::create(Session& session, const QString& locationId,
                                                       const QString& subjectId,
                                                       MessageStrip* strip, QWidget* parent)
{
    Store& store = session.store();
    const auto fail = [strip](const Error& e) {
        strip->showMessage(MessageStrip::Kind::Error, e.message);
        return nullptr;
    };
    Loaded data;
    auto location = store.catalog().location(locationId);
    if (!location)
        return fail(location.error());
    if (!location->has_value())
        return fail(makeError(ErrorCode::NotFound, tr("There is no location %1.").arg(locationId)));
    data.location = **location;
    auto subject = store.enrollment().subject(subjectId);
    if (!subject)
        return fail(subject.error());
    if (!subject->has_value())
        return fail(
            makeError(ErrorCode::NotFound, tr("There is no program or offer %1.").arg(subjectId)));
    data.subject = **subject;
    auto current = store.enrollment().get(locationId, subjectId);
    if (!current)
        return fail(current.error());
    data.current = *current;
    auto eligible = store.enrollment().eligibleDistributors(locationId, subjectId);
    if (!eligible)
        return fail(eligible.error());
    data.eligible = *eligible;
    auto manufacturer = store.catalog().manufacturerName(data.subject.manufacturerId);
    data.manufacturerName =
        manufacturer && !manufacturer->isEmpty() ? *manufacturer : data.subject.manufacturerId;
    if (data.current && data.current->held()) {
        auto held = HeldRedemptions(store.db()).count(locationId, subjectId);
        if (!held)
            return fail(held.error());
        data.heldCount = *held;
    }
    return new EnrollmentEditorDialog(session, std::move(data), parent);
}

EnrollmentEditorDialog::EnrollmentEditorDialog(Session& session, Loaded loaded, QWidget* parent)
    : QDialog(parent), m_session(session), m_data(std::move(loaded)), m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)), m_now(new QLabel(this)), m_strip(new MessageStrip(this)),
      m_pages(new QStackedWidget(this)), m_form(new QFormLayout),
      m_distributorLabel(new QLabel(this)), m_distributor(new QComboBox(this)),
      m_accountLabel(new QLabel(this)), m_account(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_note(new QLabel(this)), m_heldNote(new QLabel(this)), m_confirmTitle(new QLabel(this)),
      m_confirmText(new QLabel(this)), m_cancel(new QPushButton(this)),
      m_save(new QPushButton(this)), m_back(new QPushButton(this)), m_confirm(new QPushButton(this))
{
    setObjectName(QStringLiteral("enrollmentEditor"));
    Theme::setRole(m_title, "heading");
    m_title->setWordWrap(true);
    Theme::setRole(m_subtitle, "hint");
    m_subtitle->setWordWrap(true);
    m_now->setWordWrap(true);
    m_distributor->setObjectName(QStringLiteral("enrollmentDistributor"));
    m_distributor->setMinimumContentsLength(28);
    m_distributor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_account->setObjectName(QStringLiteral("enrollmentAccount"));
    m_account->setMaxLength(40);
    m_distributorLabel->setBuddy(m_distributor);
    m_accountLabel->setBuddy(m_account);
    m_problem->setObjectName(QStringLiteral("enrollmentProblem"));
    Theme::setRole(m_problem, "error");
    m_problem->setWordWrap(true);
    m_problem->hide();
    Theme::setRole(m_note, "hint");
    m_note->setWordWrap(true);
    Theme::setRole(m_heldNote, "warning");
    m_heldNote->setWordWrap(true);
    Theme::setRole(m_confirmTitle, "heading");
    m_confirmText->setObjectName(QStringLiteral("enrollmentConfirmText"));
    m_confirmText->setWordWrap(true);
    m_confirmText->setTextFormat(Qt::PlainText);
    m_save->setObjectName(QStringLiteral("enrollmentSave"));
    Theme::setRole(m_save, "primary");
    m_confirm->setObjectName(QStringLiteral("enrollmentConfirm"));
    Theme::setRole(m_confirm, "primary");

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(10);
    m_form->addRow(m_distributorLabel, m_distributor);
    m_form->addRow(m_accountLabel, m_account);
    m_form->addRow(QString(), m_problem);

    auto* form = new QWidget(this);
    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_cancel);
    formButtons->addWidget(m_save);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(12);
    formLayout->addLayout(m_form);
    formLayout->addWidget(m_note);
    formLayout->addWidget(m_heldNote);
    formLayout->addStretch();
    formLayout->addLayout(formButtons);

    auto* confirm = new QWidget(this);
    auto* confirmButtons = new QHBoxLayout;
    confirmButtons->addWidget(m_back);
    confirmButtons->addStretch();
    confirmButtons->addWidget(m_confirm);
    auto* confirmLayout = new QVBoxLayout(confirm);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->setSpacing(12);
    confirmLayout->addWidget(m_confirmTitle);
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addStretch();
    confirmLayout->addLayout(confirmButtons);

    m_pages->addWidget(form);
    m_pages->addWidget(confirm);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_now);
    layout->addWidget(m_strip);
    layout->addWidget(m_pages, 1);

    // What the program's fulfillment leaves to choose: a distributor and its account number,
    // the account at the manufacturer, or nothing.
    const Fulfillment fulfillment = m_data.subject.fulfillment;
    m_form->setRowVisible(m_distributor, fulfillment == Fulfillment::Distributor);
    m_form->setRowVisible(m_account, fulfillment != Fulfillment::Retailer);
    if (m_data.current)
        m_account->setText(m_data.current->accountNumber);
    fillDistributors();

    connect(m_distributor, &QComboBox::currentIndexChanged, this,
            &EnrollmentEditorDialog::distributorChanged);
    connect(m_account, &QLineEdit::textEdited, this, [this] {
        m_touched = true;
        updateState();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &EnrollmentEditorDialog::review);
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(FormPage); });
    connect(m_confirm, &QPushButton::clicked, this, &EnrollmentEditorDialog::accept);
    showPage(FormPage);
    distributorChanged();
    resize(600, 440);
}

void EnrollmentEditorDialog::fillDistributors()
{
    const QString chosen =
        chosenId().isEmpty() && m_data.current ? m_data.current->distributorId : chosenId();
    const QSignalBlocker blocker(m_distributor);
    m_distributor->clear();
    bool separated = false;
    for (const Distributor& d : m_data.eligible) {
        if (d.temporaryHolding && !separated && m_distributor->count() > 0) {
            m_distributor->insertSeparator(m_distributor->count());
            separated = true;
        }
        m_distributor->addItem(EnrollmentText::distributorName(d.id, d.name));
        const int row = m_distributor->count() - 1;
        m_distributor->setItemData(row, d.id, idRole);
        m_distributor->setItemData(row, d.requiresAccountNumber && !d.temporaryHolding,
                                   requiresAccountRole);
    }
    // Not enrolled yet, or the current distributor no longer eligible: the user chooses.
    m_distributor->setCurrentIndex(m_distributor->findData(chosen, idRole));
}

QStringList EnrollmentEditorDialog::distributorIds() const
{
    QStringList ids;
    for (int i = 0; i < m_distributor->count(); ++i)
        if (const QString id = m_distributor->itemData(i, idRole).toString(); !id.isEmpty())
            ids << id;
    return ids;
}

void EnrollmentEditorDialog::chooseDistributor(const QString& distributorId)
{
    m_distributor->setCurrentIndex(m_distributor->findData(distributorId, idRole));
}

QString EnrollmentEditorDialog::chosenId() const
{
    return m_distributor->currentData(idRole).toString();
}

QString EnrollmentEditorDialog::chosenName() const
{
    return m_distributor->currentIndex() < 0 ? QString() : m_distributor->currentText();
}

bool EnrollmentEditorDialog::chosenRequiresAccount() const
{
    return m_distributor->currentData(requiresAccountRole).toBool();
}

QString EnrollmentEditorDialog::chosenAccount() const
{
    if (m_data.subject.fulfillment == Fulfillment::Retailer ||
        chosenId() == Distributor::temporaryHoldingId())
        return {};
    return m_account->text().trimmed();
}

void EnrollmentEditorDialog::distributorChanged()
{
    // Temporary Holding sends nothing anywhere, so it keeps no account number; what was typed
    // comes back when another distributor is chosen.
    const bool holding = chosenId() == Distributor::temporaryHoldingId();
    if (holding && m_account->isEnabled()) {
        m_keptAccount = m_account->text();
        m_account->clear();
    } else if (!holding && !m_account->isEnabled()) {
        m_account->setText(m_keptAccount);
    }
    m_account->setEnabled(!holding);
    retranslate();
}

QString EnrollmentEditorDialog::problem() const
{
    switch (m_data.subject.fulfillment) {
    case Fulfillment::Retailer:
        return {};
    case Fulfillment::Direct:
        if (chosenAccount().isEmpty())
            return tr("Enter the store's account number with %1.").arg(m_data.manufacturerName);
        return {};
    case Fulfillment::Distributor:
        break;
    }
    if (chosenId().isEmpty())
        return tr("Choose the distributor you buy this brand from, or Temporary Holding if it is "
                  "not listed.");
    if (chosenRequiresAccount() && chosenAccount().isEmpty())
        return tr("%1 needs the store's account number.").arg(chosenName());
    return {};
}

bool EnrollmentEditorDialog::changed() const
{
    if (!m_data.current)
        return true;
    const QString distributor =
        m_data.subject.fulfillment == Fulfillment::Distributor ? chosenId() : QString();
    return distributor != m_data.current->distributorId ||
           chosenAccount() != m_data.current->accountNumber;
}

bool EnrollmentEditorDialog::leavesHolding() const
{
    return m_data.current && m_data.current->held() && !chosenId().isEmpty() &&
           chosenId() != Distributor::temporaryHoldingId();
}

Enrollment EnrollmentEditorDialog::proposed() const
{
    Enrollment e;
    e.locationId = m_data.location.id;
    e.subjectId = m_data.subject.id;
    e.isOffer = m_data.subject.isOffer;
    e.title = m_data.subject.title;
    e.manufacturerId = m_data.subject.manufacturerId;
    e.fulfillment = m_data.subject.fulfillment;
    if (e.fulfillment == Fulfillment::Distributor) {
        e.distributorId = chosenId();
        e.distributorName = chosenName();
    }
    e.accountNumber = chosenAccount();
    return e;
}

QString EnrollmentEditorDialog::problemText() const
{
    return m_problem->text();
}

bool EnrollmentEditorDialog::problemShown() const
{
    return !m_problem->isHidden() && !m_problem->text().isEmpty();
}

bool EnrollmentEditorDialog::confirming() const
{
    return m_pages->currentIndex() == ConfirmPage;
}

QString EnrollmentEditorDialog::confirmText() const
{
    return m_confirmText->text();
}

void EnrollmentEditorDialog::updateState()
{
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(m_touched && !p.isEmpty());
    m_save->setEnabled(changed());
}

void EnrollmentEditorDialog::showPage(int page)
{
    m_pages->setCurrentIndex(page);
    m_save->setDefault(page == FormPage);
    m_confirm->setDefault(page == ConfirmPage);
    if (page == ConfirmPage)
        m_confirm->setFocus();
    else if (m_account->isEnabled() && !m_account->isHidden())
        m_account->setFocus();
    else
        m_distributor->setFocus();
}

void EnrollmentEditorDialog::review()
{
    m_touched = true;
    m_strip->clear();
    updateState();
    if (!problem().isEmpty()) {
        if (m_data.subject.fulfillment == Fulfillment::Distributor && chosenId().isEmpty())
            m_distributor->setFocus();
        else
            m_account->setFocus();
        return;
    }
    if (!changed())
        return;
    m_confirmText->setText(confirmation());
    showPage(ConfirmPage);
}

QString EnrollmentEditorDialog::confirmation() const
{
    QStringList lines;
    lines << tr("%1 at %2").arg(m_data.subject.title, m_data.location.name);
    lines << tr("%1  →  %2")
                 .arg(EnrollmentText::summary(m_data.current), EnrollmentText::summary(proposed()));
    if (leavesHolding() && m_data.heldCount > 0)
        lines << tr("%n held redemption(s) will go to %1 with this account number and become "
                    "uncredited.",
                    nullptr, m_data.heldCount)
                     .arg(chosenName());
    if (chosenId() == Distributor::temporaryHoldingId())
        lines << tr("From now on, the credits for this program's redemptions here are held and "
                    "sent to no distributor until you choose one.");
    lines << tr("The change is written in the audit log with your name and sent to Astro.");
    return lines.join(QStringLiteral("\n\n"));
}

void EnrollmentEditorDialog::accept()
{
    if (!confirming())
        return;
    const Enrollment after = proposed();
    auto released =
        m_session.store().enrollment().set(m_session.actor(), m_data.location.id, m_data.subject.id,
                                           after.distributorId, after.accountNumber);
    if (!released) {
        m_strip->showMessage(MessageStrip::Kind::Error, released.error().message);
        return;
    }
    QString message =
        tr("%1 at %2: %3.")
            .arg(m_data.subject.title, m_data.location.name, EnrollmentText::summary(after));
    if (*released > 0)
        message +=
            QLatin1Char(' ') +
            tr("%n held redemption(s) released to %1.", nullptr, *released).arg(chosenName());
    m_session.notifyChanged();
    emit saved(*released, message);
    QDialog::accept();
}

void EnrollmentEditorDialog::retranslate()
{
    setWindowTitle(m_data.current ? tr("Change the enrollment") : tr("Enroll"));
    m_title->setText(m_data.subject.title);
    m_subtitle->setText(
        tr("%1 · %2").arg(m_data.location.name, EnrollmentText::kind(m_data.subject.isOffer,
                                                                     m_data.subject.fulfillment)));
    m_now->setText(tr("Now: %1").arg(EnrollmentText::summary(m_data.current)));
    m_distributorLabel->setText(tr("&Distributor"));
    m_distributor->setPlaceholderText(tr("Choose a distributor"));
    for (int i = 0; i < m_distributor->count(); ++i)
        if (m_distributor->itemData(i, idRole).toString() == Distributor::temporaryHoldingId())
            m_distributor->setItemText(
                i, EnrollmentText::distributorName(Distributor::temporaryHoldingId(), {}));
    switch (m_data.subject.fulfillment) {
    case Fulfillment::Distributor:
        m_accountLabel->setText(tr("&Account number"));
        m_note->setText(tr("Only the distributors that serve %1 and carry this brand are "
                           "listed. Choose the one you buy it from (if several, the one you buy "
                           "most from), or Temporary Holding if yours is not listed.")
                            .arg(m_data.location.name));
        break;
    case Fulfillment::Direct:
        m_accountLabel->setText(tr("&Account number at %1").arg(m_data.manufacturerName));
        m_note->setText(tr("Direct fulfilled: %1 credits the store itself, with the store's "
                           "account number there.")
                            .arg(m_data.manufacturerName));
        break;
    case Fulfillment::Retailer:
        m_note->setText(tr("Retailer fulfilled: the store claims its own credits in Retailer "
                           "Free Goods Credit Batches, so there is no distributor or account "
                           "number to choose."));
        break;
    }
    if (chosenId() == Distributor::temporaryHoldingId())
        m_account->setPlaceholderText(tr("Temporary Holding keeps no account number"));
    else if (m_data.subject.fulfillment == Fulfillment::Distributor && !chosenId().isEmpty() &&
             !chosenRequiresAccount())
        m_account->setPlaceholderText(tr("Optional"));
    else
        m_account->setPlaceholderText(tr("The store's account number"));
    m_heldNote->setVisible(m_data.heldCount > 0);
    m_heldNote->setText(tr("%n redemption(s) are held in Temporary Holding: they go to the "
                           "distributor you choose.",
                           nullptr, m_data.heldCount));
    m_cancel->setText(tr("Cancel"));
    m_save->setText(m_data.current ? tr("Save…") : tr("Enroll…"));
    m_confirmTitle->setText(m_data.current ? tr("Save this change?") : tr("Enroll this location?"));
    if (confirming())
        m_confirmText->setText(confirmation());
    m_back->setText(tr("Back"));
    m_confirm->setText(m_data.current ? tr("Save") : tr("Enroll"));
    updateState();
}

void EnrollmentEditorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace astro::ui

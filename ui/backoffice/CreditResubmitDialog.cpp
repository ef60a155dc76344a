#include "CreditResubmitDialog.h"

#include "ui/backoffice/EnrollmentText.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/RedemptionLook.h"
#include "ui/common/Session.h"
#include "ui/common/Theme.h"

#include "catalog/CatalogRepository.h"
#include "credits/CreditService.h"
#include "engine/RedemptionService.h"
#include "enrollment/EnrollmentService.h"
#include "store/Store.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
} // namespace

CreditResubmitDialog* CreditResubmitDialog::create(Session& session, qint64 redemptionId,
                                                   MessageStrip* strip, QWidget* parent)
{
    Store& store = session.store();
    const auto fail = [strip](const Error& e) {
        strip->showMessage(MessageStrip::Kind::Error, e.message);
        return nullptr;
    };
    Loaded data;
    auto redemption = store.redemptions().get(redemptionId);
    if (!redemption)
        return fail(redemption.error());
    data.redemption = *redemption;
    const Redemption& r = data.redemption;
    if (r.creditStatus != CreditStatus::Declined)
        return fail(makeError(ErrorCode::Conflict,
                              tr("This credit is %1: only a declined credit is resubmitted.")
                                  .arg(label(r.creditStatus).toLower())));
    if (r.fulfillment == Fulfillment::Direct) {
        auto name = store.catalog().manufacturerName(r.manufacturerId);
        data.creditor = name && !name->isEmpty() ? *name : r.manufacturerId;
    } else {
        data.creditor = EnrollmentText::distributorName(r.distributorId, r.distributorName);
        auto distributor = store.catalog().distributor(r.distributorId);
        if (!distributor)
            return fail(distributor.error());
        data.requiresAccount = !distributor->has_value() || (*distributor)->requiresAccountNumber;
    }
    auto location = store.catalog().location(r.locationId);
    if (!location)
        return fail(location.error());
    data.locationName = location->has_value() ? (*location)->name : r.locationId;
    // The same test the engine makes before it corrects the enrollment too.
    auto enrollment = store.enrollment().get(r.locationId, r.programId);
    if (!enrollment)
        return fail(enrollment.error());
    data.enrollmentHasDeclinedNumber = enrollment->has_value() &&
                                       (*enrollment)->accountNumber == r.accountNumber &&
                                       (*enrollment)->distributorId == r.distributorId;
    return new CreditResubmitDialog(session, std::move(data), parent);
}

CreditResubmitDialog::CreditResubmitDialog(Session& session, Loaded loaded, QWidget* parent)
    : QDialog(parent), m_session(session), m_data(std::move(loaded)), m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)), m_reasonHeading(new QLabel(this)), m_reason(new QLabel(this)),
      m_strip(new MessageStrip(this)), m_pages(new QStackedWidget(this)),
      m_accountLabel(new QLabel(this)), m_account(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_noteLabel(new QLabel(this)), m_note(new QLineEdit(this)), m_hint(new QLabel(this)),
      m_confirmTitle(new QLabel(this)), m_confirmText(new QLabel(this)),
      m_cancel(new QPushButton(this)), m_review(new QPushButton(this)),
      m_back(new QPushButton(this)), m_confirm(new QPushButton(this))
{
    setObjectName(QStringLiteral("creditResubmitDialog"));
    Theme::setRole(m_title, "heading");
    m_title->setWordWrap(true);
    Theme::setRole(m_subtitle, "hint");
    m_subtitle->setWordWrap(true);
    // The reason is what the user came to fix: it stands out in its own frame.
    auto* reasonFrame = new QFrame(this);
    Theme::setRole(reasonFrame, "card");
    Theme::setRole(m_reasonHeading, "error");
    m_reason->setObjectName(QStringLiteral("creditDeclineReason"));
    Theme::setRole(m_reason, "rule");
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    auto* reasonLayout = new QVBoxLayout(reasonFrame);
    reasonLayout->setContentsMargins(12, 10, 12, 10);
    reasonLayout->setSpacing(4);
    reasonLayout->addWidget(m_reasonHeading);
    reasonLayout->addWidget(m_reason);

    m_account->setObjectName(QStringLiteral("creditResubmitAccount"));
    m_account->setMaxLength(40);
    m_account->setText(m_data.redemption.accountNumber);
    m_note->setObjectName(QStringLiteral("creditResubmitNote"));
    m_note->setMaxLength(200);
    m_accountLabel->setBuddy(m_account);
    m_noteLabel->setBuddy(m_note);
    m_problem->setObjectName(QStringLiteral("creditResubmitProblem"));
    Theme::setRole(m_problem, "error");
    m_problem->setWordWrap(true);
    m_problem->hide();
    Theme::setRole(m_hint, "hint");
    m_hint->setWordWrap(true);
    Theme::setRole(m_confirmTitle, "heading");
    m_confirmText->setObjectName(QStringLiteral("creditResubmitConfirmText"));
    m_confirmText->setWordWrap(true);
    m_confirmText->setTextFormat(Qt::PlainText);
    m_review->setObjectName(QStringLiteral("creditResubmitReview"));
    Theme::setRole(m_review, "primary");
    m_confirm->setObjectName(QStringLiteral("creditResubmitConfirm"));
    Theme::setRole(m_confirm, "primary");

    auto* fields = new QFormLayout;
    fields->setContentsMargins(0, 0, 0, 0);
    fields->setHorizontalSpacing(12);
    fields->setVerticalSpacing(10);
    fields->addRow(m_accountLabel, m_account);
    fields->addRow(QString(), m_problem);
    fields->addRow(m_noteLabel, m_note);

    auto* form = new QWidget(this);
    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_cancel);
    formButtons->addWidget(m_review);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(12);
    formLayout->addWidget(reasonFrame);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_hint);
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
    layout->addWidget(m_strip);
    layout->addWidget(m_pages, 1);

    connect(m_account, &QLineEdit::textEdited, this, [this] {
        m_touched = true;
        updateState();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_review, &QPushButton::clicked, this, &CreditResubmitDialog::review);
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(FormPage); });
    connect(m_confirm, &QPushButton::clicked, this, &CreditResubmitDialog::accept);
    retranslate();
    showPage(FormPage);
    resize(580, 400);
}

QString CreditResubmitDialog::account() const
{
    return m_account->text().trimmed();
}

QString CreditResubmitDialog::problem() const
{
    if (!account().isEmpty())
        return {};
    // The engine sends every resubmitted credit with a number; say whose it is.
    if (m_data.requiresAccount)
        return tr("%1 needs the store's account number.").arg(m_data.creditor);
    return tr("Enter the account number to send with the credit.");
}

QString CreditResubmitDialog::problemText() const
{
    return m_problem->text();
}

bool CreditResubmitDialog::problemShown() const
{
    return !m_problem->isHidden() && !m_problem->text().isEmpty();
}

bool CreditResubmitDialog::confirming() const
{
    return m_pages->currentIndex() == ConfirmPage;
}

QString CreditResubmitDialog::confirmText() const
{
    return m_confirmText->text();
}

void CreditResubmitDialog::updateState()
{
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(m_touched && !p.isEmpty());
}

void CreditResubmitDialog::showPage(int page)
{
    m_pages->setCurrentIndex(page);
    m_review->setDefault(page == FormPage);
    m_confirm->setDefault(page == ConfirmPage);
    if (page == ConfirmPage)
        m_confirm->setFocus();
    else
        m_account->setFocus();
}

void CreditResubmitDialog::review()
{
    m_touched = true;
    m_strip->clear();
    updateState();
    if (!problem().isEmpty()) {
        m_account->setFocus();
        return;
    }
    m_confirmText->setText(confirmation());
    showPage(ConfirmPage);
}

QString CreditResubmitDialog::confirmation() const
{
    const Redemption& r = m_data.redemption;
    const QString before = r.accountNumber.isEmpty() ? tr("(none)") : r.accountNumber;
    QStringList lines;
    lines << tr("%1 for %2, given %3 at %4 (%5).")
                 .arg(RedemptionLook::item(r), r.customerName,
                      QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat),
                      m_data.locationName, r.cost.format(QLocale()));
    if (account() == r.accountNumber)
        lines << tr("Account number: %1 (unchanged)").arg(account());
    else
        lines << tr("Account number: %1  →  %2").arg(before, account());
    if (m_data.enrollmentHasDeclinedNumber && account() != r.accountNumber)
        lines << tr("The enrollment of %1 in “%2” still has %3: it is corrected to %4 too, so "
                    "the next credits carry the right number.")
                     .arg(m_data.locationName, r.programTitle, before, account());
    lines << tr("The credit becomes uncredited and goes to %1 again. The change is written in "
                "the audit log with your name and sent to Astro.")
                 .arg(m_data.creditor);
    return lines.join(QStringLiteral("\n\n"));
}

void CreditResubmitDialog::accept()
{
    if (!confirming())
        return;
    const Redemption& r = m_data.redemption;
    const Status done =
        m_session.store().credits().resubmit(m_session.actor(), r.id, account(), m_note->text());
    if (!done) {
        m_strip->showMessage(MessageStrip::Kind::Error, done.error().message);
        return;
    }
    m_session.notifyChanged();
    emit resubmitted(r.id,
                     tr("The credit for %1 (%2) was resubmitted to %3 with account number "
                        "%4: it is uncredited again.")
                         .arg(RedemptionLook::item(r), r.customerName, m_data.creditor, account()));
    QDialog::accept();
}

void CreditResubmitDialog::retranslate()
{
    const Redemption& r = m_data.redemption;
    setWindowTitle(tr("Fix and resubmit"));
    m_title->setText(tr("Fix and resubmit a declined credit"));
    m_subtitle->setText(tr("%1 · %2 · %3 · %4")
                            .arg(RedemptionLook::item(r), r.customerName, m_data.locationName,
                                 QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat)));
    m_reasonHeading->setText(tr("Declined by %1").arg(m_data.creditor));
    m_reason->setText(r.declineReason.isEmpty() ? tr("No reason was given.") : r.declineReason);
    m_accountLabel->setText(r.fulfillment == Fulfillment::Direct
                                ? tr("&Account number at %1").arg(m_data.creditor)
                                : tr("&Account number"));
    m_account->setPlaceholderText(tr("The store's account number at %1").arg(m_data.creditor));
    m_noteLabel->setText(tr("&Note"));
    m_note->setPlaceholderText(tr("What was fixed, and with whom"));
    m_hint->setText(m_data.enrollmentHasDeclinedNumber
                        ? tr("The enrollment of %1 in this program has the same number: a "
                             "corrected number fixes it too.")
                              .arg(m_data.locationName)
                        : tr("Only this credit changes: the enrollment of %1 in this program "
                             "is left as it is.")
                              .arg(m_data.locationName));
    m_cancel->setText(tr("Cancel"));
    m_review->setText(tr("Resubmit…"));
    m_confirmTitle->setText(tr("Resubmit this credit?"));
    if (confirming())
        m_confirmText->setText(confirmation());
    m_back->setText(tr("Back"));
    m_confirm->setText(tr("Resubmit"));
    updateState();
}

void CreditResubmitDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace astro::ui

#include "ProgramRequestsPage.h"

#include "ui/backoffice/ProgramRequestDialog.h"
#include "ui/backoffice/ProgramRequestsModel.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"
#include "ui/common/TableSetup.h"
#include "ui/common/Theme.h"

#include "store/Store.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace astro::ui {

ProgramRequestsPage::ProgramRequestsPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_hint(new QLabel(this)),
      m_request(new QPushButton(this)), m_strip(new MessageStrip(this)),
      m_model(new ProgramRequestsModel(session.store(), this)), m_view(new QTableView(this)),
      m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("programRequestsPage"));
    Theme::setRole(m_title, "title");
    Theme::setRole(m_hint, "hint");
    m_hint->setWordWrap(true);
    Theme::setRole(m_empty, "hint");
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_request->setObjectName(QStringLiteral("requestProgramButton"));
    Theme::setRole(m_request, "primary");
    m_view->setObjectName(QStringLiteral("programRequestsView"));

    m_view->setModel(m_model);
    setUpTable(m_view, 34);
    fitColumns(m_view, {ProgramRequestsModel::AnswerColumn});

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_request);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_strip);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_request, &QPushButton::clicked, this, &ProgramRequestsPage::requestProgram);
    connect(&m_session, &Session::signedIn, this, &ProgramRequestsPage::updatePermissions);
    connect(&m_session, &Session::signedOut, this, &ProgramRequestsPage::updatePermissions);
    // The help desk's answers come in with the sync: shown as soon as they are applied.
    connect(&m_session, &Session::changed, this, [this] {
        if (isVisible())
            reload();
    });
    retranslate();
    updatePermissions();
}

void ProgramRequestsPage::updatePermissions()
{
    m_request->setEnabled(m_session.allows(Permission::ManageEnrollment));
}

void ProgramRequestsPage::reload()
{
    if (const QString problem = m_model->load(); !problem.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
    m_empty->setVisible(m_model->rowCount() == 0);
}

void ProgramRequestsPage::requestProgram()
{
    if (!m_session.allows(Permission::ManageEnrollment)) {
        m_strip->showMessage(
            MessageStrip::Kind::Error,
            Permissions::check(m_session.actor(), Permission::ManageEnrollment).error().message);
        return;
    }
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ProgramRequestDialog(m_session, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ProgramRequestDialog::submitted, this,
            [this](const ProgramRequestRecord& record) {
                reload();
                m_strip->showMessage(
                    MessageStrip::Kind::Success,
                    tr("Your request for %1 is saved; it goes to Astro's help desk at the next "
                       "sync.")
                        .arg(record.request.brands.join(QStringLiteral(", "))));
            });
    m_dialog->open();
}

void ProgramRequestsPage::retranslate()
{
    setWindowTitle(tr("Program requests"));
    m_title->setText(tr("Program requests"));
    m_hint->setText(tr("Astro builds a tracking program for a brand it does not carry when a "
                       "store asks. Tracking programs are Retailer Fulfilled: the store arranges "
                       "its credit with the brand, with no guarantee from Astro."));
    m_request->setText(tr("Request a program…"));
    m_empty->setText(tr("No program was requested yet."));
    // What a screen reader calls each list and field without a label of its own.
    m_view->setAccessibleName(tr("Program requests"));
}

void ProgramRequestsPage::showEvent(QShowEvent* event)
{
    // The help desk's answers arrive with the sync while the page is hidden.
    reload();
    QWidget::showEvent(event);
}

void ProgramRequestsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (isVisible()) // hidden, it reads when next shown
            reload();
    }
    QWidget::changeEvent(event);
}

} // namespace astro::ui

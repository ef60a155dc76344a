#include "MainWindow.h"

#include "storage/DamageMark.h"
#include "ui/backoffice/BackOfficePages.h"
#include "ui/backoffice/BackOfficeWidget.h"
#include "ui/checkout/CheckoutWidget.h"
#include "ui/checkout/PosFollower.h"
#include "ui/checkout/ScannerInputFilter.h"
#include "ui/checkout/VisitRedemptionsModel.h"
#include "ui/checkout/VisitScansModel.h"
#include "ui/common/AppSettings.h"
#include "ui/common/ElidedLabel.h"
#include "ui/common/OptionalLabel.h"
#include "ui/common/ScanSound.h"
#include "ui/common/Session.h"
#include "ui/common/Shortcuts.h"
#include "ui/common/Theme.h"
#include "ui/display/CustomerDisplayController.h"
#include "ui/history/CustomerHistoryWidget.h"
#include "ui/shell/DailyBackup.h"
#include "ui/shell/DamageWarning.h"
#include "ui/shell/HoldingWarningDialog.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/PosBridgeDialog.h"
#include "ui/shell/SectionBar.h"
#include "ui/shell/SessionStatusBar.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/SignInWidget.h"
#include "ui/shell/StartupCheck.h"
#include "ui/shell/SyncConflictsDialog.h"
#include "ui/shell/WindowPlacement.h"

#include "bridge/BridgeService.h"
#include "enrollment/EnrollmentService.h"
#include "store/Store.h"
#include "sync/ConflictLog.h"
#include "sync/SyncService.h"

#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

namespace astro::ui {

namespace {
// A shortcut as the keyboard shows it, in the language in use (Qt translates "Ctrl").
QString keys(QKeyCombination combination)
{
    return QKeySequence(combination).toString(QKeySequence::NativeText);
}

// The POS bridge's dialog, or one open over it.
bool inPosBridge(const QWidget* dialog)
{
    for (const QWidget* w = dialog; w; w = w->parentWidget())
        if (qobject_cast<const PosBridgeDialog*>(w))
            return true;
    return false;
}
} // namespace

MainWindow::MainWindow(Store& store, QWidget* parent)
    : QMainWindow(parent), m_session(std::make_unique<Session>(store)),
      m_pages(new QStackedWidget(this)), m_signIn(new SignInWidget(*m_session, this)),
      m_workspace(new QWidget(this)), m_appName(new OptionalLabel(this)),
      m_sections(new SectionBar(this)), m_user(new ElidedLabel(this)),
      m_settings(new QPushButton(this)), m_switchUser(new QPushButton(this)),
      m_lock(new QPushButton(this)), m_sectionPages(new QStackedWidget(this)),
      m_checkout(new CheckoutWidget(*m_session, this)),
      m_history(new CustomerHistoryWidget(*m_session, this)),
      m_status(new SessionStatusBar(*m_session, this)), m_idle(new IdleWatcher(this)),
      m_posFollower(new PosFollower(*m_session, *m_checkout, this)),
      m_scanSound(new ScanSound(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The customer-facing screen follows the checkout (by itself on a second screen).
    m_customerDisplay = new CustomerDisplayController(*m_session, *m_checkout, *this);
    Theme::setRole(m_appName, "appName");
    m_user->setObjectName(QStringLiteral("headerUser"));
    Theme::setRole(m_user, "hint");
    for (QPushButton* b : {m_settings, m_switchUser, m_lock}) {
        Theme::setRole(b, "toolbar");
        b->setFocusPolicy(Qt::TabFocus);
    }
    m_settings->setObjectName(QStringLiteral("settingsButton"));
    m_switchUser->setObjectName(QStringLiteral("switchUserButton"));
    m_lock->setObjectName(QStringLiteral("lockButton"));

    auto* header = new QFrame(m_workspace);
    Theme::setRole(header, "header");
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(18, 4, 12, 0);
    // Tight enough for the French buttons beside the sections on a 1024 px screen.
    headerLayout->setSpacing(8);
    // The app's name gives way first on a narrow screen: the title bar says it too.
    m_appName->setObjectName(QStringLiteral("appName"));
    m_appName->setContentsMargins(0, 0, 16, 0);
    headerLayout->addWidget(m_appName);
    headerLayout->addWidget(m_sections);
    headerLayout->addStretch(1);
    headerLayout->addWidget(m_user, 0, Qt::AlignVCenter);
    headerLayout->addWidget(m_settings);
    headerLayout->addWidget(m_switchUser);
    headerLayout->addWidget(m_lock);

    auto* workspaceLayout = new QVBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    workspaceLayout->addWidget(header);
    workspaceLayout->addWidget(m_sectionPages, 1);

    m_pages->addWidget(m_signIn);
    m_pages->addWidget(m_workspace);
    setCentralWidget(m_pages);
    setStatusBar(m_status);

    addSection(m_checkout, Permission::CheckOut);
    addSection(m_history, Permission::UndoAfterVisit);
    m_backOffice = createBackOffice(*m_session, this);
    addSection(m_backOffice, Permission::ViewReports);

    connect(m_signIn, &SignInWidget::signedIn, this, &MainWindow::signedIn);
    connect(m_checkout, &CheckoutWidget::scanAnswered, m_scanSound, &ScanSound::playAnswer);
    connect(m_sections, &SectionBar::sectionChosen, this, &MainWindow::showSection);
    connect(m_settings, &QPushButton::clicked, this, &MainWindow::openSettings);
    connect(m_switchUser, &QPushButton::clicked, this, &MainWindow::switchUser);
    connect(m_lock, &QPushButton::clicked, this, &MainWindow::lock);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    connect(m_status, &SessionStatusBar::heldWarningClicked, this, &MainWindow::showHoldingWarning);
    connect(m_status, &SessionStatusBar::conflictsClicked, this, &MainWindow::showSyncConflicts);
    connect(m_status, &SessionStatusBar::damageClicked, this, &MainWindow::showDamage);
    connect(m_status, &SessionStatusBar::syncNowClicked, this, [this] {
        if (m_syncService)
            m_syncService->syncNow();
    });

    auto* lockShortcut = Shortcuts::add(QKeySequence(Qt::CTRL | Qt::Key_L), m_workspace,
                                        QT_TRANSLATE_NOOP("Shortcuts", "Lock the counter"));
    lockShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(lockShortcut, &QShortcut::activated, this, &MainWindow::lock);
    auto* settingsShortcut = Shortcuts::add(QKeySequence(Qt::CTRL | Qt::Key_Comma), m_workspace,
                                            QT_TRANSLATE_NOOP("Shortcuts", "Open the settings"));
    settingsShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(settingsShortcut, &QShortcut::activated, this, &MainWindow::openSettings);
    auto* shortcutsShortcut = Shortcuts::add(QKeySequence(Qt::Key_F1), m_workspace,
                                             QT_TRANSLATE_NOOP("Shortcuts", "Show this list"));
    shortcutsShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcutsShortcut, &QShortcut::activated, this, &MainWindow::showShortcuts);

    applySettings();
    retranslate();
    updateSections();
    m_pages->setCurrentWidget(m_signIn);
    WindowPlacement::restore(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::addSection(QWidget* page, Permission required)
{
    m_registered.push_back({page, required});
    m_sectionPages->addWidget(page);
    m_sections->addSection(page);
    updateSections();
}

QList<QWidget*> MainWindow::availableSections() const
{
    QList<QWidget*> pages;
    for (const Section& s : m_registered)
        if (m_session->allows(s.required))
            pages << s.page;
    return pages;
}

QWidget* MainWindow::currentSection() const
{
    return m_sectionPages->currentWidget();
}

void MainWindow::showSection(QWidget* page)
{
    if (!availableSections().contains(page))
        return;
    m_sectionPages->setCurrentWidget(page);
    m_sections->setCurrent(page);
    if (page == m_checkout && !m_checkout->visitId())
        m_checkout->focusSearch();
}

bool MainWindow::isLocked() const
{
    return m_pages->currentWidget() == m_signIn;
}

void MainWindow::updateSections()
{
    const QList<QWidget*> available = availableSections();
    for (const Section& s : m_registered)
        m_sections->setSectionVisible(s.page, available.contains(s.page));
    if (available.isEmpty())
        return;
    if (!available.contains(currentSection()))
        showSection(available.first());
    else
        m_sections->setCurrent(currentSection());
}

void MainWindow::applySettings()
{
    m_idle->setTimeout(AppSettings::idleLockMinutes() * 60 * 1000);
    m_checkout->scannerFilter()->setBurstMs(AppSettings::scannerBurstMs());
    m_customerDisplay->applySettings();
    m_scanSound->setVolume(AppSettings::scanSoundVolume());
}

void MainWindow::signedIn(const Actor& actor)
{
    const bool sameUser = actor.userId == m_lastUserId;
    m_session->signIn(actor);
    m_lastUserId = actor.userId;
    m_lastUserName = actor.userName;
    updateSections();
    retranslate();
    m_pages->setCurrentWidget(m_workspace);
    m_idle->setActive(true);
    for (const QPointer<QDialog>& dialog : std::exchange(m_hiddenDialogs, {})) {
        if (!dialog)
            continue;
        // A Manager's conflicts list is not a Cashier's; the POS bridge's accounts are an Admin's.
        if (dialog == m_syncConflicts && !m_session->allows(Permission::ManageCredits))
            dialog->close();
        else if (inPosBridge(dialog) && !m_session->allows(Permission::ManageSync))
            dialog->close();
        else
            dialog->show();
    }
    if (currentSection() == m_checkout && m_checkout->visitId() == 0)
        m_checkout->focusSearch();
    else if (currentSection())
        currentSection()->setFocus();
    if (!sameUser && m_session->allows(Permission::ManageEnrollment))
        showHoldingWarning();
    if (!sameUser && m_session->allows(Permission::ManageCredits))
        warnOfSyncConflicts();
}

void MainWindow::warnOfSyncConflicts()
{
    auto open = sync::ConflictLog(m_session->store()).openCount();
    if (!open || *open == 0 || m_syncConflicts)
        return;
    if (m_holdingWarning && m_holdingWarning->isVisible())
        connect(m_holdingWarning, &QDialog::finished, this, &MainWindow::showSyncConflicts,
                Qt::QueuedConnection);
    else
        showSyncConflicts();
}

void MainWindow::showSyncConflicts()
{
    if (!m_session->allows(Permission::ManageCredits) || isLocked())
        return;
    if (m_syncConflicts) {
        m_syncConflicts->raise();
        m_syncConflicts->activateWindow();
        return;
    }
    auto* dialog = new SyncConflictsDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_syncConflicts = dialog;
    dialog->open();
}

sync::SyncService* MainWindow::syncService() const
{
    return m_syncService;
}

void MainWindow::setSyncService(sync::SyncService* service)
{
    if (m_syncService) {
        disconnect(m_syncService, nullptr, this, nullptr);
        disconnect(m_syncService, nullptr, m_checkout, nullptr);
        disconnect(m_checkout, nullptr, m_syncService, nullptr);
    }
    m_syncService = service;
    if (!service)
        return;
    connect(service, &sync::SyncService::statusChanged, this,
            [this](const sync::SyncStatus& status) { m_status->setSyncStatus(status); });
    // Other counters' customers, visits and redemptions: the screens read them again.
    connect(service, &sync::SyncService::remoteChangesApplied, this,
            [this] { m_session->notifyChanged(); });
    // A customer at the counter: Astro's count of their cards, without delaying a scan.
    connect(m_checkout, &CheckoutWidget::customerOpened, service, &sync::SyncService::confirmCards);
    connect(service, &sync::SyncService::customerCardsConfirmed, m_checkout,
            &CheckoutWidget::cardsConfirmed);
    m_status->setSyncStatus(service->status());
}

bridge::BridgeService* MainWindow::bridgeService() const
{
    return m_bridgeService;
}

void MainWindow::setBridgeService(bridge::BridgeService* service)
{
    if (m_bridgeService) {
        disconnect(m_bridgeService, nullptr, this, nullptr);
        disconnect(m_bridgeService, nullptr, m_posFollower, nullptr);
    }
    m_bridgeService = service;
    if (!service) {
        m_status->setBridgeStatus({});
        return;
    }
    connect(service, &bridge::BridgeService::statusChanged, this,
            [this](const bridge::BridgeStatus& status) { m_status->setBridgeStatus(status); });
    // A POS call for the customer on screen shows at once; "follow the POS" opens theirs.
    connect(service, &bridge::BridgeService::customerTouched, m_posFollower,
            &PosFollower::customerTouched);
    m_status->setBridgeStatus(service->status());
}

void MainWindow::showHoldingWarning()
{
    auto held = m_session->store().enrollment().held(m_session->locationId());
    if (!held || held->empty() || m_session->locationId().isEmpty())
        return;
    QStringList titles;
    for (const Enrollment& e : *held)
        titles << e.title;
    if (m_holdingWarning)
        m_holdingWarning->close();
    auto* dialog = new HoldingWarningDialog(m_session->locationName(), titles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_holdingWarning = dialog;
    dialog->open();
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    m_idle->setActive(false);
    // Open dialogs belong to the screen underneath: they come back after the next sign-in.
    for (QDialog* dialog : findChildren<QDialog*>())
        if (dialog->isVisible()) {
            m_hiddenDialogs << dialog;
            dialog->hide();
        }
    m_session->signOut();
    m_pages->setCurrentWidget(m_signIn);
    m_signIn->prepare(m_lastUserName);
    retranslate();
}

void MainWindow::switchUser()
{
    if (!isLocked() && !confirmLeavingVisit())
        return;
    lock();
    m_signIn->prepare();
}

bool MainWindow::confirmLeavingVisit()
{
    const bool touched = m_checkout->scansModel()->activeCount() > 0 ||
                         m_checkout->redemptionsModel()->activeCount() > 0;
    if (m_checkout->visitId() == 0 || !touched)
        return true;
    const QString customer =
        m_checkout->customer() ? m_checkout->customer()->displayName() : QString();
    QMessageBox box(
        QMessageBox::Warning, tr("Switch user"),
        tr("%1's visit for %2 is still open.").arg(m_session->actor().userName, customer),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("switchUserWithVisit"));
    box.setInformativeText(tr("The next user to sign in would take it over. Finish the visit "
                              "first, or switch anyway."));
    // Staying is the default: Enter or Escape leaves the visit with its cashier.
    QPushButton* stay = box.addButton(tr("Stay"), QMessageBox::RejectRole);
    QPushButton* leave = box.addButton(tr("Switch anyway"), QMessageBox::AcceptRole);
    stay->setObjectName(QStringLiteral("stayButton"));
    leave->setObjectName(QStringLiteral("switchAnywayButton"));
    box.setDefaultButton(stay);
    box.setEscapeButton(stay);
    box.exec();
    return box.clickedButton() == leave;
}

void MainWindow::setDailyBackup(DailyBackup* backups)
{
    m_dailyBackup = backups;
}

void MainWindow::setStartupCheck(StartupCheck* check)
{
    connect(check, &StartupCheck::checking, m_status,
            [this] { m_status->setStorageChecking(true); });
    connect(check, &StartupCheck::finished, m_status,
            [this] { m_status->setStorageChecking(false); });
}

void MainWindow::showShortcuts()
{
    if (!m_session->isSignedIn())
        return;
    auto* dialog = new ShortcutsDialog(*this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showDamage()
{
    const QString path = m_session->store().db().path();
    DamageWarning::show(this, DamageWarning::text(path, m_dailyBackup), DamageMark::problem(path));
}

void MainWindow::openSettings()
{
    if (!m_session->isSignedIn())
        return;
    auto* dialog = new SettingsDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    connect(dialog, &SettingsDialog::syncConfigured, this, [this] {
        if (m_syncService)
            m_syncService->reconfigured();
    });
    dialog->setBridgeService(m_bridgeService);
    dialog->setDailyBackup(m_dailyBackup);
    connect(dialog, &SettingsDialog::bridgeConfigured, this, [this] {
        if (m_bridgeService)
            m_bridgeService->reconfigured();
    });
    dialog->open();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Astro Counter"));
    m_appName->setText(tr("Astro Counter"));
    m_settings->setText(tr("Settings"));
    m_settings->setToolTip(keys(Qt::CTRL | Qt::Key_Comma));
    m_switchUser->setText(tr("Switch user"));
    m_lock->setText(tr("Lock"));
    m_lock->setToolTip(keys(Qt::CTRL | Qt::Key_L));
    if (m_session->isSignedIn()) {
        const Actor actor = m_session->actor();
        m_user->setText(tr("%1 · %2").arg(actor.userName, label(actor.role)));
    } else {
        m_user->clear();
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    WindowPlacement::save(this);
    QMainWindow::closeEvent(event);
}

} // namespace astro::ui

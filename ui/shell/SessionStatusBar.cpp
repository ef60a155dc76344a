#include "SessionStatusBar.h"

#include "ui/common/ClockText.h"
#include "ui/common/ElidedButton.h"
#include "ui/common/ElidedLabel.h"
#include "ui/common/Session.h"
#include "ui/common/Theme.h"

#include "enrollment/EnrollmentService.h"
#include "storage/DamageMark.h"
#include "store/Store.h"
#include "sync/ConflictLog.h"

#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

namespace astro::ui {

namespace {

// The longest the sync's state may be before it ends in "…" (the whole text is in the tooltip).
constexpr int stateMaxWidth = 460;

// A flat button in the status bar that opens what it warns about.
void makeWarningButton(QPushButton* button, const QString& name)
{
    button->setObjectName(name);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setFocusPolicy(Qt::NoFocus);
    button->setIcon(button->style()->standardIcon(QStyle::SP_MessageBoxWarning));
}

} // namespace

SessionStatusBar::SessionStatusBar(Session& session, QWidget* parent)
    : QStatusBar(parent), m_session(session), m_location(new ElidedLabel(this)),
      m_user(new ElidedLabel(this)), m_sync(new ElidedLabel(this)), m_held(new ElidedButton(this)),
      m_conflicts(new ElidedButton(this)), m_syncBusy(new QProgressBar(this)),
      m_syncState(new ElidedLabel(this)), m_syncNow(new QPushButton(this)),
      m_bridge(new ElidedLabel(this)), m_storage(new ElidedButton(this)), m_timer(new QTimer(this))
{
    setSizeGripEnabled(false);
    m_location->setObjectName(QStringLiteral("statusLocation"));
    m_user->setObjectName(QStringLiteral("statusUser"));
    m_sync->setObjectName(QStringLiteral("statusSync"));
    m_sync->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    makeWarningButton(m_held, QStringLiteral("statusHeld"));
    makeWarningButton(m_conflicts, QStringLiteral("statusConflicts"));
    m_conflicts->hide();
    makeWarningButton(m_storage, QStringLiteral("statusStorage"));
    m_storage->hide();
    m_syncBusy->setObjectName(QStringLiteral("statusSyncBusy"));
    m_syncBusy->setRange(0, 0);
    m_syncBusy->setTextVisible(false);
    m_syncBusy->setFixedSize(64, 10);
    m_syncBusy->hide();
    m_syncState->setObjectName(QStringLiteral("statusSyncState"));
    m_syncState->setMaximumWidth(stateMaxWidth);
    m_syncState->hide();
    m_syncNow->setObjectName(QStringLiteral("statusSyncNow"));
    m_syncNow->setFocusPolicy(Qt::NoFocus);
    m_syncNow->hide();
    m_bridge->setObjectName(QStringLiteral("statusBridge"));
    m_bridge->setMaximumWidth(stateMaxWidth);
    m_bridge->hide();
    // Short of room, the location and the user's name end in "…" first, then the sync's state and
    // the count of changes waiting (their whole text is in the tooltip): never a wider window.
    addWidget(m_location);
    addWidget(m_user);
    addWidget(m_storage);
    addWidget(m_held);
    addWidget(new QWidget(this), 1);
    addPermanentWidget(m_bridge);
    addPermanentWidget(m_conflicts);
    addPermanentWidget(m_syncBusy);
    addPermanentWidget(m_syncState);
    addPermanentWidget(m_sync);
    addPermanentWidget(m_syncNow);
    connect(m_held, &QPushButton::clicked, this, &SessionStatusBar::heldWarningClicked);
    connect(m_storage, &QPushButton::clicked, this, &SessionStatusBar::damageClicked);
    connect(m_conflicts, &QPushButton::clicked, this, &SessionStatusBar::conflictsClicked);
    connect(m_syncNow, &QPushButton::clicked, this, &SessionStatusBar::syncNowClicked);
    connect(&m_session, &Session::changed, this, &SessionStatusBar::refresh);
    // Events are sent by the sync, on its own thread, so the count is also polled.
    m_timer->setInterval(30 * 1000);
    connect(m_timer, &QTimer::timeout, this, &SessionStatusBar::refresh);
    m_timer->start();
    refresh();
}

void SessionStatusBar::refresh()
{
    Store& store = m_session.store();
    const QString location = m_session.locationName();
    m_location->setText(location.isEmpty() ? tr("No location chosen")
                                           : tr("Location: %1").arg(location));
    if (m_session.isSignedIn()) {
        const Actor actor = m_session.actor();
        m_user->setText(tr("%1 (%2)").arg(actor.userName, label(actor.role)));
    } else {
        m_user->setText(tr("Nobody signed in"));
    }

    showStorage();

    auto unsent = store.events().unsentCount();
    if (!unsent)
        m_sync->setText(unsent.error().message);
    else if (*unsent == 0)
        m_sync->setText(tr("All changes sent"));
    else
        m_sync->setText(tr("%n change(s) not sent yet", nullptr, int(*unsent)));

    auto held = m_session.locationId().isEmpty()
                    ? Result<std::vector<Enrollment>>(std::vector<Enrollment>())
                    : store.enrollment().held(m_session.locationId());
    if (held && !held->empty()) {
        QStringList titles;
        for (const Enrollment& e : *held)
            titles << e.title;
        m_held->setText(tr("%n program(s) in Temporary Holding", nullptr, int(held->size())));
        m_held->setToolTip(titles.join(QLatin1Char('\n')));
        m_held->show();
    } else {
        m_held->hide();
        m_held->setText(QString());
    }

    // The sync stores the conflicts the server flags; Managers and Admins resolve them.
    auto conflicts = sync::ConflictLog(store).openCount();
    m_openConflicts = conflicts ? *conflicts : 0;
    if (m_openConflicts > 0 && m_session.allows(Permission::ManageCredits)) {
        m_conflicts->setText(tr("%n sync conflict(s)", nullptr, int(m_openConflicts)));
        m_conflicts->setToolTip(tr("Changes from two counters that cannot both be true: look at "
                                   "them and mark them resolved."));
        m_conflicts->show();
    } else {
        m_conflicts->hide();
    }
    showSyncStatus();
    showBridgeStatus();
    fitWidths();
}

void SessionStatusBar::setBridgeStatus(const bridge::BridgeStatus& status)
{
    m_bridgeStatus = status;
    showBridgeStatus();
    fitWidths();
}

void SessionStatusBar::showBridgeStatus()
{
    using State = bridge::BridgeStatus::State;
    const bridge::BridgeStatus& s = m_bridgeStatus;
    m_bridge->setVisible(s.state != State::Off);
    QString text;
    QStringList tip;
    // A sales folder it cannot watch leaves the API answering: still worth a look.
    bool warning = !s.error.isEmpty();
    if (s.state == State::Listening) {
        text = tr("POS bridge on :%1").arg(s.port);
        tip << tr("The point of sale reaches this counter at %1")
                   .arg(QStringLiteral("http://127.0.0.1:%1/api/json/").arg(s.port));
        tip << (s.lastCall.isValid()
                    ? tr("%n call(s) answered, the last at %1", nullptr, int(s.calls))
                          .arg(clockText(s.lastCall))
                    : tr("No call answered yet"));
        if (!s.error.isEmpty())
            tip << s.error;
        if (!s.lastFile.isEmpty())
            tip << s.lastFile;
    } else if (s.state == State::Failed) {
        text = tr("POS bridge stopped: %1").arg(s.error);
        tip << s.error;
        warning = true;
    }
    m_bridge->setText(text);
    m_bridge->setDetails(tip.join(QLatin1Char('\n')));
    const char* role = warning ? "warning" : "";
    if (m_bridge->property("role").toString() != QLatin1String(role))
        Theme::setRole(m_bridge, role);
}

void SessionStatusBar::setSyncStatus(const sync::SyncStatus& status)
{
    const bool roundEnded = m_syncStatus.state == sync::SyncStatus::State::Syncing &&
                            status.state != sync::SyncStatus::State::Syncing;
    m_syncStatus = status;
    m_hasSyncStatus = true;
    // A round changes what waits to be sent and may bring conflicts.
    if (roundEnded || status.openConflicts != m_openConflicts)
        refresh();
    else
        showSyncStatus();
}

void SessionStatusBar::showSyncStatus()
{
    m_syncState->setVisible(m_hasSyncStatus);
    if (!m_hasSyncStatus)
        return;
    using State = sync::SyncStatus::State;
    const sync::SyncStatus& s = m_syncStatus;
    QString text;
    QStringList tip;
    const char* role = "";
    switch (s.state) {
    case State::NotSetUp:
        text = tr("Sync not set up");
        tip << tr("An Admin enters the Astro server in the settings.");
        break;
    case State::Idle:
        text =
            s.lastSuccess.isValid() ? tr("Synced %1").arg(clockText(s.lastSuccess)) : tr("Online");
        break;
    case State::Syncing:
        text = s.step.isEmpty() ? tr("Syncing…") : s.step;
        break;
    case State::Offline:
        text = s.nextAttempt.isValid()
                   ? tr("Offline — retrying at %1").arg(clockText(s.nextAttempt))
                   : tr("Offline");
        role = "warning";
        break;
    case State::Refused:
        text = tr("Sync refused: %1").arg(s.lastError);
        role = "warning";
        break;
    }
    if (s.state == State::Offline || s.state == State::Refused) {
        if (!s.lastError.isEmpty())
            tip << s.lastError;
        if (s.state == State::Refused && s.nextAttempt.isValid())
            tip << withOneFinalPeriod(tr("Next attempt at %1.").arg(clockText(s.nextAttempt)));
    }
    if (s.state != State::NotSetUp)
        tip << (s.lastSuccess.isValid() ? tr("Last successful sync: %1")
                                              .arg(QLocale().toString(s.lastSuccess.toLocalTime(),
                                                                      QLocale::ShortFormat))
                                        : tr("Not synced yet."));
    m_syncState->setText(text);
    m_syncState->setDetails(tip.join(QLatin1Char('\n')));
    if (m_syncState->property("role").toString() != QLatin1String(role))
        Theme::setRole(m_syncState, role);
    m_syncBusy->setVisible(s.state == State::Syncing);
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setToolTip(tr("Send this counter's changes and receive the others' now."));
    m_syncNow->setVisible(s.state != State::NotSetUp);
    m_syncNow->setEnabled(s.state != State::Syncing);
    fitWidths();
}

void SessionStatusBar::fitWidths()
{
    // Whatever does not fit is taken from the location and the user (who keeps a third of what
    // is left to both), so the other parts stay whole.
    m_location->setMaximumWidth(QWIDGETSIZE_MAX);
    m_user->setMaximumWidth(QWIDGETSIZE_MAX);
    if (!layout())
        return;
    // Forget the sizes measured with the old maximum widths, inner layouts included.
    for (QLayout* inner : layout()->findChildren<QLayout*>())
        inner->invalidate();
    layout()->invalidate();
    const int over = layout()->sizeHint().width() - width();
    // A few pixels the layout takes from the widest label's padding, hiding no text.
    const int tolerance = 6;
    if (over <= tolerance)
        return;
    const int location = m_location->sizeHint().width();
    const int user = m_user->sizeHint().width();
    const int room = qMax(0, location + user - over);
    const int userMax = qMin(user, qMax(room / 3, room - location));
    m_location->setMaximumWidth(qMax(m_location->minimumSizeHint().width(), room - userMax));
    m_user->setMaximumWidth(qMax(m_user->minimumSizeHint().width(), userMax));
}

void SessionStatusBar::resizeEvent(QResizeEvent* event)
{
    QStatusBar::resizeEvent(event);
    fitWidths();
}

QString SessionStatusBar::syncStateText() const
{
    return m_hasSyncStatus ? m_syncState->text() : QString();
}

QString SessionStatusBar::syncStateToolTip() const
{
    return m_syncState->details();
}

bool SessionStatusBar::syncBusyShown() const
{
    return !m_syncBusy->isHidden();
}

QString SessionStatusBar::bridgeText() const
{
    return m_bridge->isHidden() ? QString() : m_bridge->text();
}

QString SessionStatusBar::bridgeToolTip() const
{
    return m_bridge->details();
}

bool SessionStatusBar::bridgeShown() const
{
    return !m_bridge->isHidden();
}

bool SessionStatusBar::bridgeWarning() const
{
    return m_bridge->property("role").toString() == QLatin1String("warning");
}

QString SessionStatusBar::locationText() const
{
    return m_location->text();
}

QString SessionStatusBar::userText() const
{
    return m_user->text();
}

QString SessionStatusBar::syncText() const
{
    return m_sync->text();
}

void SessionStatusBar::setStorageChecking(bool checking)
{
    m_storageChecking = checking;
    showStorage();
}

void SessionStatusBar::showStorage()
{
    // The mark is read each time: any connection to the store may set it, the sync's too.
    const QString damage = DamageMark::problem(m_session.store().db().path());
    m_storage->setEnabled(!damage.isEmpty());
    m_storage->setIcon(damage.isEmpty() ? QIcon()
                                        : style()->standardIcon(QStyle::SP_MessageBoxCritical));
    if (!damage.isEmpty()) {
        m_storage->setText(tr("Read-only: damaged database"));
        m_storage->setToolTip(tr("Nothing new can be recorded. Click for the way back."));
    } else if (m_storageChecking) {
        m_storage->setText(tr("Checking the database…"));
        m_storage->setToolTip(QString());
    }
    m_storage->setVisible(!damage.isEmpty() || m_storageChecking);
}

QString SessionStatusBar::storageText() const
{
    return m_storage->isHidden() ? QString() : m_storage->text();
}

QString SessionStatusBar::heldText() const
{
    return m_held->text();
}

bool SessionStatusBar::heldWarningShown() const
{
    return !m_held->isHidden();
}

void SessionStatusBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QStatusBar::changeEvent(event);
}

} // namespace astro::ui

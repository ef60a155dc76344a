#include "SessionStatusBar.h"

#include "ui/common/ElidedLabel.h"
#include "ui/common/Session.h"

#include "enrollment/EnrollmentService.h"
#include "store/Store.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

namespace astro::ui {

SessionStatusBar::SessionStatusBar(Session& session, QWidget* parent)
    : QStatusBar(parent), m_session(session), m_location(new ElidedLabel(this)),
      m_user(new ElidedLabel(this)), m_sync(new QLabel(this)), m_held(new QPushButton(this)),
      m_timer(new QTimer(this))
{
    setSizeGripEnabled(false);
    m_location->setObjectName(QStringLiteral("statusLocation"));
    m_user->setObjectName(QStringLiteral("statusUser"));
    m_sync->setObjectName(QStringLiteral("statusSync"));
    m_sync->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_held->setObjectName(QStringLiteral("statusHeld"));
    m_held->setFlat(true);
    m_held->setCursor(Qt::PointingHandCursor);
    m_held->setFocusPolicy(Qt::NoFocus);
    m_held->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    // Short of room, the location and the user's name end in "…"; the rest stays whole.
    addWidget(m_location);
    addWidget(m_user);
    addWidget(m_held);
    addWidget(new QWidget(this), 1);
    addPermanentWidget(m_sync);
    connect(m_held, &QPushButton::clicked, this, &SessionStatusBar::heldWarningClicked);
    connect(&m_session, &Session::changed, this, &SessionStatusBar::refresh);
    // Events are sent by another process (the sync), so the count is also polled.
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

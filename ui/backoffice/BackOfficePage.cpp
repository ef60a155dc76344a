#include "BackOfficePage.h"

#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"

#include <QEvent>

namespace astro::ui {

BackOfficePage::BackOfficePage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    for (auto signal : {&Session::signedIn, &Session::signedOut})
        connect(&m_session, signal, this, &BackOfficePage::userChanged);
    connect(&m_session, &Session::changed, this, &BackOfficePage::refreshWhenShown);
}

void BackOfficePage::refreshWhenShown()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void BackOfficePage::refresh()
{
    m_stale = false;
    load();
}

bool BackOfficePage::permits(Permission permission, MessageStrip* strip) const
{
    if (auto ok = Permissions::check(m_session.actor(), permission); !ok) {
        strip->showMessage(MessageStrip::Kind::Error, ok.error().message);
        return false;
    }
    return true;
}

void BackOfficePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshWhenShown();
    QWidget::changeEvent(event);
}

void BackOfficePage::showEvent(QShowEvent* event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

} // namespace astro::ui

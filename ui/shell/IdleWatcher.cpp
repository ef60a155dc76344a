#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace astro::ui {

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(5 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_active)
            emit idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int ms)
{
    m_timer->setInterval(ms);
    if (m_active)
        m_timer->start();
}

int IdleWatcher::timeout() const
{
    return m_timer->interval();
}

void IdleWatcher::setActive(bool active)
{
    m_active = active;
    if (active)
        m_timer->start();
    else
        m_timer->stop();
}

void IdleWatcher::poke()
{
    if (m_active)
        m_timer->start();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace astro::ui

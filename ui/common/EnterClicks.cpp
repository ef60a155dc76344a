#include "EnterClicks.h"

#include <QAbstractButton>
#include <QKeyEvent>

namespace astro::ui {

void EnterClicks::install(QAbstractButton* button)
{
    button->installEventFilter(new EnterClicks(button));
}

bool EnterClicks::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (!enter || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    auto* button = qobject_cast<QAbstractButton*>(watched);
    if (!button || !button->isEnabled())
        return false;
    button->click();
    return true;
}

} // namespace astro::ui

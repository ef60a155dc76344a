#include "OptionalLabel.h"

namespace astro::ui {

QSize OptionalLabel::minimumSizeHint() const
{
    return {0, QLabel::minimumSizeHint().height()};
}

bool OptionalLabel::isShown() const
{
    return isVisible() && width() >= sizeHint().width();
}

void OptionalLabel::paintEvent(QPaintEvent* event)
{
    if (width() >= sizeHint().width())
        QLabel::paintEvent(event);
}

} // namespace astro::ui

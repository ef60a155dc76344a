#include "ElidedButton.h"

#include <QHelpEvent>
#include <QStyleOptionButton>
#include <QStylePainter>
#include <QToolTip>

namespace astro::ui {

ElidedButton::ElidedButton(QWidget* parent) : QPushButton(parent)
{
    setSizePolicy(QSizePolicy::Preferred, sizePolicy().verticalPolicy());
}

int ElidedButton::chromeWidth() const
{
    return QPushButton::sizeHint().width() - fontMetrics().horizontalAdvance(text());
}

bool ElidedButton::squeezed() const
{
    return width() - chromeWidth() < fontMetrics().horizontalAdvance(text());
}

bool ElidedButton::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && squeezed()) {
        const QString tip = toolTip().isEmpty() ? text() : text() + QLatin1Char('\n') + toolTip();
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), tip, this);
        return true;
    }
    return QPushButton::event(event);
}

QSize ElidedButton::minimumSizeHint() const
{
    const QSize full = QPushButton::minimumSizeHint();
    const int least = chromeWidth() + fontMetrics().horizontalAdvance(QStringLiteral("M…")) * 3;
    return {qMin(full.width(), least), full.height()};
}

void ElidedButton::paintEvent(QPaintEvent*)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text = fontMetrics().elidedText(text(), Qt::ElideRight, width() - chromeWidth());
    painter.drawControl(QStyle::CE_PushButton, option);
}

} // namespace astro::ui

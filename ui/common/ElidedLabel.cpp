#include "ElidedLabel.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace astro::ui {

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize full = QLabel::minimumSizeHint();
    const int ellipsis = fontMetrics().horizontalAdvance(QStringLiteral("M…"));
    const QMargins m = contentsMargins();
    return {qMin(full.width(), ellipsis * 3 + m.left() + m.right()), full.height()};
}

void ElidedLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    style()->drawPrimitive(QStyle::PE_Widget, &option, &painter, this);
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
    style()->drawItemText(&painter, area, int(alignment()), palette(), isEnabled(), shown,
                          foregroundRole());
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateToolTip();
}

void ElidedLabel::setDetails(const QString& details)
{
    m_details = details;
    updateToolTip();
}

void ElidedLabel::updateToolTip()
{
    const QRect area = contentsRect();
    const bool squeezed = fontMetrics().horizontalAdvance(text()) > area.width();
    if (m_details.isEmpty())
        setToolTip(squeezed ? text() : QString());
    else
        setToolTip(squeezed ? text() + QLatin1Char('\n') + m_details : m_details);
}

} // namespace astro::ui

#include "CounterStyle.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QPainter>
#include <QStyleOption>

namespace astro::ui {

void CounterStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                                 QPainter* painter, const QWidget* widget) const
{
    if (element == PE_FrameFocusRect && qobject_cast<const QAbstractItemView*>(widget))
        return;
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void CounterStyle::polish(QWidget* widget)
{
    QProxyStyle::polish(widget);
    if (qobject_cast<QHeaderView*>(widget) && widget->font().weight() < QFont::DemiBold) {
        QFont bold = widget->font();
        bold.setWeight(QFont::DemiBold);
        widget->setFont(bold);
    }
}

void CounterStyle::drawControl(ControlElement element, const QStyleOption* option,
                               QPainter* painter, const QWidget* widget) const
{
    if (element == CE_HeaderLabel)
        if (const auto* header = qstyleoption_cast<const QStyleOptionHeader*>(option)) {
            QStyleOptionHeader fitted = *header; // elided here, once
            const int room = header->rect.width() - (header->icon.isNull() ? 0 : 24);
            fitted.text = painter->fontMetrics().elidedText(header->text, Qt::ElideRight, room);
            QProxyStyle::drawControl(element, &fitted, painter, widget);
            return;
        }
    QProxyStyle::drawControl(element, option, painter, widget);
}

} // namespace astro::ui

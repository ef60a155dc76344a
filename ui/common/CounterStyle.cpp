#include "CounterStyle.h"

#include <QAbstractItemView>

namespace astro::ui {

void CounterStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                                 QPainter* painter, const QWidget* widget) const
{
    if (element == PE_FrameFocusRect && qobject_cast<const QAbstractItemView*>(widget))
        return;
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

} // namespace astro::ui

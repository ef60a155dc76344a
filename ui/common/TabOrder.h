#pragma once

#include <QWidget>

#include <initializer_list>

namespace astro::ui {

// Tab goes from each widget to the next, in the order given (the order a person reads them).
inline void chainTabOrder(std::initializer_list<QWidget*> widgets)
{
    QWidget* previous = nullptr;
    for (QWidget* widget : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace astro::ui

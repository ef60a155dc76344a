#pragma once

#include <QProxyStyle>

namespace astro::ui {

// Fusion, minus the focus frame around the current cell of a list or table: the selected row
// already shows where the keyboard is, and the frame looked like a stray box.
class CounterStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    // Column titles are bold by their header's own font, and one too long for its column ends
    // in "…", elided with that font (a style sheet's bold would cut it without one).
    void polish(QWidget* widget) override;
    using QProxyStyle::polish;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
};

} // namespace astro::ui

#pragma once

#include <QColor>

class QApplication;
class QWidget;

namespace astro::ui {

// The app's look: the Fusion style, a light palette, a readable base font and the small
// stylesheet in theme.qss. Widgets mark their role with a "role" property (heading, title,
// hint, primary...) instead of setting fonts and colors themselves.
class Theme
{
public:
    enum ColorRole
    {
        Primary,
        Success,
        Warning,
        Danger,
        Track, // the empty part of a progress bar
        Muted, // secondary text
    };

    static void apply(QApplication& app);
    // Marks what a widget is for ("primary", "heading", ...); the stylesheet does the rest.
    static void setRole(QWidget* widget, const char* role);
    static QColor color(ColorRole role);
};

} // namespace astro::ui

#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QApplication;
class QWidget;

namespace astro::ui {

// The app's look: the Fusion style, a light or a dark scheme, the system's font (never under a
// counter's readable 11 pt), and the small stylesheet in theme.qss. Every color comes from one
// table of named colors per scheme: the stylesheet names them (@window, @accent...), the
// palette and the delegates take them from here, so no widget holds a color of its own. Widgets
// mark their role with a "role" property (heading, title, hint, primary...) instead of setting
// fonts and colors themselves.
class Theme
{
public:
    // What the delegates and models paint with, readable on the scheme's surfaces.
    enum ColorRole
    {
        Primary, // progress, the accent
        Success,
        Warning,
        Danger,
        Track,       // the empty part of a progress bar
        Muted,       // secondary text
        SuccessFill, // behind a badge's text
        OnFill,      // a badge's text
        Surface,     // behind lists and panels
    };
    enum class Scheme
    {
        Light,
        Dark
    };
    // What the store chose in Settings: the computer's scheme, or one of the two.
    enum class Appearance
    {
        System,
        Light,
        Dark
    };

    // `system` is the palette the platform gave the app (dark when the desktop is).
    static void apply(QApplication& app, Appearance appearance = Appearance::System);
    static Scheme scheme();
    static Scheme schemeFor(Appearance appearance, const QPalette& system);
    static QColor color(ColorRole role);
    // The named color of the active scheme ("window", "accent"...); invalid for an unknown name.
    static QColor named(const QString& name, Scheme scheme);
    static QPalette palette(Scheme scheme);
    // theme.qss with its color names replaced by the scheme's colors.
    static QString styleSheet(Scheme scheme);
    // Marks what a widget is for ("primary", "heading", ...); the stylesheet does the rest.
    static void setRole(QWidget* widget, const char* role);
};

} // namespace astro::ui

#pragma once

#include <QMargins>
#include <QRect>
#include <QString>

class QScreen;
class QWidget;

namespace astro::ui {

// Where the main window opens: the first time, a size that fits the screen's free area with
// its frame (maximized on a counter-sized screen); after that, where it was left on that same
// screen, if it still fits.
class WindowPlacement
{
public:
    struct Placement
    {
        // The window's own area, without the frame the window manager adds.
        QRect geometry;
        bool maximized = false;
    };

    // The size the counter is laid out for; a screen that cannot hold it opens maximized.
    static constexpr QSize preferredSize{1366, 768};
    // What the window manager usually adds (title bar, borders) before it tells the real one.
    static QMargins typicalFrame() { return {4, 32, 4, 4}; }

    // The first placement on a screen whose free area is `available`.
    static Placement initial(const QRect& available, const QMargins& frame);
    // The placement remembered for `screenKey`, if it fits `available` with the frame;
    // otherwise the first one.
    static Placement forScreen(const QString& screenKey, const QRect& available,
                               const QMargins& frame);
    static void remember(const QString& screenKey, const QRect& normalGeometry, bool maximized);
    // The settings key of a screen: its name and size, so that another monitor starts afresh.
    static QString screenKey(const QScreen* screen);

    // Places `window` on its screen before it is shown; remembers it when it closes.
    static void restore(QWidget* window);
    static void save(const QWidget* window);
};

} // namespace astro::ui

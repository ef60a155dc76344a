#pragma once

#include "domain/Enums.h"

#include <QString>

#include <functional>
#include <optional>

class QApplication;
class QTemporaryDir;
class QWidget;

namespace astro {
class Store;
namespace ui {
class MainWindow;
}
} // namespace astro

namespace guibench {

// A user of the store and the PIN the bench signs in with.
struct Credentials
{
    QString name;
    QString pin;
};

// The user to sign in as: `override` when given, else the first of the users astro-bench's
// generator and the demo store create (with their known PINs) that this store has, active, with
// `role`.
std::optional<Credentials> userFor(astro::Store& store, astro::Role role,
                                   const Credentials& override);

// Drops the offscreen platform's warnings that say nothing here (before QApplication).
void quietPlatformNoise();

// As the GUI tests and the app: settings kept in `settings` (never the user's), English, the
// counter's look.
void prepareApplication(QApplication& app, const QTemporaryDir& settings);

// Picks the name in the sign-in list, types the PIN and Enter; then closes what a Manager's or
// Admin's sign-in opens (Temporary Holding warning, sync conflicts). False with `why` if the
// window is still locked.
bool signIn(astro::ui::MainWindow& window, const Credentials& user, QString& why);

// Runs the event loop until `done` or `timeoutMs`; false on timeout.
bool waitUntil(const std::function<bool()>& done, int timeoutMs);

// What the event loop would do next (posted events, layouts, zero timers), then a synchronous
// repaint of the whole window: the screen as the person sees it.
void settleAndPaint(QWidget& window);

// Resizes the window to the bench's size, shows it and paints it.
void showAtBenchSize(QWidget& window);

// The window size the bench uses: the screenshots' 1366×768, a common counter screen.
inline constexpr int windowWidth = 1366;
inline constexpr int windowHeight = 768;

} // namespace guibench

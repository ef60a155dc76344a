#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

#include <algorithm>

namespace astro::ui {

namespace {
QString settingsGroup(const QString& screenKey)
{
    return QStringLiteral("ui/placement/") + screenKey;
}

QMargins frameOf(const QWidget* window)
{
    const QRect frame = window->frameGeometry();
    const QRect inner = window->geometry();
    const QMargins known(inner.left() - frame.left(), inner.top() - frame.top(),
                         frame.right() - inner.right(), frame.bottom() - inner.bottom());
    return known.isNull() ? WindowPlacement::typicalFrame() : known;
}
} // namespace

WindowPlacement::Placement WindowPlacement::initial(const QRect& available, const QMargins& frame)
{
    const QRect room = available.marginsRemoved(frame);
    Placement p;
    p.maximized = room.width() < preferredSize.width() || room.height() < preferredSize.height();
    const QSize size(std::min(preferredSize.width(), room.width()),
                     std::min(preferredSize.height(), room.height()));
    p.geometry = QRect(QPoint(), size);
    p.geometry.moveCenter(room.center());
    return p;
}

WindowPlacement::Placement WindowPlacement::forScreen(const QString& screenKey,
                                                      const QRect& available, const QMargins& frame)
{
    QSettings settings;
    settings.beginGroup(settingsGroup(screenKey));
    const QRect saved = settings.value(QStringLiteral("geometry")).toRect();
    const bool maximized = settings.value(QStringLiteral("maximized")).toBool();
    if (saved.isValid() && available.contains(saved.marginsAdded(frame)))
        return {saved, maximized};
    Placement first = initial(available, frame);
    // A window maximized there keeps being maximized even if its normal size was forgotten.
    first.maximized = first.maximized || (maximized && !saved.isValid());
    return first;
}

void WindowPlacement::remember(const QString& screenKey, const QRect& normalGeometry,
                               bool maximized)
{
    QSettings settings;
    settings.beginGroup(settingsGroup(screenKey));
    settings.setValue(QStringLiteral("geometry"), normalGeometry);
    settings.setValue(QStringLiteral("maximized"), maximized);
}

QString WindowPlacement::screenKey(const QScreen* screen)
{
    if (!screen)
        return QStringLiteral("none");
    const QSize size = screen->size();
    QString name = screen->name();
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("%1-%2x%3").arg(name).arg(size.width()).arg(size.height());
}

void WindowPlacement::restore(QWidget* window)
{
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const Placement p = forScreen(screenKey(screen), screen->availableGeometry(), frameOf(window));
    window->setGeometry(p.geometry);
    if (p.maximized)
        window->setWindowState(window->windowState() | Qt::WindowMaximized);
}

void WindowPlacement::save(const QWidget* window)
{
    const bool maximized = window->isMaximized() || window->isFullScreen();
    remember(screenKey(window->screen()), window->normalGeometry(), maximized);
}

} // namespace astro::ui

#include "Shortcuts.h"

#include <QAbstractButton>
#include <QShortcut>
#include <QWidget>

#include <algorithm>

namespace astro::ui {

namespace {
constexpr char whatProperty[] = "astroShortcutWhat";
}

QShortcut* Shortcuts::add(const QKeySequence& keys, QWidget* parent, const char* what)
{
    auto* shortcut = new QShortcut(keys, parent);
    shortcut->setProperty(whatProperty, QByteArray(what));
    return shortcut;
}

std::vector<Shortcuts::Entry> Shortcuts::of(const QWidget* window)
{
    std::vector<Entry> entries;
    const auto put = [&](const QKeySequence& keys, const QString& what) {
        const QString text = keys.toString(QKeySequence::NativeText);
        for (Entry& e : entries)
            if (e.what == what) {
                e.keys += QStringLiteral(", ") + text;
                return;
            }
        entries.push_back({text, what});
    };
    for (const QShortcut* s : window->findChildren<QShortcut*>()) {
        const QByteArray what = s->property(whatProperty).toByteArray();
        if (!what.isEmpty() && s->isEnabled())
            put(s->key(), QCoreApplication::translate("Shortcuts", what.constData()));
    }
    for (const QAbstractButton* b : window->findChildren<QAbstractButton*>())
        if (!b->shortcut().isEmpty() && b->isVisibleTo(window))
            put(b->shortcut(), tr("Go to %1").arg(b->text().remove(QLatin1Char('&'))));
    // In the order of their keys: Ctrl+1… first, then Ctrl and a letter, then the keys alone.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        const auto rank = [](const QString& keys) {
            return keys.contains(QLatin1Char('+')) ? 0 : 1;
        };
        return std::pair(rank(a.keys), a.keys) < std::pair(rank(b.keys), b.keys);
    });
    return entries;
}

} // namespace astro::ui

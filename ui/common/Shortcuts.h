#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QString>

#include <vector>

class QShortcut;
class QWidget;

namespace astro::ui {

// The keyboard shortcuts staff can look up (F1). Each shortcut made with `add` carries what it
// does, so the list is read from the window's real shortcuts and cannot drift from them.
class Shortcuts
{
    Q_DECLARE_TR_FUNCTIONS(Shortcuts)

public:
    // A shortcut on `parent` that does `what`, a QT_TRANSLATE_NOOP("Shortcuts", …) text:
    // translated when the list is shown, in the language of the moment.
    static QShortcut* add(const QKeySequence& keys, QWidget* parent, const char* what);

    struct Entry
    {
        QString keys; // as the keyboard shows them; several joined by ", "
        QString what;
    };
    // Every described shortcut under `window` and its visible buttons' own (the sections'
    // Ctrl+1…), one row per action, in the order of their keys.
    static std::vector<Entry> of(const QWidget* window);
};

} // namespace astro::ui

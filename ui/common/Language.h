#pragma once

#include <QString>
#include <QStringList>

namespace astro::ui {

// The language the app speaks: chosen at start, switched at runtime. Installing the
// translators makes Qt send QEvent::LanguageChange to every widget, which retranslates itself.
class Language
{
public:
    static QStringList codes(); // "en", "fr_CA"
    // The language's own name ("Français (Canada)"): never translated, so anyone finds theirs.
    static QString nativeName(const QString& code);
    // What to start in: `requested` (--lang) if given, else the saved choice, else the system's.
    static QString startup(const QString& requested = {});
    // Installs the translators and the default locale (dates, numbers, money).
    static void apply(const QString& code);
    // Applies and remembers the choice.
    static void choose(const QString& code);
    // The language in use now.
    static QString current();
};

} // namespace astro::ui

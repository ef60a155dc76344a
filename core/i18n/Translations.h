#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace astro {

// Loads the app's own translations (compiled into the binary) and Qt's, for a locale, and
// swaps them at runtime when the language changes.
class Translations
{
public:
    static QStringList supported(); // "en", "fr_CA"
    // Installs the translators for `locale` on the running application, replacing earlier ones.
    static bool install(const QLocale& locale);
};

} // namespace astro

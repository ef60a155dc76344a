#include "Language.h"

#include "ui/common/AppSettings.h"

#include "i18n/Translations.h"

#include <QLocale>

namespace astro::ui {

namespace {
QString normalized(const QString& code)
{
    return QLocale(code).language() == QLocale::French ? QStringLiteral("fr_CA")
                                                       : QStringLiteral("en");
}
} // namespace

QStringList Language::codes()
{
    return Translations::supported();
}

QString Language::nativeName(const QString& code)
{
    return normalized(code) == QLatin1String("fr_CA") ? QStringLiteral("Français (Canada)")
                                                      : QStringLiteral("English");
}

QString Language::startup(const QString& requested)
{
    if (!requested.isEmpty())
        return normalized(requested);
    const QString saved = AppSettings::language();
    if (!saved.isEmpty())
        return normalized(saved);
    return normalized(QLocale::system().name());
}

void Language::apply(const QString& code)
{
    const QString lang = normalized(code);
    // English stores here are Canadian too: en_CA gives "$1,234.56" and day-month-year dates.
    Translations::install(lang == QLatin1String("fr_CA")
                              ? QLocale(QLocale::French, QLocale::Canada)
                              : QLocale(QLocale::English, QLocale::Canada));
}

void Language::choose(const QString& code)
{
    AppSettings::setLanguage(normalized(code));
    apply(code);
}

QString Language::current()
{
    return QLocale().language() == QLocale::French ? QStringLiteral("fr_CA") : QStringLiteral("en");
}

} // namespace astro::ui

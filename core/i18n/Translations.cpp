#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace astro {

namespace {
std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
} // namespace

QStringList Translations::supported()
{
    return {QStringLiteral("en"), QStringLiteral("fr_CA")};
}

bool Translations::install(const QLocale& locale)
{
    for (auto& t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();
    QLocale::setDefault(locale);
    const bool french = locale.language() == QLocale::French;

    // English has a file too: the singular and plural forms of "%n item(s)".
    auto own = std::make_unique<QTranslator>();
    const bool ok = own->load(french ? QStringLiteral(":/astro/i18n/astro_fr_CA.qm")
                                     : QStringLiteral(":/astro/i18n/astro_en.qm"));
    if (ok) {
        QCoreApplication::installTranslator(own.get());
        installed().push_back(std::move(own));
    }
    if (!french)
        return ok;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return ok;
}

} // namespace astro

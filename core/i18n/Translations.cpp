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
    if (locale.language() != QLocale::French)
        return true;

    auto own = std::make_unique<QTranslator>();
    const bool ok = own->load(QStringLiteral(":/astro/i18n/astro_fr_CA.qm"));
    if (ok) {
        QCoreApplication::installTranslator(own.get());
        installed().push_back(std::move(own));
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return ok;
}

} // namespace astro

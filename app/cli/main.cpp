#include "Cli.h"

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // A PDF needs fonts, so a GUI application object; it runs offscreen, needing no display.
    std::unique_ptr<QCoreApplication> app;
    if (astro::cli::Cli::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Astro Loyalty"));
    QCoreApplication::setApplicationName(QStringLiteral("astro-counter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASTRO_VERSION));

    const int langIndex = arguments.indexOf(QStringLiteral("--lang"));
    const QLocale locale = langIndex >= 0 && langIndex + 1 < arguments.size()
                               ? QLocale(arguments[langIndex + 1])
                               : QLocale::system();
    astro::Translations::install(locale);

    QTextStream out(stdout);
    QTextStream err(stderr);
    astro::cli::Cli cli(out, err);
    return cli.run(arguments);
}

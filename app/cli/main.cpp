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

    QLocale locale = QLocale::system();
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            locale = QLocale(arguments[i + 1]);
        else if (arguments[i].startsWith(QLatin1String("--lang=")))
            locale = QLocale(arguments[i].mid(7));
    }
    astro::Translations::install(locale);

    QTextStream out(stdout);
    QTextStream err(stderr);
    astro::cli::Cli cli(out, err);
    return cli.run(arguments);
}

#include "AppSettings.h"

#include <QSettings>

namespace astro::ui {

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString idleKey = QStringLiteral("ui/idleLockMinutes");
const QString burstKey = QStringLiteral("scanner/burstMs");
const QString databaseKey = QStringLiteral("storage/databasePath");
const QString displayAutoKey = QStringLiteral("customerDisplay/auto");
const QString displayLanguageKey = QStringLiteral("customerDisplay/language");
const QString soundVolumeKey = QStringLiteral("scanner/soundVolume");
const QString appearanceKey = QStringLiteral("ui/appearance");
} // namespace

bool AppSettings::customerDisplayAuto()
{
    return QSettings().value(displayAutoKey, true).toBool();
}

void AppSettings::setCustomerDisplayAuto(bool on)
{
    QSettings().setValue(displayAutoKey, on);
}

QString AppSettings::customerDisplayLanguage()
{
    return QSettings().value(displayLanguageKey).toString();
}

void AppSettings::setCustomerDisplayLanguage(const QString& code)
{
    QSettings().setValue(displayLanguageKey, code);
}

QString AppSettings::language()
{
    return QSettings().value(languageKey).toString();
}

void AppSettings::setLanguage(const QString& code)
{
    QSettings().setValue(languageKey, code);
}

int AppSettings::idleLockMinutes()
{
    const int minutes = QSettings().value(idleKey, defaultIdleLockMinutes).toInt();
    return minutes > 0 ? minutes : defaultIdleLockMinutes;
}

void AppSettings::setIdleLockMinutes(int minutes)
{
    QSettings().setValue(idleKey, minutes);
}

int AppSettings::scannerBurstMs()
{
    const int ms = QSettings().value(burstKey, defaultScannerBurstMs).toInt();
    return ms > 0 ? ms : defaultScannerBurstMs;
}

void AppSettings::setScannerBurstMs(int ms)
{
    QSettings().setValue(burstKey, ms);
}

Theme::Appearance AppSettings::appearance()
{
    const QString value = QSettings().value(appearanceKey).toString();
    if (value == QLatin1String("light"))
        return Theme::Appearance::Light;
    if (value == QLatin1String("dark"))
        return Theme::Appearance::Dark;
    return Theme::Appearance::System;
}

void AppSettings::setAppearance(Theme::Appearance appearance)
{
    QSettings().setValue(appearanceKey, appearance == Theme::Appearance::Light  ? "light"
                                        : appearance == Theme::Appearance::Dark ? "dark"
                                                                                : "system");
}

int AppSettings::scanSoundVolume()
{
    return qBound(0, QSettings().value(soundVolumeKey, defaultScanSoundVolume).toInt(), 100);
}

void AppSettings::setScanSoundVolume(int percent)
{
    QSettings().setValue(soundVolumeKey, qBound(0, percent, 100));
}

QString AppSettings::databasePath()
{
    return QSettings().value(databaseKey).toString();
}

void AppSettings::setDatabasePath(const QString& path)
{
    QSettings().setValue(databaseKey, path);
}

} // namespace astro::ui

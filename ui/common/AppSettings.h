#pragma once

#include "ui/common/Theme.h"

#include <QString>

namespace astro::ui {

// The counter's own preferences on this computer (QSettings): language, idle lock, scanner
// timing, the scan sound, the appearance and where the database lives. Store-wide settings stay in
// the database.
class AppSettings
{
public:
    // "en" or "fr_CA"; empty until someone chooses (the first run follows the system).
    static QString language();
    static void setLanguage(const QString& code);

    static int idleLockMinutes();
    static void setIdleLockMinutes(int minutes);

    // A scanner types a whole barcode with less than this between keystrokes; people don't.
    static int scannerBurstMs();
    static void setScannerBurstMs(int ms);

    // Empty: Store::defaultPath(). Takes effect at the next start.
    static QString databasePath();
    static void setDatabasePath(const QString& path);

    // The customer display opens by itself on a second screen (default: yes).
    static bool customerDisplayAuto();
    static void setCustomerDisplayAuto(bool on);
    // Its language, "en" or "fr_CA"; empty: the counter's.
    static QString customerDisplayLanguage();
    static void setCustomerDisplayLanguage(const QString& code);

    // Light, dark, or as the computer's desktop (the default). Takes effect at once.
    static Theme::Appearance appearance();
    static void setAppearance(Theme::Appearance appearance);

    // The sound of an answered scan, 0 (off) to 100.
    static int scanSoundVolume();
    static void setScanSoundVolume(int percent);

    static constexpr int defaultIdleLockMinutes = 5;
    static constexpr int defaultScannerBurstMs = 50;
    // Heard over a busy store, not startling at a quiet one.
    static constexpr int defaultScanSoundVolume = 60;
};

} // namespace astro::ui

#pragma once

#include <QString>

namespace astro::ui {

// The counter's own preferences on this computer (QSettings): language, idle lock, scanner
// timing and where the database lives. Store-wide settings stay in the database.
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

    static constexpr int defaultIdleLockMinutes = 5;
    static constexpr int defaultScannerBurstMs = 50;
};

} // namespace astro::ui

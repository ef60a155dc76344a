#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace astro::ui {

class DailyBackup;

// What staff are told about a damaged store: that it is read-only, its last good backup, and
// how to put it back. Said when the startup check finds the damage, and again from the status
// bar for as long as the store stays marked.
class DamageWarning
{
    Q_DECLARE_TR_FUNCTIONS(DamageWarning)

public:
    static QString text(const QString& databasePath, DailyBackup* backups);
    // A window-modal box over `parent`, deleted when closed; SQLite's own words for the
    // problem are under "Show Details…", for support.
    static void show(QWidget* parent, const QString& text, const QString& problem);
};

} // namespace astro::ui

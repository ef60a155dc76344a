#include "DamageWarning.h"

#include "ui/shell/DailyBackup.h"

#include <QLocale>
#include <QMessageBox>

namespace astro::ui {

QString DamageWarning::text(const QString& databasePath, DailyBackup* backups)
{
    QString text = tr("The database %1 is damaged. It is open read-only: customers and history "
                      "can be looked up, but nothing new can be recorded.")
                       .arg(databasePath);
    const auto newest = backups ? backups->lastGood() : std::nullopt;
    if (newest)
        text += QStringLiteral("\n\n") +
                tr("The last good backup is from %1. Close Astro Counter, then put it back: "
                   "astro-counter-cli restore %2 --yes")
                    .arg(QLocale().toString(newest->at.toLocalTime(), QLocale::ShortFormat),
                         newest->path);
    else
        text += QStringLiteral("\n\n") + tr("There is no backup to put back: call support.");
    return text;
}

void DamageWarning::show(QWidget* parent, const QString& text, const QString& problem)
{
    auto* box = new QMessageBox(QMessageBox::Critical, tr("Damaged database"), text,
                                QMessageBox::Ok, parent);
    box->setDetailedText(problem);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace astro::ui

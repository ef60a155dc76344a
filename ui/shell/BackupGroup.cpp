#include "BackupGroup.h"

#include "ui/common/ClockText.h"

#include "ui/common/Theme.h"
#include "ui/shell/BackupsDialog.h"
#include "ui/shell/DailyBackup.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace astro::ui {

BackupGroup::BackupGroup(Session& session, QWidget* parent)
    : QGroupBox(parent), m_session(session), m_summary(new QLabel(this)),
      m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("backupSettings"));
    m_summary->setObjectName(QStringLiteral("backupSettingsSummary"));
    m_summary->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("backupsButton"));
    auto* layout = new QHBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_open, 0, Qt::AlignVCenter);
    connect(m_open, &QPushButton::clicked, this, &BackupGroup::openBackups);
    hide();
    retranslate();
}

void BackupGroup::setDailyBackup(DailyBackup* backups)
{
    if (m_backups)
        disconnect(m_backups, nullptr, this, nullptr);
    m_backups = backups;
    if (m_backups)
        connect(m_backups, &DailyBackup::finished, this, &BackupGroup::retranslate);
    retranslate();
}

void BackupGroup::openBackups()
{
    if (!m_backups)
        return;
    if (!m_dialog) {
        m_dialog = new BackupsDialog(m_session, *m_backups, this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QDialog::finished, this, &BackupGroup::retranslate);
    }
    m_dialog->open();
}

DailyBackup* BackupGroup::dailyBackup() const
{
    return m_backups;
}

BackupsDialog* BackupGroup::dialog() const
{
    return m_dialog;
}

QString BackupGroup::summaryText() const
{
    return m_summary->text();
}

void BackupGroup::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void BackupGroup::retranslate()
{
    setTitle(tr("Backups"));
    m_open->setText(tr("&Backups…"));
    if (!m_backups)
        return;
    const auto newest = m_backups->lastGood();
    QString text =
        newest ? tr("Last good backup: %1.")
                     .arg(QLocale().toString(newest->at.toLocalTime(), QLocale::ShortFormat))
               : tr("No backup yet.");
    text = withOneFinalPeriod(text);
    if (!m_backups->lastFailure().isEmpty())
        text += QLatin1Char(' ') + tr("The last backup failed: %1").arg(m_backups->lastFailure());
    m_summary->setText(text);
    Theme::setRole(m_summary, m_backups->lastFailure().isEmpty() ? "hint" : "error");
}

} // namespace astro::ui

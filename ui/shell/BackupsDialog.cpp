#include "BackupsDialog.h"

#include "backup/BackupSettings.h"
#include "store/Store.h"
#include "ui/common/Session.h"
#include "ui/common/Theme.h"
#include "ui/shell/DailyBackup.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace astro::ui {

namespace {

QString when(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

BackupsDialog::BackupsDialog(Session& session, DailyBackup& backups, QWidget* parent)
    : QDialog(parent), m_session(session), m_backups(backups), m_summary(new QLabel(this)),
      m_list(new QTreeWidget(this)), m_folderLabel(new QLabel(this)), m_folder(new QLineEdit(this)),
      m_chooseFolder(new QPushButton(this)), m_keepDaysLabel(new QLabel(this)),
      m_keepDays(new QSpinBox(this)), m_restoreNote(new QLabel(this)), m_status(new QLabel(this)),
      m_backUp(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_save(m_buttons->addButton(QString(), QDialogButtonBox::ApplyRole))
{
    setObjectName(QStringLiteral("backupsDialog"));
    m_summary->setObjectName(QStringLiteral("backupSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->setMinimumHeight(140);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_keepDays->setObjectName(QStringLiteral("backupKeepDays"));
    m_keepDays->setRange(1, BackupFolder::maxKeepDays);
    m_keepDays->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_folderLabel->setBuddy(m_folder);
    m_keepDaysLabel->setBuddy(m_keepDays);
    m_restoreNote->setWordWrap(true);
    m_restoreNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setRole(m_restoreNote, "hint");
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);
    m_backUp->setObjectName(QStringLiteral("backUpNow"));
    m_save->setObjectName(QStringLiteral("saveBackupSettings"));
    Theme::setRole(m_backUp, "primary");

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_backUp, 0, Qt::AlignVCenter);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_folderLabel, folderRow);
    form->addRow(m_keepDaysLabel, m_keepDays);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_restoreNote);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_backUp, &QPushButton::clicked, this, [this] { m_backups.backUpNow(); });
    connect(m_chooseFolder, &QPushButton::clicked, this, &BackupsDialog::chooseFolder);
    connect(m_save, &QPushButton::clicked, this, &BackupsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_backups, &DailyBackup::started, this, &BackupsDialog::showState);
    connect(&m_backups, &DailyBackup::finished, this, [this](bool ok) {
        m_saved = false;
        refresh();
        if (ok)
            m_status->setText(tr("Backed up and checked."));
    });

    if (auto settings = BackupSettings::load(m_session.store()); settings) {
        m_folder->setText(m_backups.folder().path());
        m_keepDays->setValue(settings->keepDays);
    }
    retranslate();
    refresh();
}

QString BackupsDialog::reasonText(const QString& reason)
{
    if (reason == QLatin1String("daily"))
        return tr("Daily");
    if (reason == QLatin1String("manual"))
        return tr("Made by hand");
    if (reason.startsWith(QLatin1String("before-schema")))
        return tr("Before an update");
    if (reason == QLatin1String("before-restore"))
        return tr("Before a restore");
    return reason;
}

QString BackupsDialog::summaryText() const
{
    return m_summary->text();
}

QString BackupsDialog::statusText() const
{
    return m_status->text();
}

void BackupsDialog::refresh()
{
    const BackupFolder folder = m_backups.folder();
    m_list->clear();
    for (const BackupFile& file : folder.list()) {
        auto* item = new QTreeWidgetItem(
            m_list, {when(file.at), reasonText(file.reason),
                     QLocale().formattedDataSize(file.bytes, 1, QLocale::DataSizeSIFormat)});
        item->setData(0, Qt::UserRole, file.path);
        item->setToolTip(0, file.path);
    }
    if (const auto newest = folder.newest())
        m_summary->setText(
            tr("Last good backup: %1 (%2).")
                .arg(when(newest->at),
                     QLocale().formattedDataSize(newest->bytes, 1, QLocale::DataSizeSIFormat)));
    else
        m_summary->setText(tr("No backup yet: make one now."));
    showState();
}

void BackupsDialog::showState()
{
    m_backUp->setEnabled(!m_backups.busy());
    if (m_backups.busy())
        m_status->setText(tr("Backing up… the counter can keep working."));
    else if (!m_backups.lastFailure().isEmpty())
        m_status->setText(tr("The last backup failed: %1").arg(m_backups.lastFailure()));
    else if (!m_saved)
        m_status->clear();
    Theme::setRole(m_status, m_backups.lastFailure().isEmpty() ? "hint" : "error");
}

void BackupsDialog::chooseFolder()
{
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_folder->text());
    if (!chosen.isEmpty())
        m_folder->setText(chosen);
}

void BackupsDialog::save()
{
    BackupSettings settings;
    const QString folder = m_folder->text().trimmed();
    // The folder beside the database is stored as "none chosen", so it follows the database.
    settings.folder = folder == BackupFolder::defaultFolderFor(m_session.store().db().path())
                          ? QString()
                          : folder;
    settings.keepDays = m_keepDays->value();
    const Status saved = settings.save(m_session.store(), m_session.actor());
    m_saved = saved.ok();
    m_status->setText(
        saved ? tr("Saved: backups go to %1 and are kept %n day(s).", nullptr, settings.keepDays)
                    .arg(m_backups.folder().path())
              : saved.error().message);
    Theme::setRole(m_status, saved ? "hint" : "error");
    if (saved)
        refresh();
}

void BackupsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QDialog::changeEvent(event);
}

void BackupsDialog::retranslate()
{
    setWindowTitle(tr("Backups"));
    m_list->setHeaderLabels({tr("When"), tr("Why"), tr("Size")});
    m_folderLabel->setText(tr("&Folder:"));
    m_chooseFolder->setText(tr("C&hoose…"));
    m_keepDaysLabel->setText(tr("&Keep for:"));
    m_keepDays->setSuffix(tr(" days"));
    m_backUp->setText(tr("&Back up now"));
    m_save->setText(tr("&Save"));
    m_restoreNote->setText(
        tr("Each backup is checked before it is kept. A folder on another disk (a USB drive, a "
           "network share) keeps the store's history if this computer's disk fails. To put a "
           "backup back, close Astro Counter and run: astro-counter-cli restore FILE --yes "
           "(the database it replaces is kept beside it)."));
}

} // namespace astro::ui

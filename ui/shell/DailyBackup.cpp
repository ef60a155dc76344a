#include "DailyBackup.h"

#include "backup/Backup.h"
#include "common/Log.h"
#include "store/Store.h"
#include "ui/common/BackgroundReader.h"

namespace astro::ui {

DailyBackup::DailyBackup(Store& store, QObject* parent) : QObject(parent), m_store(store)
{
    m_timer.setSingleShot(false);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timer.setInterval(checkEveryMs);
        if (due())
            backUpNow(QStringLiteral("daily"));
    });
}

DailyBackup::~DailyBackup() = default;

void DailyBackup::start()
{
    m_timer.start(firstCheckMs);
}

BackupFolder DailyBackup::folder() const
{
    return BackupFolder::of(m_store.db());
}

std::optional<BackupFile> DailyBackup::lastGood() const
{
    return folder().newest();
}

bool DailyBackup::due() const
{
    const auto newest = lastGood();
    return !newest || newest->at.addDays(1) <= m_store.now();
}

void DailyBackup::backUpNow(const QString& reason)
{
    if (m_busy)
        return;
    if (!m_reader)
        m_reader = std::make_unique<BackgroundReader>(m_store.db().path(), m_store.clock());
    m_busy = true;
    emit started();
    const QDateTime now = m_store.now();
    m_reader->read<BackupFile>(
        [reason, now](Store& store) {
            return Backup::make(store.db(), BackupFolder::of(store.db()), reason, now);
        },
        [this](Result<BackupFile> made) {
            m_busy = false;
            m_lastFailure = made ? QString() : made.error().message;
            if (!made)
                qCWarning(lcStorage).noquote() << "backup failed:" << m_lastFailure;
            emit finished(bool(made));
        });
}

} // namespace astro::ui

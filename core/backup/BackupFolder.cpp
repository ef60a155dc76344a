#include "BackupFolder.h"

#include "BackupSettings.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace astro {

namespace {

const QString timeFormat = QStringLiteral("yyyyMMdd-HHmmss");

const QRegularExpression& namePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^astro-counter-(\\d{8}-\\d{6})-([a-z0-9-]+)\\.sqlite$"));
    return pattern;
}

QString deviceIn(Database& db)
{
    auto device = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'device_id'"),
                            {}, QString());
    return device ? device->toString() : QString();
}

} // namespace

BackupFolder::BackupFolder(QString databasePath, QString folder, int keepDays, QString deviceId)
    : m_databasePath(std::move(databasePath)),
      m_folder(folder.isEmpty() ? defaultFolderFor(m_databasePath) : std::move(folder)),
      m_keepDays(std::clamp(keepDays, 1, maxKeepDays)), m_deviceId(std::move(deviceId))
{}

QString BackupFolder::defaultFolderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

BackupFolder BackupFolder::of(Database& db)
{
    // The defaults where the settings cannot be read, as before the first migration.
    const auto settings = BackupSettings::read(db);
    const QString device = deviceIn(db);
    return settings ? BackupFolder(db.path(), settings->folder, settings->keepDays, device)
                    : BackupFolder(db.path(), {}, defaultKeepDays, device);
}

QString BackupFolder::deviceOf(const QString& backupPath)
{
    auto backup = Database::openUntouched(backupPath);
    return backup ? deviceIn(**backup) : QString();
}

QString BackupFolder::fileNameFor(const QDateTime& at, const QString& reason) const
{
    return QStringLiteral("astro-counter-%1-%2.sqlite")
        .arg(at.toUTC().toString(timeFormat), reason);
}

std::optional<BackupFile> BackupFolder::describe(const QString& path)
{
    const QFileInfo info(path);
    const auto match = namePattern().match(info.fileName());
    if (!match.hasMatch() || !info.isFile())
        return std::nullopt;
    QDateTime at = QDateTime::fromString(match.captured(1), timeFormat);
    at.setTimeSpec(Qt::UTC);
    if (!at.isValid())
        return std::nullopt;
    return BackupFile{info.absoluteFilePath(), at, match.captured(2), info.size()};
}

std::vector<BackupFile> BackupFolder::list() const
{
    std::vector<BackupFile> files;
    const QDir dir(m_folder);
    for (const QString& name :
         dir.entryList({QStringLiteral("astro-counter-*.sqlite")}, QDir::Files, QDir::Name))
        if (auto file = describe(dir.filePath(name)))
            if (m_deviceId.isEmpty() || deviceOf(file->path) == m_deviceId)
                files.push_back(*file);
    std::sort(files.begin(), files.end(),
              [](const BackupFile& a, const BackupFile& b) { return a.at > b.at; });
    return files;
}

std::optional<BackupFile> BackupFolder::newest() const
{
    auto files = list();
    if (files.empty())
        return std::nullopt;
    return files.front();
}

int BackupFolder::prune(const QDateTime& now) const
{
    const auto files = list();
    const QDateTime cutoff = now.addDays(-m_keepDays);
    int removed = 0;
    for (std::size_t i = 1; i < files.size(); ++i) // the newest stays, however old
        if (files[i].at < cutoff && QFile::remove(files[i].path))
            ++removed;
    return removed;
}

} // namespace astro

#include "SalesFolder.h"

#include "pos/SaleFile.h"
#include "pos/SaleFileImporter.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSaveFile>

namespace astro {

namespace {

const QString doneFolder = QStringLiteral("done");
const QString rejectedFolder = QStringLiteral("rejected");
const QString reasonsSuffix = QStringLiteral(".reasons.txt");
const QString skippedSuffix = QStringLiteral(".skipped.txt");

} // namespace

SalesFolder::SalesFolder(Store& store, Actor actor, QObject* parent)
    : QObject(parent), m_store(store), m_actor(std::move(actor)), m_poll(this), m_settle(this)
{
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] { look(true); });
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, [this] { look(false); });
}

SalesFolder::~SalesFolder() = default;

Status SalesFolder::watch(const QString& folder)
{
    stop();
    if (folder.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("Choose the folder where the POS puts its sales files."));
    const QString path = QDir::cleanPath(QDir(folder).absolutePath());
    const QDir dir(path);
    for (const QString& sub : {QString(), doneFolder, rejectedFolder})
        if (!dir.mkpath(sub.isEmpty() ? QStringLiteral(".") : sub))
            return makeError(
                ErrorCode::Invalid,
                tr("The folder %1 cannot be created.")
                    .arg(QDir::toNativeSeparators(sub.isEmpty() ? path : dir.filePath(sub))));
    // A file that is imported must leave the folder, or it would be read again at every look.
    if (!QFileInfo(path).isWritable())
        return makeError(ErrorCode::Invalid,
                         tr("Astro Counter may not write in the folder %1, so it could not move "
                            "the sales files out once imported.")
                             .arg(QDir::toNativeSeparators(path)));
    m_folder = path;
    m_watcher = new QFileSystemWatcher(QStringList{path}, this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { look(false); });
    m_poll.start();
    // The files already there get their first look now and are read at the next one.
    look(true);
    return {};
}

void SalesFolder::stop()
{
    ++m_generation;
    m_poll.stop();
    m_settle.stop();
    if (m_watcher) {
        // stop() may be called from a slot of ours that the watcher's own signal runs.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_folder.clear();
    m_looks.clear();
}

void SalesFolder::scanNow()
{
    look(true);
}

void SalesFolder::look(bool retryFailed)
{
    // A receiver of our signals may look again, or stop: one look at a time, and none after.
    if (m_folder.isEmpty() || m_scanning)
        return;
    m_scanning = true;
    const int generation = m_generation;
    // Hidden files (a spreadsheet's lock file) and names that do not end in .csv (a POS's
    // "sales.csv.tmp" being written) are not sales files yet.
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    QHash<QString, Look> looks;
    bool changing = false;
    bool storeFailed = false;
    for (const QFileInfo& info : files) {
        const QString name = info.fileName();
        Look now{info.size(), info.lastModified(), false};
        const auto before = m_looks.constFind(name);
        if (before == m_looks.cend() || before->size != now.size ||
            before->modified != now.modified) {
            looks.insert(name, now);
            changing = true;
            continue;
        }
        if (storeFailed || (before->failed && !retryFailed)) {
            looks.insert(name, *before);
            continue;
        }
        const Outcome outcome = importFile(name);
        if (generation != m_generation)
            break;
        if (outcome != Outcome::Moved) {
            now.failed = true;
            looks.insert(name, now);
        }
        storeFailed = outcome == Outcome::StoreFailed;
    }
    if (generation == m_generation) {
        m_looks = looks;
        if (changing)
            m_settle.start();
    }
    m_scanning = false;
}

SalesFolder::Outcome SalesFolder::importFile(const QString& fileName)
{
    auto file = SaleFile::read(QDir(m_folder).filePath(fileName));
    if (!file) {
        emit failed(fileName, file.error().message);
        return Outcome::Failed;
    }
    auto result = SaleFileImporter(m_store, m_actor).import(*file);
    // Only what is wrong in the file rejects it: a locked or damaged store, or a counter with no
    // location, is not its fault.
    if (!result) {
        emit failed(fileName, result.error().message);
        return Outcome::StoreFailed;
    }
    if (result->recorded())
        return moveToDone(fileName, *result);
    return moveToRejected(fileName, SaleFile::describe(result->refused));
}

SalesFolder::Outcome SalesFolder::moveToDone(const QString& fileName, const SaleImport& result)
{
    const QString target = freeTarget(doneFolder, fileName);
    if (!QFile::rename(QDir(m_folder).filePath(fileName), target)) {
        emit failed(fileName, tr("The sales of %1 were recorded, but the file could not be moved "
                                 "to %2. It stays in the folder; importing it again records "
                                 "nothing twice.")
                                  .arg(fileName, QDir::toNativeSeparators(target)));
        return Outcome::Failed;
    }
    // Items on no loyalty card are no fault of the file, but a mistyped UPC looks the same:
    // the lines left out are listed beside it for whoever checks.
    if (!result.skipped.empty()) {
        QSaveFile out(target + skippedSuffix);
        if (out.open(QIODevice::WriteOnly)) {
            const QString text =
                tr("These lines of %1 are for items on no loyalty card or offer running here, "
                   "and were not recorded:")
                    .arg(fileName) +
                QStringLiteral("\n\n") + SaleFile::describe(result.skipped) + QLatin1Char('\n');
            out.write(text.toUtf8());
            out.commit();
        }
    }
    emit imported(fileName, result.recordedLines(), result.customerUuids);
    return Outcome::Moved;
}

SalesFolder::Outcome SalesFolder::moveToRejected(const QString& fileName, const QString& reasons)
{
    const QString target = freeTarget(rejectedFolder, fileName);
    // The reasons go first: a rejected file is never without them.
    QSaveFile out(target + reasonsSuffix);
    if (out.open(QIODevice::WriteOnly)) {
        const QString text = tr("Nothing in %1 was recorded. Correct it and put it back in the "
                                "sales folder:")
                                 .arg(fileName) +
                             QStringLiteral("\n\n") + reasons + QLatin1Char('\n');
        out.write(text.toUtf8());
    }
    if (!out.commit()) {
        emit failed(fileName, tr("%1 was refused, but the file %2 could not be written: %3")
                                  .arg(fileName, QDir::toNativeSeparators(out.fileName()),
                                       out.errorString()));
        return Outcome::Failed;
    }
    if (!QFile::rename(QDir(m_folder).filePath(fileName), target)) {
        QFile::remove(target + reasonsSuffix);
        emit failed(fileName, tr("%1 was refused, but it could not be moved to %2.")
                                  .arg(fileName, QDir::toNativeSeparators(target)));
        return Outcome::Failed;
    }
    emit rejected(fileName, reasons);
    return Outcome::Moved;
}

QString SalesFolder::freeTarget(const QString& subfolder, const QString& fileName) const
{
    // Recreated if someone tidied it away while we watched.
    const QDir dir(QDir(m_folder).filePath(subfolder));
    dir.mkpath(QStringLiteral("."));
    const auto isFree = [&](const QString& name) {
        return !QFileInfo::exists(dir.filePath(name)) &&
               !QFileInfo::exists(dir.filePath(name + reasonsSuffix)) &&
               !QFileInfo::exists(dir.filePath(name + skippedSuffix));
    };
    if (isFree(fileName))
        return dir.filePath(fileName);
    // A POS that reuses one file name every day keeps each day's file.
    const QFileInfo info(fileName);
    const QString stamped = info.completeBaseName() + QLatin1Char('-') +
                            m_store.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suffix = QLatin1Char('.') + info.suffix();
    QString name = stamped + suffix;
    for (int n = 2; !isFree(name); ++n)
        name = stamped + QLatin1Char('-') + QString::number(n) + suffix;
    return dir.filePath(name);
}

} // namespace astro

#include "Credentials.h"

#include "common/OwnerOnly.h"

#include "JobWait.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <atomic>

#include <qt6keychain/keychain.h>

namespace astro::sync {

namespace {

const QString service = QStringLiteral("astro-counter");

bool keychainWanted()
{
    return qEnvironmentVariable("ASTRO_KEYCHAIN") != QLatin1String("none");
}

constexpr int answerWithinMs = 5000;

// Once a keychain has failed to answer in time, it is taken as absent for the rest of the run:
// every later call would wait as long again.
std::atomic<bool> unresponsive{false};

// Runs a keychain job (new, on the heap) to the end: whether it succeeded (a missing entry is a
// success), and `text` for a read. A keychain that does not answer in time counts as absent.
bool finish(QKeychain::Job* job, QString* text = nullptr)
{
    if (unresponsive) {
        delete job; // never started: nothing pending
        return false;
    }
    bool ok = false;
    const auto outcome =
        JobWait<QKeychain::Job>::run(job, answerWithinMs, [&](QKeychain::Job* done) {
            ok = done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound;
            if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done); read && text)
                *text = read->textData();
        });
    if (outcome == JobWait<QKeychain::Job>::Outcome::TimedOut)
        unresponsive = true;
    return ok;
}

} // namespace

Credentials::Credentials(Store& store) : m_store(store), m_filePath(filePathFor(store.db().path()))
{
    if (!keychainWanted())
        return;
    // A read of a missing entry proves a keychain is there.
    auto* probe = new QKeychain::ReadPasswordJob(service);
    probe->setKey(keychainKey(QStringLiteral("probe")));
    m_secure = finish(probe);
}

QString Credentials::filePathFor(const QString& databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("astro-counter.secrets"));
    return databasePath + QStringLiteral(".secrets");
}

QString Credentials::whereKept(bool keychain, const QString& filePath)
{
    if (keychain)
        return tr("The password is kept in this computer's keychain.");
    return tr("No keychain answered on this computer: the password is kept in a file only your "
              "account can read: %1")
        .arg(QDir::toNativeSeparators(filePath));
}

QString Credentials::whereKept() const
{
    return whereKept(m_secure, m_filePath);
}

QString Credentials::keychainKey(const QString& name) const
{
    return QStringLiteral("%1/%2").arg(m_store.deviceId(), name);
}

QString Credentials::legacyKey(const QString& name) const
{
    return QStringLiteral("sync/secret/%1").arg(name);
}

Result<QJsonObject> Credentials::readFile() const
{
    QFile file(m_filePath);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Storage,
            tr("Cannot read the sync password from %1: %2").arg(m_filePath, file.errorString()));
    QJsonParseError parsed;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parsed);
    if (parsed.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::Storage,
                         tr("The file %1 that keeps the sync password is damaged: type the sync "
                            "password again in Settings.")
                             .arg(m_filePath));
    return doc.object();
}

Status Credentials::writeFile(const QJsonObject& secrets) const
{
    QSaveFile file(m_filePath);
    // Owner-only before the first byte is written, whatever the umask; the rename on commit
    // keeps the mode, so the secret is never readable by others, not even for a moment.
    if (!openOwnerOnly(file))
        return makeError(
            ErrorCode::Storage,
            tr("Cannot keep the sync password in %1: %2").arg(m_filePath, file.errorString()));
    file.write(QJsonDocument(secrets).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return makeError(
            ErrorCode::Storage,
            tr("Cannot keep the sync password in %1: %2").arg(m_filePath, file.errorString()));
    return {};
}

Result<QString> Credentials::readFromFile(const QString& name) const
{
    auto secrets = readFile();
    if (!secrets)
        return secrets.error();
    return secrets->value(name).toString();
}

Status Credentials::writeToFile(const QString& name, const QString& value) const
{
    auto secrets = readFile();
    QJsonObject updated = secrets ? *secrets : QJsonObject(); // a damaged file is replaced
    if (secrets && !secrets->contains(name) && value.isEmpty())
        return {};
    if (value.isEmpty())
        updated.remove(name);
    else
        updated.insert(name, value);
    return writeFile(updated);
}

bool Credentials::writeToKeychain(const QString& name, const QString& value) const
{
    auto* job = new QKeychain::WritePasswordJob(service);
    job->setKey(keychainKey(name));
    job->setTextData(value);
    return finish(job);
}

Status Credentials::moveOutOfDatabase(const QString& name)
{
    auto legacy = m_store.setting(legacyKey(name));
    if (!legacy)
        return legacy.error();
    if (legacy->isEmpty())
        return {};
    // Kept first, erased after: a failure in between leaves the secret where it was.
    if (!(m_secure && writeToKeychain(name, *legacy)))
        if (auto s = writeToFile(name, *legacy); !s)
            return s;
    return m_store.removeSetting(legacyKey(name), true);
}

Result<QString> Credentials::read(const QString& name)
{
    if (auto s = moveOutOfDatabase(name); !s)
        return s.error();
    if (m_secure) {
        auto* job = new QKeychain::ReadPasswordJob(service);
        job->setKey(keychainKey(name));
        QString text;
        if (finish(job, &text) && !text.isEmpty())
            return text;
    }
    return readFromFile(name);
}

Status Credentials::write(const QString& name, const QString& value)
{
    if (auto s = moveOutOfDatabase(name); !s)
        return s;
    if (m_secure && writeToKeychain(name, value))
        return writeToFile(name, QString()); // no second copy in the file
    return writeToFile(name, value);
}

} // namespace astro::sync

#include "Credentials.h"

#include "store/Store.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace astro::sync {

namespace {

const QString service = QStringLiteral("astro-counter");

bool keychainWanted()
{
    return qEnvironmentVariable("ASTRO_KEYCHAIN") != QLatin1String("none");
}

// Runs a keychain job to the end; a keychain that does not answer in 5 s counts as absent.
bool finish(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
}

} // namespace

Credentials::Credentials(Store& store) : m_store(store)
{
    if (!keychainWanted())
        return;
    // A read of a missing entry proves a keychain is there.
    QKeychain::ReadPasswordJob probe(service);
    probe.setKey(keychainKey(QStringLiteral("probe")));
    m_secure = finish(probe);
}

QString Credentials::keychainKey(const QString& name) const
{
    return QStringLiteral("%1/%2").arg(m_store.deviceId(), name);
}

QString Credentials::fallbackKey(const QString& name) const
{
    return QStringLiteral("sync/secret/%1").arg(name);
}

Result<QString> Credentials::read(const QString& name)
{
    if (m_secure) {
        QKeychain::ReadPasswordJob job(service);
        job.setKey(keychainKey(name));
        if (finish(job))
            return job.textData();
    }
    return m_store.setting(fallbackKey(name));
}

Status Credentials::write(const QString& name, const QString& value)
{
    if (m_secure) {
        QKeychain::WritePasswordJob job(service);
        job.setKey(keychainKey(name));
        job.setTextData(value);
        if (finish(job))
            return m_store.setSetting(fallbackKey(name), QString());
    }
    return m_store.setSetting(fallbackKey(name), value);
}

} // namespace astro::sync

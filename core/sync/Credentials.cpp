#include "Credentials.h"

#include "JobWait.h"
#include "store/Store.h"

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

Credentials::Credentials(Store& store) : m_store(store)
{
    if (!keychainWanted())
        return;
    // A read of a missing entry proves a keychain is there.
    auto* probe = new QKeychain::ReadPasswordJob(service);
    probe->setKey(keychainKey(QStringLiteral("probe")));
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
        auto* job = new QKeychain::ReadPasswordJob(service);
        job->setKey(keychainKey(name));
        QString text;
        if (finish(job, &text))
            return text;
    }
    return m_store.setting(fallbackKey(name));
}

Status Credentials::write(const QString& name, const QString& value)
{
    if (m_secure) {
        auto* job = new QKeychain::WritePasswordJob(service);
        job->setKey(keychainKey(name));
        job->setTextData(value);
        if (finish(job))
            return m_store.setSetting(fallbackKey(name), QString());
    }
    return m_store.setSetting(fallbackKey(name), value);
}

} // namespace astro::sync

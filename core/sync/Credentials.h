#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace astro {

class Store;

namespace sync {

// The sync password and the current token. They go to the OS keychain (Secret Service through
// qtkeychain); where none answers (a headless counter, tests, or ASTRO_KEYCHAIN=none) they stay in
// the store's settings, in the database file only its owner can read, and secure() says so.
class Credentials
{
    Q_DECLARE_TR_FUNCTIONS(Credentials)

public:
    explicit Credentials(Store& store);

    Result<QString> read(const QString& name);
    Status write(const QString& name, const QString& value);
    bool secure() const { return m_secure; }

private:
    QString keychainKey(const QString& name) const;
    QString fallbackKey(const QString& name) const;

    Store& m_store;
    bool m_secure = false;
};

} // namespace sync
} // namespace astro

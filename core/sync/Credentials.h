#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace astro {

class Store;

namespace sync {

// The sync password and the current token, never in the database. They go to the OS keychain
// (Secret Service through qtkeychain); where none answers (a headless counter, tests, or
// ASTRO_KEYCHAIN=none) to a file beside the database that only the account running the counter
// can read (0600). Secrets an older version left in the store's settings move there on first
// use and are erased from the database.
class Credentials
{
    Q_DECLARE_TR_FUNCTIONS(Credentials)

public:
    explicit Credentials(Store& store);

    Result<QString> read(const QString& name);
    Status write(const QString& name, const QString& value);
    // True when the keychain keeps the secrets, false when the owner-only file does.
    bool secure() const { return m_secure; }
    // The file the secrets are kept in when no keychain answers.
    const QString& filePath() const { return m_filePath; }
    // Where the secrets are kept, in a sentence for Settings.
    QString whereKept() const;

    // The secrets file of the database at `databasePath`: "<database>.secrets".
    static QString filePathFor(const QString& databasePath);
    static QString whereKept(bool keychain, const QString& filePath);

private:
    QString keychainKey(const QString& name) const;
    QString legacyKey(const QString& name) const;
    Result<QJsonObject> readFile() const;
    Status writeFile(const QJsonObject& secrets) const;
    Result<QString> readFromFile(const QString& name) const;
    Status writeToFile(const QString& name, const QString& value) const;
    bool writeToKeychain(const QString& name, const QString& value) const;
    // Moves a secret an older version kept in the settings to where secrets are kept now.
    Status moveOutOfDatabase(const QString& name);

    Store& m_store;
    QString m_filePath;
    bool m_secure = false;
};

} // namespace sync
} // namespace astro

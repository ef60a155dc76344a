#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace astro::server {

// One user of a retailer account: what /token/ checks, and where its public calls act.
struct AccountUser
{
    QString username; // unique across every account of the file
    QString password; // as written in the file; compared in constant time
    QStringList clientIds;
    QString location; // empty: the account's master location
};

// A retailer account (domain.md §1): its own copy of the store, its users.
struct Account
{
    QString id; // names the account's database file: letters, digits, '-' and '_'
    QString name;
    QStringList locations; // the account's location ids, as the catalog names them
    std::vector<AccountUser> users;
    // A token speaks for the first device it pushes or lists events for, and no other. Off only
    // for the built-in demo account, whose one token stands for several counters in tests.
    bool bindsDevices = true;
};

// The accounts astro-server serves: the file of --accounts (docs/sync-protocol.md, "The
// reference server"), or the built-in demo account.
class Accounts
{
public:
    struct Match
    {
        const Account* account = nullptr;
        const AccountUser* user = nullptr;
    };

    // demo / demo, client ids demo and astro-counter, at the master location.
    static Accounts demo();
    // {"format": "astro-accounts", "version": 1, "accounts": [...]}; an error names what is
    // wrong (never a password).
    static Result<Accounts> parse(const QByteArray& json);
    static Result<Accounts> load(const QString& path);

    const std::vector<Account>& list() const { return m_accounts; }

    // The account and user these credentials belong to; both null when they are wrong.
    Match verify(const QString& username, const QString& password, const QString& clientId) const;
    // The user of that account, or null (a token issued before the file changed).
    const AccountUser* user(const Account& account, const QString& username) const;

    // The database file of the account at `index`: dbPath itself when there is one account,
    // else <dbPath's folder>/<dbPath's base name>-<account id>.sqlite.
    QString databasePath(std::size_t index, const QString& dbPath) const;

private:
    std::vector<Account> m_accounts;
};

} // namespace astro::server

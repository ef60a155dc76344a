#include "Accounts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace astro::server {

namespace {

Error invalid(const QString& message)
{
    return makeError(ErrorCode::Invalid, message);
}

// Equal or not, in a time that does not depend on where two secrets differ: both are hashed to
// the same length first, then every byte is compared.
bool sameSecret(const QString& a, const QString& b)
{
    const QByteArray x = QCryptographicHash::hash(a.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray y = QCryptographicHash::hash(b.toUtf8(), QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        difference |= static_cast<unsigned char>(x[i] ^ y[i]);
    return difference == 0;
}

// A list of non-empty strings, or nothing.
std::optional<QStringList> stringList(const QJsonValue& value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue& v : value.toArray()) {
        if (!v.isString() || v.toString().isEmpty())
            return std::nullopt;
        out << v.toString();
    }
    return out;
}

Result<AccountUser> readUser(const QJsonValue& value, const QString& where, const Account& account)
{
    if (!value.isObject())
        return invalid(QStringLiteral("%1 is not an object.").arg(where));
    const QJsonObject o = value.toObject();
    AccountUser user;
    user.username = o.value(QStringLiteral("username")).toString();
    if (user.username.isEmpty())
        return invalid(QStringLiteral("%1.username is missing or empty.").arg(where));
    user.password = o.value(QStringLiteral("password")).toString();
    if (user.password.isEmpty())
        return invalid(QStringLiteral("%1.password is missing or empty.").arg(where));
    const auto clients = stringList(o.value(QStringLiteral("client_ids")));
    if (!clients || clients->isEmpty())
        return invalid(
            QStringLiteral("%1.client_ids must be a non-empty list of client ids.").arg(where));
    user.clientIds = *clients;
    const QJsonValue location = o.value(QStringLiteral("location"));
    if (!location.isUndefined() && !location.isNull()) {
        user.location = location.toString();
        if (!account.locations.contains(user.location))
            return invalid(QStringLiteral("%1.location \"%2\" is not one of the account's "
                                          "locations.")
                               .arg(where, location.isString() ? user.location
                                                               : QStringLiteral("(not a string)")));
    }
    return user;
}

Result<Account> readAccount(const QJsonValue& value, const QString& where, QSet<QString>& usernames)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    if (!value.isObject())
        return invalid(QStringLiteral("%1 is not an object.").arg(where));
    const QJsonObject o = value.toObject();
    Account account;
    account.id = o.value(QStringLiteral("id")).toString();
    if (!idPattern.match(account.id).hasMatch())
        return invalid(QStringLiteral("%1.id must be 1 to 64 letters, digits, '-' or '_' "
                                      "(it names the account's database file).")
                           .arg(where));
    account.name = o.value(QStringLiteral("name")).toString();
    if (account.name.isEmpty())
        return invalid(QStringLiteral("%1.name is missing or empty.").arg(where));
    const QJsonValue locations = o.value(QStringLiteral("locations"));
    if (!locations.isUndefined()) {
        const auto list = stringList(locations);
        if (!list)
            return invalid(
                QStringLiteral("%1.locations must be a list of location ids.").arg(where));
        account.locations = *list;
    }
    const QJsonArray users = o.value(QStringLiteral("users")).toArray();
    if (users.isEmpty())
        return invalid(QStringLiteral("%1.users must be a non-empty list.").arg(where));
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QString userWhere = QStringLiteral("%1.users[%2]").arg(where).arg(i);
        auto user = readUser(users[i], userWhere, account);
        if (!user)
            return user.error();
        if (usernames.contains(user->username))
            return invalid(QStringLiteral("%1.username \"%2\" is already a user (user names are "
                                          "unique across all accounts).")
                               .arg(userWhere, user->username));
        usernames.insert(user->username);
        account.users.push_back(std::move(user).value());
    }
    return account;
}

} // namespace

Accounts Accounts::demo()
{
    Accounts accounts;
    Account account;
    account.id = QStringLiteral("demo");
    account.name = QStringLiteral("Demo store");
    account.bindsDevices = false;
    account.users.push_back({QStringLiteral("demo"), QStringLiteral("demo"),
                             QStringList{QStringLiteral("demo"), QStringLiteral("astro-counter")},
                             QString()});
    accounts.m_accounts.push_back(std::move(account));
    return accounts;
}

Result<Accounts> Accounts::parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("it is not JSON (%1 at offset %2).")
                           .arg(error.errorString())
                           .arg(error.offset));
    if (!doc.isObject())
        return invalid(QStringLiteral("it is not a JSON object."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("astro-accounts"))
        return invalid(QStringLiteral("format must be \"astro-accounts\"."));
    if (root.value(QStringLiteral("version")).toInt(-1) != 1)
        return invalid(QStringLiteral("version must be 1."));
    const QJsonArray list = root.value(QStringLiteral("accounts")).toArray();
    if (list.isEmpty())
        return invalid(QStringLiteral("accounts must be a non-empty list."));

    Accounts accounts;
    QSet<QString> ids;
    QSet<QString> usernames;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("accounts[%1]").arg(i);
        auto account = readAccount(list[i], where, usernames);
        if (!account)
            return account.error();
        // Ids name files: two that differ only in case would share one on some systems.
        if (ids.contains(account->id.toLower()))
            return invalid(
                QStringLiteral("%1.id \"%2\" is already an account.").arg(where, account->id));
        ids.insert(account->id.toLower());
        accounts.m_accounts.push_back(std::move(account).value());
    }
    return accounts;
}

Result<Accounts> Accounts::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(QStringLiteral("cannot be read: %1.").arg(file.errorString()));
    return parse(file.readAll());
}

Accounts::Match Accounts::verify(const QString& username, const QString& password,
                                 const QString& clientId) const
{
    for (const Account& account : m_accounts)
        for (const AccountUser& user : account.users) {
            if (user.username != username)
                continue;
            const bool passwordRight = sameSecret(user.password, password);
            if (passwordRight && user.clientIds.contains(clientId))
                return {&account, &user};
            return {};
        }
    // An unknown user name costs the same comparison as a known one.
    (void)sameSecret(username, password);
    return {};
}

const AccountUser* Accounts::user(const Account& account, const QString& username) const
{
    for (const AccountUser& user : account.users)
        if (user.username == username)
            return &user;
    return nullptr;
}

QString Accounts::databasePath(std::size_t index, const QString& dbPath) const
{
    if (m_accounts.size() <= 1)
        return dbPath;
    const QFileInfo info(dbPath);
    return info.dir().filePath(
        QStringLiteral("%1-%2.sqlite").arg(info.completeBaseName(), m_accounts.at(index).id));
}

} // namespace astro::server

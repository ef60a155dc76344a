#include "PosUserStore.h"

#include "common/Text.h"
#include "domain/Permissions.h"
#include "store/Store.h"
#include "users/PinHasher.h"

namespace astro {

namespace {

const QString columns = QStringLiteral("id, name, client_id, created_at");

PosUser userFrom(const Row& r)
{
    return PosUser{r[0].toLongLong(), r[1].toString(), r[2].toString(),
                   QDateTime::fromString(r[3].toString(), Qt::ISODate)};
}

QString subjectOf(const PosUser& user)
{
    return QStringLiteral("pos-user:%1").arg(user.name);
}

} // namespace

Result<std::vector<PosUser>> PosUserStore::list()
{
    auto rows =
        m_store.db().select(QStringLiteral("SELECT %1 FROM pos_users ORDER BY name").arg(columns));
    if (!rows)
        return rows.error();
    std::vector<PosUser> users;
    for (const Row& r : *rows)
        users.push_back(userFrom(r));
    return users;
}

Result<PosUser> PosUserStore::byId(qint64 id)
{
    auto row = m_store.db().selectOne(
        QStringLiteral("SELECT %1 FROM pos_users WHERE id = ?").arg(columns), {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no POS account number %1.").arg(id));
    return userFrom(**row);
}

Result<PosUser> PosUserStore::add(const Actor& actor, const QString& name, const QString& password,
                                  const QString& clientId)
{
    if (auto allowed = Permissions::check(actor, Permission::ManageSync); !allowed)
        return allowed.error();
    const QString cleanName = name.simplified();
    const QString cleanClient = clientId.trimmed();
    if (cleanName.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the POS account a name."));
    if (cleanClient.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the POS account a client id."));
    if (password.size() < minPasswordLength)
        return makeError(ErrorCode::Invalid,
                         tr("A POS password has at least %1 characters.").arg(minPasswordLength));
    auto taken = m_store.db().scalar(
        QStringLiteral("SELECT count(*) FROM pos_users WHERE name = ?"), {cleanName}, 0);
    if (!taken)
        return taken.error();
    if (taken->toInt() > 0)
        return makeError(ErrorCode::Conflict,
                         tr("There is already a POS account named %1.").arg(cleanName));

    const PinHash h = PinHasher::hash(password);
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    const QDateTime now = m_store.now();
    auto id = db.insert(QStringLiteral("INSERT INTO pos_users (name, client_id, password_salt, "
                                       "password_hash, password_iterations, created_at) "
                                       "VALUES (?,?,?,?,?,?)"),
                        {cleanName, cleanClient, h.salt, h.hash, h.iterations, text::isoUtc(now)});
    if (!id)
        return id.error();
    const PosUser created{*id, cleanName, cleanClient, now};
    if (auto s = m_store.audit(actor, subjectOf(created), QStringLiteral("pos account"), {},
                               cleanClient);
        !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return created;
}

Status PosUserStore::remove(const Actor& actor, qint64 id)
{
    if (auto allowed = Permissions::check(actor, Permission::ManageSync); !allowed)
        return allowed;
    auto user = byId(id);
    if (!user)
        return user.error();
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    if (auto s = db.execute(QStringLiteral("DELETE FROM pos_users WHERE id = ?"), {id}); !s)
        return s;
    if (auto s = m_store.audit(actor, subjectOf(*user), QStringLiteral("pos account"),
                               user->clientId, {});
        !s)
        return s;
    return transaction.commit();
}

Status PosUserStore::setPassword(const Actor& actor, qint64 id, const QString& password)
{
    if (auto allowed = Permissions::check(actor, Permission::ManageSync); !allowed)
        return allowed;
    if (password.size() < minPasswordLength)
        return makeError(ErrorCode::Invalid,
                         tr("A POS password has at least %1 characters.").arg(minPasswordLength));
    auto user = byId(id);
    if (!user)
        return user.error();
    const PinHash h = PinHasher::hash(password);
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    if (auto s = db.execute(QStringLiteral("UPDATE pos_users SET password_salt = ?, "
                                           "password_hash = ?, password_iterations = ? "
                                           "WHERE id = ?"),
                            {h.salt, h.hash, h.iterations, id});
        !s)
        return s;
    if (auto s = m_store.audit(actor, subjectOf(*user), QStringLiteral("password"), {},
                               QStringLiteral("changed"));
        !s)
        return s;
    return transaction.commit();
}

Result<std::optional<PosUser>> PosUserStore::verify(const QString& name, const QString& password,
                                                    const QString& clientId)
{
    auto row = m_store.db().selectOne(
        QStringLiteral("SELECT %1, password_salt, password_hash, password_iterations "
                       "FROM pos_users WHERE name = ?")
            .arg(columns),
        {name.simplified()});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<PosUser>();
    const Row& r = **row;
    const PosUser user = userFrom(r);
    const bool good =
        PinHasher::verify(password, {r[4].toByteArray(), r[5].toByteArray(), r[6].toInt()}) &&
        user.clientId == clientId;
    return good ? std::optional<PosUser>(user) : std::optional<PosUser>();
}

} // namespace astro

#include "UserStore.h"

#include "common/Text.h"
#include "domain/Permissions.h"
#include "store/Store.h"
#include "users/PinHasher.h"

#include <QJsonObject>

namespace astro {

namespace {

const QString userColumns = QStringLiteral("id, name, role, active");

User userFrom(const Row& r)
{
    return User{r[0].toLongLong(), r[1].toString(),
                fromCode<Role>(r[2].toString()).value_or(Role::Cashier), r[3].toBool()};
}

} // namespace

Status UserStore::validatePin(const QString& pin)
{
    if (pin.size() < 4 || pin.size() > 12 || text::digitsOnly(pin) != pin)
        return makeError(ErrorCode::Invalid, tr("A PIN is 4 to 12 digits."));
    return {};
}

Result<std::vector<User>> UserStore::list(bool includeDisabled)
{
    auto rows = m_store.db().select(
        QStringLiteral("SELECT %1 FROM users WHERE active = 1 OR ? ORDER BY name").arg(userColumns),
        {includeDisabled});
    if (!rows)
        return rows.error();
    std::vector<User> users;
    for (const Row& r : *rows)
        users.push_back(userFrom(r));
    return users;
}

Result<std::optional<User>> UserStore::byName(const QString& name)
{
    auto row = m_store.db().selectOne(
        QStringLiteral("SELECT %1 FROM users WHERE name = ?").arg(userColumns), {name.trimmed()});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<User>();
    return std::optional<User>(userFrom(**row));
}

Result<User> UserStore::user(qint64 id)
{
    auto row = m_store.db().selectOne(
        QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(userColumns), {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no user number %1.").arg(id));
    return userFrom(**row);
}

Result<qint64> UserStore::count()
{
    auto n = m_store.db().scalar(QStringLiteral("SELECT count(*) FROM users"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<Actor> UserStore::authenticate(const QString& name, const QString& pin,
                                      const QString& locationId)
{
    // A locked name is refused before its PIN is looked at: trying more PINs teaches nothing.
    auto locked = m_lockout.lockedUntil(name);
    if (!locked)
        return locked.error();
    if (locked->has_value()) {
        if (auto s = m_lockout.refused(name, locationId); !s)
            return s.error();
        return makeError(ErrorCode::Forbidden, SignInLockout::lockedMessage(name, **locked));
    }
    auto row = m_store.db().selectOne(
        QStringLiteral("SELECT id, name, role, active, pin_salt, pin_hash, pin_iterations FROM "
                       "users WHERE name = ?"),
        {name.trimmed()});
    if (!row)
        return row.error();
    const bool right = row->has_value() && PinHasher::verify(pin, PinHash{(**row)[4].toByteArray(),
                                                                          (**row)[5].toByteArray(),
                                                                          (**row)[6].toInt()});
    if (!right) {
        // An unknown name counts and locks like a known one: the answers are the same.
        auto nowLocked = m_lockout.failed(name, locationId);
        if (!nowLocked)
            return nowLocked.error();
        if (nowLocked->has_value())
            return makeError(ErrorCode::Forbidden, SignInLockout::lockedMessage(name, **nowLocked));
        return makeError(ErrorCode::Forbidden, tr("Wrong name or PIN."));
    }
    const Row& r = **row;
    if (auto s = m_lockout.succeeded(name); !s)
        return s.error();
    if (!r[3].toBool())
        return makeError(ErrorCode::Forbidden,
                         tr("The user %1 is disabled. Ask an Admin.").arg(r[1].toString()));
    return Actor{r[0].toLongLong(), r[1].toString(),
                 fromCode<Role>(r[2].toString()).value_or(Role::Cashier), locationId};
}

Result<std::optional<QDateTime>> UserStore::lockedUntil(qint64 userId)
{
    auto target = user(userId);
    if (!target)
        return target.error();
    return m_lockout.lockedUntil(target->name);
}

Status UserStore::unlock(const Actor& actor, qint64 userId)
{
    if (auto allowed = Permissions::check(actor, Permission::ManageUsers); !allowed)
        return allowed;
    auto target = user(userId);
    if (!target)
        return target.error();
    return m_lockout.unlock(actor, target->name);
}

Result<User> UserStore::add(const Actor& actor, const QString& name, Role role, const QString& pin)
{
    auto existing = count();
    if (!existing)
        return existing.error();
    if (*existing > 0)
        if (auto allowed = Permissions::check(actor, Permission::ManageUsers); !allowed)
            return allowed.error();
    const QString cleanName = name.simplified();
    if (cleanName.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the user a name."));
    if (role == Role::System)
        return makeError(ErrorCode::Invalid, tr("Choose Cashier, Manager or Admin."));
    if (auto s = validatePin(pin); !s)
        return s.error();
    if (*existing == 0 && role != Role::Admin)
        return makeError(ErrorCode::Invalid, tr("The first user must be an Admin."));
    auto taken = byName(cleanName);
    if (!taken)
        return taken.error();
    if (taken->has_value())
        return makeError(ErrorCode::Conflict,
                         tr("There is already a user named %1.").arg(cleanName));

    const PinHash h = PinHasher::hash(pin);
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    auto id = db.insert(
        QStringLiteral("INSERT INTO users (name, role, pin_salt, pin_hash, "
                       "pin_iterations, active, created_at) VALUES (?,?,?,?,?,1,?)"),
        {cleanName, toCode(role), h.salt, h.hash, h.iterations, text::isoUtc(m_store.now())});
    if (!id)
        return id.error();
    User created{*id, cleanName, role, true};
    if (auto s = record(actor, created, QStringLiteral("user"), {}, toCode(role)); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return created;
}

Status UserStore::keepAnAdmin(qint64 userId, std::optional<Role> newRole, bool newActive)
{
    auto target = user(userId);
    if (!target)
        return target.error();
    const bool losesAdmin = target->role == Role::Admin && target->active &&
                            ((newRole && *newRole != Role::Admin) || !newActive);
    if (!losesAdmin)
        return {};
    auto admins = m_store.db().scalar(
        QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1"));
    if (!admins)
        return admins.error();
    if (admins->toInt() <= 1)
        return makeError(
            ErrorCode::Conflict,
            tr("%1 is the last Admin: make another user Admin first.").arg(target->name));
    return {};
}

Status UserStore::record(const Actor& actor, const User& user, const QString& field,
                         const QString& oldValue, const QString& newValue)
{
    if (auto s = m_store.audit(actor, QStringLiteral("user:%1").arg(user.name), field, oldValue,
                               newValue);
        !s)
        return s;
    auto e = m_store.events().append(actor, m_store.now(), QStringLiteral("user.changed"),
                                     QJsonObject{{QStringLiteral("user"), user.name},
                                                 {QStringLiteral("field"), field},
                                                 {QStringLiteral("value"), newValue}});
    if (!e)
        return e.error();
    return {};
}

Status UserStore::setPin(const Actor& actor, qint64 userId, const QString& pin)
{
    if (actor.userId != userId)
        if (auto allowed = Permissions::check(actor, Permission::ManageUsers); !allowed)
            return allowed;
    if (auto s = validatePin(pin); !s)
        return s;
    auto target = user(userId);
    if (!target)
        return target.error();
    const PinHash h = PinHasher::hash(pin);
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    if (auto s = db.execute(QStringLiteral("UPDATE users SET pin_salt = ?, pin_hash = ?, "
                                           "pin_iterations = ? WHERE id = ?"),
                            {h.salt, h.hash, h.iterations, userId});
        !s)
        return s;
    // The PIN itself is never written to the audit log or the event log.
    if (auto s = record(actor, *target, QStringLiteral("pin"), {}, QStringLiteral("reset")); !s)
        return s;
    return transaction.commit();
}

Status UserStore::setRole(const Actor& actor, qint64 userId, Role role)
{
    if (auto allowed = Permissions::check(actor, Permission::ManageUsers); !allowed)
        return allowed;
    if (role == Role::System)
        return makeError(ErrorCode::Invalid, tr("Choose Cashier, Manager or Admin."));
    auto target = user(userId);
    if (!target)
        return target.error();
    if (auto s = keepAnAdmin(userId, role, target->active); !s)
        return s;
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    if (auto s = db.execute(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"),
                            {toCode(role), userId});
        !s)
        return s;
    if (auto s = record(actor, *target, QStringLiteral("role"), toCode(target->role), toCode(role));
        !s)
        return s;
    return transaction.commit();
}

Status UserStore::setActive(const Actor& actor, qint64 userId, bool active)
{
    if (auto allowed = Permissions::check(actor, Permission::ManageUsers); !allowed)
        return allowed;
    auto target = user(userId);
    if (!target)
        return target.error();
    if (auto s = keepAnAdmin(userId, std::nullopt, active); !s)
        return s;
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    if (auto s = db.execute(QStringLiteral("UPDATE users SET active = ? WHERE id = ?"),
                            {active, userId});
        !s)
        return s;
    if (auto s = record(actor, *target, QStringLiteral("active"),
                        target->active ? QStringLiteral("yes") : QStringLiteral("no"),
                        active ? QStringLiteral("yes") : QStringLiteral("no"));
        !s)
        return s;
    return transaction.commit();
}

} // namespace astro

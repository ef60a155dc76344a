#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "users/SignInLockout.h"

#include <QCoreApplication>
#include <QDateTime>

#include <vector>

namespace astro {

class Store;

struct User
{
    qint64 id = 0;
    QString name;
    Role role = Role::Cashier;
    bool active = true;
};

// The counter's users, their roles and PINs. Only an Admin changes them (the first user of an
// empty store is the exception: someone has to be first), and the last active Admin stays.
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(UserStore)

public:
    explicit UserStore(Store& store) : m_store(store), m_lockout(store) {}

    Result<std::vector<User>> list(bool includeDisabled = false);
    Result<std::optional<User>> byName(const QString& name);
    Result<qint64> count();

    // Checks the PIN; the answer does not say whether the name or the PIN was wrong. After
    // SignInLockout::maxFailures wrong PINs in a row the name is locked for a while: even the
    // right PIN is refused, with a message saying until when. Every refusal is audited.
    Result<Actor> authenticate(const QString& name, const QString& pin, const QString& locationId);
    // Until when the user may not sign in; nothing when they may.
    Result<std::optional<QDateTime>> lockedUntil(qint64 userId);
    // An Admin lets a locked-out user try again now.
    Status unlock(const Actor& actor, qint64 userId);

    Result<User> add(const Actor& actor, const QString& name, Role role, const QString& pin);
    Status setPin(const Actor& actor, qint64 userId, const QString& pin);
    Status setRole(const Actor& actor, qint64 userId, Role role);
    Status setActive(const Actor& actor, qint64 userId, bool active);

    static Status validatePin(const QString& pin);

private:
    Result<User> user(qint64 id);
    Status keepAnAdmin(qint64 userId, std::optional<Role> newRole, bool newActive);
    Status record(const Actor& actor, const User& user, const QString& field,
                  const QString& oldValue, const QString& newValue);

    Store& m_store;
    SignInLockout m_lockout;
};

} // namespace astro

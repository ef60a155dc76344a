#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace astro {

class Store;

// Locks a name out of signing in after too many wrong PINs in a row, for longer at each
// lockout, in the database so that the app, the CLI and a restart all see the same lock.
// Kept per name as typed, whether a user has it or not: the answer never tells which exist.
class SignInLockout
{
    Q_DECLARE_TR_FUNCTIONS(SignInLockout)

public:
    static constexpr int maxFailures = 5;
    static constexpr qint64 firstLockSeconds = 5 * 60;
    static constexpr qint64 longestLockSeconds = 24 * 60 * 60;

    explicit SignInLockout(Store& store) : m_store(store) {}

    // Until when `name` may not sign in; nothing when it may.
    Result<std::optional<QDateTime>> lockedUntil(const QString& name);
    // A wrong PIN for `name`, audited; the time the name is now locked until when this one
    // locked it.
    Result<std::optional<QDateTime>> failed(const QString& name, const QString& locationId);
    // A try refused because the name was locked, audited.
    Status refused(const QString& name, const QString& locationId);
    // The right PIN: the count of wrong ones and of lockouts starts again.
    Status succeeded(const QString& name);
    // An Admin lifts the lock (and the count) before its time, audited.
    Status unlock(const Actor& actor, const QString& name);

    // How long the `lockout`th lockout in a row lasts (1: the first): 5 min, doubling, 24 h at
    // most.
    static qint64 lockSeconds(int lockout);
    static QString lockedMessage(const QString& name, const QDateTime& until);

private:
    struct State
    {
        int failures = 0;
        int lockouts = 0;
        QDateTime lockedUntil;
    };
    Result<std::optional<State>> state(const QString& name);
    Status audit(const Actor& actor, const QString& name, const QString& field,
                 const QString& oldValue, const QString& newValue);

    Store& m_store;
};

} // namespace astro

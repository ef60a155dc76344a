#include "SignInLockout.h"

#include "common/Text.h"
#include "store/Store.h"

#include <QLocale>

namespace astro {

namespace {

QString keyOf(const QString& name)
{
    return name.trimmed();
}

} // namespace

qint64 SignInLockout::lockSeconds(int lockout)
{
    qint64 seconds = firstLockSeconds;
    for (int i = 1; i < lockout && seconds < longestLockSeconds; ++i)
        seconds *= 2;
    return std::min(seconds, longestLockSeconds);
}

QString SignInLockout::lockedMessage(const QString& name, const QDateTime& until)
{
    return tr("Too many wrong PINs for %1: signing in is locked until %2. An Admin can unlock "
              "it sooner.")
        .arg(keyOf(name), QLocale().toString(until.toLocalTime(), QLocale::ShortFormat));
}

Result<std::optional<SignInLockout::State>> SignInLockout::state(const QString& name)
{
    auto row = m_store.db().selectOne(
        QStringLiteral(
            "SELECT failures, lockouts, locked_until FROM sign_in_failures WHERE name = ?"),
        {keyOf(name)});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<State>();
    const Row& r = **row;
    const QString until = r[2].toString();
    return std::optional<State>(
        State{r[0].toInt(), r[1].toInt(), until.isEmpty() ? QDateTime() : text::fromIsoUtc(until)});
}

Result<std::optional<QDateTime>> SignInLockout::lockedUntil(const QString& name)
{
    auto s = state(name);
    if (!s)
        return s.error();
    if (!s->has_value() || !(*s)->lockedUntil.isValid() || (*s)->lockedUntil <= m_store.now())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>((*s)->lockedUntil);
}

Status SignInLockout::audit(const Actor& actor, const QString& name, const QString& field,
                            const QString& oldValue, const QString& newValue)
{
    return m_store.audit(actor, QStringLiteral("user:%1").arg(keyOf(name)), field, oldValue,
                         newValue);
}

Result<std::optional<QDateTime>> SignInLockout::failed(const QString& name,
                                                       const QString& locationId)
{
    Database& db = m_store.db();
    Database::DamageExempt exempt(db);
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    auto before = state(name);
    if (!before)
        return before.error();
    State s = before->value_or(State{});
    s.failures += 1;
    std::optional<QDateTime> locked;
    if (s.failures >= maxFailures) {
        s.failures = 0;
        s.lockouts += 1;
        locked = m_store.now().addSecs(lockSeconds(s.lockouts));
        s.lockedUntil = *locked;
    }
    if (auto w = db.execute(
            QStringLiteral("INSERT INTO sign_in_failures (name, failures, lockouts, locked_until) "
                           "VALUES (?,?,?,?) ON CONFLICT(name) DO UPDATE SET failures = "
                           "excluded.failures, lockouts = excluded.lockouts, locked_until = "
                           "excluded.locked_until"),
            {keyOf(name), s.failures, s.lockouts,
             s.lockedUntil.isValid() ? text::isoUtc(s.lockedUntil) : QString()});
        !w)
        return w.error();
    const Actor system = Actor::system(locationId);
    if (auto a = audit(system, name, QStringLiteral("sign_in"), {}, QStringLiteral("wrong_pin"));
        !a)
        return a.error();
    if (locked)
        if (auto a = audit(system, name, QStringLiteral("lockout"), {}, text::isoUtc(*locked)); !a)
            return a.error();
    if (auto c = transaction.commit(); !c)
        return c.error();
    return locked;
}

Status SignInLockout::refused(const QString& name, const QString& locationId)
{
    Database::DamageExempt exempt(m_store.db());
    return audit(Actor::system(locationId), name, QStringLiteral("sign_in"), {},
                 QStringLiteral("locked"));
}

Status SignInLockout::succeeded(const QString& name)
{
    auto s = state(name);
    if (!s)
        return s.error();
    // Nothing to forget: no write, so a right PIN signs in even on a store it cannot write.
    if (!s->has_value())
        return {};
    Database::DamageExempt exempt(m_store.db());
    return m_store.db().execute(QStringLiteral("DELETE FROM sign_in_failures WHERE name = ?"),
                                {keyOf(name)});
}

Status SignInLockout::unlock(const Actor& actor, const QString& name)
{
    auto until = lockedUntil(name);
    if (!until)
        return until.error();
    Database& db = m_store.db();
    Database::DamageExempt exempt(db);
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    if (auto s = db.execute(QStringLiteral("DELETE FROM sign_in_failures WHERE name = ?"),
                            {keyOf(name)});
        !s)
        return s;
    if (until->has_value())
        if (auto s = audit(actor, name, QStringLiteral("lockout"), text::isoUtc(**until),
                           QStringLiteral("unlocked"));
            !s)
            return s;
    return transaction.commit();
}

} // namespace astro

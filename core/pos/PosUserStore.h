#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

namespace astro {

class Store;

// A point-of-sale system allowed to call the counter's POS bridge (docs/pos-bridge.md).
struct PosUser
{
    qint64 id = 0;
    QString name;
    QString clientId;
    QDateTime createdAt;
};

// The POS bridge's accounts: a name, a password and a client id, as Astro's /token/ asks for.
// Only an Admin adds or removes one; every change is in the audit log; passwords are salted
// hashes.
class PosUserStore
{
    Q_DECLARE_TR_FUNCTIONS(PosUserStore)

public:
    static constexpr int minPasswordLength = 8;

    explicit PosUserStore(Store& store) : m_store(store) {}

    Result<std::vector<PosUser>> list();
    Result<PosUser> add(const Actor& actor, const QString& name, const QString& password,
                        const QString& clientId);
    Status remove(const Actor& actor, qint64 id);
    Status setPassword(const Actor& actor, qint64 id, const QString& password);
    // The account these three name, or nothing: the answer does not say which one was wrong.
    Result<std::optional<PosUser>> verify(const QString& name, const QString& password,
                                          const QString& clientId);

private:
    Result<PosUser> byId(qint64 id);

    Store& m_store;
};

} // namespace astro

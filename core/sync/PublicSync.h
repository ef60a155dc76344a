#pragma once

#include "ApiClient.h"
#include "PublicOutbox.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <optional>
#include <vector>

namespace astro {

class Store;

namespace sync {

// Sends what Astro must know through its public endpoints, in the log's order: customers
// (searched, then linked or added), purchases (one addTransactionBatch per customer with all of
// its waiting lines), voids, redemptions and their undos. A line Astro refuses is recorded as a
// conflict for managers and never sent again; a failed call stops the step and keeps the rest
// waiting. Field names live in PublicCallWriter and PublicAnswerReader, not here.
class PublicSync
{
    Q_DECLARE_TR_FUNCTIONS(PublicSync)

public:
    using Call = std::function<Result<ApiAnswer>(const QString& endpoint, const QJsonObject&)>;

    struct Counts
    {
        int sent = 0;    // events Astro took
        int refused = 0; // events Astro refused (conflicts)
    };

    PublicSync(Store& store, Call call) : m_store(store), m_outbox(store), m_call(std::move(call))
    {}

    Status run(Counts& counts);

private:
    // Astro's answer, or nullopt when it refused the request as malformed (status 300): that is
    // final for these events, not a reason to send them again.
    Result<std::optional<ApiAnswer>> ask(const QString& endpoint, const QJsonObject& request,
                                         QString& refusal);
    // Astro's id for the customer, searching, linking or adding it first; nullopt if refused.
    Result<std::optional<QString>> ensureCustomer(const QString& uuid, QString& refusal);

    Status customerAdded(const Event& e);
    Status customerUpdated(const Event& e);
    Status purchases(const QString& customerUuid, const std::vector<const Event*>& scans);
    Status voided(const Event& e);
    Status redeemed(const Event& e);
    Status offerRedeemed(const Event& e, const OutboxRedemption& r);
    Status undone(const Event& e);

    // Astro's answers are written in batches, one transaction for many calls: a crash before
    // one is written only means sending those calls again, which Astro answers the same way.
    Status write(std::function<Status()> body);
    Status flush();
    void rememberAstroId(const QString& uuid, const QString& astroId);

    Status done(const Event& e);
    Status refuse(const Event& e, const QString& kind, const QString& message,
                  const QString& customerUuid);

    Store& m_store;
    PublicOutbox m_outbox;
    Call m_call;
    Counts* m_counts = nullptr;
    std::vector<std::function<Status()>> m_pending;
    QHash<QString, QString> m_astroIds; // written or about to be
};

} // namespace sync
} // namespace astro

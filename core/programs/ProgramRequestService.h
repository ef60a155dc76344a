#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace astro {

class Store;

// What a retailer asks Astro to build for a brand it does not carry (domain.md §6): a tracking
// program, always Retailer Fulfilled, with no guarantee of credit.
struct ProgramRequest
{
    enum class OfferType
    {
        FreeGoods, // buy X, get Y free
        Discount,  // buy X, get Y at discountPercent off
    };

    QString uuid;
    QStringList brands;
    QString parentCompany;
    QStringList itemTypes; // food type codes (itemTypeCodes())
    OfferType offerType = OfferType::FreeGoods;
    int buy = 0; // X
    int get = 1; // Y
    int discountPercent = 0;
    QStringList categorizeBy; // categoryCodes(); none: one card for every item
    QString buildOption;      // "A" to "D"
    RewardRule rule =
        RewardRule::Any;     // Any: no rule; else Least Value, Most Frequent or Purchased Prior
    int timeLimitMonths = 0; // 0: no limit
    Fulfillment fulfillment = Fulfillment::Retailer; // tracking programs are always Retailer
    QString distributor;
    QString repName;
    QString repEmail;
    QString repPhone;
    QString notes;
    QString locationId; // where it was asked from; set by submit()

    // The requestProgram body and the event payload (docs/sync-protocol.md): {request: uuid, ...}.
    QJsonObject toJson() const;
    static ProgramRequest fromJson(const QJsonObject& json);
};

// A request as this counter keeps it, with what the server answered.
struct ProgramRequestRecord
{
    ProgramRequest request;
    QString state; // pending (not yet sent), received, answered, ... (the server's word)
    QString ticket;
    QString answer;
    QDateTime createdAt;
    QString createdBy;
    QDateTime sentAt; // invalid until the server confirmed it

    bool sent() const { return sentAt.isValid(); }
};

// Tracking-program requests: checked, kept in the store and queued for the server (the sync
// sends them with requestProgram and brings back the help desk's answer).
class ProgramRequestService
{
    Q_DECLARE_TR_FUNCTIONS(ProgramRequestService)

public:
    explicit ProgramRequestService(Store& store) : m_store(store) {}

    // Everything wrong with the request, one translated sentence each; empty when it can go.
    static QStringList problems(const ProgramRequest& request);
    static Status validate(const ProgramRequest& request);

    // Managers and Admins. Saved as "pending" with a new uuid, audited, and recorded as a
    // program_request.added event.
    Result<ProgramRequestRecord> submit(const Actor& actor, ProgramRequest request);
    // Newest first.
    Result<std::vector<ProgramRequestRecord>> list(int limit, int offset = 0);
    Result<qint64> count();
    Result<std::optional<ProgramRequestRecord>> get(const QString& uuid);

    // For the sync: requests the server has not confirmed yet, oldest first, and its answers.
    Result<std::vector<ProgramRequestRecord>> unsent(int limit);
    Status markSent(const QString& uuid, const QString& state, const QString& ticket,
                    const QDateTime& at);
    // program_request.added from another counter of the store, inside the caller's transaction.
    Status applyAdded(const QJsonObject& payload, const QDateTime& at);
    // program_request.updated from the server, inside the caller's transaction.
    Status applyUpdate(const QString& uuid, const QString& state, const QString& ticket,
                       const QString& answer);

    // The vocabularies of the form, as codes and translated labels.
    static QStringList itemTypeCodes();
    static QString itemTypeLabel(const QString& code);
    static QStringList categoryCodes();
    static QString categoryLabel(const QString& code);
    static QStringList buildOptions();
    static QList<RewardRule> rules();
    static QString stateLabel(const QString& state);
    static QString pendingState() { return QStringLiteral("pending"); }
    // "Buy 12, get 1 free" / "Buy 6, get 1 at 50% off", in the user's language.
    static QString offerText(const ProgramRequest& request);

private:
    Result<std::vector<ProgramRequestRecord>> records(const QString& where,
                                                      const QVariantList& binds);

    Store& m_store;
};

} // namespace astro

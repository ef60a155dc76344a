#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

namespace astro {

class Store;

struct Customer
{
    qint64 id = 0;
    QString uuid;
    QString firstName;
    QString lastName;
    QString phone; // 10 digits, or empty
    QString email; // lower case, or empty
    QDateTime createdAt;
    std::optional<qint64> mergedInto;

    QString displayName() const { return firstName + QLatin1Char(' ') + lastName; }
};

struct CustomerInput
{
    QString firstName;
    QString lastName;
    QString phone;
    QString email;
};

// The store's pet owners: add, edit, find by name, phone or email prefix, merge duplicates.
class CustomerStore
{
    Q_DECLARE_TR_FUNCTIONS(CustomerStore)

public:
    explicit CustomerStore(Store& store) : m_store(store) {}

    // Cleans and checks the input: names required, a phone or an email, both well formed.
    static Result<CustomerInput> validate(const CustomerInput& input);
    static QString formatPhone(const QString& digits);
    static bool isEmail(const QString& text);

    Result<Customer> add(const Actor& actor, const CustomerInput& input);
    Result<Customer> update(const Actor& actor, qint64 id, const CustomerInput& input);
    Result<Customer> get(qint64 id);
    // Only the customer's UUID (a scan names its customer by it), without the whole row.
    Result<QString> uuidOf(qint64 id);
    // Customers who already have this phone or email (for the duplicate warning).
    Result<std::vector<Customer>> sameContact(const QString& phone, const QString& email,
                                              qint64 exceptId = 0);

    // Digits search phones, text with "@" searches emails, anything else searches names ("hel",
    // "cote", "helene co"); prefix match, accents ignored, one page at a time.
    Result<std::vector<Customer>> find(const QString& query, int limit, int offset = 0);

    // Moves every visit, punch, reward and redemption of `duplicateId` to `keepId`.
    Status merge(const Actor& actor, qint64 keepId, qint64 duplicateId);

    // Inside the caller's transaction: writes the customer with this UUID (new or changed) and
    // returns its id. The sync applies other counters' customers with it.
    Result<qint64> upsert(const Customer& c);
    Result<std::optional<Customer>> byUuid(const QString& uuid);
    // Inside the caller's transaction: gives the duplicate's history to the kept customer and
    // marks it merged.
    Status moveHistory(const Actor& actor, qint64 keepId, qint64 duplicateId);

private:
    Store& m_store;
};

} // namespace astro

#include "CustomerStore.h"

#include "common/Text.h"
#include "domain/Permissions.h"
#include "engine/CardService.h"
#include "store/Store.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace astro {

namespace {

const QString customerColumns =
    QStringLiteral("id, uuid, first_name, last_name, phone, email, created_at, merged_into");

Customer customerFrom(const Row& r)
{
    Customer c;
    c.id = r[0].toLongLong();
    c.uuid = r[1].toString();
    c.firstName = r[2].toString();
    c.lastName = r[3].toString();
    c.phone = r[4].toString();
    c.email = r[5].toString();
    c.createdAt = text::fromIsoUtc(r[6].toString());
    if (!r[7].isNull())
        c.mergedInto = r[7].toLongLong();
    return c;
}

Result<std::vector<Customer>> customersFrom(Result<Rows> rows)
{
    if (!rows)
        return rows.error();
    std::vector<Customer> out;
    out.reserve(rows->size());
    for (const Row& r : *rows)
        out.push_back(customerFrom(r));
    return out;
}

// The smallest text greater than every text starting with the prefix.
QString pastPrefix(const QString& prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

QJsonObject customerJson(const Customer& c)
{
    return QJsonObject{{QStringLiteral("customer"), c.uuid},
                       {QStringLiteral("first_name"), c.firstName},
                       {QStringLiteral("last_name"), c.lastName},
                       {QStringLiteral("phone"), c.phone},
                       {QStringLiteral("email"), c.email}};
}

} // namespace

QString CustomerStore::formatPhone(const QString& digits)
{
    if (digits.size() != 10)
        return digits;
    return QStringLiteral("(%1) %2-%3").arg(digits.left(3), digits.mid(3, 3), digits.right(4));
}

bool CustomerStore::isEmail(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text.trimmed()).hasMatch();
}

Result<CustomerInput> CustomerStore::validate(const CustomerInput& input)
{
    CustomerInput clean;
    clean.firstName = input.firstName.simplified();
    clean.lastName = input.lastName.simplified();
    clean.email = input.email.trimmed().toLower();
    clean.phone = text::digitsOnly(input.phone);
    if (clean.phone.size() == 11 && clean.phone.startsWith(QLatin1Char('1')))
        clean.phone.remove(0, 1);
    if (clean.firstName.isEmpty() || clean.lastName.isEmpty())
        return makeError(ErrorCode::Invalid, tr("First and last name are both required."));
    if (!input.phone.trimmed().isEmpty() && clean.phone.size() != 10)
        return makeError(ErrorCode::Invalid,
                         tr("“%1” is not a phone number: give the 10 digits with the area code.")
                             .arg(input.phone.trimmed()));
    if (!clean.email.isEmpty() && !isEmail(clean.email))
        return makeError(ErrorCode::Invalid,
                         tr("“%1” is not an email address.").arg(input.email.trimmed()));
    if (clean.phone.isEmpty() && clean.email.isEmpty())
        return makeError(
            ErrorCode::Invalid,
            tr("Give a phone number or an email, so the customer can be found again."));
    return clean;
}

Result<Customer> CustomerStore::get(qint64 id)
{
    auto row = m_store.db().selectOne(
        QStringLiteral("SELECT %1 FROM customers WHERE id = ?").arg(customerColumns), {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no customer number %1.").arg(id));
    return customerFrom(**row);
}

Result<QString> CustomerStore::uuidOf(qint64 id)
{
    auto uuid =
        m_store.db().scalar(QStringLiteral("SELECT uuid FROM customers WHERE id = ?"), {id});
    if (!uuid)
        return uuid.error();
    if (uuid->isNull())
        return makeError(ErrorCode::NotFound, tr("There is no customer number %1.").arg(id));
    return uuid->toString();
}

Result<std::vector<Customer>> CustomerStore::sameContact(const QString& phone, const QString& email,
                                                         qint64 exceptId)
{
    const QString digits = text::digitsOnly(phone).right(10);
    const QString mail = email.trimmed().toLower();
    // Two index lookups: written as one OR, SQLite reads the whole table.
    return customersFrom(m_store.db().select(
        QStringLiteral("SELECT %1 FROM customers WHERE id <> ? AND id IN ("
                       "SELECT id FROM customers WHERE merged_into IS NULL AND phone <> '' AND "
                       "phone = ? UNION SELECT id FROM customers WHERE merged_into IS NULL AND "
                       "email <> '' AND email = ?) ORDER BY id LIMIT 20")
            .arg(customerColumns),
        {exceptId, digits, mail}));
}

Result<Customer> CustomerStore::add(const Actor& actor, const CustomerInput& input)
{
    if (auto allowed = Permissions::check(actor, Permission::CheckOut); !allowed)
        return allowed.error();
    auto clean = validate(input);
    if (!clean)
        return clean.error();
    Customer c;
    c.uuid = text::newUuid();
    c.firstName = clean->firstName;
    c.lastName = clean->lastName;
    c.phone = clean->phone;
    c.email = clean->email;
    c.createdAt = m_store.now();

    Transaction transaction(m_store.db());
    if (!transaction.started())
        return transaction.started().error();
    auto id = upsert(c);
    if (!id)
        return id.error();
    c.id = *id;
    auto e = m_store.events().append(actor, c.createdAt, QStringLiteral("customer.added"),
                                     customerJson(c));
    if (!e)
        return e.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return c;
}

Result<Customer> CustomerStore::update(const Actor& actor, qint64 id, const CustomerInput& input)
{
    if (auto allowed = Permissions::check(actor, Permission::CheckOut); !allowed)
        return allowed.error();
    auto clean = validate(input);
    if (!clean)
        return clean.error();
    auto existing = get(id);
    if (!existing)
        return existing.error();
    Customer c = *existing;
    c.firstName = clean->firstName;
    c.lastName = clean->lastName;
    c.phone = clean->phone;
    c.email = clean->email;

    Transaction transaction(m_store.db());
    if (!transaction.started())
        return transaction.started().error();
    if (auto written = upsert(c); !written)
        return written.error();
    auto e = m_store.events().append(actor, m_store.now(), QStringLiteral("customer.updated"),
                                     customerJson(c));
    if (!e)
        return e.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return c;
}

Result<std::vector<Customer>> CustomerStore::find(const QString& query, int limit, int offset)
{
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty())
        return std::vector<Customer>();
    Database& db = m_store.db();
    const int window = limit + offset;
    QString digits = text::digitsOnly(trimmed);
    // North American area codes never start with 1: a leading 1 is the country code.
    if (digits.size() > 1 && digits.startsWith(QLatin1Char('1')))
        digits.remove(0, 1);

    if (trimmed.contains(QLatin1Char('@'))) {
        const QString p = trimmed.toLower();
        return customersFrom(db.select(
            QStringLiteral("SELECT %1 FROM customers WHERE merged_into IS NULL AND email <> '' AND "
                           "email >= ? AND email < ? ORDER BY email, id LIMIT ? OFFSET ?")
                .arg(customerColumns),
            {p, pastPrefix(p), limit, offset}));
    }
    if (!digits.isEmpty() && digits.size() * 2 >= trimmed.size()) {
        return customersFrom(db.select(
            QStringLiteral("SELECT %1 FROM customers WHERE merged_into IS NULL AND phone <> '' AND "
                           "phone >= ? AND phone < ? ORDER BY phone, id LIMIT ? OFFSET ?")
                .arg(customerColumns),
            {digits, pastPrefix(digits), limit, offset}));
    }

    const QStringList words = text::searchKey(trimmed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // One prefix on last names first, then on first names; each side walks its own index and
    // stops at the page's end, so a one-letter prefix stays fast on a million customers.
    const auto byOnePrefix = [&](const QString& p, int rows, int skip) {
        return customersFrom(db.select(
            QStringLiteral(
                "SELECT * FROM (SELECT %1, 0 AS grp, last_key AS k1, first_key AS k2 FROM "
                "customers WHERE merged_into IS NULL AND last_key >= ? AND last_key < ? ORDER BY "
                "last_key, first_key LIMIT ?) UNION ALL SELECT * FROM (SELECT %1, 1 AS grp, "
                "first_key AS k1, last_key AS k2 FROM customers WHERE merged_into IS NULL AND "
                "first_key >= ? AND first_key < ? AND NOT (last_key >= ? AND last_key < ?) "
                "ORDER BY first_key, last_key LIMIT ?) ORDER BY grp, k1, k2, id LIMIT ? OFFSET ?")
                .arg(customerColumns),
            {p, pastPrefix(p), skip + rows, p, pastPrefix(p), p, pastPrefix(p), skip + rows, rows,
             skip}));
    };
    if (words.size() == 1)
        return byOnePrefix(words.first(), limit, offset);
    // Two or more words: every split into first and last name, in both orders ("marie claire
    // dubois", "du pont jean"), then the words as one name ("du pont").
    std::vector<Customer> matches;
    QSet<qint64> seen;
    for (int split = 1; split < words.size() && int(matches.size()) < window; ++split) {
        const QString a = words.mid(0, split).join(QLatin1Char(' '));
        const QString b = words.mid(split).join(QLatin1Char(' '));
        auto found = customersFrom(db.select(
            QStringLiteral(
                "SELECT * FROM (SELECT %1, 0 AS grp, first_key AS k1, last_key AS k2 FROM "
                "customers WHERE merged_into IS NULL AND first_key >= ? AND first_key < ? AND "
                "last_key >= ? AND last_key < ? ORDER BY first_key, last_key LIMIT ?) UNION ALL "
                "SELECT * FROM (SELECT %1, 1 AS grp, last_key AS k1, first_key AS k2 FROM "
                "customers "
                "WHERE merged_into IS NULL AND last_key >= ? AND last_key < ? AND first_key >= ? "
                "AND first_key < ? ORDER BY last_key, first_key LIMIT ?) ORDER BY grp, k1, k2, id")
                .arg(customerColumns),
            {a, pastPrefix(a), b, pastPrefix(b), window, a, pastPrefix(a), b, pastPrefix(b),
             window}));
        if (!found)
            return found.error();
        for (Customer& c : *found)
            if (!seen.contains(c.id)) {
                seen.insert(c.id);
                matches.push_back(std::move(c));
            }
    }
    if (int(matches.size()) < window) {
        auto whole = byOnePrefix(words.join(QLatin1Char(' ')), window, 0);
        if (!whole)
            return whole.error();
        for (Customer& c : *whole)
            if (!seen.contains(c.id)) {
                seen.insert(c.id);
                matches.push_back(std::move(c));
            }
    }
    if (int(matches.size()) <= offset)
        return std::vector<Customer>();
    const auto first = matches.begin() + offset;
    return std::vector<Customer>(first, first + qMin<qsizetype>(limit, matches.end() - first));
}

Status CustomerStore::merge(const Actor& actor, qint64 keepId, qint64 duplicateId)
{
    if (auto allowed = Permissions::check(actor, Permission::MergeCustomers); !allowed)
        return allowed;
    if (keepId == duplicateId)
        return makeError(ErrorCode::Invalid, tr("Choose two different customers to merge."));
    auto keep = get(keepId);
    if (!keep)
        return keep.error();
    auto duplicate = get(duplicateId);
    if (!duplicate)
        return duplicate.error();
    if (keep->mergedInto || duplicate->mergedInto)
        return makeError(ErrorCode::Conflict, tr("One of these customers was already merged."));

    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    if (auto s = moveHistory(actor, keepId, duplicateId); !s)
        return s;
    auto e = m_store.events().append(actor, m_store.now(), QStringLiteral("customer.merged"),
                                     QJsonObject{{QStringLiteral("customer"), keep->uuid},
                                                 {QStringLiteral("merged"), duplicate->uuid}});
    if (!e)
        return e.error();
    if (auto s =
            m_store.audit(actor, QStringLiteral("customer:%1").arg(keepId),
                          QStringLiteral("merged"), duplicate->displayName(), keep->displayName());
        !s)
        return s;
    return transaction.commit();
}

Result<qint64> CustomerStore::upsert(const Customer& c)
{
    Database& db = m_store.db();
    if (auto s = db.execute(
            QStringLiteral("INSERT INTO customers (uuid, first_name, last_name, phone, email, "
                           "first_key, last_key, created_at) VALUES (?,?,?,?,?,?,?,?) ON "
                           "CONFLICT(uuid) DO UPDATE SET first_name = excluded.first_name, "
                           "last_name = excluded.last_name, phone = excluded.phone, email = "
                           "excluded.email, first_key = excluded.first_key, last_key = "
                           "excluded.last_key"),
            {c.uuid, c.firstName, c.lastName, c.phone, c.email, text::searchKey(c.firstName),
             text::searchKey(c.lastName), text::isoUtc(c.createdAt)});
        !s)
        return s.error();
    auto id = db.scalar(QStringLiteral("SELECT id FROM customers WHERE uuid = ?"), {c.uuid});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<std::optional<Customer>> CustomerStore::byUuid(const QString& uuid)
{
    auto row = m_store.db().selectOne(
        QStringLiteral("SELECT %1 FROM customers WHERE uuid = ?").arg(customerColumns), {uuid});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<Customer>();
    return std::optional<Customer>(customerFrom(**row));
}

Status CustomerStore::moveHistory(const Actor& actor, qint64 keepId, qint64 duplicateId)
{
    Database& db = m_store.db();
    auto cards = db.select(QStringLiteral("SELECT DISTINCT card_id FROM punches WHERE customer_id "
                                          "= ? UNION SELECT card_id FROM rewards WHERE customer_id "
                                          "= ?"),
                           {duplicateId, duplicateId});
    if (!cards)
        return cards.error();
    for (const char* table : {"visits", "scans", "punches", "redemptions"})
        if (auto s =
                db.execute(QStringLiteral("UPDATE %1 SET customer_id = ? WHERE customer_id = ?")
                               .arg(QLatin1String(table)),
                           {keepId, duplicateId});
            !s)
            return s;
    // Rewards keep their order: the duplicate's come after the kept customer's.
    if (auto s =
            db.execute(QStringLiteral("UPDATE rewards SET customer_id = ?, seq = seq + 1000000 "
                                      "WHERE customer_id = ?"),
                       {keepId, duplicateId});
        !s)
        return s;
    if (auto s = db.execute(QStringLiteral("UPDATE customers SET merged_into = ? WHERE id = ?"),
                            {keepId, duplicateId});
        !s)
        return s;
    for (const Row& card : *cards)
        if (auto r = m_store.cards().reconcile(actor, keepId, card[0].toString()); !r)
            return r.error();
    return {};
}

} // namespace astro

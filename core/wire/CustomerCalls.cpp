#include "CustomerCalls.h"

#include "CustomerDirectory.h"
#include "Fields.h"
#include "common/Text.h"
#include "customers/CustomerStore.h"
#include "engine/CardService.h"
#include "store/Store.h"

#include <QJsonArray>

namespace astro::wire {

namespace {

QJsonObject contactOf(const Customer& c, const QString& customerId)
{
    return QJsonObject{{QStringLiteral("customerID"), customerId},
                       {QStringLiteral("first_name"), c.firstName},
                       {QStringLiteral("last_name"), c.lastName},
                       {QStringLiteral("email_address"), c.email},
                       {QStringLiteral("phone"), c.phone}};
}

} // namespace

bool CustomerCalls::readContact(Fields& fields, Customer& c)
{
    if (fields.has("phone")) {
        const QString digits = text::digitsOnly(fields.text("phone"));
        const QString phone =
            digits.size() == 11 && digits.startsWith(QLatin1Char('1')) ? digits.mid(1) : digits;
        if (phone.size() != 10 && !phone.isEmpty())
            fields.reject("phone", QStringLiteral("must have 10 digits."));
        c.phone = phone;
    }
    if (fields.has("email_address")) {
        const QString email = fields.text("email_address").toLower();
        if (!email.isEmpty() && !CustomerStore::isEmail(email))
            fields.reject("email_address", QStringLiteral("is not an email address."));
        c.email = email;
    }
    return fields.ok();
}

ApiReply CustomerCalls::search(const QJsonObject& body)
{
    Fields fields(body);
    const QString phone = text::digitsOnly(fields.text("phone")).right(10);
    const QString email = fields.text("email_address").toLower();
    if (phone.isEmpty() && email.isEmpty())
        return ApiReply::failure(astroStatus::BadRequest,
                                 QStringLiteral("phone or email_address is missing."));
    // An exact phone or email: a search that may link two people must not guess.
    auto found = m_store.customers().sameContact(phone, email);
    if (!found)
        return ApiReply::fromError(found.error());
    if (found->empty())
        return ApiReply::failure(astroStatus::NotFound,
                                 QStringLiteral("No customer has this phone or email address."));
    const Customer& c = found->front();
    return ApiReply::success(contactOf(c, c.uuid));
}

ApiReply CustomerCalls::add(const QJsonObject& body)
{
    Fields fields(body);
    Customer c;
    c.uuid = fields.requiredText("customerID");
    c.firstName = fields.requiredText("first_name");
    c.lastName = fields.requiredText("last_name");
    if (!readContact(fields, c))
        return ApiReply::failure(astroStatus::BadRequest, fields.problem());
    CustomerDirectory directory(m_store);
    auto known = directory.resolve(c.uuid);
    if (!known)
        return ApiReply::fromError(known.error());
    if (known->has_value()) // a replay: the same customer, the same id
        return ApiReply::success(QJsonObject{
            {QStringLiteral("astro_customer_id"), CustomerDirectory::astroIdOf(**known)}});
    c.createdAt = m_store.now();
    Transaction transaction(m_store.db());
    if (!transaction.started())
        return ApiReply::fromError(transaction.started().error());
    auto id = m_store.customers().upsert(c);
    if (!id)
        return ApiReply::fromError(id.error());
    if (auto s = transaction.commit(); !s)
        return ApiReply::fromError(s.error());
    return ApiReply::success(
        QJsonObject{{QStringLiteral("astro_customer_id"), CustomerDirectory::astroIdOf(*id)}});
}

ApiReply CustomerCalls::link(const QJsonObject& body)
{
    Fields fields(body);
    const QString customerId = fields.requiredText("customerID");
    const QString astroId = fields.requiredText("astro_customer_id");
    if (!fields.ok())
        return ApiReply::failure(astroStatus::BadRequest, fields.problem());
    CustomerDirectory directory(m_store);
    auto target = directory.byAstroId(astroId);
    if (!target)
        return ApiReply::fromError(target.error());
    if (!target->has_value())
        return ApiReply::failure(astroStatus::NotFound,
                                 QStringLiteral("No Astro customer %1.").arg(astroId));
    auto current = directory.resolve(customerId);
    if (!current)
        return ApiReply::fromError(current.error());
    if (current->has_value() && **current != **target)
        return ApiReply::failure(
            astroStatus::AlreadyLinked,
            QStringLiteral("customerID %1 is already linked to Astro customer %2.")
                .arg(customerId, CustomerDirectory::astroIdOf(**current)));
    if (!current->has_value())
        if (auto s = directory.link(customerId, **target); !s)
            return ApiReply::fromError(s.error());
    return ApiReply::success(
        QJsonObject{{QStringLiteral("astro_customer_id"), CustomerDirectory::astroIdOf(**target)}});
}

std::optional<Customer> CustomerCalls::named(Fields& fields, ApiReply& refusal)
{
    const QString customerId = fields.requiredText("customerID");
    if (!fields.ok()) {
        refusal = ApiReply::failure(astroStatus::BadRequest, fields.problem());
        return std::nullopt;
    }
    const auto id = CustomerDirectory(m_store).caller(customerId, refusal);
    if (!id)
        return std::nullopt;
    auto customer = m_store.customers().get(*id);
    if (!customer) {
        refusal = ApiReply::fromError(customer.error());
        return std::nullopt;
    }
    return *customer;
}

ApiReply CustomerCalls::update(const QJsonObject& body)
{
    Fields fields(body);
    ApiReply refusal;
    auto named = this->named(fields, refusal);
    if (!named)
        return refusal;
    Customer c = *named;
    for (const auto& [key, field] :
         {std::pair{"first_name", &c.firstName}, std::pair{"last_name", &c.lastName}})
        if (fields.has(key))
            *field = fields.requiredText(key);
    if (!readContact(fields, c))
        return ApiReply::failure(astroStatus::BadRequest, fields.problem());
    Transaction transaction(m_store.db());
    if (!transaction.started())
        return ApiReply::fromError(transaction.started().error());
    if (auto s = m_store.customers().upsert(c); !s)
        return ApiReply::fromError(s.error());
    if (auto s = transaction.commit(); !s)
        return ApiReply::fromError(s.error());
    return ApiReply::success();
}

ApiReply CustomerCalls::status(const QJsonObject& body)
{
    Fields fields(body);
    ApiReply refusal;
    const auto customer = named(fields, refusal);
    if (!customer)
        return refusal;
    const QString customerId = fields.text("customerID");
    auto views = m_store.cards().cardsOf(customer->id);
    if (!views)
        return ApiReply::fromError(views.error());
    QJsonArray cards;
    for (const CardView& v : *views) {
        int available = 0;
        for (const Reward& reward : v.openRewards)
            available += reward.unitsLeft();
        cards.append(QJsonObject{{QStringLiteral("astro_program_id"), v.card.id},
                                 {QStringLiteral("astro_program_title"), v.card.title},
                                 {QStringLiteral("purchases"), v.progress},
                                 {QStringLiteral("purchases_required"), v.card.buy},
                                 {QStringLiteral("free_goods_earned"), v.rewardsEarned},
                                 {QStringLiteral("free_goods_available"), available}});
    }
    QJsonObject answer = contactOf(*customer, customerId);
    answer.insert(QStringLiteral("astro_customer_id"), CustomerDirectory::astroIdOf(customer->id));
    answer.insert(QStringLiteral("cards"), cards);
    return ApiReply::success(answer);
}

} // namespace astro::wire

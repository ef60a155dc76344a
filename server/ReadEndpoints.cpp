#include "ReadEndpoints.h"

#include "catalog/CatalogRepository.h"
#include "common/Text.h"
#include "customers/CustomerStore.h"
#include "domain/Gtin.h"
#include "engine/CardService.h"
#include "store/Store.h"

#include <QJsonArray>

namespace astro::server {

namespace {

const int searchLimit = 50;

bool running(const QDate& from, const QDate& to, const QDate& day)
{
    return (!from.isValid() || from <= day) && (!to.isValid() || day <= to);
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

ApiReply ReadEndpoints::searchCustomer(const QJsonObject& body)
{
    // CustomerStore::find tells phones, emails and names apart by their shape.
    QString query = text::digitsOnly(body.value(QStringLiteral("phone")).toString());
    if (query.isEmpty())
        query = body.value(QStringLiteral("email")).toString().trimmed();
    if (query.isEmpty())
        query = body.value(QStringLiteral("name")).toString().trimmed();
    if (query.isEmpty())
        return ApiReply::failure(astroStatus::BadRequest,
                                 QStringLiteral("Give a phone, an email or a name."));
    auto found = m_store.customers().find(query, searchLimit);
    if (!found)
        return ApiReply::fromError(found.error());
    if (found->empty())
        return ApiReply::failure(astroStatus::NotFound,
                                 QStringLiteral("No customer matches \"%1\".").arg(query));
    QJsonArray customers;
    for (const Customer& c : *found)
        customers.append(QJsonObject{{QStringLiteral("astro_customer_id"), c.uuid},
                                     {QStringLiteral("first_name"), c.firstName},
                                     {QStringLiteral("last_name"), c.lastName},
                                     {QStringLiteral("phone"), c.phone},
                                     {QStringLiteral("email"), c.email}});
    return ApiReply::success(QJsonObject{{QStringLiteral("customers"), customers}});
}

ApiReply ReadEndpoints::customerStatus(const QJsonObject& body)
{
    const QString uuid = body.value(QStringLiteral("astro_customer_id")).toString();
    if (uuid.isEmpty())
        return ApiReply::failure(astroStatus::BadRequest,
                                 QStringLiteral("astro_customer_id is missing."));
    auto row = m_store.db().selectOne(
        QStringLiteral("SELECT id, merged_into FROM customers WHERE uuid = ?"), {uuid});
    if (!row)
        return ApiReply::fromError(row.error());
    if (!row->has_value())
        return ApiReply::failure(astroStatus::NotFound,
                                 QStringLiteral("No customer %1 on this server.").arg(uuid));
    // A merged duplicate's history lives on the customer it was merged into.
    const Row& r = **row;
    const qint64 id = r[1].isNull() ? r[0].toLongLong() : r[1].toLongLong();

    auto views = m_store.cards().cardsOf(id);
    if (!views)
        return ApiReply::fromError(views.error());
    QJsonArray cards;
    for (const CardView& v : *views) {
        int freeGoods = 0;
        for (const Reward& reward : v.openRewards)
            freeGoods += reward.unitsLeft();
        cards.append(QJsonObject{{QStringLiteral("card"), v.card.id},
                                 {QStringLiteral("program"), v.program.id},
                                 {QStringLiteral("title"), v.card.title},
                                 {QStringLiteral("purchases"), v.progress},
                                 {QStringLiteral("buy"), v.card.buy},
                                 {QStringLiteral("free_goods"), freeGoods}});
    }
    return ApiReply::success(QJsonObject{{QStringLiteral("cards"), cards}});
}

ApiReply ReadEndpoints::eligiblePurchaseItems(const QJsonObject& body)
{
    const QString code = body.value(QStringLiteral("item_code")).toString();
    if (code.isEmpty())
        return ApiReply::failure(astroStatus::BadRequest, QStringLiteral("item_code is missing."));
    auto gtin = Gtin::parse(code);
    if (!gtin)
        return ApiReply::failure(astroStatus::BadRequest, gtin.error().message);
    CatalogRepository& catalog = m_store.catalog();
    auto product = catalog.productByGtin(gtin->gtin14());
    if (!product)
        return ApiReply::fromError(product.error());
    if (!product->has_value() || !(*product)->active)
        return ApiReply::failure(astroStatus::NotEligible,
                                 QStringLiteral("Item %1 is not in the catalog.").arg(code));
    auto cards = catalog.cardsForProduct((*product)->id);
    if (!cards)
        return ApiReply::fromError(cards.error());

    const QDate today = m_store.now().toLocalTime().date();
    QJsonArray programs;
    for (const ProgramCard& card : *cards) {
        auto program = catalog.program(card.programId);
        if (!program)
            return ApiReply::fromError(program.error());
        if (!program->has_value())
            continue;
        const Program& p = **program;
        if (!p.active || !running(p.availableFrom, p.availableTo, today) ||
            !running(card.availableFrom, card.availableTo, today))
            continue;
        programs.append(QJsonObject{{QStringLiteral("program"), p.id},
                                    {QStringLiteral("card"), card.id},
                                    {QStringLiteral("title"), card.title}});
    }
    if (programs.isEmpty())
        return ApiReply::failure(astroStatus::NotEligible,
                                 QStringLiteral("Item %1 is in no running program.").arg(code));
    return ApiReply::success(QJsonObject{{QStringLiteral("programs"), programs}});
}

ApiReply ReadEndpoints::listOffers(const QJsonObject& body)
{
    Q_UNUSED(body)
    auto offers = m_store.catalog().offers();
    if (!offers)
        return ApiReply::fromError(offers.error());
    // Running and coming offers; ended or withdrawn ones are history.
    const QDate today = m_store.now().toLocalTime().date();
    QJsonArray list;
    for (const Offer& o : *offers) {
        if (!o.active || (o.availableTo.isValid() && o.availableTo < today))
            continue;
        list.append(QJsonObject{{QStringLiteral("offer"), o.id},
                                {QStringLiteral("title"), o.title},
                                {QStringLiteral("available_from"), isoDate(o.availableFrom)},
                                {QStringLiteral("available_to"), isoDate(o.availableTo)}});
    }
    return ApiReply::success(QJsonObject{{QStringLiteral("offers"), list}});
}

} // namespace astro::server

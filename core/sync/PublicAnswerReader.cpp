#include "PublicAnswerReader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace astro::sync {

namespace {

QString field(const QJsonObject& o, const char* key)
{
    return PublicAnswerReader::text(o.value(QLatin1String(key)));
}

} // namespace

QString PublicAnswerReader::text(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

int PublicAnswerReader::number(const QJsonValue& value)
{
    return value.isString() ? value.toString().toInt() : value.toInt();
}

std::optional<QString> AstroReward::itemId(const QString& itemCode) const
{
    for (const AstroItem& item : items)
        if (item.itemCode == itemCode)
            return item.astroItemId;
    return std::nullopt;
}

std::optional<FoundCustomer> PublicAnswerReader::customer(const QJsonValue& data)
{
    // Astro answers one customer; a list is read for its first.
    const QJsonArray list = data.toArray();
    const QJsonObject o = !data.isArray()  ? data.toObject()
                          : list.isEmpty() ? QJsonObject()
                                           : list.first().toObject();
    FoundCustomer c{field(o, "customerID"), field(o, "first_name"), field(o, "last_name")};
    if (c.customerId.isEmpty())
        return std::nullopt;
    return c;
}

QString PublicAnswerReader::astroCustomerId(const QJsonValue& data)
{
    return field(data.toObject(), "astro_customer_id");
}

std::optional<std::vector<LineAnswer>> PublicAnswerReader::lines(const QJsonValue& data,
                                                                 const QStringList& sentIds)
{
    const QJsonArray entries =
        data.isArray() ? data.toArray() : QJsonArray{data}; // addTransaction answers one entry
    std::vector<LineAnswer> out;
    for (const QString& id : sentIds) {
        const auto match = std::find_if(entries.begin(), entries.end(), [&](const QJsonValue& e) {
            return field(e.toObject(), "transactionID") == id;
        });
        if (match == entries.end())
            return std::nullopt;
        const QJsonObject e = match->toObject();
        if (!e.contains(QStringLiteral("transaction_status")))
            return std::nullopt;
        out.push_back(LineAnswer{id, number(e.value(QStringLiteral("transaction_status"))),
                                 field(e, "transaction_status_message"),
                                 field(e, "astro_transaction_id"), field(e, "astro_program_id")});
    }
    return out;
}

std::vector<AstroReward> PublicAnswerReader::rewards(const QJsonValue& data)
{
    std::vector<AstroReward> out;
    for (const QJsonValue& v : data.toArray()) {
        const QJsonObject o = v.toObject();
        AstroReward r;
        r.astroRewardId = field(o, "astro_reward_id");
        r.astroProgramId = field(o, "astro_program_id");
        r.available = field(o, "reward_status") != QLatin1String("redeemed");
        for (const QJsonValue& i : o.value(QStringLiteral("eligible_items")).toArray())
            r.items.push_back(
                AstroItem{field(i.toObject(), "astro_item_id"), field(i.toObject(), "item_code")});
        if (!r.astroRewardId.isEmpty())
            out.push_back(r);
    }
    return out;
}

std::vector<AstroCard> PublicAnswerReader::cards(const QJsonValue& data)
{
    std::vector<AstroCard> out;
    for (const QJsonValue& v : data.toObject().value(QStringLiteral("cards")).toArray()) {
        const QJsonObject o = v.toObject();
        AstroCard c{field(o, "astro_program_id"), number(o.value(QStringLiteral("purchases"))),
                    number(o.value(QStringLiteral("free_goods_available")))};
        if (!c.astroProgramId.isEmpty())
            out.push_back(c);
    }
    return out;
}

} // namespace astro::sync

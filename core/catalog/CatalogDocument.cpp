#include "CatalogDocument.h"

#include "domain/Gtin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace astro {

namespace {

// Reads one entry's fields, remembering the first problem with the entry's name in front.
class EntryReader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogDocument)

public:
    EntryReader(const QJsonValue& value, QString where, QString& error)
        : m_object(value.toObject()), m_where(std::move(where)), m_error(error)
    {
        if (!value.isObject())
            fail(tr("is not an object"));
    }

    void name(const QString& key)
    {
        const QString id = m_object.value(key).toString();
        if (!id.isEmpty())
            m_where += QStringLiteral(" (%1 “%2”)").arg(key, id);
    }

    QString text(const QString& key, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(tr("the field “%1” is missing").arg(key));
            return {};
        }
        if (!v.isString()) {
            fail(tr("the field “%1” must be text").arg(key));
            return {};
        }
        const QString s = v.toString().trimmed();
        if (required && s.isEmpty())
            fail(tr("the field “%1” is empty").arg(key));
        return s;
    }

    std::optional<qint64> number(const QString& key, bool required, qint64 minimum)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(tr("the field “%1” is missing").arg(key));
            return std::nullopt;
        }
        // toInteger() is 0 for a number that is not a whole qint64 (1.5, 1e99): never cast
        // such a double to an integer.
        const qint64 n = v.toInteger();
        if (!v.isDouble() || double(n) != v.toDouble() || n < minimum) {
            fail(tr("the field “%1” must be a whole number of at least %2").arg(key).arg(minimum));
            return std::nullopt;
        }
        return n;
    }

    // A whole number the engine keeps in an int (units, months, grams): a larger one is refused,
    // never cut to its low bits (a "buy" of 4294967296 was read as 0).
    std::optional<int> count(const QString& key, bool required, int minimum)
    {
        const auto n = number(key, required, minimum);
        if (!n)
            return std::nullopt;
        if (*n > std::numeric_limits<int>::max()) {
            fail(tr("the field “%1” must be a whole number of at least %2").arg(key).arg(minimum));
            return std::nullopt;
        }
        return int(*n);
    }

    bool flag(const QString& key, bool fallback)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            fail(tr("the field “%1” must be true or false").arg(key));
        return v.toBool(fallback);
    }

    QDate date(const QString& key, bool required, QDate fallback = {})
    {
        const QString s = text(key, required);
        if (s.isEmpty())
            return fallback;
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            fail(tr("the field “%1” must be a date written YYYY-MM-DD").arg(key));
        return d;
    }

    QStringList list(const QString& key, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(tr("the field “%1” is missing").arg(key));
            return {};
        }
        if (!v.isArray()) {
            fail(tr("the field “%1” must be a list").arg(key));
            return {};
        }
        QStringList items;
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                fail(tr("the list “%1” must hold only non-empty text").arg(key));
                return {};
            }
            items << item.toString().trimmed();
        }
        return items;
    }

    template <typename E> E choice(const QString& key, E fallback, bool required = true)
    {
        const QString s = text(key, required);
        if (s.isEmpty())
            return fallback;
        const auto v = fromCode<E>(s);
        if (!v) {
            fail(tr("“%1” is not a valid value for “%2”").arg(s, key));
            return fallback;
        }
        return *v;
    }

    QJsonValue raw(const QString& key) const { return m_object.value(key); }
    const QString& where() const { return m_where; }

    void fail(const QString& problem)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2").arg(m_where, problem);
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString& m_error;
};

QStringList gtinsOf(EntryReader& r, const QString& key)
{
    QStringList gtins;
    for (const QString& upc : r.list(key, true)) {
        auto g = Gtin::parse(upc);
        if (!g) {
            r.fail(g.error().message);
            return {};
        }
        gtins << g->gtin14();
    }
    return gtins;
}

QStringList upper(QStringList codes)
{
    for (QString& c : codes)
        c = c.toUpper();
    return codes;
}

} // namespace

Result<CatalogDocument> CatalogDocument::parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Invalid,
                         tr("The catalog is not valid JSON (at character %1: %2).")
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    if (!doc.isObject())
        return makeError(ErrorCode::Invalid, tr("The catalog must be a JSON object."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("astro-catalog"))
        return makeError(ErrorCode::Invalid,
                         tr("This file is not an Astro catalog (its “format” is not "
                            "“astro-catalog”)."));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble())
        return makeError(
            ErrorCode::Invalid,
            tr("The catalog's “version” must be the number 1 (written without "
               "quotes), not %1.")
                .arg(version.isUndefined()
                         ? tr("missing")
                         : QString::fromUtf8(
                               QJsonDocument(QJsonArray{version}).toJson(QJsonDocument::Compact))
                               .mid(1)
                               .chopped(1)));
    if (version.toDouble() != 1)
        return makeError(ErrorCode::Unsupported,
                         tr("This catalog is version %1, made for a newer Astro Counter: this "
                            "one reads version 1 only. Update Astro Counter, or ask for a "
                            "version 1 catalog.")
                             .arg(version.toVariant().toString()));

    CatalogDocument c;
    QString error;
    c.cursor = root.value(QStringLiteral("cursor")).toString();
    const QJsonObject retailer = root.value(QStringLiteral("retailer")).toObject();
    c.retailerId = retailer.value(QStringLiteral("id")).toString();
    c.retailerName = retailer.value(QStringLiteral("name")).toString();

    auto each = [&](const char* section, auto&& readOne) {
        const QJsonValue v = root.value(QLatin1String(section));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isArray()) {
            if (error.isEmpty())
                error = tr("%1: must be a list").arg(QLatin1String(section));
            return;
        }
        const QJsonArray items = v.toArray();
        for (int i = 0; i < items.size() && error.isEmpty(); ++i)
            readOne(EntryReader(
                items[i], QStringLiteral("%1[%2]").arg(QLatin1String(section)).arg(i), error));
    };

    each("locations", [&](EntryReader r) {
        r.name(QStringLiteral("id"));
        Location l;
        l.id = r.text(QStringLiteral("id"), true);
        l.name = r.text(QStringLiteral("name"), true);
        l.address = r.text(QStringLiteral("address"), false);
        l.city = r.text(QStringLiteral("city"), false);
        l.postalCode = r.text(QStringLiteral("postal_code"), false);
        l.phone = r.text(QStringLiteral("phone"), false);
        l.region = r.text(QStringLiteral("region"), true).toUpper();
        l.country = r.text(QStringLiteral("country"), true).toUpper();
        l.master = r.flag(QStringLiteral("master"), false);
        if (!l.country.isEmpty() && l.country != QLatin1String("US") &&
            l.country != QLatin1String("CA"))
            r.fail(tr("the country must be “US” or “CA”"));
        c.locations.push_back(l);
    });
    each("manufacturers", [&](EntryReader r) {
        r.name(QStringLiteral("id"));
        c.manufacturers.push_back(
            {r.text(QStringLiteral("id"), true), r.text(QStringLiteral("name"), true)});
    });
    each("products", [&](EntryReader r) {
        r.name(QStringLiteral("upc"));
        Product p;
        auto gtin = Gtin::parse(r.text(QStringLiteral("upc"), true));
        if (!gtin)
            r.fail(gtin.error().message);
        else
            p.gtin = gtin->gtin14();
        p.description = r.text(QStringLiteral("description"), true);
        p.manufacturerId = r.text(QStringLiteral("manufacturer"), true);
        p.species = r.text(QStringLiteral("species"), true);
        p.foodType = r.text(QStringLiteral("food_type"), true);
        p.sizeClass = r.choice(QStringLiteral("size_class"), SizeClass::S);
        p.weightGrams = r.count(QStringLiteral("weight_grams"), false, 0).value_or(0);
        p.price = Money{r.number(QStringLiteral("price_cents"), true, 0).value_or(0)};
        p.active = r.flag(QStringLiteral("active"), true);
        c.products.push_back(p);
    });
    each("programs", [&](EntryReader r) {
        r.name(QStringLiteral("id"));
        CatalogProgram cp;
        Program& p = cp.program;
        p.id = r.text(QStringLiteral("id"), true);
        p.manufacturerId = r.text(QStringLiteral("manufacturer"), true);
        p.title = r.text(QStringLiteral("title"), true);
        p.description = r.text(QStringLiteral("description"), false);
        p.kind = r.choice(QStringLiteral("kind"), ProgramKind::FrequentBuyer);
        p.fulfillment = r.choice(QStringLiteral("fulfillment"), Fulfillment::Distributor);
        p.availableFrom = r.date(QStringLiteral("available_from"), true);
        p.availableTo = r.date(QStringLiteral("available_to"), true);
        p.terms = r.text(QStringLiteral("terms"), false);
        p.regions = upper(r.list(QStringLiteral("regions"), true));
        p.active = r.flag(QStringLiteral("active"), true);
        if (p.kind == ProgramKind::Tracking && p.fulfillment != Fulfillment::Retailer)
            r.fail(tr("a tracking program must be retailer fulfilled"));
        if (p.availableFrom.isValid() && p.availableTo.isValid() && p.availableTo < p.availableFrom)
            r.fail(tr("it ends before it starts"));
        const QJsonArray cards = r.raw(QStringLiteral("cards")).toArray();
        if (cards.isEmpty())
            r.fail(tr("a program needs at least one card in “cards”"));
        for (int i = 0; i < cards.size() && error.isEmpty(); ++i) {
            EntryReader cr(cards[i], QStringLiteral("%1.cards[%2]").arg(r.where()).arg(i), error);
            cr.name(QStringLiteral("id"));
            CatalogCard cc;
            ProgramCard& k = cc.card;
            k.id = cr.text(QStringLiteral("id"), true);
            k.programId = p.id;
            k.title = cr.text(QStringLiteral("title"), true);
            k.description = cr.text(QStringLiteral("description"), false);
            k.availableFrom = cr.date(QStringLiteral("available_from"), false, p.availableFrom);
            k.availableTo = cr.date(QStringLiteral("available_to"), false, p.availableTo);
            k.buy = cr.count(QStringLiteral("buy"), true, 1).value_or(1);
            k.get = cr.count(QStringLiteral("get"), true, 1).value_or(1);
            k.rule = cr.choice(QStringLiteral("rule"), RewardRule::Any);
            k.timeLimitMonths = cr.count(QStringLiteral("time_limit_months"), false, 0).value_or(0);
            if (auto m = cr.count(QStringLiteral("max_per_customer"), false, 1))
                k.maxPerCustomer = *m;
            if (auto m = cr.count(QStringLiteral("max_per_program"), false, 1))
                k.maxPerProgram = *m;
            EntryReader cost(cr.raw(QStringLiteral("cost_cents")),
                             cr.where() + QStringLiteral(".cost_cents"), error);
            for (SizeClass s : {SizeClass::S, SizeClass::M, SizeClass::L, SizeClass::XL})
                k.costBySize[std::size_t(s)] = Money{cost.number(toCode(s), true, 0).value_or(0)};
            cc.upcs = gtinsOf(cr, QStringLiteral("products"));
            cp.cards.push_back(cc);
        }
        c.programs.push_back(cp);
    });
    each("offers", [&](EntryReader r) {
        r.name(QStringLiteral("id"));
        CatalogOffer co;
        Offer& o = co.offer;
        o.id = r.text(QStringLiteral("id"), true);
        o.manufacturerId = r.text(QStringLiteral("manufacturer"), true);
        o.title = r.text(QStringLiteral("title"), true);
        o.description = r.text(QStringLiteral("description"), false);
        o.kind = r.choice(QStringLiteral("kind"), OfferKind::FreeGood);
        o.buy = r.count(QStringLiteral("buy"), true, 1).value_or(1);
        o.get = r.count(QStringLiteral("get"), o.kind == OfferKind::FreeGood, 1).value_or(1);
        o.rebate = Money{
            r.number(QStringLiteral("rebate_cents"), o.kind == OfferKind::Rebate, 1).value_or(0)};
        o.limitPerCustomer = r.count(QStringLiteral("limit_per_customer"), false, 1).value_or(1);
        if (auto m = r.count(QStringLiteral("cap_units"), false, 1))
            o.capUnits = *m;
        if (auto m = r.number(QStringLiteral("cap_cents"), false, 1))
            o.capCents = *m;
        o.requiresEmail = r.flag(QStringLiteral("requires_email"), false);
        o.fulfillment = r.choice(QStringLiteral("fulfillment"), Fulfillment::Distributor);
        o.availableFrom = r.date(QStringLiteral("available_from"), true);
        o.availableTo = r.date(QStringLiteral("available_to"), true);
        o.regions = upper(r.list(QStringLiteral("regions"), true));
        o.active = r.flag(QStringLiteral("active"), true);
        co.upcs = gtinsOf(r, QStringLiteral("products"));
        c.offers.push_back(co);
    });
    each("distributors", [&](EntryReader r) {
        r.name(QStringLiteral("id"));
        Distributor d;
        d.id = r.text(QStringLiteral("id"), true);
        d.name = r.text(QStringLiteral("name"), true);
        d.states = upper(r.list(QStringLiteral("states"), false));
        d.provinces = upper(r.list(QStringLiteral("provinces"), false));
        d.restrictedLocations = r.list(QStringLiteral("restricted_locations"), false);
        d.manufacturers = r.list(QStringLiteral("manufacturers"), true);
        d.programs = r.list(QStringLiteral("programs"), true);
        d.requiresAccountNumber = r.flag(QStringLiteral("requires_account_number"), true);
        if (d.id == Distributor::temporaryHoldingId())
            r.fail(tr("Temporary Holding is built in and cannot be redefined"));
        c.distributors.push_back(d);
    });

    if (!error.isEmpty())
        return makeError(ErrorCode::Invalid, tr("The catalog was not imported: %1.").arg(error));
    return c;
}

} // namespace astro

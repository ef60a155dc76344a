#include "Generation.h"

#include "domain/Gtin.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace bench::generation {

using namespace astro;

// ---------------------------------------------------------------------------------------------
// The catalog in memory, drawn from the seed: its vocabulary, then the manufacturers, programs,
// cards, products and offers, and the words of each product.

// Product lines: a program's cards are one per kind.
struct CardKind
{
    const char* species;
    const char* foodType;
    const char* label;
    std::array<SizeClass, 3> sizes;
    int sizeCount;
    const char* words;
    int basePriceCents;
    int centsPerKg;
};

const CardKind cardKinds[] = {
    {"dog", "kibble", "Dog Kibble SM", {SizeClass::S, SizeClass::M}, 2, "Dry Food", 900, 450},
    {"dog", "kibble", "Dog Kibble LG", {SizeClass::L, SizeClass::XL}, 2, "Dry Food", 1500, 420},
    {"cat",
     "kibble",
     "Cat Kibble",
     {SizeClass::S, SizeClass::M, SizeClass::L},
     3,
     "Dry Food",
     900,
     600},
    {"dog", "can", "Dog Cans", {SizeClass::S}, 1, "Wet Food Case", 2400, 900},
    {"cat", "can", "Cat Cans", {SizeClass::S}, 1, "Wet Food Case", 2200, 1100},
    {"dog", "treat", "Dog Treats", {SizeClass::S, SizeClass::M}, 2, "Treats", 700, 2400},
    {"cat", "treat", "Cat Treats", {SizeClass::S}, 1, "Treats", 500, 3500},
    {"dog", "raw", "Dog Raw", {SizeClass::M, SizeClass::L}, 2, "Raw Frozen Patties", 2000, 1500},
    {"dog",
     "freeze_dried",
     "Dog Freeze-Dried",
     {SizeClass::S, SizeClass::M},
     2,
     "Freeze-Dried Nuggets",
     1800,
     6000},
    {"cat",
     "freeze_dried",
     "Cat Freeze-Dried",
     {SizeClass::S},
     1,
     "Freeze-Dried Bites",
     1500,
     7000},
    {"small_animal",
     "kibble",
     "Small Animal Food",
     {SizeClass::S, SizeClass::M},
     2,
     "Pellets",
     700,
     500},
    {"dog", "supplement", "Dog Supplements", {SizeClass::S}, 1, "Daily Supplement", 2500, 9000},
};
constexpr int kindCount = int(std::size(cardKinds));

const char* const brandHeads[] = {"North",  "Maple", "Prairie", "Coast", "Tiny",   "Blue", "Wild",
                                  "Golden", "Pure",  "True",    "Happy", "Silver", "Red",  "Green",
                                  "Sun",    "Moon",  "Oak",     "Pine",  "River",  "Stone"};
const char* const brandTails[] = {"paw",   "wind",  "ridge",  "harvest", "line",    "tail", "field",
                                  "crest", "brook", "meadow", "hound",   "whisker", "bark", "purr",
                                  "den",   "trail", "peak",   "vale",    "wood",    "bay"};
const char* const productLines[] = {"Original",       "Grain Free",     "Limited Ingredient",
                                    "High Protein",   "Healthy Weight", "Sensitive Stomach",
                                    "Large Breed",    "Small Breed",    "Indoor",
                                    "Ancient Grains", "Wild Recipe",    "Everyday"};
const char* const flavours[] = {"Chicken & Brown Rice",
                                "Lamb & Oatmeal",
                                "Salmon & Sweet Potato",
                                "Turkey & Barley",
                                "Duck & Pumpkin",
                                "Beef & Vegetables",
                                "Whitefish",
                                "Venison",
                                "Ocean Fish",
                                "Chicken Liver",
                                "Rabbit",
                                "Pork & Apple"};
const char* const accessories[] = {"Rope Toy",     "Stainless Bowl",  "Clumping Litter",
                                   "Nylon Leash",  "Grooming Brush",  "Scratching Post",
                                   "Waste Bags",   "Orthopedic Bed",  "Catnip Mouse",
                                   "Travel Crate", "Dental Chew Toy", "Hay Feeder"};
QString distributorId(int d)
{
    return QStringLiteral("DST-%1").arg(d + 1);
}

QString manufacturerId(int m)
{
    return QStringLiteral("MFG-%1").arg(pad(m + 1, 4));
}
// The catalog's sizes fit its UPC scheme and give every card a product.
Status checkSizes(const Config& config)
{
    if (config.products < 1 || config.programs < 1 || config.cardsPerProgram < 1)
        return makeError(ErrorCode::Invalid, QStringLiteral("every size must be at least 1"));
    const int manufacturers = std::max(1, (config.programs * 4 + 4) / 5);
    if (config.products < manufacturers * config.cardsPerProgram)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("--products must be at least %1 (%2 manufacturers × %3 "
                                        "cards, so every card has a product)")
                             .arg(manufacturers * config.cardsPerProgram)
                             .arg(manufacturers)
                             .arg(config.cardsPerProgram));
    if (config.products / manufacturers >= 99999)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("at most 99,998 products per manufacturer"));
    return {};
}
void CatalogPlan::buildCatalog()
{
    Rng& rng = m_rng;
    const int programCount = m_config.programs;
    m_manufacturers = std::max(1, (programCount * 4 + 4) / 5);
    for (int m = 0; m < m_manufacturers; ++m) {
        QString brand =
            QString::fromLatin1(brandHeads[m % std::size(brandHeads)]) +
            QString::fromLatin1(brandTails[(m / std::size(brandHeads)) % std::size(brandTails)]);
        const int round = m / int(std::size(brandHeads) * std::size(brandTails));
        if (round > 0)
            brand += QStringLiteral(" %1").arg(round + 1);
        m_brands.push_back(brand);
    }

    // Programs: one frequent-buyer program per manufacturer, then second programs (a tracking
    // program the store asked for, or a treat club) for the first manufacturers.
    const int cardsPer = m_config.cardsPerProgram;
    for (int p = 0; p < programCount; ++p) {
        GenProgram g;
        g.id = QStringLiteral("PRG-%1").arg(pad(p + 1, 4));
        g.secondary = p >= m_manufacturers;
        g.manufacturer = g.secondary ? p - m_manufacturers : p;
        g.distributor = p % distributorCount;
        if (g.secondary) {
            if (p % 2 == 0) {
                g.kind = ProgramKind::Tracking;
                g.fulfillment = Fulfillment::Retailer;
            }
        } else {
            const double r = rng.uniform();
            if (r < 0.08)
                g.fulfillment = Fulfillment::Direct;
            else if (r < 0.10)
                g.held = true;
        }
        g.accountNumber = g.fulfillment == Fulfillment::Direct
                              ? QStringLiteral("MFG-ACCT-%1").arg(pad(p + 1, 5))
                              : (g.fulfillment == Fulfillment::Distributor && !g.held
                                     ? QStringLiteral("%1-%2").arg(distributorId(g.distributor),
                                                                   pad(70000 + p, 6))
                                     : QString());
        g.firstCard = int(m_cards.size());
        const int primary = g.secondary ? g.manufacturer : p;
        for (int c = 0; c < cardsPer; ++c) {
            GenCard card;
            card.id = QStringLiteral("CRD-%1-%2").arg(pad(p + 1, 4), pad(c + 1, 2));
            card.program = p;
            card.kind = (primary + c) % kindCount;
            static const int buys[] = {5, 8, 9, 10, 10, 12, 12, 12, 13, 15};
            card.buy = buys[rng.below(int(std::size(buys)))];
            card.get = rng.chance(0.1) ? 2 : 1;
            const double r = rng.uniform();
            card.rule = r < 0.30   ? RewardRule::Any
                        : r < 0.55 ? RewardRule::LeastValue
                        : r < 0.70 ? RewardRule::SameSize
                        : r < 0.85 ? RewardRule::PurchasedPrior
                                   : RewardRule::MostFrequent;
            const double t = rng.uniform();
            card.timeLimitMonths = t < 0.55 ? 0 : (t < 0.85 ? 12 : 18);
            if (rng.chance(0.1))
                card.maxPerCustomer = 12;
            const CardKind& kind = cardKinds[card.kind];
            for (int s = 0; s < 4; ++s)
                card.cost[std::size_t(s)] = kind.basePriceCents + kind.centsPerKg * (s + 1) * 2;
            m_cards.push_back(card);
        }
        m_programs.push_back(g);
    }
    // secondProgram[m]: the manufacturer's second program, if any.
    std::vector<int> secondProgram(std::size_t(m_manufacturers), -1);
    for (int p = m_manufacturers; p < programCount; ++p)
        secondProgram[std::size_t(p - m_manufacturers)] = p;

    // Products: grouped by manufacturer, so their GTINs ascend; each product of a line is on
    // its manufacturer's card for that line, a quarter of them also on the second program's.
    const int perManufacturer = m_config.products / m_manufacturers;
    const int extra = m_config.products % m_manufacturers;
    const int stride = std::max(1, 80000 / m_manufacturers);
    m_products.reserve(std::size_t(m_config.products));
    for (int m = 0; m < m_manufacturers; ++m) {
        const int count = perManufacturer + (m < extra ? 1 : 0);
        const GenProgram& primary = m_programs[std::size_t(m)];
        const int second = secondProgram[std::size_t(m)];
        for (int j = 0; j < count; ++j) {
            GenProduct g;
            g.id = qint64(m_products.size()) + 1;
            g.manufacturer = m;
            const QString upc11 = QStringLiteral("0%1%2")
                                      .arg(10001 + m * stride, 5, 10, QLatin1Char('0'))
                                      .arg(j, 5, 10, QLatin1Char('0'));
            g.upc = upc11 + QString::number(Gtin::checkDigit(upc11));
            g.gtin14 = QStringLiteral("00") + g.upc;
            int cardInProgram = -1;
            if (j < cardsPer)
                cardInProgram = j; // every card gets products
            else if (rng.chance(0.82))
                cardInProgram = rng.below(cardsPer);
            if (cardInProgram >= 0) {
                const int card = primary.firstCard + cardInProgram;
                g.kind = m_cards[std::size_t(card)].kind;
                g.cards[0] = card;
                g.cardCount = 1;
                if (second >= 0 && (j < cardsPer || rng.chance(0.25))) {
                    g.cards[1] = m_programs[std::size_t(second)].firstCard + cardInProgram;
                    g.cardCount = 2;
                }
                const CardKind& kind = cardKinds[g.kind];
                g.size = kind.sizes[std::size_t(rng.below(kind.sizeCount))];
            } else {
                g.size = SizeClass(rng.below(4));
            }
            static const int lowGrams[] = {300, 2300, 6800, 13700};
            static const int highGrams[] = {2300, 6800, 13700, 18200};
            const int s = int(g.size);
            g.weightGrams = lowGrams[s] + rng.below(highGrams[s] - lowGrams[s]);
            const int base = g.kind >= 0 ? cardKinds[g.kind].basePriceCents : 800;
            const int perKg = g.kind >= 0 ? cardKinds[g.kind].centsPerKg : 300;
            const int cents = base + int(qint64(perKg) * g.weightGrams / 1000);
            g.priceCents = std::max(199, (cents / 100) * 100 + 99);
            m_products.push_back(g);
        }
    }
    m_cardProducts.resize(m_cards.size());
    for (std::size_t i = 0; i < m_products.size(); ++i) {
        const GenProduct& g = m_products[i];
        for (int c = 0; c < g.cardCount; ++c) {
            m_cards[std::size_t(g.cards[std::size_t(c)])].products.push_back(int(i));
            Product p;
            p.id = g.id;
            p.sizeClass = g.size;
            p.price = Money{g.priceCents};
            p.active = true;
            m_cardProducts[std::size_t(g.cards[std::size_t(c)])].push_back(p);
        }
        if (g.cardCount > 0)
            m_qualifying.push_back(int(i));
        if (g.cardCount == 1)
            m_singleCard.push_back(int(i));
    }

    // A monthly offer per 25 programs, on qualifying products of one manufacturer.
    const int offerCount = std::max(1, programCount / 25);
    for (int o = 0; o < offerCount; ++o) {
        GenOffer g;
        g.id = QStringLiteral("OFR-%1").arg(pad(o + 1, 3));
        g.manufacturer = (o * 7) % m_manufacturers;
        g.distributor = g.manufacturer % distributorCount;
        const int first = g.manufacturer * perManufacturer + std::min(g.manufacturer, extra);
        for (int j = first; j < int(m_products.size()) && int(g.products.size()) < 30; ++j)
            if (m_products[std::size_t(j)].manufacturer == g.manufacturer &&
                m_products[std::size_t(j)].cardCount > 0)
                g.products.push_back(j);
        if (!g.products.empty())
            m_offers.push_back(g);
    }
}

QString productDescription(const QString& brand, const GenProduct& g, Rng& rng)
{
    const QString weight =
        g.weightGrams >= 1000
            ? QStringLiteral("%1 lb").arg(std::max(1, int(g.weightGrams / 453.6)))
            : QStringLiteral("%1 oz").arg(std::max(1, int(g.weightGrams / 28.35)));
    if (g.kind < 0)
        return QStringLiteral("%1 %2 %3")
            .arg(brand, QLatin1String(accessories[rng.below(int(std::size(accessories)))]), weight);
    const CardKind& kind = cardKinds[g.kind];
    const QLatin1String species(kind.species);
    QString stage;
    if (species == QLatin1String("dog"))
        stage = QLatin1String(rng.chance(0.7) ? "Adult Dog"
                                              : (rng.chance(0.5) ? "Puppy" : "Senior Dog"));
    else if (species == QLatin1String("cat"))
        stage = QLatin1String(rng.chance(0.7) ? "Adult Cat"
                                              : (rng.chance(0.5) ? "Kitten" : "Senior Cat"));
    else
        stage = QStringLiteral("Rabbit & Guinea Pig");
    return QStringLiteral("%1 %2 %3 %4 %5 %6")
        .arg(brand, QLatin1String(productLines[rng.below(int(std::size(productLines)))]), stage,
             QLatin1String(flavours[rng.below(int(std::size(flavours)))]),
             QLatin1String(kind.words), weight);
}
quint64 productSeed(quint64 seed)
{
    return seed ^ 0x9E3779B97F4A7C15ULL;
}

ProductWords productWords(const QString& brand, const GenProduct& g, Rng& rng)
{
    static const char* const otherSpecies[] = {"dog",  "cat",     "small_animal", "bird",
                                               "fish", "reptile", "other"};
    ProductWords w;
    w.description = productDescription(brand, g, rng);
    w.species = g.kind >= 0
                    ? QString::fromLatin1(cardKinds[g.kind].species)
                    : QString::fromLatin1(otherSpecies[rng.below(int(std::size(otherSpecies)))]);
    w.foodType =
        g.kind >= 0 ? QString::fromLatin1(cardKinds[g.kind].foodType) : QStringLiteral("other");
    return w;
}
QString cardTitle(const GenCard& c)
{
    return QStringLiteral("%1 — Buy %2 Get %3 Free")
        .arg(QLatin1String(cardKinds[c.kind].label))
        .arg(c.buy)
        .arg(c.get);
}

} // namespace bench::generation

#include "engine/RewardRules.h"

#include <QTest>

#include <algorithm>

using namespace astro;

namespace {

Product product(qint64 id, qint64 priceCents, SizeClass size, bool active = true)
{
    Product p;
    p.id = id;
    p.gtin = QStringLiteral("000700000000%1").arg(id, 2, 10, QLatin1Char('0'));
    p.description = QStringLiteral("Item %1").arg(id);
    p.manufacturerId = QStringLiteral("M1");
    p.sizeClass = size;
    p.price = Money{priceCents};
    p.active = active;
    return p;
}

// One earning unit of a product of the card, at the price actually charged.
PunchUnit unit(const Product& p, std::optional<qint64> chargedCents = std::nullopt)
{
    return PunchUnit{p.id,
                     QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC),
                     p.id,
                     p.gtin,
                     chargedCents.value_or(p.price.cents),
                     p.sizeClass};
}

QList<qint64> ids(const std::vector<Product>& products)
{
    QList<qint64> out;
    for (const Product& p : products)
        out << p.id;
    std::sort(out.begin(), out.end());
    return out;
}

// A card's products: 1..5 active, 6 withdrawn (inactive).
std::vector<Product> cardProducts()
{
    return {product(1, 3000, SizeClass::L),  product(2, 2000, SizeClass::L),
            product(3, 1000, SizeClass::S),  product(4, 2500, SizeClass::M),
            product(5, 6000, SizeClass::XL), product(6, 500, SizeClass::S, false)};
}

} // namespace

class TestRewardRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anyAllowsEveryActiveProduct()
    {
        const auto card = cardProducts();
        const auto allowed = RewardRules::eligible(RewardRule::Any, card, {unit(card[0])});
        QCOMPARE(ids(allowed), (QList<qint64>{1, 2, 3, 4, 5}));
    }

    void leastValueAllowsLesserOrEqualPrice()
    {
        const auto card = cardProducts();
        // Earned with $30, $25 and $20: free items cost at most $20 (equal price included).
        const auto allowed = RewardRules::eligible(RewardRule::LeastValue, card,
                                                   {unit(card[0]), unit(card[3]), unit(card[1])});
        QCOMPARE(ids(allowed), (QList<qint64>{2, 3}));
    }

    void leastValueUsesThePriceCharged()
    {
        const auto card = cardProducts();
        // Product 1 was sold at $15 (a sale price): the lowest earning price is $15.
        const auto allowed = RewardRules::eligible(
            RewardRule::LeastValue, card, {unit(card[0], 1500), unit(card[1]), unit(card[4])});
        QCOMPARE(ids(allowed), (QList<qint64>{3}));
    }

    void leastValueWithEqualPricesOnly()
    {
        const auto card = cardProducts();
        const auto allowed = RewardRules::eligible(RewardRule::LeastValue, card,
                                                   {unit(card[2]), unit(card[2]), unit(card[2])});
        QCOMPARE(ids(allowed), (QList<qint64>{3}));
    }

    void leastValueNothingCheapEnough()
    {
        const auto card = cardProducts();
        const auto allowed = RewardRules::eligible(RewardRule::LeastValue, card,
                                                   {unit(card[0], 100), unit(card[1])});
        QVERIFY(allowed.empty()); // only the withdrawn $5 item would fit, and it is inactive
    }

    void sameSizeSingleSize()
    {
        const auto card = cardProducts();
        const auto allowed =
            RewardRules::eligible(RewardRule::SameSize, card, {unit(card[0]), unit(card[1])});
        QCOMPARE(ids(allowed), (QList<qint64>{1, 2}));
    }

    void sameSizeMixedSizes()
    {
        const auto card = cardProducts();
        // Earned with L, S and L: L and S items are allowed; M and XL are not.
        const auto allowed = RewardRules::eligible(RewardRule::SameSize, card,
                                                   {unit(card[0]), unit(card[2]), unit(card[1])});
        QCOMPARE(ids(allowed), (QList<qint64>{1, 2, 3}));
    }

    void purchasedPriorOnlyWhatWasBought()
    {
        const auto card = cardProducts();
        const auto allowed = RewardRules::eligible(RewardRule::PurchasedPrior, card,
                                                   {unit(card[0]), unit(card[3]), unit(card[0])});
        QCOMPARE(ids(allowed), (QList<qint64>{1, 4}));
    }

    void mostFrequentSingleWinner()
    {
        const auto card = cardProducts();
        const auto allowed = RewardRules::eligible(
            RewardRule::MostFrequent, card,
            {unit(card[1]), unit(card[0]), unit(card[1]), unit(card[2]), unit(card[1])});
        QCOMPARE(ids(allowed), (QList<qint64>{2}));
    }

    void mostFrequentTiesAllowAnyTied()
    {
        const auto card = cardProducts();
        const auto twoTied = RewardRules::eligible(
            RewardRule::MostFrequent, card,
            {unit(card[0]), unit(card[3]), unit(card[0]), unit(card[3]), unit(card[4])});
        QCOMPARE(ids(twoTied), (QList<qint64>{1, 4}));

        const auto allTied = RewardRules::eligible(RewardRule::MostFrequent, card,
                                                   {unit(card[0]), unit(card[1]), unit(card[2])});
        QCOMPARE(ids(allTied), (QList<qint64>{1, 2, 3}));
    }

    void inactiveProductsExcludedByEveryRule_data()
    {
        // Earned with the (now withdrawn) $5 S item 6 twice and the $10 S item 3: item 6 would
        // qualify under every rule, but it is never offered.
        QTest::addColumn<int>("rule");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("any") << int(RewardRule::Any) << QList<qint64>{1, 2, 3, 4, 5};
        // Only item 6 costs $5 or less.
        QTest::newRow("least_value") << int(RewardRule::LeastValue) << QList<qint64>{};
        QTest::newRow("same_size") << int(RewardRule::SameSize) << QList<qint64>{3};
        QTest::newRow("purchased_prior") << int(RewardRule::PurchasedPrior) << QList<qint64>{3};
        // Item 6 was the most frequent.
        QTest::newRow("most_frequent") << int(RewardRule::MostFrequent) << QList<qint64>{};
    }

    void inactiveProductsExcludedByEveryRule()
    {
        QFETCH(int, rule);
        QFETCH(QList<qint64>, expected);
        const auto card = cardProducts();
        const auto allowed = RewardRules::eligible(RewardRule(rule), card,
                                                   {unit(card[5]), unit(card[5]), unit(card[2])});
        QCOMPARE(ids(allowed), expected);
    }

    void emptyEarning_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("any") << int(RewardRule::Any) << QList<qint64>{1, 2, 3, 4, 5};
        QTest::newRow("least_value") << int(RewardRule::LeastValue) << QList<qint64>{};
        QTest::newRow("same_size") << int(RewardRule::SameSize) << QList<qint64>{};
        QTest::newRow("purchased_prior") << int(RewardRule::PurchasedPrior) << QList<qint64>{};
        QTest::newRow("most_frequent") << int(RewardRule::MostFrequent) << QList<qint64>{};
    }

    void emptyEarning()
    {
        QFETCH(int, rule);
        QFETCH(QList<qint64>, expected);
        QCOMPARE(ids(RewardRules::eligible(RewardRule(rule), cardProducts(), {})), expected);
    }

    void emptyCard()
    {
        const auto card = cardProducts();
        for (RewardRule rule : {RewardRule::Any, RewardRule::LeastValue, RewardRule::SameSize,
                                RewardRule::PurchasedPrior, RewardRule::MostFrequent})
            QVERIFY(RewardRules::eligible(rule, {}, {unit(card[0])}).empty());
    }
};

QTEST_GUILESS_MAIN(TestRewardRules)
#include "tst_rewardrules.moc"

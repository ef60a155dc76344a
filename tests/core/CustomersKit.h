#pragma once

// What the customer tests share: customer input, four customers to search for, and row counts.
#include "TestStore.h"

#include "customers/CustomerStore.h"

namespace customertests {

using namespace astro;
using namespace astro::test;

inline CustomerInput input(const QString& first, const QString& last, const QString& phone,
                           const QString& email = {})
{
    return CustomerInput{first, last, phone, email};
}

inline QList<qint64> idsOf(const std::vector<Customer>& customers)
{
    QList<qint64> ids;
    for (const Customer& c : customers)
        ids << c.id;
    return ids;
}

// Four customers for the search tests.
struct People
{
    qint64 helene = 0;  // Hélène Côté, 416 555-0123, helene.cote@example.ca
    qint64 marc = 0;    // Marc Coteau, 416 555-0199, marc@coteau.ca
    qint64 colette = 0; // Colette Martin, 647 555-0100, colette@example.ca
    qint64 jean = 0;    // Jean Tremblay, 514 555-0111, jt@example.com
};

inline People addPeople(TestStore& t)
{
    CustomerStore& customers = t->customers();
    const Actor actor = Actor::system();
    People p;
    p.helene = customers
                   .add(actor, input(QStringLiteral("Hélène"), QStringLiteral("Côté"),
                                     QStringLiteral("416 555-0123"),
                                     QStringLiteral("Helene.Cote@Example.ca")))
                   ->id;
    p.marc = customers
                 .add(actor, input(QStringLiteral("Marc"), QStringLiteral("Coteau"),
                                   QStringLiteral("4165550199"), QStringLiteral("marc@coteau.ca")))
                 ->id;
    p.colette = customers
                    .add(actor, input(QStringLiteral("Colette"), QStringLiteral("Martin"),
                                      QStringLiteral("(647) 555-0100"),
                                      QStringLiteral("colette@example.ca")))
                    ->id;
    p.jean =
        customers
            .add(actor, input(QStringLiteral("Jean"), QStringLiteral("Tremblay"),
                              QStringLiteral("514.555.0111"), QStringLiteral("jt@example.com")))
            ->id;
    return p;
}

inline int rowCount(TestStore& t, const QString& sql, const QVariantList& binds)
{
    auto n = t->db().scalar(sql, binds);
    return n ? n->toInt() : -1;
}

} // namespace customertests

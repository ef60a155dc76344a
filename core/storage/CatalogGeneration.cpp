#include "CatalogGeneration.h"

namespace astro::CatalogGeneration {

const QStringList& tables()
{
    static const QStringList watched{
        QStringLiteral("products"),      QStringLiteral("program_cards"),
        QStringLiteral("card_products"), QStringLiteral("programs"),
        QStringLiteral("offers"),        QStringLiteral("offer_products"),
        QStringLiteral("enrollments"),   QStringLiteral("distributors"),
    };
    return watched;
}

QStringList migration()
{
    QStringList statements{
        QStringLiteral("CREATE TABLE catalog_generation (id INTEGER PRIMARY KEY CHECK (id = 1), "
                       "generation INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO catalog_generation (id, generation) VALUES (1, 0)"),
    };
    for (const QString& table : tables())
        for (const char* change : {"INSERT", "UPDATE", "DELETE"})
            statements << QStringLiteral("CREATE TRIGGER catalog_generation_%1_%2 AFTER %3 ON %1 "
                                         "BEGIN UPDATE catalog_generation SET generation = "
                                         "generation + 1; END")
                              .arg(table, QString::fromLatin1(change).toLower(),
                                   QString::fromLatin1(change));
    return statements;
}

QString readSql()
{
    return QStringLiteral("SELECT generation FROM catalog_generation");
}

} // namespace astro::CatalogGeneration

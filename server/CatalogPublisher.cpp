#include "CatalogPublisher.h"

#include "catalog/CatalogDocument.h"
#include "catalog/CatalogImporter.h"
#include "common/Text.h"
#include "domain/Actor.h"
#include "domain/Gtin.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace astro::server {

namespace {

// The document's arrays and the field that identifies an entry in each.
struct Section
{
    const char* name;
    const char* key;
};
constexpr Section sections[] = {{"locations", "id"}, {"manufacturers", "id"},
                                {"products", "upc"}, {"programs", "id"},
                                {"offers", "id"},    {"distributors", "id"}};
const QString retailerKind = QStringLiteral("retailer");

QString entryId(const Section& section, const QJsonObject& entry)
{
    const QString id = entry.value(QLatin1String(section.key)).toString();
    // A product is the same whether written as UPC-A, EAN-13 or GTIN-14 (already validated).
    if (qstrcmp(section.name, "products") == 0)
        if (auto gtin = Gtin::parse(id))
            return gtin->gtin14();
    return id;
}

} // namespace

Result<qint64> CatalogPublisher::version()
{
    auto v = m_store.db().scalar(QStringLiteral("SELECT max(version) FROM server_catalog"), {}, 0);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<PublishSummary> CatalogPublisher::publish(const QByteArray& json)
{
    // The engine's parser checks every entry; its importer resolves references against the
    // document and what the store already has. Either failing leaves everything as it was.
    auto doc = CatalogDocument::parse(json);
    if (!doc)
        return doc.error();
    auto imported = CatalogImporter(m_store).import(Actor::system(), *doc);
    if (!imported)
        return imported.error();

    const QJsonObject root = QJsonDocument::fromJson(json).object();
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    auto current = version();
    if (!current)
        return current.error();
    PublishSummary summary;
    summary.version = *current + 1;

    const auto upsert = [&](const QString& kind, const QString& id,
                            const QJsonObject& entry) -> Status {
        const QString compact =
            QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact));
        auto stored =
            db.scalar(QStringLiteral("SELECT json FROM server_catalog WHERE kind = ? AND id = ?"),
                      {kind, id});
        if (!stored)
            return stored.error();
        if (stored->toString() == compact)
            return {};
        ++summary.changed;
        return db.execute(
            QStringLiteral("INSERT INTO server_catalog (kind, id, json, version) VALUES (?,?,?,?) "
                           "ON CONFLICT(kind, id) DO UPDATE SET json = excluded.json, "
                           "version = excluded.version"),
            {kind, id, compact, summary.version});
    };

    const QJsonObject retailer = root.value(retailerKind).toObject();
    if (!retailer.isEmpty())
        if (auto s = upsert(retailerKind, retailerKind, retailer); !s)
            return s.error();
    for (const Section& section : sections) {
        const QJsonArray entries = root.value(QLatin1String(section.name)).toArray();
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            if (auto s = upsert(QLatin1String(section.name), entryId(section, entry), entry); !s)
                return s.error();
        }
    }
    if (summary.changed == 0)
        summary.version = *current;
    if (auto s = transaction.commit(); !s)
        return s.error();
    return summary;
}

Result<QJsonObject> CatalogPublisher::document(const QString& cursor)
{
    auto current = version();
    if (!current)
        return current.error();
    bool ok = false;
    qint64 since = cursor.toLongLong(&ok);
    // A cursor this server never gave out (another server's, or from before a reset) gets all.
    if (!ok || since < 0 || since > *current)
        since = 0;

    auto rows = m_store.db().select(
        QStringLiteral(
            "SELECT kind, json FROM server_catalog WHERE version > ? ORDER BY kind, rowid"),
        {since});
    if (!rows)
        return rows.error();
    QJsonObject doc{{QStringLiteral("format"), QStringLiteral("astro-catalog")},
                    {QStringLiteral("version"), 1},
                    {QStringLiteral("cursor"), QString::number(*current)},
                    {QStringLiteral("generated_at"), text::isoUtc(m_store.now())}};
    QHash<QString, QJsonArray> arrays;
    for (const Section& section : sections)
        arrays.insert(QLatin1String(section.name), QJsonArray());
    for (const Row& r : *rows) {
        const QString kind = r[0].toString();
        const QJsonObject entry = QJsonDocument::fromJson(r[1].toString().toUtf8()).object();
        if (kind == retailerKind)
            doc.insert(retailerKind, entry);
        else if (arrays.contains(kind))
            arrays[kind].append(entry);
    }
    for (auto it = arrays.cbegin(); it != arrays.cend(); ++it)
        doc.insert(it.key(), it.value());
    return doc;
}

} // namespace astro::server

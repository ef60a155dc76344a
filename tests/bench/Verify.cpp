#include "Verify.h"

#include "catalog/CatalogRepository.h"
#include "engine/CardService.h"
#include "storage/Database.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>

namespace bench {

using namespace astro;

Status verify(Store& store, const QString& dir, quint64 seed, QStringList& report)
{
    Database& db = store.db();
    // 1. Schema identical to a freshly migrated database.
    {
        const QString freshPath = QDir(dir).filePath(QStringLiteral("schema-check.sqlite"));
        QFile::remove(freshPath);
        auto fresh = Database::open(freshPath);
        if (!fresh)
            return fresh.error();
        const QString schemaSql = QStringLiteral(
            "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE "
            "name NOT LIKE 'sqlite_stat%' ORDER BY type, name");
        auto a = db.select(schemaSql);
        auto b = (*fresh)->select(schemaSql);
        if (!a)
            return a.error();
        if (!b)
            return b.error();
        QStringList mine;
        QStringList theirs;
        for (const Row& r : *a)
            mine << r[0].toString();
        for (const Row& r : *b)
            theirs << r[0].toString();
        fresh->reset();
        QFile::remove(freshPath);
        QFile::remove(freshPath + QStringLiteral("-wal"));
        QFile::remove(freshPath + QStringLiteral("-shm"));
        if (mine != theirs)
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("the schema differs from a migrated database"));
        report << QStringLiteral("schema identical to a migrated database (%1 objects)")
                      .arg(mine.size());
    }
    // 2. Foreign keys.
    {
        auto broken = db.select(QStringLiteral("PRAGMA foreign_key_check"));
        if (!broken)
            return broken.error();
        if (!broken->empty())
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("%1 rows break a foreign key (first: %2 row %3)")
                                 .arg(broken->size())
                                 .arg((*broken)[0][0].toString(), (*broken)[0][1].toString()));
        report << QStringLiteral("every foreign key resolves");
    }
    // 3. Rewards rows = the engine's replay of the punches, on a sample of cards.
    {
        auto pairs = db.select(
            QStringLiteral("SELECT customer_id, card_id FROM punches WHERE id % 97 = ? LIMIT 400"),
            {qint64(seed % 97)});
        if (!pairs)
            return pairs.error();
        int checked = 0;
        for (const Row& r : *pairs) {
            const qint64 customer = r[0].toLongLong();
            const QString cardId = r[1].toString();
            auto card = store.catalog().card(cardId);
            if (!card || !card->has_value())
                return makeError(ErrorCode::NotFound, QStringLiteral("card %1").arg(cardId));
            auto state = store.cards().state(customer, **card);
            if (!state)
                return state.error();
            auto rewards = store.cards().rewards(customer, cardId);
            if (!rewards)
                return rewards.error();
            if (state->completed.size() != rewards->size())
                return makeError(ErrorCode::Invalid,
                                 QStringLiteral("customer %1, card %2: %3 completed cards but "
                                                "%4 rewards")
                                     .arg(customer)
                                     .arg(cardId)
                                     .arg(state->completed.size())
                                     .arg(rewards->size()));
            for (std::size_t i = 0; i < rewards->size(); ++i)
                if ((*rewards)[i].earnedAt != state->completed[i].earnedAt)
                    return makeError(ErrorCode::Invalid,
                                     QStringLiteral("customer %1, card %2: reward %3 earned at "
                                                    "another time than the replay says")
                                         .arg(customer)
                                         .arg(cardId)
                                         .arg(i + 1));
            ++checked;
        }
        report << QStringLiteral("rewards match the engine's card replay on %1 sampled cards")
                      .arg(checked);
    }
    return {};
}

} // namespace bench

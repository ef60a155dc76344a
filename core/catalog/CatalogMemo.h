#pragma once

#include "common/Result.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace astro {

class Database;

// Catalog answers remembered from one read to the next. A scan reads the same product, cards,
// programs and enrollments as the scans before it, and the catalog rarely changes: an answer
// holds while the catalog's generation (CatalogGeneration, kept by triggers whoever writes) is
// the one it was read at.
//
// Answers are used only while a Scope lives. The first lookup in a scope reads the generation,
// and so does the first one after any statement this connection ran that may have written;
// a new generation forgets every answer. Outside a scope every lookup reads the database.
class CatalogMemo
{
public:
    explicit CatalogMemo(Database& db) : m_db(db) {}
    CatalogMemo(const CatalogMemo&) = delete;
    CatalogMemo& operator=(const CatalogMemo&) = delete;

    class Scope
    {
    public:
        explicit Scope(CatalogMemo& memo);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        CatalogMemo& m_memo;
    };

    class Table
    {
    public:
        virtual ~Table() = default;
        virtual void clear() = 0;
        virtual qsizetype size() const = 0;
    };

    // One kind of answer by its key. Registers with the memo, which it must not outlive.
    template <typename Key, typename T> class Answers : public Table
    {
    public:
        explicit Answers(CatalogMemo& memo) : m_memo(memo) { memo.m_tables.push_back(this); }
        ~Answers() override { std::erase(m_memo.m_tables, this); }
        Answers(const Answers&) = delete;
        Answers& operator=(const Answers&) = delete;

        // The answer for `key`: remembered, or read by `read` (and remembered when it worked).
        template <typename Read> Result<T> recall(const Key& key, Read read)
        {
            if (!m_memo.current())
                return read();
            const auto it = m_rows.constFind(key);
            if (it != m_rows.constEnd())
                return *it;
            Result<T> found = read();
            if (found) {
                m_memo.makeRoom();
                m_rows.insert(key, *found);
            }
            return found;
        }
        void clear() override { m_rows.clear(); }
        qsizetype size() const override { return m_rows.size(); }

    private:
        CatalogMemo& m_memo;
        QHash<Key, T> m_rows;
    };

    // Forgets every answer (this connection changed the catalog and wants it read again now).
    void forget();

private:
    bool current();
    void makeRoom();

    Database& m_db;
    std::vector<Table*> m_tables;
    int m_scopes = 0;
    bool m_checked = false; // the generation was read in this scope, and nothing written since
    qint64 m_generation = -1;
    quint64 m_writesAtCheck = 0;
};

} // namespace astro

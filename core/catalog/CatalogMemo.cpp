#include "CatalogMemo.h"

#include "storage/CatalogGeneration.h"
#include "storage/Database.h"

namespace astro {

namespace {

// A chain's catalog is 100,000 products; a counter scans a few thousand of them. Past this
// many answers the memo starts again rather than grow without end.
constexpr qsizetype maxAnswers = 20000;

} // namespace

CatalogMemo::Scope::Scope(CatalogMemo& memo) : m_memo(memo)
{
    if (memo.m_scopes++ == 0)
        memo.m_checked = false; // other connections may have written since the last scope
}

CatalogMemo::Scope::~Scope()
{
    --m_memo.m_scopes;
}

void CatalogMemo::forget()
{
    for (Table* table : m_tables)
        table->clear();
}

bool CatalogMemo::current()
{
    if (m_scopes == 0)
        return false;
    if (m_checked && m_db.writesRun() == m_writesAtCheck)
        return true;
    auto generation = m_db.scalar(CatalogGeneration::readSql());
    m_writesAtCheck = m_db.writesRun();
    m_checked = bool(generation);
    if (!generation) {
        forget(); // read through: the lookup itself reports what is wrong with the database
        m_generation = -1;
        return false;
    }
    if (generation->toLongLong() != m_generation) {
        forget();
        m_generation = generation->toLongLong();
    }
    return true;
}

void CatalogMemo::makeRoom()
{
    qsizetype total = 0;
    for (const Table* table : m_tables)
        total += table->size();
    if (total >= maxAnswers)
        forget();
}

} // namespace astro

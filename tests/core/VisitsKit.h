#pragma once

// What the visit tests share: row and event counts, and the cards a scan punched.
#include "TestStore.h"

#include "engine/VisitService.h"
#include "storage/Database.h"
#include "storage/EventLog.h"

namespace visittests {

using namespace astro;
using namespace astro::test;

inline qint64 count(TestStore& ts, const char* sql)
{
    auto n = ts->db().scalar(QLatin1String(sql));
    return n ? n->toLongLong() : -1;
}

inline QStringList cardIdsOf(const ScanOutcome& out)
{
    QStringList ids;
    for (const CardPunch& p : out.punches)
        ids << p.cardId;
    ids.sort();
    return ids;
}

} // namespace visittests

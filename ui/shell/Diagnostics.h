#pragma once

#include <QString>

namespace astro {
class Store;
}

namespace astro::ui {

class DailyBackup;

// What support needs to know about this counter, as text to paste in a message: versions, the
// database (where, how big, its schema), what waits to be sent, the sync's last success, the
// backups, where the sync password is kept (never the password or a token), and the log's last
// lines. In English: it is read by support, not by the store's staff.
class Diagnostics
{
public:
    static QString collect(Store& store, const DailyBackup* backups, int logLines = 200);
};

} // namespace astro::ui

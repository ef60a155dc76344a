#pragma once

#include <QString>
#include <QStringList>

namespace astro {

// The app's log on disk: every message (Qt's and the counter's categories) as one line with
// its time, level and category, in "<folder>/astro-counter.log", owner-only. At maxBytes the
// file becomes astro-counter.log.1 (and .1 becomes .2 …, keepFiles in all), so the log never
// fills a disk. Messages still go to stderr as before.
class LogFile
{
public:
    static constexpr qint64 defaultMaxBytes = 1024 * 1024;
    static constexpr int defaultKeepFiles = 5;

    // Installs the message handler (once per process); later calls change the folder.
    static void install(const QString& folder, qint64 maxBytes = defaultMaxBytes,
                        int keepFiles = defaultKeepFiles);
    // Restores Qt's own handler (tests).
    static void uninstall();
    static QString path();
    // The last `count` lines, oldest first, across the rotated files (for diagnostics).
    static QStringList tail(int count);
    // The folder the app keeps its log in: "logs" in the app's data folder.
    static QString defaultFolder();
};

} // namespace astro

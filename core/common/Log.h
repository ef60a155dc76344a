#pragma once

#include <QLoggingCategory>

// The counter's log, one category per area (QT_LOGGING_RULES="astro.sync.debug=true" shows
// more). Messages go to the log file the app keeps (LogFile), and to stderr.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcBridge)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

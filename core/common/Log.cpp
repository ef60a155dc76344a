#include "Log.h"

Q_LOGGING_CATEGORY(lcSync, "astro.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "astro.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBridge, "astro.bridge", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "astro.ui", QtInfoMsg)

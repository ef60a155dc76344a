#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace guibench {

// Runs this program again with `arguments` (a fresh process: nothing cached in it, its own peak
// memory) and reads the JSON object it prints as its last line on stdout.
astro::Result<QJsonObject> runChild(const QStringList& arguments, int timeoutMs = 600000);

// What a child prints: one line of JSON, then it exits.
int answerParent(const QJsonObject& answer);

} // namespace guibench

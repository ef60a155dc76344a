#pragma once

#include <QString>

namespace astro::sync {

// The device id of events the server itself produces (credits, conflicts).
inline QString serverDeviceId()
{
    return QStringLiteral("server");
}

} // namespace astro::sync

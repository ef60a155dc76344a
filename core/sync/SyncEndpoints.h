#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace astro::sync {

// Which endpoint carries an event of `type` (docs/sync-protocol.md, "Events out"). Client and
// server share this table, so an event can only arrive where the protocol says.
QString endpointFor(const QString& type, const QJsonObject& payload);

// Every endpoint that accepts pushed events.
QStringList eventEndpoints();

// The device id of events the server itself produces (credits, conflicts).
inline QString serverDeviceId()
{
    return QStringLiteral("server");
}

} // namespace astro::sync

#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace astro::wire {

// The astro_status codes of docs/sync-protocol.md ("Status codes"), shared by the reference
// server and every other side that answers Astro's API.
namespace astroStatus {
constexpr int Success = 100;
constexpr int BadRequest = 300;
constexpr int NotFound = 310;
constexpr int AlreadyLinked = 320;
constexpr int Unauthorized = 400;
constexpr int NotEligible = 700;
constexpr int ServerError = 900;
} // namespace astroStatus

// What an endpoint answers, before it is wrapped in the JSON envelope and sent.
struct ApiReply
{
    int status = astroStatus::Success;
    QString message;
    QJsonValue data; // undefined: no returnData

    static ApiReply success(QJsonValue data = QJsonValue::Undefined);
    static ApiReply failure(int status, QString message);
    // Storage failures are server errors (the client retries); anything else is the request's
    // fault (the client stops and reports it).
    static ApiReply fromError(const Error& error);
    // What the engine refused, answered with `status` (a failed storage stays a server error).
    static ApiReply refused(const Error& error, int status);

    // The HTTP status that goes with the astro_status.
    int httpStatus() const;
    // {"astro_status", "astro_status_message", "returnData"}
    QJsonObject envelope() const;
};

} // namespace astro::wire

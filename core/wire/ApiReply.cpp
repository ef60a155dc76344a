#include "ApiReply.h"

namespace astro::wire {

ApiReply ApiReply::success(QJsonValue data)
{
    return ApiReply{astroStatus::Success, QStringLiteral("Success"), std::move(data)};
}

ApiReply ApiReply::failure(int status, QString message)
{
    return ApiReply{status, std::move(message), QJsonValue::Undefined};
}

ApiReply ApiReply::fromError(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Storage:
        return failure(astroStatus::ServerError, error.message);
    case ErrorCode::NotFound:
        return failure(astroStatus::NotFound, error.message);
    default:
        return failure(astroStatus::BadRequest, error.message);
    }
}

ApiReply ApiReply::refused(const Error& error, int status)
{
    return error.code == ErrorCode::Storage ? fromError(error) : failure(status, error.message);
}

int ApiReply::httpStatus() const
{
    switch (status) {
    case astroStatus::BadRequest:
        return 400;
    case astroStatus::Unauthorized:
        return 401;
    case astroStatus::ServerError:
        return 500;
    default:
        return 200;
    }
}

QJsonObject ApiReply::envelope() const
{
    QJsonObject envelope{{QStringLiteral("astro_status"), status},
                         {QStringLiteral("astro_status_message"), message}};
    if (!data.isUndefined())
        envelope.insert(QStringLiteral("returnData"), data);
    return envelope;
}

} // namespace astro::wire

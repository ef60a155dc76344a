#include "Fields.h"

#include <QDateTime>
#include <QJsonDocument>

namespace astro::wire {

std::optional<QJsonObject> Fields::parseJsonData(const QByteArray& jsonData, ApiReply& refusal)
{
    if (jsonData.isEmpty()) {
        refusal =
            ApiReply::failure(astroStatus::BadRequest, QStringLiteral("jsonData is missing."));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(jsonData, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        refusal = ApiReply::failure(astroStatus::BadRequest,
                                    QStringLiteral("jsonData is not a JSON object (%1).")
                                        .arg(error.error != QJsonParseError::NoError
                                                 ? error.errorString()
                                                 : QStringLiteral("not an object")));
        return std::nullopt;
    }
    return doc.object();
}

bool Fields::has(const char* key) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    return !v.isUndefined() && !v.isNull();
}

QString Fields::text(const char* key) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        // A whole number as all its digits: toInteger() keeps the 64 bits of one written as
        // digits (a double would round 1234567890123456789), and is 0 for anything else, 1e99
        // among them (a double out of range is never cast to an integer).
        const qint64 n = v.toInteger();
        return double(n) == v.toDouble() ? QString::number(n) : QString::number(v.toDouble());
    }
    return {};
}

void Fields::fail(const QString& message)
{
    if (m_problem.isEmpty())
        m_problem = message;
}

QString Fields::requiredText(const char* key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        fail(QStringLiteral("%1 is missing.").arg(name(key)));
        return {};
    }
    const QString t = text(key);
    if (t.isEmpty())
        fail(QStringLiteral("%1 must be a non-empty string.").arg(name(key)));
    return t;
}

std::optional<int> Fields::requiredCount(const char* key, int max)
{
    const QString t = requiredText(key);
    if (t.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const int n = t.toInt(&isNumber);
    if (!isNumber || n < 1 || n > max) {
        fail(QStringLiteral("%1 must be a whole number from 1 to %2, not \"%3\".")
                 .arg(name(key))
                 .arg(max)
                 .arg(t));
        return std::nullopt;
    }
    return n;
}

std::optional<int> Fields::optionalCount(const char* key, int max)
{
    if (!has(key))
        return std::nullopt;
    return requiredCount(key, max);
}

QDateTime Fields::optionalDateTime(const char* key)
{
    if (!has(key))
        return {};
    const QString t = text(key);
    QDateTime at = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(t, Qt::ISODate);
        if (day.isValid())
            at = day.startOfDay();
    }
    if (!at.isValid())
        fail(QStringLiteral("%1 must be a date (YYYY-MM-DD) or a date and time (ISO 8601), not "
                            "\"%2\".")
                 .arg(name(key), t));
    return at;
}

std::optional<QJsonArray> Fields::requiredArray(const char* key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        fail(QStringLiteral("%1 is missing.").arg(name(key)));
        return std::nullopt;
    }
    if (!v.isArray()) {
        fail(QStringLiteral("%1 must be a list.").arg(name(key)));
        return std::nullopt;
    }
    return v.toArray();
}

} // namespace astro::wire

#pragma once

#include "ApiReply.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace astro::wire {

// Reads a request's values as Astro's clients send them: ids, quantities and dates as strings
// ("2", "2026-12-06") or as numbers. The first problem is kept with the field's name, so the
// answer can say which field is wrong ("transactions[1].item_code is missing.").
class Fields
{
public:
    explicit Fields(QJsonObject object, QString prefix = {})
        : m_object(std::move(object)), m_prefix(std::move(prefix))
    {}

    // The request's jsonData as an object; nothing, with the 300 answer in `refusal`, when it
    // is missing, not JSON or not an object.
    static std::optional<QJsonObject> parseJsonData(const QByteArray& jsonData, ApiReply& refusal);

    bool has(const char* key) const;
    // A string, or a number written as digits; empty when absent.
    QString text(const char* key) const;
    QString requiredText(const char* key);
    // A whole number from 1 to `max`, as "2" or 2.
    std::optional<int> requiredCount(const char* key, int max = 999);
    std::optional<int> optionalCount(const char* key, int max = 999);
    // "2026-12-06" or "2026-12-06T15:04:05Z"; absent gives an invalid date-time.
    QDateTime optionalDateTime(const char* key);
    std::optional<QJsonArray> requiredArray(const char* key);

    // Records that a present field's value is wrong: "phone must have 10 digits."
    void reject(const char* key, const QString& why) { fail(name(key) + QLatin1Char(' ') + why); }

    bool ok() const { return m_problem.isEmpty(); }
    const QString& problem() const { return m_problem; }
    QString name(const char* key) const { return m_prefix + QLatin1String(key); }

private:
    void fail(const QString& message);

    QJsonObject m_object;
    QString m_prefix;
    QString m_problem;
};

} // namespace astro::wire

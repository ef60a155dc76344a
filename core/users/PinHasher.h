#pragma once

#include <QByteArray>
#include <QString>

namespace astro {

struct PinHash
{
    QByteArray salt;
    QByteArray hash;
    int iterations = 0;
};

// Salted PBKDF2-HMAC-SHA256 of a PIN; a PIN is never stored in clear.
class PinHasher
{
public:
    static constexpr int defaultIterations = 120000;

    static PinHash hash(const QString& pin, int iterations = defaultIterations);
    static bool verify(const QString& pin, const PinHash& stored);
};

} // namespace astro

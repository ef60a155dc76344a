#include "PinHasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace astro {

namespace {

QByteArray derive(const QString& pin, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              iterations, 32);
}

} // namespace

PinHash PinHasher::hash(const QString& pin, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(salt.data()),
                                         reinterpret_cast<quint32*>(salt.data() + salt.size()));
    return PinHash{salt, derive(pin, salt, iterations), iterations};
}

bool PinHasher::verify(const QString& pin, const PinHash& stored)
{
    const QByteArray candidate = derive(pin, stored.salt, stored.iterations);
    if (candidate.size() != stored.hash.size())
        return false;
    // Constant time: the comparison does not stop at the first differing byte.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < candidate.size(); ++i)
        difference |= static_cast<unsigned char>(candidate[i] ^ stored.hash[i]);
    return difference == 0;
}

} // namespace astro

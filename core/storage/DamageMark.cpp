#include "DamageMark.h"

#include "common/Log.h"
#include "common/OwnerOnly.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace astro {

QString DamageMark::pathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".damaged");
}

QString DamageMark::problem(const QString& databasePath)
{
    const QString path = pathFor(databasePath);
    // Asked before every write: a stat, and a read only when the mark is there.
    if (!QFileInfo::exists(path))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QString text = QString::fromUtf8(file.read(4096)).trimmed();
    return text.isEmpty() ? QStringLiteral("?") : text;
}

void DamageMark::set(const QString& databasePath, const QString& problem)
{
    if (QFileInfo::exists(pathFor(databasePath)))
        return;
    qCCritical(lcStorage).noquote()
        << "the database" << databasePath << "is damaged; it is read-only from now on:" << problem;
    QSaveFile file(pathFor(databasePath));
    if (!openOwnerOnly(file)) {
        qCCritical(lcStorage).noquote() << "cannot mark" << databasePath << "damaged";
        return;
    }
    file.write(problem.toUtf8());
    if (!file.commit())
        qCCritical(lcStorage).noquote() << "cannot mark" << databasePath << "damaged";
}

void DamageMark::clear(const QString& databasePath)
{
    if (QFile::remove(pathFor(databasePath)))
        qCInfo(lcStorage).noquote()
            << "the database" << databasePath << "is whole again; it is no longer read-only";
}

} // namespace astro

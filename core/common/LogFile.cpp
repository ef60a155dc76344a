#include "LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRecursiveMutex>
#include <QStandardPaths>

#include <cstdio>

namespace astro {

namespace {

struct State
{
    QRecursiveMutex mutex; // a warning raised while writing comes back here
    QString folder;
    qint64 maxBytes = LogFile::defaultMaxBytes;
    int keepFiles = LogFile::defaultKeepFiles;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

State& state()
{
    static State s;
    return s;
}

QString fileIn(const QString& folder, int index)
{
    const QString base = QDir(folder).filePath(QStringLiteral("astro-counter.log"));
    return index == 0 ? base : base + QLatin1Char('.') + QString::number(index);
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void rotate(const State& s)
{
    QFile::remove(fileIn(s.folder, s.keepFiles - 1));
    for (int i = s.keepFiles - 2; i >= 0; --i)
        QFile::rename(fileIn(s.folder, i), fileIn(s.folder, i + 1));
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    State& s = state();
    {
        QMutexLocker lock(&s.mutex);
        const QString line =
            QStringLiteral("%1 %2 %3: %4\n")
                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                     QLatin1String(levelName(type)),
                     QLatin1String(context.category ? context.category : "default"),
                     QString(message).replace(QLatin1Char('\n'), QLatin1String(" | ")));
        QFile file(fileIn(s.folder, 0));
        if (file.size() >= s.maxBytes)
            rotate(s);
        const bool existed = file.exists();
        if (file.open(QIODevice::Append)) {
            if (!existed)
                file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            file.write(line.toUtf8());
        }
    }
    if (s.previous)
        s.previous(type, context, message);
}

} // namespace

void LogFile::install(const QString& folder, qint64 maxBytes, int keepFiles)
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    QDir().mkpath(folder);
    s.folder = folder;
    s.maxBytes = maxBytes;
    s.keepFiles = qMax(1, keepFiles);
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
}

void LogFile::uninstall()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed)
        qInstallMessageHandler(s.previous);
    s.installed = false;
    s.previous = nullptr;
}

QString LogFile::path()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    return s.folder.isEmpty() ? QString() : fileIn(s.folder, 0);
}

QStringList LogFile::tail(int count)
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    QStringList lines;
    for (int i = 0; i < s.keepFiles && lines.size() < count; ++i) {
        QFile file(fileIn(s.folder, i));
        if (!file.open(QIODevice::ReadOnly))
            break;
        QStringList these =
            QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines = these + lines;
    }
    return lines.mid(qMax(0, lines.size() - count));
}

QString LogFile::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs"));
}

} // namespace astro

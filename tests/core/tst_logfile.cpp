// The app's log file: one line per message with its time, level and category, owner-only,
// rotated at its size limit so it never fills the disk, and its last lines for diagnostics.
#include "TestStore.h"
#include "common/Log.h"
#include "common/LogFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace astro;

class TestLogFile : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { LogFile::uninstall(); }

    void writesOneLinePerMessage()
    {
        QTemporaryDir dir;
        LogFile::install(dir.filePath(QStringLiteral("logs")));
        qCInfo(lcSync) << "sync round done";
        qCWarning(lcStorage) << "backup failed:\nno room";
        qCDebug(lcBridge) << "not shown: debug is off by default";
        const QString path = LogFile::path();
        QCOMPARE(path, dir.filePath(QStringLiteral("logs/astro-counter.log")));
        QCOMPARE(test::fileMode(path), 0600);
        const QStringList lines = LogFile::tail(10);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].endsWith(QStringLiteral(" info astro.sync: sync round done")),
                 qPrintable(lines[0]));
        QVERIFY(QDateTime::fromString(lines[0].section(QLatin1Char(' '), 0, 0), Qt::ISODateWithMs)
                    .isValid());
        // A message of several lines stays one line of the log.
        QVERIFY2(
            lines[1].endsWith(QStringLiteral(" warning astro.storage: backup failed: | no room")),
            qPrintable(lines[1]));
    }

    void rotatesAtItsLimit()
    {
        QTemporaryDir dir;
        LogFile::install(dir.path(), 400, 3);
        for (int i = 0; i < 60; ++i)
            qCInfo(lcUi).noquote() << QStringLiteral("message %1").arg(i, 2, 10, QLatin1Char('0'));
        const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("astro-counter.log"),
                                     QStringLiteral("astro-counter.log.1"),
                                     QStringLiteral("astro-counter.log.2")}));
        for (const QString& f : files)
            QVERIFY(QFileInfo(dir.filePath(f)).size() < 400 + 100);
        // The newest lines, oldest first, across the files.
        const QStringList last = LogFile::tail(3);
        QCOMPARE(last.size(), 3);
        QVERIFY(last[0].endsWith(QStringLiteral("message 57")));
        QVERIFY(last[2].endsWith(QStringLiteral("message 59")));
        const QStringList many = LogFile::tail(1000);
        QVERIFY(many.size() < 60); // the oldest went with the rotation
        QVERIFY(many.last().endsWith(QStringLiteral("message 59")));
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"

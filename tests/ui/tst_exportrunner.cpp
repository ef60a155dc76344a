// ExportRunner, the one way the back office exports: the work on a thread of its own with its
// own store, the file kept only when written whole, Cancel, the progress dialog and the message
// said once it ends.
#include "UiTest.h"

#include "ui/common/ExportRunner.h"
#include "ui/common/MessageStrip.h"

#include "batches/CsvWriter.h"
#include "store/Store.h"

#include <QFile>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QThread>

using namespace astro;
using namespace astro::test;

namespace {

// Writes `rows` lines of text, one write each, reporting each.
ui::ExportRunner::Work lines(int rows)
{
    return [rows](Store&, ui::ExportContext& context) {
        context.progress(0, rows);
        context.readyToWrite();
        for (int i = 1; i <= rows; ++i) {
            if (context.cancelled())
                return ui::ExportOutcome::cancelled();
            if (!context.write(QByteArrayLiteral("line ") + QByteArray::number(i) + '\n'))
                return context.cannotWrite();
            context.progress(i, rows);
        }
        return ui::ExportOutcome::written(rows);
    };
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Page
{
    TestStore ts;
    QWidget widget;
    ui::MessageStrip* strip = new ui::MessageStrip(&widget);
    ui::ExportRunner* runner = new ui::ExportRunner(ts.store(), strip, &widget);
    QTemporaryDir out;

    QString file(const char* name) const { return out.filePath(QLatin1String(name)); }
    // Runs `job` and waits for its end; the outcome.
    ui::ExportOutcome run(ui::ExportRunner::Job job)
    {
        QSignalSpy finished(runner, &ui::ExportRunner::finished);
        if (!runner->start(std::move(job)))
            qFatal("the runner refused the job");
        if (!finished.wait(20000))
            qFatal("the export did not end");
        return finished.at(0).at(0).value<ui::ExportOutcome>();
    }
};

} // namespace

class TestExportRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings);
        qRegisterMetaType<ui::ExportOutcome>();
    }

    void writesTheFileAndSaysSo()
    {
        Page p;
        const QString path = p.file("out.txt");
        const QThread* gui = QThread::currentThread();
        const Store* pages = &p.ts.store();
        const QThread* worker = nullptr;
        const Store* used = nullptr;
        ui::ExportRunner::Job job{.dialogName = QStringLiteral("testExportProgress"),
                                  .path = path,
                                  .work = [&](Store& store, ui::ExportContext& context) {
                                      worker = QThread::currentThread();
                                      used = &store;
                                      return lines(3)(store, context);
                                  }};
        QSignalSpy finished(p.runner, &ui::ExportRunner::finished);
        QVERIFY(p.runner->start(job));
        QVERIFY(p.runner->isRunning());
        QProgressDialog* progress = p.runner->progressDialog();
        QVERIFY(progress);
        QCOMPARE(progress->objectName(), QStringLiteral("testExportProgress"));
        QCOMPARE(progress->windowTitle(), QStringLiteral("Export"));
        QCOMPARE(progress->labelText(), QStringLiteral("Writing out.txt…"));
        QVERIFY(progress->isVisible());
        // One at a time.
        QVERIFY(!p.runner->start(job));
        QVERIFY(finished.wait(20000));

        const auto outcome = finished.at(0).at(0).value<ui::ExportOutcome>();
        QCOMPARE(outcome.kind, ui::ExportOutcome::Kind::Written);
        QCOMPARE(outcome.rows, 3);
        QCOMPARE(contentsOf(path), QByteArray("line 1\nline 2\nline 3\n"));
        QCOMPARE(fileMode(path), 0600); // exports carry customers' names
        QCOMPARE(filesIn(p.out.path()), QStringList{QStringLiteral("out.txt")});
        // Off the GUI thread, on a store of its own (a connection cannot cross threads).
        QVERIFY(worker && worker != gui);
        QVERIFY(used && used != pages);
        QVERIFY(!p.runner->isRunning());
        QTRY_VERIFY(!p.runner->progressDialog());
        QCOMPARE(p.strip->kind(), ui::MessageStrip::Kind::Success);
        QCOMPARE(p.strip->text(),
                 QStringLiteral("3 rows exported to %1.").arg(QDir::toNativeSeparators(path)));
    }

    void saysWhatThePageWrites()
    {
        Page p;
        const auto outcome =
            p.run({.path = p.file("out.txt"), .work = lines(2), .written = [](qint64 rows) {
                       return QStringLiteral("%1 lines, all there.").arg(rows);
                   }});
        QCOMPARE(outcome.kind, ui::ExportOutcome::Kind::Written);
        QCOMPARE(p.strip->text(), QStringLiteral("2 lines, all there."));
    }

    void csvPagesCarryOneByteOrderMark()
    {
        Page p;
        const QString path = p.file("rows.csv");
        p.run({.path = path, .work = [](Store&, ui::ExportContext& context) {
                   for (int page = 0; page < 3; ++page) {
                       CsvWriter csv;
                       csv.addRow({QStringLiteral("page"), QString::number(page)});
                       if (!context.write(csv))
                           return context.cannotWrite();
                   }
                   return ui::ExportOutcome::written(3);
               }});
        const QByteArray data = contentsOf(path);
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(data.count("\xEF\xBB\xBF"), 1);
        QCOMPARE(parseCsv(data.mid(3)).size(), 3);
    }

    void cancelLeavesNoFileAndSaysSo()
    {
        Page p;
        const QString path = p.file("cancelled.txt");
        // The work waits, once it has read what it writes, until Cancel was pressed.
        QSemaphore gate;
        p.runner->setBeforeWriting([&gate] { gate.tryAcquire(1, 10000); });
        QSignalSpy finished(p.runner, &ui::ExportRunner::finished);
        QVERIFY(p.runner->start({.path = path, .work = lines(50)}));
        QProgressDialog* progress = p.runner->progressDialog();
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        // The dialog stays until the work has stopped, and says it is stopping.
        QCOMPARE(progress->labelText(), QStringLiteral("Cancelling…"));
        QVERIFY(p.runner->isRunning());
        gate.release();
        QVERIFY(finished.wait(20000));

        QCOMPARE(finished.at(0).at(0).value<ui::ExportOutcome>().kind,
                 ui::ExportOutcome::Kind::Cancelled);
        QCOMPARE(filesIn(p.out.path()), QStringList());
        QCOMPARE(p.strip->kind(), ui::MessageStrip::Kind::Info);
        QCOMPARE(p.strip->text(), QStringLiteral("The export was cancelled; no file was written."));
    }

    void aCancelAfterTheLastRowStillWins()
    {
        Page p;
        const QString path = p.file("kept.txt");
        {
            QFile earlier(path);
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("the export of last week\n");
        }
        QSemaphore written;
        QSemaphore cancelled;
        QSignalSpy finished(p.runner, &ui::ExportRunner::finished);
        QVERIFY(p.runner->start({.path = path,
                                 .work =
                                     [&](Store& store, ui::ExportContext& context) {
                                         const auto outcome = lines(5)(store, context);
                                         written.release();
                                         cancelled.tryAcquire(1, 10000);
                                         return outcome;
                                     },
                                 .cancelled = QStringLiteral("Stopped.")}));
        QVERIFY(written.tryAcquire(1, 10000));
        p.runner->cancel();
        cancelled.release();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).value<ui::ExportOutcome>().kind,
                 ui::ExportOutcome::Kind::Cancelled);
        // The file at that path is the one from before, and nothing lies beside it.
        QCOMPARE(contentsOf(path), QByteArray("the export of last week\n"));
        QCOMPARE(filesIn(p.out.path()), QStringList{QStringLiteral("kept.txt")});
        QCOMPARE(p.strip->text(), QStringLiteral("Stopped."));
    }

    void aFailureHalfwayLeavesNoPartialFile()
    {
        Page p;
        const QString path = p.file("half.txt");
        const auto outcome =
            p.run({.path = path, .work = [](Store&, ui::ExportContext& context) {
                       if (!context.write(QByteArrayLiteral("first half\n")))
                           return context.cannotWrite();
                       return ui::ExportOutcome::failed(QStringLiteral("The store went away."));
                   }});
        QCOMPARE(outcome.kind, ui::ExportOutcome::Kind::Failed);
        QCOMPARE(filesIn(p.out.path()), QStringList());
        QCOMPARE(p.strip->kind(), ui::MessageStrip::Kind::Error);
        QCOMPARE(p.strip->text(), QStringLiteral("The store went away."));
    }

    void aFileThatCannotBeWrittenSaysWhy()
    {
        Page p;
        const QString path = p.file("no-such-folder/out.txt");
        const auto outcome = p.run({.path = path, .work = lines(2)});
        QCOMPARE(outcome.kind, ui::ExportOutcome::Kind::Failed);
        QVERIFY2(outcome.message.startsWith(QStringLiteral("Cannot write %1: ").arg(path)),
                 qPrintable(outcome.message));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(p.strip->kind(), ui::MessageStrip::Kind::Error);
        QCOMPARE(p.strip->text(), outcome.message);
    }

    void whatFollowsAWriteCanRefuse()
    {
        Page p;
        const QString path = p.file("out.txt");
        int after = 0;
        const auto outcome = p.run({.path = path, .work = lines(1), .afterWritten = [&after] {
                                        ++after;
                                        return QStringLiteral("Written, but not closed.");
                                    }});
        QCOMPARE(after, 1);
        QCOMPARE(outcome.kind, ui::ExportOutcome::Kind::Failed);
        QVERIFY(QFileInfo::exists(path)); // the file itself is whole
        QCOMPARE(p.strip->kind(), ui::MessageStrip::Kind::Error);
        QCOMPARE(p.strip->text(), QStringLiteral("Written, but not closed."));

        // Not asked when nothing was written.
        p.run({.path = p.file("none.txt"),
               .work = [](Store&, ui::ExportContext&) { return ui::ExportOutcome::cancelled(); },
               .afterWritten =
                   [&after] {
                       ++after;
                       return QString();
                   }});
        QCOMPARE(after, 1);
    }

    void aCancelBeforeALaterStartWins()
    {
        Page p;
        bool ran = false;
        QSignalSpy finished(p.runner, &ui::ExportRunner::finished);
        QVERIFY(p.runner->start({.path = p.file("later.txt"),
                                 .work =
                                     [&ran](Store& store, ui::ExportContext& context) {
                                         ran = true;
                                         return lines(1)(store, context);
                                     },
                                 .showAfterMs = 500,
                                 .startLater = true}));
        // Shown only if it takes a while.
        QVERIFY(!p.runner->progressDialog()->isVisible());
        p.runner->cancel();
        QVERIFY(finished.wait(20000));
        QVERIFY(!ran);
        QCOMPARE(finished.at(0).at(0).value<ui::ExportOutcome>().kind,
                 ui::ExportOutcome::Kind::Cancelled);
        QCOMPARE(filesIn(p.out.path()), QStringList());
    }

    void goingAwayStopsTheWork()
    {
        auto p = std::make_unique<Page>();
        const QString dir = p->out.path();
        QSemaphore gate;
        p->runner->setBeforeWriting([&gate] { gate.tryAcquire(1, 200); });
        QVERIFY(p->runner->start({.path = p->file("gone.txt"), .work = lines(1000)}));
        // The page closes mid-export: the runner cancels and waits; nothing is left behind.
        delete p->runner;
        QCOMPARE(filesIn(dir), QStringList());
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestExportRunner)
#include "tst_exportrunner.moc"

// The audit log (Managers and Admins): filtered, read a page at a time, and exported to CSV
// off the GUI thread.
#include "UiTest.h"

#include "ui/backoffice/AuditFilterBar.h"
#include "ui/backoffice/AuditLogModel.h"
#include "ui/backoffice/AuditLogPage.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"

#include "credits/CreditService.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "enrollment/EnrollmentService.h"
#include "storage/AuditLog.h"
#include "users/UserStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QTableView>

using namespace astro;
using namespace astro::test;

namespace {

// The log of a small store: the default enrollments (by the system), a cashier added in
// September by the Admin, and in November an account number changed and a credit marked by
// the Manager.
struct Log
{
    qint64 redemptionId = 0;
};

Log fillLog(TestStore& ts)
{
    Log log;
    ready(ts);
    useLocation(ts);
    const Actor admin = ts.admin();
    ts.clock().set(QDateTime(QDate(2026, 9, 1), QTime(14, 0), Qt::UTC));
    if (!ts->users().add(admin, QStringLiteral("Éloïse Bérubé"), Role::Cashier,
                         QStringLiteral("2468")))
        qFatal("user refused");
    ts.clock().set(QDateTime(QDate(2026, 11, 16), QTime(15, 0), Qt::UTC));
    const Actor manager = ts.manager();
    // A number a spreadsheet would run as a formula if it were written as it is.
    if (!ts->enrollment().set(manager, QStringLiteral("LOC-A"), QStringLiteral("PRG-DIST"),
                              QStringLiteral("DST-ON"), QStringLiteral("=1+1")))
        qFatal("enrollment refused");
    const Actor cashier = ts.cashier();
    const qint64 customer = ts.addCustomer();
    auto visit = ts->visits().open(cashier, customer);
    if (!visit || !ts->visits().scan(cashier, visit->id, item("ANY-1", 3)))
        qFatal("visit refused");
    RedeemRequest request;
    request.customerId = customer;
    request.cardId = QStringLiteral("CRD-ANY");
    request.code = upc("ANY-1");
    request.visitId = visit->id;
    auto redeemed = ts->redemptions().redeem(cashier, request);
    if (!redeemed || !ts->credits().markCredited(manager, redeemed->id))
        qFatal("credit refused");
    log.redemptionId = redeemed->id;
    return log;
}

qint64 countOf(TestStore& ts, const AuditFilter& filter = {})
{
    auto n = ts->auditLog().count(filter);
    if (!n)
        qFatal("count failed: %s", qPrintable(n.error().message));
    return *n;
}

using Fixture = PageFixture<ui::AuditLogPage>;

QStringList column(const ui::AuditLogModel* model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

} // namespace

class TestAuditLogPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(m_settings); }
    void cleanup()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog*>(w))
                w->close();
    }

    void theFiltersNarrowTheLog()
    {
        TestStore ts;
        const Log log = fillLog(ts);
        Fixture f(ts, ts.manager());
        ui::AuditLogPage& page = f.page;
        ui::AuditLogModel* model = page.model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        using M = ui::AuditLogModel;
        QCOMPARE(page.windowTitle(), QStringLiteral("Audit log"));
        const qint64 everything = countOf(ts);
        QVERIFY(everything > 5);
        QCOMPARE(model->rowCount(), int(everything));
        // Newest first: the credit the Manager marked.
        QCOMPARE(model->index(0, M::UserColumn).data().toString(), QStringLiteral("Test Manager"));
        QCOMPARE(model->index(0, M::FieldColumn).data().toString(),
                 QStringLiteral("Credit status"));
        QCOMPARE(model->index(0, M::ChangeColumn).data().toString(),
                 QStringLiteral("Uncredited → Credited"));
        QCOMPARE(model->index(0, M::SubjectColumn).data().toString(),
                 QStringLiteral("Redemption %1").arg(log.redemptionId));
        QCOMPARE(model->index(0, M::SubjectColumn).data(M::SecondLineRole).toString(),
                 QStringLiteral("Distributor credit"));
        QCOMPARE(model->index(0, M::LocationColumn).data().toString(), QStringLiteral("Toronto"));

        // Words, as typed (after a pause).
        ui::AuditFilterBar* filters = page.filterBar();
        // Accented text is typed as an input method would: keyClicks is ASCII only.
        filters->searchField()->insert(QStringLiteral("éloïse"));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, M::SubjectColumn).data().toString(),
                 QStringLiteral("Éloïse Bérubé"));
        QCOMPARE(model->index(0, M::SubjectColumn).data(M::SecondLineRole).toString(),
                 QStringLiteral("User"));
        QCOMPARE(model->index(0, M::ChangeColumn).data().toString(), QStringLiteral("Cashier"));
        filters->searchField()->clear();
        QTRY_COMPARE(model->rowCount(), int(everything));

        // Who.
        QComboBox* user = filters->userBox();
        user->setCurrentIndex(user->findData(QStringLiteral("Test Manager")));
        QVERIFY(model->rowCount() >= 2);
        for (const QString& who : column(model, M::UserColumn))
            QCOMPARE(who, QStringLiteral("Test Manager"));
        user->setCurrentIndex(0);

        // What kind: credits only, then enrollments only.
        QComboBox* kind = filters->kindBox();
        kind->setCurrentIndex(kind->findData(QStringLiteral("credit")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->entryAt(0).subject, QStringLiteral("redemption:%1").arg(log.redemptionId));
        kind->setCurrentIndex(kind->findData(QStringLiteral("enrollment")));
        AuditFilter enrollments;
        enrollments.subjectKind = QStringLiteral("enrollment");
        QCOMPARE(model->rowCount(), int(countOf(ts, enrollments)));
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->entryAt(row).subject.startsWith(QStringLiteral("enrollment:")));
        // An enrollment reads by the names of its location and program.
        QCOMPARE(model->entryAt(0).subject, QStringLiteral("enrollment:LOC-A/PRG-DIST"));
        QCOMPARE(model->index(0, M::SubjectColumn).data().toString(),
                 QStringLiteral("Program PRG-DIST"));
        QCOMPARE(model->index(0, M::SubjectColumn).data(M::SecondLineRole).toString(),
                 QStringLiteral("Enrollment · Toronto"));
        QCOMPARE(model->index(0, M::ChangeColumn).data().toString(),
                 QStringLiteral("ON-1001 → =1+1"));
        kind->setCurrentIndex(0);

        // When: only what was done in September.
        filters->toEdit()->setDate(QDate(2026, 10, 1));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->entryAt(0).subject, QStringLiteral("user:Éloïse Bérubé"));
        filters->fromEdit()->setDate(QDate(2026, 9, 2));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!page.exportButton()->isEnabled());
    }

    void theLogComesAPageAtATime()
    {
        TestStore ts;
        fillLog(ts);
        Fixture f(ts, ts.admin());
        ui::AuditLogModel* model = f.page.model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setPageSize(3);
        f.page.refresh();
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(model->canFetchMore({}));
        QVERIFY(f.page.countLabel()->text().contains(u"more as you scroll"_qs));

        // A change made meanwhile does not shift the pages: nothing repeats.
        ASTRO_VERIFY_OK(ts->enrollment().set(ts.admin(), u"LOC-A"_qs, u"PRG-DIST"_qs, u"DST-ON"_qs,
                                             u"ON-5005"_qs));
        const qint64 before = countOf(ts) - 1;
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), int(before));
        // Newest first: by time, then by id among entries made at the same moment.
        for (int row = 1; row < model->rowCount(); ++row) {
            const AuditEntry& newer = model->entryAt(row - 1);
            const AuditEntry& older = model->entryAt(row);
            QVERIFY(older.at < newer.at || (older.at == newer.at && older.id < newer.id));
        }
        QCOMPARE(
            f.page.countLabel()->text(),
            (before == 1 ? QStringLiteral("1 entry.") : QStringLiteral("%1 entries.").arg(before)));
    }

    void exportsWhatTheFilterMatchesToCsv()
    {
        TestStore ts;
        const Log log = fillLog(ts);
        Fixture f(ts, ts.manager());
        ui::AuditLogPage& page = f.page;
        // Fewer rows on screen than in the file: the export reads everything itself.
        page.model()->setPageSize(2);
        page.refresh();
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("audit.csv"));

        saveFileAs(QStringLiteral("auditExportFileDialog"), path);
        QTest::mouseClick(page.exportButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.exportJob(), 20000);
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Success);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(data.mid(3));
        QCOMPARE(rows.size(), 1 + int(countOf(ts)));
        QCOMPARE(rows[0],
                 (QStringList{u"When"_qs, u"Who"_qs, u"Location"_qs, u"Kind"_qs, u"Subject"_qs,
                              u"Field"_qs, u"Old value"_qs, u"New value"_qs}));
        // Newest first, in local time; accents intact; a formula is guarded.
        QCOMPARE(rows[1], (QStringList{u"2026-11-16 10:00:00"_qs, u"Test Manager"_qs, u"Toronto"_qs,
                                       u"Distributor credit"_qs,
                                       QStringLiteral("redemption:%1").arg(log.redemptionId),
                                       u"Credit status"_qs, u"Uncredited"_qs, u"Credited"_qs}));
        const auto find = [&](const QString& subject, const QString& field) -> QStringList {
            for (const QStringList& row : rows)
                if (row.value(4) == subject && row.value(5) == field)
                    return row;
            return {};
        };
        const QStringList added = find(u"user:Éloïse Bérubé"_qs, u"Added"_qs);
        QCOMPARE(added.value(0), QStringLiteral("2026-09-01 10:00:00"));
        QCOMPARE(added.value(1), QStringLiteral("Test Admin"));
        QCOMPARE(added.value(7), QStringLiteral("Cashier"));
        const QStringList account = find(u"enrollment:LOC-A/PRG-DIST"_qs, u"Account number"_qs);
        QCOMPARE(account.value(6), QStringLiteral("ON-1001"));
        QCOMPARE(account.value(7), QStringLiteral("'=1+1"));

        // Filtered: only what the page shows.
        page.filterBar()->kindBox()->setCurrentIndex(
            page.filterBar()->kindBox()->findData(QStringLiteral("user")));
        page.exportCsvTo(path);
        QTRY_VERIFY_WITH_TIMEOUT(!page.exportJob(), 20000);
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const QList<QStringList> users = parseCsv(again.readAll().mid(3));
        AuditFilter userFilter;
        userFilter.subjectKind = u"user"_qs;
        QCOMPARE(users.size(), 1 + int(countOf(ts, userFilter)));
        for (int row = 1; row < users.size(); ++row)
            QVERIFY(users[row].value(4).startsWith(u"user:"_qs));
        QCOMPARE(filesIn(out.path()), QStringList{QStringLiteral("audit.csv")});
    }

    void cancellingTheExportLeavesNoFile()
    {
        TestStore ts;
        fillLog(ts);
        Fixture f(ts, ts.admin());
        ui::AuditLogPage& page = f.page;
        // The export waits, once it has counted the entries, until the test pressed Cancel.
        QSemaphore gate;
        page.setBeforeExportWrites([&gate] { gate.tryAcquire(1, 10000); });
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("audit.csv"));

        page.exportCsvTo(path);
        QProgressDialog* progress = page.exportProgress();
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        QVERIFY(!page.exportButton()->isEnabled());
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        gate.release();
        QTRY_VERIFY_WITH_TIMEOUT(!page.exportJob(), 20000);

        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(filesIn(out.path()), QStringList());
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Info);
        QCOMPARE(page.messageStrip()->text(),
                 QStringLiteral("The export was cancelled; no file was written."));
        QVERIFY(page.exportButton()->isEnabled());
    }

    void aCashierCannotReadIt()
    {
        TestStore ts;
        fillLog(ts);
        Fixture f(ts, ts.cashier());
        QCOMPARE(f.page.model()->rowCount(), 0);
        QVERIFY(!f.page.exportButton()->isEnabled());
        QTemporaryDir out;
        f.page.exportCsvTo(out.filePath(QStringLiteral("audit.csv")));
        QVERIFY(!f.page.exportJob());
        QCOMPARE(f.page.messageStrip()->kind(), ui::MessageStrip::Kind::Error);
        QCOMPARE(filesIn(out.path()), QStringList());

        // A Manager signing in at the same counter reads it.
        f.session.signIn(ts.manager());
        QCOMPARE(f.page.model()->rowCount(), int(countOf(ts)));
        QVERIFY(f.page.exportButton()->isEnabled());
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestAuditLogPage)
#include "tst_auditlogpage.moc"

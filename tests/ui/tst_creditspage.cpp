// Distributor credits (Managers and Admins): totals by distributor and manufacturer, the
// credits of each group, marking them, and fixing and resubmitting a declined one.
#include "UiTest.h"

#include "ui/backoffice/BackOfficeWidget.h"
#include "ui/backoffice/CreditFilterBar.h"
#include "ui/backoffice/CreditGroupsModel.h"
#include "ui/backoffice/CreditLinesModel.h"
#include "ui/backoffice/CreditResubmitDialog.h"
#include "ui/backoffice/CreditsPage.h"
#include "ui/backoffice/HoldingPage.h"
#include "ui/common/BackgroundReader.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"

#include "credits/CreditService.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "enrollment/EnrollmentService.h"
#include "storage/AuditLog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeView>

using namespace astro;
using namespace astro::test;

namespace {

// A customer buys enough of `item` to earn `card` and takes it free, at the counter of the
// cashier's location.
Redemption earnAndRedeem(TestStore& ts, const Actor& cashier, const char* card, const char* item,
                         int buy)
{
    const qint64 customer = ts.addCustomer(QStringLiteral("Hélène"), QStringLiteral("Côté"));
    return astro::test::earnAndRedeem(ts, cashier, customer, card, item, buy);
}

// A PRG-DIST credit at LOC-A: Distributor DST-ON, account ON-1001, $40.
Redemption onCredit(TestStore& ts)
{
    return earnAndRedeem(ts, ts.cashier(), "CRD-ANY", "ANY-1", 3);
}

void answer(QMessageBox::StandardButton button, QString* text = nullptr)
{
    whenModal<QMessageBox>([button, text](QMessageBox* box) {
        QCOMPARE(box->objectName(), QStringLiteral("creditConfirmation"));
        if (text)
            *text = box->text();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

CreditStatus statusOf(TestStore& ts, qint64 id)
{
    auto r = ts->redemptions().get(id);
    if (!r)
        qFatal("no redemption %lld", id);
    return r->creditStatus;
}

using Fixture = PageFixture<ui::CreditsPage>;

QString cell(const QAbstractItemModel* model, const QModelIndex& row, int column)
{
    return model->index(row.row(), column, row.parent()).data().toString();
}

} // namespace

class TestCreditsPage : public QObject
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

    void groupsAndTotalsFollowTheStatuses()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        const Redemption uncredited = onCredit(ts);
        const Redemption credited = onCredit(ts);
        const Redemption declined = onCredit(ts);
        const Redemption reconciled = onCredit(ts);
        const Redemption ny =
            earnAndRedeem(ts, ts.cashier(QStringLiteral("LOC-B")), "CRD-ANY", "ANY-1", 3);
        const Redemption direct = earnAndRedeem(ts, ts.cashier(), "CRD-FREQ", "MF-1", 3);
        const Redemption held = earnAndRedeem(ts, ts.cashier(), "CRD-HOLD", "HOLD-1", 2);
        earnAndRedeem(ts, ts.cashier(), "CRD-PRIOR", "PP-1", 3); // a retailer batch line
        const Actor manager = ts.manager();
        ASTRO_VERIFY_OK(ts->credits().markCredited(manager, credited.id));
        ASTRO_VERIFY_OK(ts->credits().markDeclined(manager, declined.id, u"Wrong account"_qs));
        ASTRO_VERIFY_OK(ts->credits().markCredited(manager, reconciled.id));
        ASTRO_VERIFY_OK(ts->credits().markReconciled(manager, reconciled.id));

        Fixture f(ts, ts.admin());
        ui::CreditsPage& page = f.page;
        QAbstractItemModelTester groupsTester(
            page.groupsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester linesTester(
            page.linesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.windowTitle(), QStringLiteral("Distributor credits"));
        QTRY_VERIFY(!page.isReading());

        // All credits first, then each distributor, Temporary Holding and direct last.
        ui::CreditGroupsModel* groups = page.groupsModel();
        using G = ui::CreditGroupsModel;
        QCOMPARE(groups->rowCount(), 5);
        QStringList names;
        for (int row = 0; row < groups->rowCount(); ++row)
            names << groups->index(row, G::NameColumn).data().toString();
        QCOMPARE(names, (QStringList{u"All credits"_qs, u"Distributor DST-NY"_qs,
                                     u"Distributor DST-ON"_qs, u"Temporary Holding"_qs,
                                     u"Direct: the manufacturer credits the store"_qs}));
        const QModelIndex all = groups->index(0, 0);
        QCOMPARE(cell(groups, all, G::LinesColumn), QStringLiteral("7"));
        const Money total = uncredited.cost + credited.cost + declined.cost + reconciled.cost +
                            ny.cost + direct.cost + held.cost;
        QCOMPARE(cell(groups, all, G::TotalColumn), total.format(QLocale()));
        QCOMPARE(cell(groups, all, G::UncreditedColumn), QStringLiteral("3"));
        QCOMPARE(cell(groups, all, G::HeldColumn), QStringLiteral("1"));

        const QModelIndex on = groups->index(2, 0);
        QCOMPARE(cell(groups, on, G::LinesColumn), QStringLiteral("4"));
        QCOMPARE(cell(groups, on, G::TotalColumn), Money{16000}.format(QLocale()));
        QCOMPARE(cell(groups, on, G::UncreditedColumn), QStringLiteral("1"));
        QCOMPARE(cell(groups, on, G::CreditedColumn), QStringLiteral("1"));
        QCOMPARE(cell(groups, on, G::ReconciledColumn), QStringLiteral("1"));
        QCOMPARE(cell(groups, on, G::DeclinedColumn), QStringLiteral("1"));
        QCOMPARE(cell(groups, on, G::HeldColumn), QString());
        QCOMPARE(groups->rowCount(on), 1);
        const QModelIndex acme = groups->index(0, 0, on);
        QCOMPARE(acme.data().toString(), QStringLiteral("Acme Pet Foods"));
        QCOMPARE(cell(groups, acme, G::LinesColumn), QStringLiteral("4"));
        QCOMPARE(groups->index(4, 0).data().toString(),
                 QStringLiteral("Direct: the manufacturer credits the store"));
        QCOMPARE(cell(groups, groups->index(0, 0, groups->index(3, 0)), G::NameColumn),
                 QStringLiteral("Beta Pet Co"));

        // All credits are listed, newest first; choosing a distributor narrows them.
        QCOMPARE(page.linesModel()->rowCount(), 7);
        QVERIFY2(page.linesHeading()->text().startsWith(u"All credits: 7 redemptions"_qs),
                 qPrintable(page.linesHeading()->text()));
        QVERIFY(page.selectGroup({false, u"DST-ON"_qs, {}}));
        QCOMPARE(page.linesModel()->rowCount(), 4);
        QVERIFY2(page.linesHeading()->text().startsWith(u"Distributor DST-ON: 4 redemptions"_qs),
                 qPrintable(page.linesHeading()->text()));
        QVERIFY(page.selectGroup({false, QString(), u"M1"_qs}));
        QCOMPARE(page.linesModel()->rowCount(), 1);
        QCOMPARE(page.linesModel()->redemptionAt(0).id, direct.id);
        // A direct credit is the manufacturer's, with the store's account number there.
        QCOMPARE(
            page.linesModel()->index(0, ui::CreditLinesModel::DistributorColumn).data().toString(),
            QStringLiteral("Acme Pet Foods"));
        QCOMPARE(page.linesModel()
                     ->index(0, ui::CreditLinesModel::DistributorColumn)
                     .data(ui::CreditLinesModel::SecondLineRole)
                     .toString(),
                 QStringLiteral("Account: ACME-77"));
        QCOMPARE(page.linesModel()->index(0, ui::CreditLinesModel::AccountColumn).data().toString(),
                 QStringLiteral("ACME-77"));

        // The status filter narrows groups and lines, keeping the group chosen.
        page.selectGroup({false, u"DST-ON"_qs, {}});
        QComboBox* status = page.filterBar()->statusBox();
        status->setCurrentIndex(status->findData(toCode(CreditStatus::Declined)));
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(groups->rowCount(), 2);
        QCOMPARE(cell(groups, groups->index(1, 0), G::LinesColumn), QStringLiteral("1"));
        QCOMPARE(page.linesModel()->rowCount(), 1);
        QCOMPARE(page.linesModel()->redemptionAt(0).id, declined.id);
        QCOMPARE(page.linesModel()
                     ->index(0, ui::CreditLinesModel::StatusColumn)
                     .data(ui::CreditLinesModel::SecondLineRole)
                     .toString(),
                 QStringLiteral("Wrong account"));

        // The location filter: Buffalo has the New York credit only.
        status->setCurrentIndex(0);
        QComboBox* location = page.filterBar()->locationBox();
        location->setCurrentIndex(location->findData(u"LOC-B"_qs));
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(groups->rowCount(), 2);
        QCOMPARE(groups->index(1, 0).data().toString(), QStringLiteral("Distributor DST-NY"));
        page.selectGroup({});
        QCOMPARE(page.linesModel()->rowCount(), 1);
        QCOMPARE(page.linesModel()->redemptionAt(0).id, ny.id);
        QCOMPARE(
            page.linesModel()->index(0, ui::CreditLinesModel::LocationColumn).data().toString(),
            QStringLiteral("Buffalo"));

        // The dates: nothing was given before today.
        location->setCurrentIndex(0);
        page.filterBar()->toEdit()->setDate(ts->now().toLocalTime().date().addDays(-1));
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(groups->rowCount(), 1);
        QCOMPARE(cell(groups, groups->index(0, 0), G::LinesColumn), QStringLiteral("0"));
        QCOMPARE(page.linesModel()->rowCount(), 0);
    }

    // The groups are read on the page's reader's thread: the window answers meanwhile, and of
    // two filters chosen one after the other, only the second one's groups ever show.
    void theGroupsAreReadOffTheGuiThreadAndTheNewestFilterWins()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        onCredit(ts);
        const Redemption ny =
            earnAndRedeem(ts, ts.cashier(QStringLiteral("LOC-B")), "CRD-ANY", "ANY-1", 3);
        Fixture f(ts, ts.admin());
        ui::CreditsPage& page = f.page;
        QTRY_VERIFY(!page.isReading());
        ui::CreditGroupsModel* groups = page.groupsModel();
        QCOMPARE(groups->rowCount(), 3);

        // The reader's thread is held while the filter changes twice.
        HeldReader slowQuery(page.reader());
        QVERIFY(slowQuery.holding());
        QSignalSpy resets(groups, &QAbstractItemModel::modelReset);
        QComboBox* location = page.filterBar()->locationBox();
        location->setCurrentIndex(location->findData(u"LOC-A"_qs));
        QVERIFY(location->isEnabled());
        location->setCurrentIndex(location->findData(u"LOC-B"_qs));
        QTest::qWait(50);
        QVERIFY(page.isReading());
        QCOMPARE(groups->rowCount(), 3);
        QCOMPARE(page.linesHeading()->text(), QStringLiteral("Reading…"));
        QCOMPARE(page.groupsView()->viewport()->cursor().shape(), Qt::BusyCursor);

        slowQuery.release();
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(resets.size(), 1); // the Toronto answer was dropped
        QCOMPARE(groups->rowCount(), 2);
        QCOMPARE(groups->index(1, 0).data().toString(), QStringLiteral("Distributor DST-NY"));
        QCOMPARE(page.linesModel()->rowCount(), 1);
        QCOMPARE(page.linesModel()->redemptionAt(0).id, ny.id);
        QVERIFY2(page.linesHeading()->text().startsWith(u"All credits: 1 redemption"_qs),
                 qPrintable(page.linesHeading()->text()));
        QCOMPARE(page.groupsView()->viewport()->cursor().shape(), Qt::ArrowCursor);
    }

    void aHeldCreditIsReadOnly()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        const Redemption held = earnAndRedeem(ts, ts.cashier(), "CRD-HOLD", "HOLD-1", 2);
        Fixture f(ts, ts.admin());
        ui::CreditsPage& page = f.page;
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(page.selectLines({held.id}), 1);
        QCOMPARE(page.linesModel()->index(0, ui::CreditLinesModel::StatusColumn).data().toString(),
                 label(CreditStatus::Held));
        QVERIFY(page.noticePanel()->isVisible());
        QCOMPARE(page.noticeTitle()->text(), QStringLiteral("Held in Temporary Holding"));
        QVERIFY(page.noticeText()->text().contains(u"Temporary Holding page"_qs));
        QVERIFY(!page.resubmitButton()->isVisible());
        for (QPushButton* b :
             {page.markCreditedButton(), page.markDeclinedButton(), page.reconcileButton()})
            QVERIFY(!b->isEnabled());
    }

    void aHeldCreditPointsToTemporaryHolding()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        const Redemption held = earnAndRedeem(ts, ts.cashier(), "CRD-HOLD", "HOLD-1", 2);
        ui::Session session(ts.store());
        session.signIn(ts.admin());
        ui::BackOfficeWidget office(session);
        auto* holding = new ui::HoldingPage(session, &office);
        auto* credits = new ui::CreditsPage(session, &office);
        office.addPage(holding, Permission::ManageEnrollment);
        office.addPage(credits, Permission::ManageCredits);
        office.resize(1280, 720);
        office.show();
        QVERIFY(office.showPage(credits));
        QTRY_VERIFY(!credits->isReading());
        QCOMPARE(credits->selectLines({held.id}), 1);
        QVERIFY(credits->holdingButton()->isVisible());
        QTest::mouseClick(credits->holdingButton(), Qt::LeftButton);
        QCOMPARE(office.currentPage(), holding);
    }

    void reconcilesTheSelectedCreditedLines()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        const Redemption a = onCredit(ts);
        const Redemption b = onCredit(ts);
        const Redemption notYet = onCredit(ts);
        ASTRO_VERIFY_OK(ts->credits().markCredited(ts.manager(), a.id));
        ASTRO_VERIFY_OK(ts->credits().markCredited(ts.manager(), b.id));
        Fixture f(ts, ts.admin());
        ui::CreditsPage& page = f.page;
        QTRY_VERIFY(!page.isReading());

        QVERIFY(!page.reconcileButton()->isEnabled());
        QCOMPARE(page.selectLines({a.id, b.id, notYet.id}), 3);
        QVERIFY(page.reconcileButton()->isEnabled());

        // Cancelled: nothing changes.
        answer(QMessageBox::Cancel);
        QTest::mouseClick(page.reconcileButton(), Qt::LeftButton);
        QCOMPARE(statusOf(ts, a.id), CreditStatus::Credited);

        QString question;
        answer(QMessageBox::Yes, &question);
        QTest::mouseClick(page.reconcileButton(), Qt::LeftButton);
        QVERIFY2(question.contains(u"Mark 2 credited credits as reconciled"_qs) &&
                     question.contains((a.cost + b.cost).format(QLocale())) &&
                     question.contains(u"Distributor DST-ON's credit memo"_qs) &&
                     question.contains(u"1 other selected credit is not credited"_qs),
                 qPrintable(question));
        QCOMPARE(statusOf(ts, a.id), CreditStatus::Reconciled);
        QCOMPARE(statusOf(ts, b.id), CreditStatus::Reconciled);
        QCOMPARE(statusOf(ts, notYet.id), CreditStatus::Uncredited);
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Success);
        QCOMPARE(page.messageStrip()->text(), QStringLiteral("2 credits marked reconciled."));
        QTRY_VERIFY(!page.isReading());
        const QModelIndex on = page.groupsModel()->index(1, 0);
        QCOMPARE(cell(page.groupsModel(), on, ui::CreditGroupsModel::ReconciledColumn),
                 QStringLiteral("2"));

        AuditFilter filter;
        filter.text = QStringLiteral("redemption:%1").arg(a.id);
        TAKE(audit, ts->auditLog().entries(filter));
        QVERIFY(std::any_of(audit.begin(), audit.end(), [&](const AuditEntry& e) {
            return e.field == u"credit_status"_qs && e.newValue == u"reconciled"_qs &&
                   e.userName == ts.admin().userName;
        }));
    }

    void marksCreditedAndDeclinedWithAReason()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        const Redemption a = onCredit(ts);
        const Redemption b = onCredit(ts);
        Fixture f(ts, ts.manager());
        ui::CreditsPage& page = f.page;
        QTRY_VERIFY(!page.isReading());

        page.selectLines({a.id});
        answer(QMessageBox::Yes);
        QTest::mouseClick(page.markCreditedButton(), Qt::LeftButton);
        QCOMPARE(statusOf(ts, a.id), CreditStatus::Credited);
        QTRY_VERIFY(!page.isReading());

        page.selectLines({b.id});
        whenModal<QInputDialog>([](QInputDialog* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("creditDeclineDialog"));
            auto* field = dialog->findChild<QLineEdit*>();
            QVERIFY(field);
            field->clear();
            // Accented text is typed as an input method would: keyClicks is ASCII only.
            field->insert(QStringLiteral("Pas sur le relevé"));
            dialog->accept();
        });
        QTest::mouseClick(page.markDeclinedButton(), Qt::LeftButton);
        TAKE(declined, ts->redemptions().get(b.id));
        QCOMPARE(declined.creditStatus, CreditStatus::Declined);
        QCOMPARE(declined.declineReason, QStringLiteral("Pas sur le relevé"));
        QCOMPARE(page.messageStrip()->text(), QStringLiteral("1 credit marked declined."));
    }

    void declinedFixedAndResubmitted()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        const Redemption r = onCredit(ts);
        ASTRO_VERIFY_OK(
            ts->credits().markDeclined(ts.manager(), r.id, u"Incorrect account number"_qs));
        Fixture f(ts, ts.admin());
        ui::CreditsPage& page = f.page;
        QTRY_VERIFY(!page.isReading());

        // The reason shows where the user looks, with the way to fix it.
        QCOMPARE(page.selectLines({r.id}), 1);
        QVERIFY(page.noticePanel()->isVisible());
        QCOMPARE(page.noticeTitle()->text(), QStringLiteral("Declined by Distributor DST-ON"));
        QCOMPARE(page.noticeText()->text(), QStringLiteral("Incorrect account number"));
        QVERIFY(page.resubmitButton()->isVisible());
        QVERIFY(page.resubmitButton()->isEnabled());

        QTest::mouseClick(page.resubmitButton(), Qt::LeftButton);
        ui::CreditResubmitDialog* dialog = page.currentResubmitDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->reasonLabel()->text(), QStringLiteral("Incorrect account number"));
        QCOMPARE(dialog->accountField()->text(), QStringLiteral("ON-1001"));
        QVERIFY(dialog->correctsEnrollment());
        dialog->accountField()->selectAll();
        QTest::keyClicks(dialog->accountField(), QStringLiteral("ON-2002"));
        dialog->noteField()->insert(QStringLiteral("Numéro confirmé avec le rep"));
        QTest::mouseClick(dialog->resubmitButton(), Qt::LeftButton);
        QVERIFY(dialog->confirming());
        QVERIFY2(dialog->confirmText().contains(u"Account number: ON-1001  →  ON-2002"_qs),
                 qPrintable(dialog->confirmText()));
        QVERIFY2(dialog->confirmText().contains(u"The enrollment of Toronto"_qs),
                 qPrintable(dialog->confirmText()));
        // Back keeps what was typed.
        QTest::mouseClick(dialog->backButton(), Qt::LeftButton);
        QVERIFY(!dialog->confirming());
        QCOMPARE(dialog->accountField()->text(), QStringLiteral("ON-2002"));
        QTest::mouseClick(dialog->resubmitButton(), Qt::LeftButton);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.currentResubmitDialog());
        QTRY_VERIFY(!page.isReading());

        TAKE(fixed, ts->redemptions().get(r.id));
        QCOMPARE(fixed.creditStatus, CreditStatus::Uncredited);
        QCOMPARE(fixed.accountNumber, QStringLiteral("ON-2002"));
        QCOMPARE(fixed.note, QStringLiteral("Numéro confirmé avec le rep"));
        TAKE(enrollment, ts->enrollment().get(u"LOC-A"_qs, u"PRG-DIST"_qs));
        QCOMPARE(enrollment->accountNumber, QStringLiteral("ON-2002"));
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Success);
        QVERIFY2(page.messageStrip()->text().contains(u"resubmitted to Distributor DST-ON"_qs),
                 qPrintable(page.messageStrip()->text()));
        // The line reads uncredited now, with the note under its status.
        const int row = page.linesModel()->rowOf(r.id);
        QVERIFY(row >= 0);
        QCOMPARE(page.linesModel()
                     ->index(row, ui::CreditLinesModel::StatusColumn)
                     .data(ui::CreditLinesModel::SecondLineRole)
                     .toString(),
                 QStringLiteral("Numéro confirmé avec le rep"));
        QVERIFY(!page.noticePanel()->isVisible());

        AuditFilter filter;
        filter.text = QStringLiteral("redemption:%1").arg(r.id);
        TAKE(audit, ts->auditLog().entries(filter));
        QVERIFY(std::any_of(audit.begin(), audit.end(), [&](const AuditEntry& e) {
            return e.field == u"account_number"_qs && e.oldValue == u"ON-1001"_qs &&
                   e.newValue == u"ON-2002"_qs && e.userName == ts.admin().userName;
        }));
        QVERIFY(std::any_of(audit.begin(), audit.end(), [](const AuditEntry& e) {
            return e.field == u"credit_status"_qs && e.oldValue == u"declined"_qs &&
                   e.newValue == u"uncredited"_qs;
        }));
    }

    void aBlankRequiredAccountIsRefused()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        const Redemption r = onCredit(ts);
        ASTRO_VERIFY_OK(
            ts->credits().markDeclined(ts.manager(), r.id, u"Incorrect account number"_qs));
        Fixture f(ts, ts.admin());
        ui::CreditsPage& page = f.page;
        QTRY_VERIFY(!page.isReading());
        page.selectLines({r.id});
        page.fixAndResubmit();
        ui::CreditResubmitDialog* dialog = page.currentResubmitDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->problemShown());
        dialog->accountField()->selectAll();
        QTest::keyClick(dialog->accountField(), Qt::Key_Backspace);
        QVERIFY(dialog->problemShown());
        QTest::keyClicks(dialog->accountField(), QStringLiteral("   "));
        QTest::mouseClick(dialog->resubmitButton(), Qt::LeftButton);
        QVERIFY(!dialog->confirming());
        QVERIFY(dialog->problemShown());
        QCOMPARE(dialog->problemText(),
                 QStringLiteral("Distributor DST-ON needs the store's account number."));
        dialog->reject();
        QCOMPARE(statusOf(ts, r.id), CreditStatus::Declined);
        TAKE(unchanged, ts->redemptions().get(r.id));
        QCOMPARE(unchanged.accountNumber, QStringLiteral("ON-1001"));
    }

    void theLinesComeAPageAtATime()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            ids << onCredit(ts).id;
            ts.clock().advance(60);
        }
        Fixture f(ts, ts.admin());
        QTRY_VERIFY(!f.page.isReading());
        ui::CreditLinesModel* lines = f.page.linesModel();
        lines->setPageSize(2);
        // Choosing the group again reads its lines again at once, before the view (which asks
        // for more while rows fit) has run.
        QVERIFY(f.page.selectGroup({}));
        QCOMPARE(lines->rowCount(), 2);
        QCOMPARE(lines->redemptionAt(0).id, ids.last()); // newest first
        QVERIFY(lines->canFetchMore({}));
        lines->fetchMore({});
        lines->fetchMore({});
        QCOMPARE(lines->rowCount(), 5);
        QVERIFY(!lines->canFetchMore({}));
        QCOMPARE(lines->redemptionAt(4).id, ids.first());
    }

    void aCashierCannot()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        const Redemption credited = onCredit(ts);
        const Redemption declined = onCredit(ts);
        ASTRO_VERIFY_OK(ts->credits().markCredited(ts.manager(), credited.id));
        ASTRO_VERIFY_OK(ts->credits().markDeclined(ts.manager(), declined.id, u"Wrong"_qs));
        Fixture f(ts, ts.cashier());
        ui::CreditsPage& page = f.page;
        QTRY_VERIFY(!page.isReading());

        QCOMPARE(page.selectLines({credited.id}), 1);
        for (QPushButton* b :
             {page.markCreditedButton(), page.markDeclinedButton(), page.reconcileButton()})
            QVERIFY(!b->isEnabled());
        page.markReconciled();
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Error);
        QCOMPARE(statusOf(ts, credited.id), CreditStatus::Credited);

        page.selectLines({declined.id});
        QVERIFY(!page.resubmitButton()->isEnabled());
        page.messageStrip()->clear();
        page.fixAndResubmit();
        QVERIFY(!page.currentResubmitDialog());
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Error);

        // The engine refuses too, whatever the screen does.
        const Status refused = ts->credits().resubmit(ts.cashier(), declined.id, u"ON-9"_qs);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        QCOMPARE(statusOf(ts, declined.id), CreditStatus::Declined);
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestCreditsPage)
#include "tst_creditspage.moc"

// Temporary Holding (Managers and Admins): the held programs, their held redemptions, and
// choosing a distributor, which releases them.
#include "UiTest.h"

#include "ui/backoffice/EnrollmentEditorDialog.h"
#include "ui/backoffice/EnrollmentGridModel.h"
#include "ui/backoffice/EnrollmentGridPage.h"
#include "ui/backoffice/HeldProgramsModel.h"
#include "ui/backoffice/HeldRedemptionsModel.h"
#include "ui/backoffice/HoldingPage.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"

#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "enrollment/EnrollmentService.h"
#include "enrollment/HeldRedemptions.h"
#include "storage/AuditLog.h"
#include "storage/EventLog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace astro;
using namespace astro::test;

namespace {

const QString locA = QStringLiteral("LOC-A");

// A customer buys enough of `item` to earn `card` and takes it free, at the counter.
Redemption earnAndRedeem(TestStore& ts, qint64 customer, const char* card, const char* item,
                         int buy)
{
    return astro::test::earnAndRedeem(ts, ts.cashier(), customer, card, item, buy);
}

ui::EnrollmentEditorDialog* chooseOnHoldingPage(ui::HoldingPage& page, const QString& subject)
{
    if (!page.selectProgram(locA, subject))
        return nullptr;
    QTest::mouseClick(page.chooseButton(), Qt::LeftButton);
    return page.currentEditor();
}

} // namespace

class TestHolding : public QObject
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

    void listsHeldProgramsAndTheirRedemptions()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        const qint64 customer = ts.addCustomer(QStringLiteral("Hélène"), QStringLiteral("Côté"));
        const Redemption held = earnAndRedeem(ts, customer, "CRD-HOLD", "HOLD-1", 2);
        QCOMPARE(held.creditStatus, CreditStatus::Held);
        ui::Session session(ts.store());
        session.signIn(ts.manager());
        ui::HoldingPage page(session);
        page.show();
        QAbstractItemModelTester programsTester(
            page.programsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester redemptionsTester(
            page.redemptionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(page.windowTitle(), QStringLiteral("Temporary Holding"));
        QVERIFY(!page.emptyLabel()->isVisible());
        ui::HeldProgramsModel* programs = page.programsModel();
        QCOMPARE(programs->rowCount(), 1);
        QCOMPARE(programs->index(0, ui::HeldProgramsModel::ProgramColumn).data().toString(),
                 QStringLiteral("Program PRG-HOLD"));
        QCOMPARE(programs->index(0, ui::HeldProgramsModel::LocationColumn).data().toString(),
                 QStringLiteral("Toronto"));
        QCOMPARE(programs->index(0, ui::HeldProgramsModel::HeldColumn).data().toString(),
                 QStringLiteral("1"));

        // The first program is selected and its redemptions listed.
        ui::HeldRedemptionsModel* redemptions = page.redemptionsModel();
        QCOMPARE(redemptions->rowCount(), 1);
        QCOMPARE(redemptions->index(0, ui::HeldRedemptionsModel::CustomerColumn).data().toString(),
                 QStringLiteral("Hélène Côté"));
        QCOMPARE(redemptions->index(0, ui::HeldRedemptionsModel::ItemColumn).data().toString(),
                 QStringLiteral("Test item HOLD-1"));
        QCOMPARE(redemptions->index(0, ui::HeldRedemptionsModel::QuantityColumn).data().toString(),
                 QStringLiteral("1"));
        QCOMPARE(redemptions->index(0, ui::HeldRedemptionsModel::CostColumn).data().toString(),
                 held.cost.format(QLocale()));
        QCOMPARE(redemptions->index(0, ui::HeldRedemptionsModel::DateColumn).data().toString(),
                 QLocale().toString(held.at.toLocalTime(), QLocale::ShortFormat));
        QVERIFY(page.chooseButton()->isEnabled());
    }

    void theRedemptionsComeAPageAtATime()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        for (int i = 0; i < 5; ++i)
            earnAndRedeem(ts, ts.addCustomer(QStringLiteral("Client"), QString::number(i)),
                          "CRD-HOLD", "HOLD-1", 2);
        TAKE(count, HeldRedemptions(ts->db()).count(locA, QStringLiteral("PRG-HOLD")));
        QCOMPARE(count, 5);

        ui::HeldRedemptionsModel model(ts->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        QVERIFY(model.load(locA, QStringLiteral("PRG-HOLD")).isEmpty());
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.canFetchMore({}));
        // Oldest first, each once.
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.redemptionAt(row).id);
        QCOMPARE(ids.size(), 5);
        QVERIFY(model.redemptionAt(0).id < model.redemptionAt(4).id);
    }

    void choosingADistributorReleasesTheHeldRedemptions()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ui::Session session(ts.store());
        session.signIn(ts.manager());

        // The manager puts PRG-DIST in Temporary Holding on the grid...
        ui::EnrollmentGridPage grid(session);
        grid.show();
        grid.view()->setCurrentIndex(grid.model()->cell(locA, QStringLiteral("PRG-DIST")));
        QTest::mouseClick(grid.editButton(), Qt::LeftButton);
        ui::EnrollmentEditorDialog* editor = grid.currentEditor();
        QVERIFY(editor);
        editor->chooseDistributor(QStringLiteral("TEMP-HOLDING"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTest::mouseClick(editor->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY(!grid.currentEditor());
        grid.hide();

        // ...a customer earns and takes a free item: held, sent to nobody...
        const Redemption redemption = earnAndRedeem(ts, ts.addCustomer(), "CRD-ANY", "ANY-1", 3);
        QCOMPARE(redemption.creditStatus, CreditStatus::Held);
        QVERIFY(redemption.distributorId.isEmpty() ||
                redemption.distributorId == QStringLiteral("TEMP-HOLDING"));

        // ...and the Holding page lists it, with PRG-HOLD (held since the start).
        ui::HoldingPage page(session);
        page.show();
        QCOMPARE(page.programsModel()->rowCount(), 2);
        editor = chooseOnHoldingPage(page, QStringLiteral("PRG-DIST"));
        QVERIFY(editor);
        QCOMPARE(page.redemptionsModel()->rowCount(), 1);
        QCOMPARE(page.redemptionsModel()->redemptionAt(0).id, redemption.id);
        QCOMPARE(editor->heldCount(), 1);
        // Only eligible distributors, as on the grid.
        QCOMPARE(editor->distributorIds(),
                 (QStringList{QStringLiteral("DST-ON"), QStringLiteral("TEMP-HOLDING")}));
        editor->chooseDistributor(QStringLiteral("DST-ON"));
        QTest::keyClicks(editor->accountField(), QStringLiteral("ON-3003"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(editor->confirming());
        QVERIFY2(editor->confirmText().contains(
                     QStringLiteral("1 held redemption will go to Distributor DST-ON")),
                 qPrintable(editor->confirmText()));
        QTest::mouseClick(editor->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.currentEditor());

        TAKE(released, ts->redemptions().get(redemption.id));
        QCOMPARE(released.creditStatus, CreditStatus::Uncredited);
        QCOMPARE(released.distributorId, QStringLiteral("DST-ON"));
        QCOMPARE(released.accountNumber, QStringLiteral("ON-3003"));
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Success);
        QVERIFY2(page.messageStrip()->text().contains(
                     QStringLiteral("1 held redemption released to Distributor DST-ON")),
                 qPrintable(page.messageStrip()->text()));
        // Only PRG-HOLD is left.
        QCOMPARE(page.programsModel()->rowCount(), 1);
        QCOMPARE(page.programsModel()->rowAt(0).enrollment.subjectId, QStringLiteral("PRG-HOLD"));

        AuditFilter filter;
        filter.text = QStringLiteral("enrollment:LOC-A/PRG-DIST");
        TAKE(audit, ts->auditLog().entries(filter));
        QVERIFY(std::any_of(audit.begin(), audit.end(), [](const AuditEntry& e) {
            return e.field == QLatin1String("distributor") &&
                   e.oldValue == QLatin1String("TEMP-HOLDING") &&
                   e.newValue == QLatin1String("DST-ON");
        }));
        TAKE(events, ts->events().recent(1, QStringLiteral("enrollment.changed")));
        QCOMPARE(events.front().payload.value(QStringLiteral("released")).toInt(), 1);
    }

    void nothingHeldSaysSo()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ASTRO_VERIFY_OK(ts->enrollment().set(ts.admin(), locA, QStringLiteral("PRG-HOLD"),
                                             QStringLiteral("DST-NOACCOUNT"), {}));
        ui::Session session(ts.store());
        session.signIn(ts.admin());
        ui::HoldingPage page(session);
        page.show();
        QCOMPARE(page.programsModel()->rowCount(), 0);
        QVERIFY(page.emptyLabel()->isVisible());
        QVERIFY(!page.chooseButton()->isVisible());
        QCOMPARE(page.redemptionsModel()->rowCount(), 0);
    }

    void aCashierCannot()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        earnAndRedeem(ts, ts.addCustomer(), "CRD-HOLD", "HOLD-1", 2);
        ui::Session session(ts.store());
        session.signIn(ts.cashier());
        ui::HoldingPage page(session);
        page.show();
        QVERIFY(!page.chooseButton()->isEnabled());
        QVERIFY(!page.programsView()->isEnabled());
        page.chooseDistributor();
        QVERIFY(!page.currentEditor());
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Error);
        const auto refused = ts->enrollment().set(ts.cashier(), locA, QStringLiteral("PRG-HOLD"),
                                                  QStringLiteral("DST-NOACCOUNT"), {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        TAKE(stillHeld, HeldRedemptions(ts->db()).count(locA, QStringLiteral("PRG-HOLD")));
        QCOMPARE(stillHeld, 1);
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestHolding)
#include "tst_holding.moc"

// "Request a program" (Managers and Admins): the list of past requests with the help desk's
// answers, and the form, checked as it is typed and refused while incomplete.
#include "UiTest.h"

#include "ui/backoffice/ProgramRequestDialog.h"
#include "ui/backoffice/ProgramRequestsModel.h"
#include "ui/backoffice/ProgramRequestsPage.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"

#include "programs/ProgramRequestService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace astro;
using namespace astro::test;

namespace {

struct Fixture
{
    explicit Fixture(Role role = Role::Manager)
    {
        ready(ts);
        useLocation(ts);
        session = std::make_unique<ui::Session>(ts.store());
        session->signIn(role == Role::Cashier ? ts.cashier() : ts.manager());
        page = std::make_unique<ui::ProgramRequestsPage>(*session);
        page->resize(1280, 720);
        page->show();
    }

    qint64 saved() { return *ProgramRequestService(ts.store()).count(); }

    TestStore ts;
    std::unique_ptr<ui::Session> session;
    std::unique_ptr<ui::ProgramRequestsPage> page;
};

void typeInto(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClicks(field, text);
}

// Fills every required field the way a user would.
void fillIn(ui::ProgramRequestDialog* d)
{
    typeInto(d->brandsField(), QStringLiteral("Acana, Orijen"));
    typeInto(d->parentCompanyField(), QStringLiteral("Champion Petfoods"));
    QTest::mouseClick(d->itemTypeBox(QStringLiteral("kibble")), Qt::LeftButton);
    QTest::mouseClick(d->itemTypeBox(QStringLiteral("treat")), Qt::LeftButton);
    d->buyField()->selectAll();
    typeInto(d->buyField(), QStringLiteral("12"));
    QTest::mouseClick(d->categoryBox(QStringLiteral("species")), Qt::LeftButton);
    d->buildOptionBox()->setCurrentIndex(d->buildOptionBox()->findData(QStringLiteral("C")));
    d->ruleBox()->setCurrentIndex(d->ruleBox()->findData(QStringLiteral("least_value")));
    d->timeLimitField()->setValue(12);
    typeInto(d->repNameField(), QStringLiteral("Dana Leblanc"));
    typeInto(d->repEmailField(), QStringLiteral("dana@example.com"));
}

} // namespace

class TestProgramRequestsPage : public QObject
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

    void aManagerRequestsAProgram()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.page->requestsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(f.page->windowTitle(), QStringLiteral("Program requests"));
        QCOMPARE(f.page->requestsModel()->rowCount(), 0);
        QVERIFY(f.page->requestButton()->isEnabled());
        QTest::mouseClick(f.page->requestButton(), Qt::LeftButton);
        ui::ProgramRequestDialog* d = f.page->currentDialog();
        QVERIFY(d);
        QVERIFY(d->isVisible());
        // Tracking programs are Retailer Fulfilled: shown, not asked.
        QCOMPARE(d->fulfillmentLabel()->text(), label(Fulfillment::Retailer));
        QVERIFY(!d->submitButton()->isEnabled());
        QVERIFY(d->problemsLabel()->text().contains(QStringLiteral("Enter at least one brand.")));

        fillIn(d);
        QCOMPARE(d->request().buy, 12);
        QVERIFY2(d->submitButton()->isEnabled(), qPrintable(d->problemsLabel()->text()));
        typeInto(d->repPhoneField(), QStringLiteral("514 555 0142"));
        typeInto(d->distributorField(), QStringLiteral("Laurentian"));
        typeInto(d->notesField(), QStringLiteral("One card per species."));
        QTest::mouseClick(d->submitButton(), Qt::LeftButton);

        QVERIFY(!f.page->currentDialog() || !f.page->currentDialog()->isVisible());
        QCOMPARE(f.saved(), 1);
        QCOMPARE(f.page->requestsModel()->rowCount(), 1);
        const ProgramRequestRecord& r = f.page->requestsModel()->recordAt(0);
        QCOMPARE(r.request.brands,
                 QStringList({QStringLiteral("Acana"), QStringLiteral("Orijen")}));
        QCOMPARE(r.request.itemTypes,
                 QStringList({QStringLiteral("kibble"), QStringLiteral("treat")}));
        QCOMPARE(r.request.categorizeBy, QStringList{QStringLiteral("species")});
        QCOMPARE(r.request.buildOption, QStringLiteral("C"));
        QCOMPARE(r.request.rule, RewardRule::LeastValue);
        QCOMPARE(r.request.timeLimitMonths, 12);
        QCOMPARE(r.request.distributor, QStringLiteral("Laurentian"));
        QCOMPARE(r.request.notes, QStringLiteral("One card per species."));
        QCOMPARE(f.page->requestsModel()
                     ->index(0, ui::ProgramRequestsModel::StateColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Waiting to be sent"));
        QCOMPARE(f.page->requestsModel()
                     ->index(0, ui::ProgramRequestsModel::OfferColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Buy 12, get 1 free"));
        QCOMPARE(f.page->messageStrip()->kind(), ui::MessageStrip::Kind::Success);
        QVERIFY(f.page->messageStrip()->text().contains(QStringLiteral("Acana, Orijen")));
    }

    void theFormIsCheckedAsItIsTyped()
    {
        Fixture f;
        f.page->requestProgram();
        ui::ProgramRequestDialog* d = f.page->currentDialog();
        QVERIFY(d);
        fillIn(d);
        QVERIFY(d->submitButton()->isEnabled());

        d->repEmailField()->clear();
        typeInto(d->repEmailField(), QStringLiteral("dana@example"));
        QVERIFY(!d->submitButton()->isEnabled());
        QVERIFY(d->problemsLabel()->text().contains(QStringLiteral("is not an email address")));

        d->repEmailField()->clear();
        QVERIFY(d->problemsLabel()->text().contains(QStringLiteral("email or phone")));
        typeInto(d->repPhoneField(), QStringLiteral("514 555 0142"));
        QVERIFY(d->submitButton()->isEnabled());

        // A discount needs its percentage.
        QVERIFY(d->discountField()->isHidden());
        d->offerTypeBox()->setCurrentIndex(1);
        QVERIFY(d->discountField()->isVisible());
        QVERIFY(!d->submitButton()->isEnabled());
        QVERIFY(d->problemsLabel()->text().contains(QStringLiteral("1% to 99%")));
        d->discountField()->setValue(50);
        QVERIFY(d->submitButton()->isEnabled());

        d->getField()->setValue(0);
        QVERIFY(d->problemsLabel()->text().contains(QStringLiteral("must get at least 1")));
        QVERIFY(!d->submitButton()->isEnabled());
    }

    void anIncompleteFormIsRefusedWithTheMessage()
    {
        Fixture f;
        f.page->requestProgram();
        ui::ProgramRequestDialog* d = f.page->currentDialog();
        typeInto(d->brandsField(), QStringLiteral("Acana"));
        // Enter on a disabled Submit does nothing; asked directly, the form refuses and says why.
        QTest::keyClick(d->brandsField(), Qt::Key_Return);
        QVERIFY(d->isVisible());
        d->submit();
        QVERIFY(d->isVisible());
        QCOMPARE(f.saved(), 0);
        const QString shown = d->problemsLabel()->text();
        QVERIFY2(shown.contains(QStringLiteral("Enter the parent company")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("Choose a build option")));
        QVERIFY(!shown.contains(QStringLiteral("Enter at least one brand.")));
        QCOMPARE(d->problemsLabel()->property("role").toString(), QStringLiteral("error"));
    }

    void aCashierCannotRequest()
    {
        Fixture f(Role::Cashier);
        QVERIFY(!f.page->requestButton()->isEnabled());
        f.page->requestProgram();
        QVERIFY(!f.page->currentDialog());
        QCOMPARE(f.page->messageStrip()->kind(), ui::MessageStrip::Kind::Error);
        QVERIFY(
            f.page->messageStrip()->text().contains(QStringLiteral("only a Manager or an Admin")));

        // Even with the form open, the engine refuses and nothing is saved.
        ui::ProgramRequestDialog d(*f.session, f.page.get());
        d.show();
        fillIn(&d);
        QVERIFY(d.submitButton()->isEnabled());
        QTest::mouseClick(d.submitButton(), Qt::LeftButton);
        QVERIFY(d.isVisible());
        QVERIFY2(d.problemsLabel()->text().contains(QStringLiteral("only a Manager or an Admin")),
                 qPrintable(d.problemsLabel()->text()));
        QCOMPARE(f.saved(), 0);
    }

    void theHelpDesksAnswersShowInTheList()
    {
        Fixture f;
        ProgramRequestService service(f.ts.store());
        ProgramRequest request;
        request.brands = {QStringLiteral("Tiny Paws")};
        request.parentCompany = QStringLiteral("Tiny Paws Co.");
        request.itemTypes = {QStringLiteral("treat")};
        request.buy = 8;
        request.buildOption = QStringLiteral("A");
        request.repName = QStringLiteral("Sam Ng");
        request.repPhone = QStringLiteral("4165550100");
        TAKE(record, service.submit(f.ts.admin(), request));
        ASTRO_VERIFY_OK(service.markSent(record.request.uuid, QStringLiteral("received"),
                                         QStringLiteral("HD-1001"), f.ts->now()));
        {
            Transaction transaction(f.ts->db());
            ASTRO_VERIFY_OK(service.applyUpdate(record.request.uuid, QStringLiteral("answered"),
                                                QString(),
                                                QStringLiteral("Built: Tiny Paws Treats.")));
            ASTRO_VERIFY_OK(transaction.commit());
        }
        f.page->hide();
        f.page->show(); // the page reads the list again when shown
        auto* model = f.page->requestsModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ui::ProgramRequestsModel::StateColumn).data().toString(),
                 QStringLiteral("Answered"));
        QCOMPARE(model->index(0, ui::ProgramRequestsModel::TicketColumn).data().toString(),
                 QStringLiteral("HD-1001"));
        QCOMPARE(model->index(0, ui::ProgramRequestsModel::AnswerColumn).data().toString(),
                 QStringLiteral("Built: Tiny Paws Treats."));
        QCOMPARE(model->index(0, ui::ProgramRequestsModel::BrandsColumn).data().toString(),
                 QStringLiteral("Tiny Paws"));
    }

    void aLongListIsPaged()
    {
        Fixture f;
        ProgramRequestService service(f.ts.store());
        ProgramRequest request;
        request.parentCompany = QStringLiteral("Maker");
        request.itemTypes = {QStringLiteral("can")};
        request.buy = 10;
        request.buildOption = QStringLiteral("D");
        request.repName = QStringLiteral("Rep");
        request.repEmail = QStringLiteral("rep@example.com");
        for (int i = 0; i < 7; ++i) {
            request.brands = {QStringLiteral("Brand %1").arg(i)};
            ASTRO_VERIFY_OK(service.submit(f.ts.manager(), request));
            f.ts.clock().advance(60);
        }
        auto* model = f.page->requestsModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setPageSize(3);
        f.page->reload();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, ui::ProgramRequestsModel::BrandsColumn).data().toString(),
                 QStringLiteral("Brand 6"));
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 7);
        QCOMPARE(model->index(6, ui::ProgramRequestsModel::BrandsColumn).data().toString(),
                 QStringLiteral("Brand 0"));
    }

    void theFormFitsTheCounterScreen()
    {
        Fixture f;
        f.page->requestProgram();
        ui::ProgramRequestDialog* d = f.page->currentDialog();
        QVERIFY(d);
        const QSize size = d->size().expandedTo(d->minimumSizeHint());
        QVERIFY2(size.width() <= 1280 && size.height() <= 720,
                 qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestProgramRequestsPage)
#include "tst_programrequestspage.moc"

// The enrollment grid (Managers and Admins): locations × programs and offers, and the editor
// that offers only eligible distributors, checks the account number and records the change.
#include "UiTest.h"

#include "ui/backoffice/EnrollmentEditorDialog.h"
#include "ui/backoffice/EnrollmentGridModel.h"
#include "ui/backoffice/EnrollmentGridPage.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"

#include "enrollment/EnrollmentService.h"
#include "storage/AuditLog.h"
#include "storage/EventLog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace astro;
using namespace astro::test;

namespace {

const QString locA = QStringLiteral("LOC-A");
const QString locB = QStringLiteral("LOC-B");

qint64 auditCount(TestStore& ts)
{
    auto entries = ts->auditLog().entries(AuditFilter{});
    return entries ? qint64(entries->size()) : -1;
}

std::vector<AuditEntry> auditOf(TestStore& ts, const QString& subject)
{
    AuditFilter f;
    f.text = subject;
    auto entries = ts->auditLog().entries(f);
    std::vector<AuditEntry> out;
    if (entries)
        for (const AuditEntry& e : *entries)
            if (e.subject == subject)
                out.push_back(e);
    return out;
}

std::vector<Event> eventsOf(TestStore& ts, const QString& type)
{
    auto events = ts->events().recent(100000, type);
    return events ? *events : std::vector<Event>();
}

// "DST|ACCOUNT" of an enrollment, or "none".
QString enrollmentOf(TestStore& ts, const QString& location, const QString& subject)
{
    auto e = ts->enrollment().get(location, subject);
    if (!e)
        return QStringLiteral("error");
    if (!e->has_value())
        return QStringLiteral("none");
    return (*e)->distributorId + QLatin1Char('|') + (*e)->accountNumber;
}

QString text(const QModelIndex& index, int role = Qt::DisplayRole)
{
    return index.data(role).toString();
}

// Opens a cell's editor the way a manager does: a double-click on the cell.
ui::EnrollmentEditorDialog* openEditor(ui::EnrollmentGridPage& page, const QString& location,
                                       const QString& subject)
{
    const QModelIndex cell = page.model()->cell(location, subject);
    if (!cell.isValid())
        return nullptr;
    page.view()->scrollTo(cell);
    const QPoint centre = page.view()->visualRect(cell).center();
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, centre);
    return page.currentEditor();
}

void clearField(QLineEdit* field)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
}

} // namespace

class TestEnrollmentGrid : public QObject
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

    void showsTheSmallCatalogsEnrollments()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ui::Session session(ts.store());
        session.signIn(ts.manager());
        ui::EnrollmentGridPage page(session);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ui::EnrollmentGridModel* model = page.model();
        // A page nobody opened reads nothing: the app starts without reading every page.
        QCOMPARE(model->rowCount(), 0);
        page.show();

        QCOMPARE(page.windowTitle(), QStringLiteral("Enrollment grid"));
        QCOMPARE(model->columnCount(), 3); // the title, Toronto, Buffalo
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Toronto"));
        QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Buffalo"));
        // Five programs and two offers are published in Ontario or New York.
        QCOMPARE(model->rowCount(), 7);
        QStringList subjects;
        for (int row = 0; row < model->rowCount(); ++row)
            subjects << model->subjectAt(row).id;
        QCOMPARE(subjects.mid(5),
                 (QStringList{QStringLiteral("OFR-BOGO"), QStringLiteral("OFR-REBATE")}));

        const QModelIndex dist = model->cell(locA, QStringLiteral("PRG-DIST"));
        QCOMPARE(text(dist), QStringLiteral("Distributor DST-ON"));
        QCOMPARE(text(dist, ui::EnrollmentGridModel::DetailRole),
                 QStringLiteral("Account ON-1001"));
        QCOMPARE(text(model->cell(locB, QStringLiteral("PRG-DIST"))),
                 QStringLiteral("Distributor DST-NY"));
        QCOMPARE(text(model->cell(locA, QStringLiteral("PRG-RET"))),
                 QStringLiteral("Retailer fulfilled"));
        QCOMPARE(text(model->cell(locA, QStringLiteral("PRG-DIRECT"))),
                 QStringLiteral("Direct: ACME-77"));
        QCOMPARE(text(model->cell(locA, QStringLiteral("OFR-REBATE"))),
                 QStringLiteral("Retailer fulfilled"));

        const QModelIndex held = model->cell(locA, QStringLiteral("PRG-HOLD"));
        QCOMPARE(text(held), QStringLiteral("Temporary Holding"));
        QVERIFY(held.data(ui::EnrollmentGridModel::HeldRole).toBool());
        QVERIFY(held.data(Qt::BackgroundRole).isValid()); // highlighted
        QVERIFY(!dist.data(ui::EnrollmentGridModel::HeldRole).toBool());
        QVERIFY(!dist.data(Qt::BackgroundRole).isValid());

        const QModelIndex notEnrolled = model->cell(locA, QStringLiteral("PRG-NE"));
        QCOMPARE(text(notEnrolled), QStringLiteral("—"));
        QVERIFY(notEnrolled.data(ui::EnrollmentGridModel::EditableRole).toBool());
        // PRG-HOLD is published in Canada only: Buffalo cannot enroll in it.
        const QModelIndex notPublished = model->cell(locB, QStringLiteral("PRG-HOLD"));
        QCOMPARE(text(notPublished), QStringLiteral("Not published here"));
        QVERIFY(!notPublished.data(ui::EnrollmentGridModel::EditableRole).toBool());

        // The Edit button follows the selected cell.
        page.view()->setCurrentIndex(notPublished);
        QVERIFY(!page.editButton()->isEnabled());
        page.view()->setCurrentIndex(notEnrolled);
        QVERIFY(page.editButton()->isEnabled());

        // A language change reads the grid again and keeps the selected cell.
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&page, &languageChange);
        QCOMPARE(model->rowCount(), 7);
        QCOMPARE(page.view()->currentIndex(), model->cell(locA, QStringLiteral("PRG-NE")));
        QCOMPARE(page.windowTitle(), QStringLiteral("Enrollment grid"));
    }

    void showsTheDemoStore()
    {
        TestStore ts;
        ts.loadDemo();
        ui::Session session(ts.store());
        session.signIn(ts.admin(QStringLiteral("LOC-TORONTO")));
        ui::EnrollmentGridPage page(session);
        page.show();
        ui::EnrollmentGridModel* model = page.model();
        QCOMPARE(model->columnCount(), 3);
        QVERIFY(model->rowCount() >= 8);
        const QModelIndex northwind =
            model->cell(QStringLiteral("LOC-TORONTO"), QStringLiteral("PRG-NORTHWIND-FB"));
        QCOMPARE(text(northwind, ui::EnrollmentGridModel::DetailRole),
                 QStringLiteral("Account LAU-204417"));
        QCOMPARE(text(northwind), QStringLiteral("Distribution Laurentienne Animaux"));
        const QModelIndex maple =
            model->cell(QStringLiteral("LOC-TORONTO"), QStringLiteral("PRG-MAPLERIDGE-FB"));
        QCOMPARE(text(maple), QStringLiteral("Temporary Holding"));
        QVERIFY(maple.data(ui::EnrollmentGridModel::HeldRole).toBool());
    }

    void theEditorOffersOnlyEligibleDistributors()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ui::Session session(ts.store());
        session.signIn(ts.manager());
        ui::EnrollmentGridPage page(session);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        ui::EnrollmentEditorDialog* editor = openEditor(page, locA, QStringLiteral("PRG-DIST"));
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        // DST-NY serves New York only, DST-NOPARTNER doesn't carry M1, DST-RESTRICT is
        // restricted to Buffalo: none is offered in Toronto.
        QCOMPARE(editor->distributorIds(),
                 (QStringList{QStringLiteral("DST-ON"), QStringLiteral("TEMP-HOLDING")}));
        QCOMPARE(editor->distributorBox()->currentData().toString(), QStringLiteral("DST-ON"));
        QCOMPARE(editor->accountField()->text(), QStringLiteral("ON-1001"));
        // Nothing changed yet: nothing to save.
        QVERIFY(!editor->saveButton()->isEnabled());
        editor->close();

        editor = openEditor(page, locB, QStringLiteral("PRG-DIST"));
        QVERIFY(editor);
        QCOMPARE(editor->distributorIds(),
                 (QStringList{QStringLiteral("DST-NY"), QStringLiteral("DST-RESTRICT"),
                              QStringLiteral("TEMP-HOLDING")}));
        editor->close();

        // Retailer fulfilled: no distributor, no account number.
        editor = openEditor(page, locA, QStringLiteral("PRG-RET"));
        QVERIFY(editor);
        QVERIFY(!editor->distributorBox()->isVisible());
        QVERIFY(!editor->accountField()->isVisible());
        editor->close();

        // Direct: the account number only.
        editor = openEditor(page, locA, QStringLiteral("PRG-DIRECT"));
        QVERIFY(editor);
        QVERIFY(!editor->distributorBox()->isVisible());
        QVERIFY(editor->accountField()->isVisible());
        QCOMPARE(editor->accountField()->text(), QStringLiteral("ACME-77"));
        editor->close();

        // Not published here: no editor.
        QVERIFY(!openEditor(page, locB, QStringLiteral("PRG-HOLD")));
    }

    void aBlankRequiredAccountNumberIsRefused()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ui::Session session(ts.store());
        session.signIn(ts.manager());
        ui::EnrollmentGridPage page(session);
        page.show();
        const qint64 auditBefore = auditCount(ts);
        const std::size_t eventsBefore = eventsOf(ts, QStringLiteral("enrollment.")).size();

        ui::EnrollmentEditorDialog* editor = openEditor(page, locA, QStringLiteral("PRG-DIST"));
        QVERIFY(editor);
        QVERIFY(!editor->problemShown());
        clearField(editor->accountField());
        // Checked as it is typed.
        QVERIFY(editor->problemShown());
        QCOMPARE(editor->problemText(),
                 QStringLiteral("Distributor DST-ON needs the store's account number."));
        // Spaces are no account number either.
        QTest::keyClicks(editor->accountField(), QStringLiteral("   "));
        QVERIFY(editor->problemShown());
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(!editor->confirming());
        QVERIFY(editor->problemShown());
        QVERIFY(editor->isVisible());
        QCOMPARE(enrollmentOf(ts, locA, QStringLiteral("PRG-DIST")),
                 QStringLiteral("DST-ON|ON-1001"));
        QCOMPARE(auditCount(ts), auditBefore);
        QCOMPARE(eventsOf(ts, QStringLiteral("enrollment.")).size(), eventsBefore);

        // A number makes it right again.
        QTest::keyClicks(editor->accountField(), QStringLiteral("ON-2"));
        QVERIFY(!editor->problemShown());

        // A first enrollment needs a distributor chosen.
        editor->close();
        editor = openEditor(page, locA, QStringLiteral("PRG-NE"));
        QVERIFY(editor);
        QCOMPARE(editor->distributorBox()->currentIndex(), -1);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(!editor->confirming());
        QVERIFY(editor->problemText().startsWith(QStringLiteral("Choose the distributor")));
        QCOMPARE(enrollmentOf(ts, locA, QStringLiteral("PRG-NE")), QStringLiteral("none"));
    }

    void aValidChangeIsSavedAndAudited()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ui::Session session(ts.store());
        session.signIn(ts.manager());
        ui::EnrollmentGridPage page(session);
        page.show();
        QSignalSpy changed(&session, &ui::Session::changed);
        const std::size_t eventsBefore = eventsOf(ts, QStringLiteral("enrollment.changed")).size();

        ui::EnrollmentEditorDialog* editor = openEditor(page, locB, QStringLiteral("PRG-DIST"));
        QVERIFY(editor);
        editor->chooseDistributor(QStringLiteral("DST-RESTRICT"));
        clearField(editor->accountField());
        QTest::keyClicks(editor->accountField(), QStringLiteral("R-9"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(editor->confirming());
        // Nothing is saved before the confirmation.
        QCOMPARE(enrollmentOf(ts, locB, QStringLiteral("PRG-DIST")),
                 QStringLiteral("DST-NY|NY-55"));
        QVERIFY2(editor->confirmText().contains(
                     QStringLiteral("Distributor DST-NY, account NY-55  →  Distributor "
                                    "DST-RESTRICT, account R-9")),
                 qPrintable(editor->confirmText()));
        // Back keeps what was typed.
        QTest::mouseClick(editor->backButton(), Qt::LeftButton);
        QVERIFY(!editor->confirming());
        QCOMPARE(editor->accountField()->text(), QStringLiteral("R-9"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTest::mouseClick(editor->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.currentEditor());

        QCOMPARE(enrollmentOf(ts, locB, QStringLiteral("PRG-DIST")),
                 QStringLiteral("DST-RESTRICT|R-9"));
        const auto audit = auditOf(ts, QStringLiteral("enrollment:LOC-B/PRG-DIST"));
        const auto entry = [&](const char* field) {
            return std::find_if(audit.begin(), audit.end(), [&](const AuditEntry& e) {
                return e.field == QLatin1String(field) && e.userName == ts.manager().userName;
            });
        };
        QVERIFY(entry("distributor") != audit.end());
        QCOMPARE(entry("distributor")->oldValue, QStringLiteral("DST-NY"));
        QCOMPARE(entry("distributor")->newValue, QStringLiteral("DST-RESTRICT"));
        QVERIFY(entry("account_number") != audit.end());
        QCOMPARE(entry("account_number")->oldValue, QStringLiteral("NY-55"));
        QCOMPARE(entry("account_number")->newValue, QStringLiteral("R-9"));
        const auto events = eventsOf(ts, QStringLiteral("enrollment.changed"));
        QCOMPARE(events.size(), eventsBefore + 1);
        QCOMPARE(events.front().payload.value(QStringLiteral("distributor")).toString(),
                 QStringLiteral("DST-RESTRICT"));
        QCOMPARE(events.front().payload.value(QStringLiteral("old_distributor")).toString(),
                 QStringLiteral("DST-NY"));

        // The grid and the strip say so; the other screens were told.
        QCOMPARE(text(page.model()->cell(locB, QStringLiteral("PRG-DIST"))),
                 QStringLiteral("Distributor DST-RESTRICT"));
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Success);
        QVERIFY2(page.messageStrip()->text().contains(QStringLiteral("DST-RESTRICT")),
                 qPrintable(page.messageStrip()->text()));
        QVERIFY(changed.count() >= 1);

        // A first enrollment, through the Edit button.
        page.view()->setCurrentIndex(page.model()->cell(locA, QStringLiteral("PRG-NE")));
        QTest::mouseClick(page.editButton(), Qt::LeftButton);
        editor = page.currentEditor();
        QVERIFY(editor);
        editor->chooseDistributor(QStringLiteral("DST-ON"));
        QTest::keyClicks(editor->accountField(), QStringLiteral("ON-5"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(editor->confirmText().contains(QStringLiteral("— (not enrolled)  →  ")));
        QTest::mouseClick(editor->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.currentEditor());
        QCOMPARE(enrollmentOf(ts, locA, QStringLiteral("PRG-NE")), QStringLiteral("DST-ON|ON-5"));
    }

    void choosingTemporaryHoldingKeepsNoAccount()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ui::Session session(ts.store());
        session.signIn(ts.admin());
        ui::EnrollmentGridPage page(session);
        page.show();
        ui::EnrollmentEditorDialog* editor = openEditor(page, locA, QStringLiteral("PRG-DIST"));
        QVERIFY(editor);
        editor->chooseDistributor(QStringLiteral("TEMP-HOLDING"));
        QVERIFY(!editor->accountField()->isEnabled());
        QVERIFY(editor->accountField()->text().isEmpty());
        QVERIFY(!editor->problemShown());
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(editor->confirmText().contains(QStringLiteral("held and sent to no distributor")));
        QTest::mouseClick(editor->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.currentEditor());
        QCOMPARE(enrollmentOf(ts, locA, QStringLiteral("PRG-DIST")),
                 QStringLiteral("TEMP-HOLDING|"));
        QVERIFY(page.model()
                    ->cell(locA, QStringLiteral("PRG-DIST"))
                    .data(ui::EnrollmentGridModel::HeldRole)
                    .toBool());
    }

    void aCashierCannot()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ui::Session session(ts.store());
        session.signIn(ts.cashier());
        ui::EnrollmentGridPage page(session);
        page.show();
        QVERIFY(!page.view()->isEnabled());
        page.view()->setCurrentIndex(page.model()->cell(locA, QStringLiteral("PRG-NE")));
        QVERIFY(!page.editButton()->isEnabled());
        page.editCell(page.model()->cell(locA, QStringLiteral("PRG-NE")));
        QVERIFY(!page.currentEditor());
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Error);

        // The engine refuses too, whatever screen asks.
        const qint64 auditBefore = auditCount(ts);
        auto* editor = ui::EnrollmentEditorDialog::create(session, locA, QStringLiteral("PRG-DIST"),
                                                          page.messageStrip(), &page);
        QVERIFY(editor);
        editor->show();
        QTest::keyClicks(editor->accountField(), QStringLiteral("9"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTest::mouseClick(editor->confirmButton(), Qt::LeftButton);
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->messageStrip()->kind(), ui::MessageStrip::Kind::Error);
        QVERIFY(!editor->messageStrip()->text().isEmpty());
        QCOMPARE(enrollmentOf(ts, locA, QStringLiteral("PRG-DIST")),
                 QStringLiteral("DST-ON|ON-1001"));
        QCOMPARE(auditCount(ts), auditBefore);
        const auto refused = ts->enrollment().set(ts.cashier(), locA, QStringLiteral("PRG-DIST"),
                                                  QStringLiteral("DST-ON"), QStringLiteral("X"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        delete editor;

        // A manager signing in at the same counter may.
        session.signIn(ts.manager());
        QVERIFY(page.view()->isEnabled());
        QVERIFY(page.editButton()->isEnabled());
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestEnrollmentGrid)
#include "tst_enrollmentgrid.moc"

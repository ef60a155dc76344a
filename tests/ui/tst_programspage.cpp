// The programs page (Managers and Admins): a location's programs and offers, their cards in
// plain words, their qualifying products, terms, and the product list exported to CSV.
#include "UiTest.h"

#include "ui/backoffice/ProgramCardsModel.h"
#include "ui/backoffice/ProgramListModel.h"
#include "ui/backoffice/ProgramsPage.h"
#include "ui/backoffice/QualifyingProductsModel.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"

#include "domain/Gtin.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>

using namespace astro;
using namespace astro::test;

namespace {

// A manager at LOC-A, with the small catalog and its default enrollments.
struct Fixture
{
    Fixture()
    {
        ready(ts);
        useLocation(ts);
        session = std::make_unique<ui::Session>(ts.store());
        session->signIn(ts.manager());
        page = std::make_unique<ui::ProgramsPage>(*session);
        page->resize(1280, 720);
        page->show();
    }

    QString cell(int row, int column)
    {
        return page->programsModel()->index(row, column).data().toString();
    }
    int rowOf(const char* id) { return page->programsModel()->rowOf(QLatin1String(id)); }
    void clickCard(const char* cardId)
    {
        for (int row = 0; row < page->cardsModel()->rowCount(); ++row)
            if (page->cardsModel()->cardAt(row).id == QLatin1String(cardId)) {
                const QModelIndex index = page->cardsModel()->index(row, 0);
                QTest::mouseClick(page->cardsView()->viewport(), Qt::LeftButton, {},
                                  page->cardsView()->visualRect(index).center());
                return;
            }
        QFAIL(cardId);
    }
    bool waitForExport()
    {
        QSignalSpy done(page.get(), &ui::ProgramsPage::exportFinished);
        return done.wait(20000);
    }

    TestStore ts;
    std::unique_ptr<ui::Session> session;
    std::unique_ptr<ui::ProgramsPage> page;
};

QStringList linesOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

class TestProgramsPage : public QObject
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

    void listsEnrolledThenAvailablePrograms()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.page->programsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(f.page->windowTitle(), QStringLiteral("Programs"));
        QCOMPARE(f.page->locationId(), QStringLiteral("LOC-A"));
        QCOMPARE(f.page->programsModel()->rowCount(), 7);
        // Enrolled programs first, then the one LOC-A could join, then the offers.
        QCOMPARE(f.cell(0, ui::ProgramListModel::TitleColumn),
                 QStringLiteral("Program PRG-DIRECT"));
        QCOMPARE(f.rowOf("PRG-NE"), 4);
        QCOMPARE(f.cell(4, ui::ProgramListModel::EnrollmentColumn), QStringLiteral("Not enrolled"));
        QCOMPARE(f.cell(f.rowOf("PRG-HOLD"), ui::ProgramListModel::EnrollmentColumn),
                 QStringLiteral("Temporary Holding"));
        QCOMPARE(f.cell(f.rowOf("PRG-DIST"), ui::ProgramListModel::EnrollmentColumn),
                 QStringLiteral("Enrolled"));
        // Under the enrollment: the fulfillment and the dates.
        const auto second = [&](const char* id) {
            return f.page->programsModel()
                ->index(f.rowOf(id), ui::ProgramListModel::EnrollmentColumn)
                .data(ui::ProgramListModel::SecondaryRole)
                .toString();
        };
        QVERIFY2(second("PRG-RET").startsWith(QStringLiteral("Retailer · From ")),
                 qPrintable(second("PRG-RET")));
        QVERIFY(second("OFR-BOGO").startsWith(QStringLiteral("Distributor · ")));
        QVERIFY(second("OFR-BOGO").contains(QStringLiteral(" – ")));
        QVERIFY(f.rowOf("OFR-BOGO") > f.rowOf("PRG-NE"));
        // The first one is shown.
        QCOMPARE(f.page->currentSubjectId(), QStringLiteral("PRG-DIRECT"));

        // Selecting a row shows that program.
        const QModelIndex dist = f.page->programsModel()->index(f.rowOf("PRG-DIST"), 0);
        QTest::mouseClick(f.page->programsView()->viewport(), Qt::LeftButton, {},
                          f.page->programsView()->visualRect(dist).center());
        QCOMPARE(f.page->currentSubjectId(), QStringLiteral("PRG-DIST"));
        QVERIFY(f.page->enrollmentLabel()->text().contains(QStringLiteral("ON-1001")));
        QCOMPARE(f.page->cardsModel()->rowCount(), 6);
    }

    void cardsReadInPlainWords()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.page->cardsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(f.page->showSubject(QStringLiteral("PRG-DIST")));
        QCOMPARE(f.page->tabs()->tabText(0), QStringLiteral("Cards (6)"));
        f.clickCard("CRD-LEAST");
        QVERIFY2(f.page->cardSentence()->text().contains(
                     QStringLiteral("Buy 3, get 1 free: the free item costs no more than the "
                                    "least expensive of the ones bought.")),
                 qPrintable(f.page->cardSentence()->text()));
        QVERIFY(f.page->cardSentence()->text().contains(QStringLiteral("No time limit")));
        f.clickCard("CRD-TIME");
        QVERIFY(f.page->cardSentence()->text().contains(
            QStringLiteral("Purchases count for 6 months")));
        QVERIFY(f.page->cardSentence()->text().contains(QStringLiteral("At most 1 per customer")));
        f.clickCard("CRD-CAP");
        QVERIFY(f.page->cardSentence()->text().contains(
            QStringLiteral("At most 1 for the whole program")));

        // An offer is its own single card.
        QVERIFY(f.page->showSubject(QStringLiteral("OFR-REBATE")));
        QVERIFY(f.page->cardsModel()->isOffer());
        QCOMPARE(f.page->cardsModel()->rowCount(), 1);
        QCOMPARE(f.page->cardsModel()->index(0, 0).data(ui::ProgramCardsModel::OfferRole),
                 QVariant(QStringLiteral("Buy 2, get %1 off").arg(Money{500}.format())));
        QVERIFY(
            f.page->cardSentence()->text().contains(QStringLiteral("Needs the customer's email")));
        QVERIFY(f.page->productCardBox()->isHidden());
        QCOMPARE(f.page->productsModel()->total(), 1);
    }

    void qualifyingProductsArePagedAndFollowTheCard()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.page->productsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.page->productsModel()->setPageSize(5);
        QVERIFY(f.page->showSubject(QStringLiteral("PRG-DIST")));
        // The first card is selected, and the products follow it.
        QCOMPARE(f.page->productCardBox()->currentData().toString(), QStringLiteral("CRD-ANY"));
        QCOMPARE(f.page->productsModel()->total(), 4);

        // Every card of the program: 15 products, read 5 at a time.
        f.page->productCardBox()->setCurrentIndex(0);
        QCOMPARE(f.page->productsModel()->total(), 15);
        QCOMPARE(f.page->tabs()->tabText(1), QStringLiteral("Products (15)"));
        QCOMPARE(f.page->productsModel()->rowCount(), 5);
        QVERIFY(f.page->productsModel()->canFetchMore({}));
        f.page->productsModel()->fetchMore({});
        f.page->productsModel()->fetchMore({});
        QCOMPARE(f.page->productsModel()->rowCount(), 15);
        QVERIFY(!f.page->productsModel()->canFetchMore({}));

        f.clickCard("CRD-LEAST");
        QCOMPARE(f.page->productCardBox()->currentData().toString(), QStringLiteral("CRD-LEAST"));
        QCOMPARE(f.page->productsModel()->total(), 4);
        QCOMPARE(f.page->productsModel()
                     ->index(0, ui::QualifyingProductsModel::UpcColumn)
                     .data()
                     .toString(),
                 upc("LV-1"));
        QCOMPARE(f.page->productsModel()
                     ->index(0, ui::QualifyingProductsModel::DescriptionColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Test item LV-1"));
        QCOMPARE(f.page->productsModel()
                     ->index(0, ui::QualifyingProductsModel::SizeColumn)
                     .data()
                     .toString(),
                 QStringLiteral("L"));
    }

    void termsFallBackToTheStandardText()
    {
        Fixture f;
        QVERIFY(f.page->showSubject(QStringLiteral("PRG-RET")));
        QCOMPARE(f.page->tabs()->tabText(2), QStringLiteral("Terms"));
        QVERIFY(f.page->termsView()->toPlainText().contains(QStringLiteral("no cash value")));
        // A retailer-fulfilled program says the credit is the store's to claim.
        QVERIFY(f.page->termsView()->toPlainText().contains(
            QStringLiteral("Astro does not guarantee it")));
        QVERIFY(f.page->showSubject(QStringLiteral("PRG-DIST")));
        QVERIFY(!f.page->termsView()->toPlainText().contains(
            QStringLiteral("Astro does not guarantee it")));
    }

    void anotherLocationShowsItsOwnPrograms()
    {
        Fixture f;
        QCOMPARE(f.page->locationBox()->count(), 2);
        f.page->locationBox()->setCurrentIndex(
            f.page->locationBox()->findData(QStringLiteral("LOC-B")));
        QCOMPARE(f.page->locationId(), QStringLiteral("LOC-B"));
        // PRG-HOLD is published in Canada only; LOC-B is in New York.
        QCOMPARE(f.rowOf("PRG-HOLD"), -1);
        QCOMPARE(f.cell(0, ui::ProgramListModel::TitleColumn), QStringLiteral("Program PRG-DIST"));
        QCOMPARE(f.cell(0, ui::ProgramListModel::EnrollmentColumn), QStringLiteral("Enrolled"));
        QCOMPARE(f.cell(f.rowOf("PRG-RET"), ui::ProgramListModel::EnrollmentColumn),
                 QStringLiteral("Not enrolled"));
        QVERIFY(f.page->showSubject(QStringLiteral("PRG-DIST")));
        QVERIFY(f.page->enrollmentLabel()->text().contains(QStringLiteral("NY-55")));
    }

    void exportWritesTheProductListThroughTheFileDialog()
    {
        Fixture f;
        QVERIFY(f.page->showSubject(QStringLiteral("PRG-DIST")));
        const QString path = QDir(f.ts.dir()).filePath(QStringLiteral("dist.csv"));
        QSignalSpy done(f.page.get(), &ui::ProgramsPage::exportFinished);
        QTest::mouseClick(f.page->exportButton(), Qt::LeftButton);
        auto* chooser = f.page->findChild<QFileDialog*>(QStringLiteral("exportProductsFile"));
        QVERIFY(chooser);
        QVERIFY(chooser->isVisible());
        chooser->selectFile(path);
        static_cast<QDialog*>(chooser)->accept();      // what its Save button does
        QVERIFY(!f.page->exportButton()->isEnabled()); // one export at a time
        QVERIFY(done.count() == 1 || done.wait(20000));
        const QStringList lines = linesOf(path);
        QCOMPARE(lines.size(), 16); // the header and the 15 products of the 6 cards
        QVERIFY(
            lines.join(QLatin1Char('\n'))
                .contains(QStringLiteral("Least card,%1,00%1,Test item LV-1").arg(upc("LV-1"))));
        QCOMPARE(f.page->messageStrip()->kind(), ui::MessageStrip::Kind::Success);
        QVERIFY2(f.page->messageStrip()->text().contains(QStringLiteral("15 product lines")),
                 qPrintable(f.page->messageStrip()->text()));
        QVERIFY(f.page->exportButton()->isEnabled());
    }

    void aCancelledExportLeavesNoFile()
    {
        Fixture f;
        QVERIFY(f.page->showSubject(QStringLiteral("PRG-DIST")));
        const QString path = QDir(f.ts.dir()).filePath(QStringLiteral("cancelled.csv"));
        QSignalSpy done(f.page.get(), &ui::ProgramsPage::exportFinished);
        f.page->exportProducts(path);
        QVERIFY(f.page->exportProgress());
        auto* cancel = f.page->exportProgress()->findChild<QPushButton*>();
        QVERIFY(cancel);
        cancel->click(); // the progress dialog's Cancel
        QVERIFY(done.count() == 1 || done.wait(20000));
        QVERIFY(!QFile::exists(path));
        // Nor a temporary file beside it.
        QCOMPARE(QDir(f.ts.dir()).entryList({QStringLiteral("cancelled*")}, QDir::Files),
                 QStringList());
        QCOMPARE(f.page->messageStrip()->kind(), ui::MessageStrip::Kind::Info);
        QVERIFY(f.page->messageStrip()->text().contains(QStringLiteral("no file was written")));
    }

    void anExportThatCannotBeWrittenSaysWhy()
    {
        Fixture f;
        QVERIFY(f.page->showSubject(QStringLiteral("PRG-RET")));
        const QString path =
            QDir(f.ts.dir()).filePath(QStringLiteral("no-such-folder/products.csv"));
        f.page->exportProducts(path);
        QVERIFY(f.waitForExport() || !f.page->exportJob());
        QCOMPARE(f.page->messageStrip()->kind(), ui::MessageStrip::Kind::Error);
        QVERIFY2(f.page->messageStrip()->text().contains(QStringLiteral("Cannot write")),
                 qPrintable(f.page->messageStrip()->text()));
        QVERIFY(!QFile::exists(path));
    }

    void aLocationWithoutProgramsHasNothingToExport()
    {
        Fixture f;
        // A location in a region no program is published in.
        ASTRO_VERIFY_OK(f.ts->db().execute(
            QStringLiteral("INSERT INTO locations (id, name, region, country) VALUES "
                           "('LOC-X', 'Elsewhere', 'XX', 'XX')")));
        f.page->hide();
        f.page->show(); // a page shown again reads the locations anew
        f.page->showLocation(QStringLiteral("LOC-X"));
        QCOMPARE(f.page->programsModel()->rowCount(), 0);
        QVERIFY(f.page->currentSubjectId().isEmpty());
        QVERIFY(!f.page->exportButton()->isEnabled());
        QCOMPARE(f.page->cardsModel()->rowCount(), 0);
        QCOMPARE(f.page->productsModel()->rowCount(), 0);
    }

    void showsTheDemoStoresPrograms()
    {
        TestStore ts;
        ts.loadDemo();
        ASTRO_VERIFY_OK(
            ts->setSetting(QStringLiteral("counter_location"), QStringLiteral("LOC-TORONTO")));
        ui::Session session(ts.store());
        session.signIn(ts.manager(QStringLiteral("LOC-TORONTO")));
        ui::ProgramsPage page(session);
        page.resize(1060, 680); // beside the back office's list of pages
        page.show();
        QVERIFY(page.showSubject(QStringLiteral("PRG-NORTHWIND-FB")));
        QCOMPARE(page.cardsModel()->rowCount(), 4);
        QVERIFY2(page.cardSentence()->text().contains(QStringLiteral("Buy 10, get 1 free")),
                 qPrintable(page.cardSentence()->text()));
        page.productCardBox()->setCurrentIndex(0);   // every card
        QCOMPARE(page.productsModel()->total(), 49); // its four cards share none
        QVERIFY(page.showSubject(QStringLiteral("OFR-COASTLINE-2026-11")));
        QCOMPARE(page.tabs()->tabText(0), QStringLiteral("Offer"));
        QCOMPARE(page.productsModel()->total(), 4);
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestProgramsPage)
#include "tst_programspage.moc"

// The back office fits a 1366×768 counter screen in every language: no page makes the window
// wider, and the filter bars and button rows wrap on a narrow window instead of being cut.
#include "UiTest.h"

#include "ui/backoffice/BackOfficeWidget.h"
#include "ui/common/BackgroundReader.h"
#include "ui/common/FlowLayout.h"
#include "ui/common/Language.h"
#include "ui/common/Theme.h"

#include <algorithm>

using namespace astro;
using namespace astro::test;

namespace {

const int screenWidth = 1366;
// A page this narrow leaves room for the page list and a translation a third longer.
const int roomyPageWidth = 950;

// The chain of widgets that sets the page's minimum width, widest first at each level, to
// say what to fix when a page is too wide.
QString widestChain(const QWidget* widget)
{
    QStringList chain;
    while (widget) {
        chain << QStringLiteral("%1 \"%2\" %3 px")
                     .arg(QLatin1String(widget->metaObject()->className()), widget->objectName())
                     .arg(widget->minimumSizeHint().width());
        const QWidget* widest = nullptr;
        for (const QWidget* child : widget->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            if (!child->isHidden() && !child->isWindow() &&
                (!widest || child->minimumSizeHint().width() > widest->minimumSizeHint().width()))
                widest = child;
        widget = widest;
    }
    return chain.join(QStringLiteral(" > "));
}

// The page's rows that wrap: filter bars, headers, button rows.
QList<ui::FlowLayout*> flowRows(QWidget* page)
{
    QList<ui::FlowLayout*> rows;
    for (QLayout* layout : page->findChildren<QLayout*>())
        if (auto* flow = dynamic_cast<ui::FlowLayout*>(layout);
            flow && flow->parentWidget()->isVisible())
            rows << flow;
    return rows;
}

// Once the page's reads off the GUI thread have answered (what must fit is their text, not
// "Reading…"), the layouts catch up.
bool settle(const QWidget* page)
{
    const QList<ui::BackgroundReader*> readers = page->findChildren<ui::BackgroundReader*>();
    const bool answered = QTest::qWaitFor([&readers] {
        return std::none_of(readers.begin(), readers.end(),
                            [](const ui::BackgroundReader* r) { return r->busy(); });
    });
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    return answered;
}

} // namespace

class TestBackOfficeLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings);
        // The app's fonts and paddings: widths are measured as the counter shows them.
        ui::Theme::apply(*qApp);
    }
    void cleanup() { ui::Language::apply(QStringLiteral("en")); }

    void fitsTheCounterScreen_data() { languageRows(); }

    void fitsTheCounterScreen()
    {
        QFETCH(QString, language);
        ui::Language::apply(language);
        TestStore ts;
        ts.loadDemo();
        ui::MainWindow window(ts.store());
        window.resize(screenWidth, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        typeSignIn(window, QStringLiteral("Alex Martin"), QStringLiteral("1111"));
        if (QDialog* warning = window.holdingWarning())
            warning->close();
        window.showSection(window.backOffice());

        const QList<QWidget*> pages = window.backOffice()->availablePages();
        QVERIFY(pages.size() >= 9);
        for (QWidget* page : pages) {
            QVERIFY(window.backOffice()->showPage(page));
            QVERIFY(settle(page));
            QVERIFY2(window.minimumSizeHint().width() <= screenWidth,
                     qPrintable(QStringLiteral("%1: the window needs %2 px: %3")
                                    .arg(page->objectName())
                                    .arg(window.minimumSizeHint().width())
                                    .arg(widestChain(page))));
            QVERIFY2(page->minimumSizeHint().width() <= roomyPageWidth,
                     qPrintable(QStringLiteral("%1 needs %2 px: %3")
                                    .arg(page->objectName())
                                    .arg(page->minimumSizeHint().width())
                                    .arg(widestChain(page))));

            // On the counter screen a row wraps only when its line is too short for it.
            for (ui::FlowLayout* row : flowRows(page))
                if (row->sizeHint().width() <= row->geometry().width())
                    QVERIFY2(row->geometry().height() == row->sizeHint().height(),
                             qPrintable(page->objectName()));
        }

        // As narrow as it goes, every filter and button is still whole inside its row.
        window.resize(window.minimumSizeHint().width(), 768);
        for (QWidget* page : pages) {
            QVERIFY(window.backOffice()->showPage(page));
            QVERIFY(settle(page));
            for (ui::FlowLayout* row : flowRows(page)) {
                const QString where = page->objectName();
                const QRect area = row->geometry();
                const QPoint origin = row->parentWidget()->mapTo(page, QPoint());
                QVERIFY2(page->rect().contains(area.translated(origin)), qPrintable(where));
                QList<QRect> placed;
                for (int i = 0; i < row->count(); ++i) {
                    QLayoutItem* item = row->itemAt(i);
                    if (!item->widget() || item->isEmpty())
                        continue;
                    const QRect r = item->geometry();
                    QVERIFY2(area.contains(r), qPrintable(where));
                    QVERIFY2(r.width() >= item->minimumSize().width(), qPrintable(where));
                    for (const QRect& other : placed)
                        QVERIFY2(!other.intersects(r), qPrintable(where));
                    placed << r;
                }
            }
        }
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestBackOfficeLayout)
#include "tst_backofficelayout.moc"

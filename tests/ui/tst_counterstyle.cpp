// The counter's style: a column title too long for its column ends in "…" (drawn exactly as the
// elided title would be), and column titles are bold.
#include "UiTest.h"

#include "ui/common/Theme.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>

using namespace astro;
using namespace astro::test;

namespace {

// A table of one column titled `title`, `width` pixels wide, its header drawn to an image.
QImage headerOf(const QString& title, int width)
{
    QStandardItemModel model(1, 1);
    model.setHorizontalHeaderItem(0, new QStandardItem(title));
    QTableView view;
    view.setModel(&model);
    view.horizontalHeader()->setStretchLastSection(false);
    view.horizontalHeader()->resizeSection(0, width);
    view.resize(width + 80, 120);
    view.show();
    QCoreApplication::processEvents();
    QHeaderView* header = view.horizontalHeader();
    QImage image(header->size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    header->render(&image);
    return image.copy(0, 0, width, header->height());
}

} // namespace

class TestCounterStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings);
        ui::Theme::apply(*qApp);
    }

    void aLongColumnTitleEndsInAnEllipsis()
    {
        const QString title = QStringLiteral("Expiration des poinçons");
        QTableView probe;
        probe.show();
        const QFont font = probe.horizontalHeader()->font();
        QCOMPARE(font.weight(), QFont::DemiBold);
        const int width = 110;
        // What fits in the section, less its padding (the theme's 8 px each side).
        const QString elided = QFontMetrics(font).elidedText(title, Qt::ElideRight, width - 16);
        QVERIFY(elided.endsWith(QChar(0x2026)));
        QCOMPARE(headerOf(title, width), headerOf(elided, width));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestCounterStyle)
#include "tst_counterstyle.moc"

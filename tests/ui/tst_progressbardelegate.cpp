// A card's progress in a narrow column: "7 of 24" is what the cashier reads, so the bar
// shortens, then goes, before the text is cut (in French, "7 sur 24" in a 1024-pixel window).
#include "ui/common/ProgressBarDelegate.h"

#include <QTest>

using astro::ui::ProgressBarDelegate;

class TestProgressBarDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWideCellHasTheWholeBar()
    {
        const QRect area(10, 0, 300, 40);
        const auto parts = ProgressBarDelegate::layout(area, 60);
        QCOMPARE(parts.bar.width(), 100);
        QCOMPARE(parts.bar.left(), 10);
        QVERIFY(parts.text.left() > parts.bar.right());
        QVERIFY(parts.text.width() >= 60);
        QCOMPARE(parts.text.right(), area.right());
    }

    void aNarrowCellShortensTheBarNotTheText()
    {
        const QRect area(0, 0, 130, 40);
        const auto parts = ProgressBarDelegate::layout(area, 70);
        QVERIFY(!parts.bar.isEmpty());
        QVERIFY(parts.bar.width() < 100);
        QVERIFY2(parts.text.width() >= 70, qPrintable(QString::number(parts.text.width())));
        QVERIFY(parts.text.left() > parts.bar.right());
        QCOMPARE(parts.text.right(), area.right());
    }

    void aVeryNarrowCellShowsTheTextAlone()
    {
        const QRect area(5, 0, 90, 40);
        const auto parts = ProgressBarDelegate::layout(area, 70);
        QVERIFY(parts.bar.isEmpty());
        QCOMPARE(parts.text, area);
    }
};

QTEST_MAIN(TestProgressBarDelegate)
#include "tst_progressbardelegate.moc"

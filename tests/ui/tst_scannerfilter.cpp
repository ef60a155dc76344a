// Telling a barcode scanner from a person at the keyboard.
#include "UiTest.h"

#include "ui/checkout/ScannerInputFilter.h"

#include <QSignalSpy>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace astro;
using namespace astro::test;

class TestScannerFilter : public QObject
{
    Q_OBJECT

private slots:
    void aBurstEndingInEnterIsAScan()
    {
        QWidget root;
        auto* edit = new QLineEdit(&root);
        ui::ScannerInputFilter filter;
        filter.watch(&root);
        QSignalSpy scanned(&filter, &ui::ScannerInputFilter::scanned);
        QSignalSpy returns(edit, &QLineEdit::returnPressed);
        QTest::keyClicks(edit, QStringLiteral("012345678905"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("012345678905"));
        QVERIFY(edit->text().isEmpty());
        QCOMPARE(returns.size(), 0);
    }

    void slowTypingGoesWhereItWasGoing()
    {
        QWidget root;
        auto* edit = new QLineEdit(&root);
        ui::ScannerInputFilter filter;
        filter.setBurstMs(30);
        filter.watch(&root);
        QSignalSpy scanned(&filter, &ui::ScannerInputFilter::scanned);
        QSignalSpy returns(edit, &QLineEdit::returnPressed);
        QTest::keyClicks(edit, QStringLiteral("0123456789"), Qt::NoModifier, 80);
        QTest::qWait(80);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(scanned.size(), 0);
        QCOMPARE(edit->text(), QStringLiteral("0123456789"));
        QCOMPARE(returns.size(), 1);
    }

    void aShortBurstIsNotAScan()
    {
        QWidget root;
        auto* edit = new QLineEdit(&root);
        ui::ScannerInputFilter filter;
        filter.watch(&root);
        QSignalSpy scanned(&filter, &ui::ScannerInputFilter::scanned);
        QSignalSpy returns(edit, &QLineEdit::returnPressed);
        // Two fast digits then Enter: too short for a barcode, so a person typed them.
        QTest::keyClicks(edit, QStringLiteral("12"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(scanned.size(), 0);
        QCOMPARE(edit->text(), QStringLiteral("12"));
        QCOMPARE(returns.size(), 1);
    }

    void lettersInterruptAndKeepTheOrder()
    {
        QWidget root;
        auto* edit = new QLineEdit(&root);
        ui::ScannerInputFilter filter;
        filter.watch(&root);
        QTest::keyClicks(edit, QStringLiteral("ab12cd3"));
        QTRY_COMPARE(edit->text(), QStringLiteral("ab12cd3"));
    }

    void childrenAddedLaterAreWatched()
    {
        QWidget root;
        auto* layout = new QVBoxLayout(&root);
        ui::ScannerInputFilter filter;
        filter.watch(&root);
        auto* box = new QWidget(&root);
        layout->addWidget(box);
        auto* spin = new QSpinBox(box);
        QSignalSpy scanned(&filter, &ui::ScannerInputFilter::scanned);
        QTest::keyClicks(spin, QStringLiteral("036000291452"));
        QTest::keyClick(spin, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(spin->value(), 0);
    }

    void theKeysReachTheirWidgetAfterAPause()
    {
        QWidget root;
        auto* edit = new QLineEdit(&root);
        ui::ScannerInputFilter filter;
        filter.setBurstMs(40);
        filter.watch(&root);
        QTest::keyClicks(edit, QStringLiteral("4165"));
        QVERIFY(edit->text().isEmpty()); // held while it could still be a scanner
        QTRY_COMPARE(edit->text(), QStringLiteral("4165"));
    }
};

QTEST_MAIN(TestScannerFilter)
#include "tst_scannerfilter.moc"

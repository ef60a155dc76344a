// An Admin's Settings, the fullest, fit the screen they open on, in English and French: side by
// side on a wide screen, one column scrolling on a narrow one, never wider than the screen and
// never scrolling sideways.
#include "UiTest.h"

#include "ui/common/FittingColumns.h"
#include "ui/common/Language.h"
#include "ui/common/Theme.h"
#include "ui/shell/AppearanceGroup.h"
#include "ui/shell/SettingsDialog.h"

#include <QComboBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QWheelEvent>

using namespace astro;
using namespace astro::test;

namespace {

// An Admin signed in, with the fullest Settings open.
std::unique_ptr<ui::MainWindow> adminWindow(TestStore& ts)
{
    ts.admin();
    auto window = signedInWindow(ts, QStringLiteral("Test Admin"));
    window->openSettings();
    return window;
}

} // namespace

class TestSettingsFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings);
        ui::Theme::apply(*qApp);
    }
    void cleanup() { ui::Language::apply(QStringLiteral("en")); }

    void fitsTheScreen_data() { languageRows(); }

    void fitsTheScreen()
    {
        QFETCH(QString, language);
        ui::Language::apply(language);
        TestStore ts;
        auto window = adminWindow(ts);
        auto* settings = openDialog<ui::SettingsDialog>();
        QVERIFY(settings);
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        auto* columns = settings->findChild<ui::FittingColumns*>();
        QVERIFY(columns);

        const QSize screen = settings->screen()->availableGeometry().size();
        QVERIFY2(settings->width() <= screen.width() && settings->height() <= screen.height(),
                 qPrintable(QStringLiteral("%1×%2 on %3×%4")
                                .arg(settings->width())
                                .arg(settings->height())
                                .arg(screen.width())
                                .arg(screen.height())));
        // The groups are shown whole in width: nothing scrolls sideways.
        QVERIFY(columns->widget()->minimumSizeHint().width() <= columns->viewport()->width());
        // And the area shows a useful part of them: all, or a good part of a small screen.
        QVERIFY2(columns->viewport()->height() >= qMin(columns->widget()->sizeHint().height(), 240),
                 qPrintable(QString::number(columns->viewport()->height())));
        // A screen narrower than both columns in any language (the offscreen one is 800 px):
        // one above the other.
        if (screen.width() < 900)
            QVERIFY(columns->stacked());
        settings->reject();
    }

    // Tab or a mnemonic reaching a field below the fold scrolls it into view; the wheel over a
    // choice not yet focused scrolls the settings instead of changing it.
    void focusScrollsAndTheWheelDoesNotChoose()
    {
        TestStore ts;
        auto window = adminWindow(ts);
        auto* settings = openDialog<ui::SettingsDialog>();
        QVERIFY(settings);
        settings->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(settings));
        auto* columns = settings->findChild<ui::FittingColumns*>();
        QVERIFY(columns && columns->verticalScrollBar()->maximum() > 0);
        QCOMPARE(columns->verticalScrollBar()->value(), 0);

        QWidget* last = settings->appearanceGroup()->choice();
        const auto all = columns->widget()->findChildren<QPushButton*>();
        for (QPushButton* b : all)
            if (b->isVisibleTo(settings) && b->mapTo(columns->widget(), QPoint()).y() >
                                                last->mapTo(columns->widget(), QPoint()).y())
                last = b;
        last->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(columns->verticalScrollBar()->value() > 0);
        const QRect shown(last->mapTo(columns->viewport(), QPoint()), last->size());
        QVERIFY(columns->viewport()->rect().contains(shown));

        QComboBox* choice = settings->appearanceGroup()->choice();
        QVERIFY(!choice->hasFocus());
        const int before = choice->currentIndex();
        const int scrolled = columns->verticalScrollBar()->value();
        const QPoint at = choice->rect().center();
        QWheelEvent wheel(at, choice->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(choice, &wheel);
        QCOMPARE(choice->currentIndex(), before);
        QVERIFY(columns->verticalScrollBar()->value() != scrolled ||
                scrolled == columns->verticalScrollBar()->maximum());
        settings->reject();
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestSettingsFit)
#include "tst_settingsfit.moc"

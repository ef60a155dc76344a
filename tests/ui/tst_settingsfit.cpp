// An Admin's Settings, the fullest, fit the screen they open on, in English and French: side by
// side on a wide screen, one column scrolling on a narrow one, never wider than the screen and
// never scrolling sideways.
#include "UiTest.h"

#include "ui/common/FittingColumns.h"
#include "ui/common/Language.h"
#include "ui/common/Theme.h"
#include "ui/shell/SettingsDialog.h"

#include <QScreen>

using namespace astro;
using namespace astro::test;

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
        ts.admin();
        auto window = signedInWindow(ts, QStringLiteral("Test Admin"));
        window->openSettings();
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

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestSettingsFit)
#include "tst_settingsfit.moc"

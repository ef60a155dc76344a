// Settings' appearance: chosen by keyboard, kept for this computer, applied to the whole app on
// Save, and offered to every role (a cashier too).
#include "UiTest.h"

#include "ui/common/AppSettings.h"
#include "ui/common/Theme.h"
#include "ui/shell/AppearanceGroup.h"
#include "ui/shell/SettingsDialog.h"

#include <QComboBox>

using namespace astro;
using namespace astro::test;

class TestAppearanceGroup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(m_settings); }

    void cleanup()
    {
        ui::AppSettings::setAppearance(ui::Theme::Appearance::System);
        ui::Theme::apply(*qApp, ui::Theme::Appearance::Light);
    }

    void theDesktopsByDefault()
    {
        ui::AppearanceGroup group;
        QCOMPARE(group.choice()->currentData().toInt(), int(ui::Theme::Appearance::System));
        QCOMPARE(group.choice()->currentText(), QStringLiteral("As the computer"));
    }

    void darkChosenByKeyboardAppliesOnSave()
    {
        ui::Theme::apply(*qApp, ui::Theme::Appearance::Light);
        ui::AppearanceGroup group;
        group.show();
        QVERIFY(QTest::qWaitForWindowExposed(&group));
        group.choice()->setFocus();
        QTest::keyClick(group.choice(), Qt::Key_Down);
        QTest::keyClick(group.choice(), Qt::Key_Down);
        QCOMPARE(group.choice()->currentData().toInt(), int(ui::Theme::Appearance::Dark));
        // Nothing changes before Save.
        QCOMPARE(ui::Theme::scheme(), ui::Theme::Scheme::Light);
        group.save();
        QCOMPARE(ui::AppSettings::appearance(), ui::Theme::Appearance::Dark);
        QCOMPARE(ui::Theme::scheme(), ui::Theme::Scheme::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 ui::Theme::named(QStringLiteral("window"), ui::Theme::Scheme::Dark));
        // Opened again, it shows what was chosen.
        ui::AppearanceGroup again;
        QCOMPARE(again.choice()->currentData().toInt(), int(ui::Theme::Appearance::Dark));
    }

    void aCashierChoosesItToo()
    {
        TestStore ts;
        ts.cashier();
        auto window = signedInWindow(ts, QStringLiteral("Test Cashier"));
        ui::SettingsDialog dialog(window->session());
        dialog.show();
        QVERIFY(dialog.appearanceGroup()->isVisibleTo(&dialog));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestAppearanceGroup)
#include "tst_appearancegroup.moc"

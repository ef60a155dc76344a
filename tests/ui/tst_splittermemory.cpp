// Where staff leave a back-office splitter comes back the next time the page shows, on the same
// screen; a splitter never moved keeps the page's own proportions.
#include "UiTest.h"

#include "ui/shell/SplitterMemory.h"
#include "ui/shell/WindowPlacement.h"

#include <QSettings>
#include <QSplitter>

using namespace astro;
using namespace astro::test;

namespace {

// A window holding a vertical splitter of two panes, kept under `name`.
struct SplitWindow
{
    QWidget window;
    QSplitter* splitter = new QSplitter(Qt::Vertical, &window);

    explicit SplitWindow(const QString& name)
    {
        splitter->addWidget(new QWidget);
        splitter->addWidget(new QWidget);
        splitter->setChildrenCollapsible(false);
        ui::SplitterMemory::keep(splitter, name);
        splitter->resize(400, 600);
        window.resize(400, 600);
    }
};

} // namespace

class TestSplitterMemory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(m_settings); }

    void whereItWasLeftComesBack()
    {
        QList<int> left;
        {
            SplitWindow first(QStringLiteral("batches"));
            first.window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first.window));
            first.splitter->setSizes({120, 480});
            left = first.splitter->sizes();
            emit first.splitter->splitterMoved(left.first(), 1); // as a drag of the handle ends
        }
        SplitWindow again(QStringLiteral("batches"));
        QVERIFY(again.splitter->sizes() != left); // not before it shows
        again.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again.window));
        QCOMPARE(again.splitter->sizes(), left);

        // Another page's splitter is its own.
        SplitWindow other(QStringLiteral("credits"));
        other.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other.window));
        QVERIFY(other.splitter->sizes() != left);
    }

    void theKeyNamesTheScreen()
    {
        SplitWindow w(QStringLiteral("programs"));
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        auto* memory = w.splitter->findChild<ui::SplitterMemory*>();
        QVERIFY(memory);
        QCOMPARE(memory->settingsKey(),
                 QStringLiteral("splitters/%1/programs")
                     .arg(ui::WindowPlacement::screenKey(w.splitter->screen())));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestSplitterMemory)
#include "tst_splittermemory.moc"

// Every control a person can reach with Tab has a name a screen reader says: on the sign-in
// screen, the checkout, the customer history, every back-office page and Settings, in English
// and in French.
#include "UiTest.h"

#include "ui/backoffice/BackOfficeWidget.h"
#include "ui/checkout/CheckoutWidget.h"
#include "ui/common/Language.h"
#include "ui/history/CustomerHistoryWidget.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QScopeGuard>
#include <QTabWidget>

using namespace astro;
using namespace astro::test;

namespace {

// The controls under `root` that Tab reaches (shown, enabled or not) and have no name.
QStringList unnamed(QWidget* root, const QString& where)
{
    QStringList out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        // Tab lands on the spin box, the combo box or the tab bar, which carry the name.
        if (qobject_cast<QTabWidget*>(w) || qobject_cast<QAbstractSpinBox*>(w->parentWidget()) ||
            qobject_cast<QComboBox*>(w->parentWidget()))
            continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            out << QStringLiteral("%1: %2 %3")
                       .arg(where, QLatin1String(w->metaObject()->className()), w->objectName());
    }
    return out;
}

} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(m_settings); }

    void everyControlHasAName_data() { languageRows(); }

    void everyControlHasAName()
    {
        QFETCH(QString, language);
        ui::Language::choose(language);
        auto english = qScopeGuard([] { ui::Language::choose(QStringLiteral("en")); });
        TestStore ts;
        ts.admin();
        ts.importCatalog(smallCatalog());
        ts.enrollDefaults();
        useLocation(ts);
        auto window = std::make_unique<ui::MainWindow>(ts.store());
        window->show();
        QStringList missing = unnamed(window.get(), QStringLiteral("sign-in"));
        typeSignIn(*window, QStringLiteral("Test Admin"), QStringLiteral("1234"));
        if (QDialog* holding = window->holdingWarning())
            holding->close();
        window->checkout()->chooseCustomer(ts.addCustomer());
        missing << unnamed(window->checkout(), QStringLiteral("checkout"));
        window->showSection(window->history());
        missing << unnamed(window->history(), QStringLiteral("history"));
        window->showSection(window->backOffice());
        for (QWidget* page : window->backOffice()->availablePages()) {
            window->backOffice()->showPage(page);
            QCoreApplication::processEvents();
            missing << unnamed(page, page->windowTitle());
        }
        missing << unnamed(window.get(), QStringLiteral("window"));
        for (const QString& m : missing)
            qWarning().noquote() << "no accessible name:" << m;
        QVERIFY2(missing.isEmpty(), qPrintable(QString::number(missing.size())));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"

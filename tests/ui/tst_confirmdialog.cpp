// ConfirmDialog, the question before every change staff confirm: the action names its button,
// Cancel says Cancel, and Enter does what the default says.
#include "UiTest.h"

#include "ui/common/ConfirmDialog.h"

#include <QAbstractButton>

using namespace astro;
using namespace astro::test;

class TestConfirmDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(m_settings); }

    void theActionNamesItsButton()
    {
        ui::ConfirmDialog box(QStringLiteral("testConfirmation"), QStringLiteral("Close batch"),
                              QStringLiteral("Close batch 12 for new rewards?"),
                              QStringLiteral("Close batch"), nullptr);
        QCOMPARE(box.objectName(), QStringLiteral("testConfirmation"));
        QCOMPARE(box.windowTitle(), QStringLiteral("Close batch"));
        QCOMPARE(box.text(), QStringLiteral("Close batch 12 for new rewards?"));
        QCOMPARE(box.icon(), QMessageBox::Question);
        QCOMPARE(box.buttons().size(), 2); // never a bare Yes beside them
        QCOMPARE(box.actionButton()->text(), QStringLiteral("Close batch"));
        QCOMPARE(box.cancelButton()->text(), QStringLiteral("Cancel"));
        QCOMPARE(box.buttonRole(box.actionButton()), QMessageBox::YesRole);
        QCOMPARE(box.buttonRole(box.cancelButton()), QMessageBox::RejectRole);
        QCOMPARE(box.defaultButton(), box.actionButton());
        QCOMPARE(box.escapeButton(), box.cancelButton());
        QVERIFY(!box.confirmed()); // not before it is answered
    }

    void cancelCanBeTheDefault()
    {
        ui::ConfirmDialog box(QStringLiteral("testConfirmation"), QStringLiteral("Disable Sam"),
                              QStringLiteral("Sam will no longer be able to sign in."),
                              QStringLiteral("Disable"), nullptr,
                              ui::ConfirmDialog::Default::Cancel);
        QCOMPARE(box.actionButton()->text(), QStringLiteral("Disable"));
        QCOMPARE(box.defaultButton(), box.cancelButton());
    }

    void enterConfirmsAndEscapeCancels_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("confirmed");
        QTest::newRow("Enter") << int(Qt::Key_Return) << true;
        QTest::newRow("Escape") << int(Qt::Key_Escape) << false;
    }

    void enterConfirmsAndEscapeCancels()
    {
        QFETCH(int, key);
        QFETCH(bool, confirmed);
        QString asked;
        whenModal<ui::ConfirmDialog>([key, &asked](ui::ConfirmDialog* box) {
            asked = box->objectName();
            QTest::keyClick(box, Qt::Key(key));
        });
        QWidget page;
        QCOMPARE(ui::ConfirmDialog::ask(&page, QStringLiteral("pageConfirmation"),
                                        QStringLiteral("Mark credited"),
                                        QStringLiteral("Mark 2 credits as credited?")),
                 confirmed);
        QCOMPARE(asked, QStringLiteral("pageConfirmation"));
    }

    void theButtonsAnswer()
    {
        for (bool action : {true, false}) {
            whenModal<ui::ConfirmDialog>([action](ui::ConfirmDialog* box) {
                QTest::mouseClick(action ? box->actionButton() : box->cancelButton(),
                                  Qt::LeftButton);
            });
            QWidget page;
            QCOMPARE(ui::ConfirmDialog::ask(&page, QStringLiteral("pageConfirmation"),
                                            QStringLiteral("Mark reconciled"),
                                            QStringLiteral("Mark 1 credit as reconciled?")),
                     action);
        }
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestConfirmDialog)
#include "tst_confirmdialog.moc"

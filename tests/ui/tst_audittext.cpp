// How the audit log page names what it lists: the sign-in lockout's entries read as words, not
// as the codes the engine stores.
#include "ui/backoffice/AuditText.h"

#include <QTest>

using namespace astro;

class TestAuditText : public QObject
{
    Q_OBJECT

    static AuditEntry entry(const char* field, const char* newValue)
    {
        AuditEntry e;
        e.subject = QStringLiteral("user:Sam Tremblay");
        e.field = QLatin1String(field);
        e.newValue = QLatin1String(newValue);
        return e;
    }

private Q_SLOTS:
    void namesTheLockoutEntries_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("fieldText");
        QTest::addColumn<QString>("valueText");
        QTest::newRow("wrong PIN") << "sign_in"
                                   << "wrong_pin"
                                   << "Sign-in"
                                   << "Wrong PIN";
        QTest::newRow("refused while locked") << "sign_in"
                                              << "locked"
                                              << "Sign-in"
                                              << "Refused: locked";
        QTest::newRow("unlocked") << "lockout"
                                  << "unlocked"
                                  << "Sign-in locked"
                                  << "Unlocked";
        QTest::newRow("locked until") << "lockout"
                                      << "2026-11-16T15:05:00.000Z"
                                      << "Sign-in locked"
                                      << "Until ";
    }

    void namesTheLockoutEntries()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, fieldText);
        QFETCH(QString, valueText);
        const AuditEntry e = entry(qPrintable(field), qPrintable(value));
        QCOMPARE(ui::AuditText::field(e), fieldText);
        QVERIFY2(ui::AuditText::change(e).startsWith(valueText),
                 qPrintable(ui::AuditText::change(e)));
    }
};

QTEST_MAIN(TestAuditText)
#include "tst_audittext.moc"

// Settings says where the sync password is kept: with no keychain, the owner-only file beside
// the database, by its path (never "in the database").
#include "UiTest.h"

#include "ui/common/Session.h"
#include "ui/shell/SettingsDialog.h"

#include "sync/Credentials.h"

#include <QDir>

using namespace astro;
using namespace astro::test;

class TestSecretsNote : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("ASTRO_KEYCHAIN", "none");
        isolateSettings(m_settings);
    }

    void namesTheFile()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ui::Session session(ts.store());
        session.signIn(ts.admin());
        ui::SettingsDialog settings(session);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        const QString file = QDir::toNativeSeparators(ts.path() + QStringLiteral(".secrets"));
        QTRY_VERIFY(settings.credentialsNoteText().contains(file));
        QVERIFY(settings.credentialsNoteText().contains(QStringLiteral("only your account")));
        QVERIFY(!settings.credentialsNoteText().contains(QStringLiteral("database")));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestSecretsNote)
#include "tst_secretsnote.moc"

// Secrets at rest: the database and its WAL owner-only whatever the umask; the sync password and
// token never in the database (a 0600 file beside it when no keychain answers), and those an
// older version left in the settings moved out and erased.
#include "TestStore.h"
#include "batches/BatchExport.h"

#include "sync/Credentials.h"

#include <QFile>
#include <QTest>

#include <sys/stat.h>

using namespace astro;
using namespace astro::test;

namespace {

// Sets the process umask for one scope.
class Umask
{
public:
    explicit Umask(mode_t mask) : m_old(::umask(mask)) {}
    ~Umask() { ::umask(m_old); }

private:
    mode_t m_old;
};

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("ASTRO_KEYCHAIN", "none"); }

    void databaseIsOwnerOnly()
    {
        Umask open(022);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        auto store = Store::open(path);
        ASTRO_VERIFY_OK(store);
        ASTRO_VERIFY_OK((*store)->setSetting(QStringLiteral("probe"), QStringLiteral("1")));
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(test::fileMode(path), 0600);
        QCOMPARE(test::fileMode(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(test::fileMode(path + QStringLiteral("-shm")), 0600);
    }

    void olderDatabaseIsTightened()
    {
        Umask open(022);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto store = Store::open(path);
            ASTRO_VERIFY_OK(store);
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
        QCOMPARE(test::fileMode(path), 0644);
        auto reopened = Store::open(path);
        ASTRO_VERIFY_OK(reopened);
        QCOMPARE(test::fileMode(path), 0600);
    }

    void secretsGoToAnOwnerOnlyFile()
    {
        Umask open(022);
        TestStore t;
        sync::Credentials credentials(t.store());
        QVERIFY(!credentials.secure());
        QCOMPARE(credentials.filePath(), t.path() + QStringLiteral(".secrets"));
        ASTRO_VERIFY_OK(credentials.write(QStringLiteral("password"), QStringLiteral("s3cret-pw")));
        ASTRO_VERIFY_OK(credentials.write(QStringLiteral("token"), QStringLiteral("tok-123")));

        QCOMPARE(test::fileMode(credentials.filePath()), 0600);
        TAKE(inDb, t->db().scalar(QStringLiteral(
                       "SELECT count(*) FROM settings WHERE key LIKE 'sync/secret/%' OR value "
                       "IN ('s3cret-pw', 'tok-123')")));
        QCOMPARE(inDb.toInt(), 0);
        QVERIFY(bytesOf(credentials.filePath()).contains("s3cret-pw"));

        sync::Credentials again(t.store());
        TAKE(password, again.read(QStringLiteral("password")));
        QCOMPARE(password, QStringLiteral("s3cret-pw"));
        TAKE(token, again.read(QStringLiteral("token")));
        QCOMPARE(token, QStringLiteral("tok-123"));
        TAKE(missing, again.read(QStringLiteral("other")));
        QVERIFY(missing.isEmpty());

        // An empty value removes the entry.
        ASTRO_VERIFY_OK(again.write(QStringLiteral("token"), QString()));
        QVERIFY(!bytesOf(credentials.filePath()).contains("tok-123"));
        QCOMPARE(test::fileMode(credentials.filePath()), 0600);
    }

    // Exports carry customers' names and emails: a spreadsheet written out is owner-only too.
    void exportsAreOwnerOnly()
    {
        TestStore ts;
        const Umask open(0022);
        const QString csv = QDir(ts.dir()).filePath(QStringLiteral("batch.csv"));
        QVERIFY(BatchExport::writeFileAtomically(csv, QByteArrayLiteral("a,b\n")));
        QCOMPARE(test::fileMode(csv), 0600);
    }

    void settingsSayWhere()
    {
        TestStore t;
        sync::Credentials credentials(t.store());
        QVERIFY(credentials.whereKept().contains(credentials.filePath()));
        QVERIFY(credentials.whereKept().contains(QStringLiteral("only your account can read")));
        QCOMPARE(sync::Credentials::whereKept(true, credentials.filePath()),
                 QStringLiteral("The password is kept in this computer's keychain."));
    }

    void plainTextSettingsMoveOut()
    {
        TestStore t;
        // What an older version left: the secrets in clear in the settings table.
        ASTRO_VERIFY_OK(t->setSetting(QStringLiteral("sync/secret/password"),
                                      QStringLiteral("hunter2-legacy")));
        ASTRO_VERIFY_OK(
            t->setSetting(QStringLiteral("sync/secret/token"), QStringLiteral("legacy-token-xyz")));

        sync::Credentials credentials(t.store());
        TAKE(password, credentials.read(QStringLiteral("password")));
        QCOMPARE(password, QStringLiteral("hunter2-legacy"));
        ASTRO_VERIFY_OK(credentials.write(QStringLiteral("token"), QStringLiteral("fresh-token")));
        TAKE(token, credentials.read(QStringLiteral("token")));
        QCOMPARE(token, QStringLiteral("fresh-token"));

        TAKE(left, t->db().scalar(
                       QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'sync/%'")));
        QCOMPARE(left.toInt(), 0);
        QCOMPARE(test::fileMode(credentials.filePath()), 0600);
        QVERIFY(bytesOf(credentials.filePath()).contains("hunter2-legacy"));

        // Erased, not only unlinked: once the WAL is folded in, no byte of it stays in the file.
        ASTRO_VERIFY_OK(t->db().execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(!bytesOf(t.path()).contains("hunter2-legacy"));
        QVERIFY(!bytesOf(t.path()).contains("legacy-token-xyz"));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"

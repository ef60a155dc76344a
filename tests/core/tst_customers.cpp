// Customers: checking and cleaning their details, adding and editing them, and finding them by
// name, phone or email, page by page.
#include "CustomersKit.h"

#include <QSet>
#include <QTest>

using namespace astro;
using namespace astro::test;
using namespace customertests;

class TestCustomers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateAcceptsAndCleans()
    {
        auto clean = CustomerStore::validate(input(
            QStringLiteral("  Hélène   Marie "), QStringLiteral(" Côté "),
            QStringLiteral("+1 (416) 555-0123"), QStringLiteral("  Helene.Cote@Example.CA ")));
        ASTRO_VERIFY_OK(clean);
        QCOMPARE(clean->firstName, QStringLiteral("Hélène Marie"));
        QCOMPARE(clean->lastName, QStringLiteral("Côté"));
        QCOMPARE(clean->phone, QStringLiteral("4165550123"));
        QCOMPARE(clean->email, QStringLiteral("helene.cote@example.ca"));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("phoneStored");

        QTest::newRow("phone only") << "Ann"
                                    << "Lee"
                                    << "4165550123"
                                    << "" << true << "4165550123";
        QTest::newRow("email only") << "Ann"
                                    << "Lee"
                                    << ""
                                    << "ann@example.com" << true << "";
        QTest::newRow("formatted phone") << "Ann"
                                         << "Lee"
                                         << "(416) 555-0123"
                                         << "" << true << "4165550123";
        QTest::newRow("+1 phone") << "Ann"
                                  << "Lee"
                                  << "+1 (416) 555-0123"
                                  << "" << true << "4165550123";
        QTest::newRow("1- phone") << "Ann"
                                  << "Lee"
                                  << "1-416-555-0123"
                                  << "" << true << "4165550123";
        QTest::newRow("dotted phone") << "Ann"
                                      << "Lee"
                                      << "416.555.0123"
                                      << "" << true << "4165550123";
        QTest::newRow("no first name") << ""
                                       << "Lee"
                                       << "4165550123"
                                       << "" << false << "";
        QTest::newRow("blank first name") << "   "
                                          << "Lee"
                                          << "4165550123"
                                          << "" << false << "";
        QTest::newRow("no last name") << "Ann"
                                      << ""
                                      << "4165550123"
                                      << "" << false << "";
        QTest::newRow("nine digits") << "Ann"
                                     << "Lee"
                                     << "416555012"
                                     << "" << false << "";
        QTest::newRow("eleven digits not 1") << "Ann"
                                             << "Lee"
                                             << "24165550123"
                                             << "" << false << "";
        QTest::newRow("twelve digits") << "Ann"
                                       << "Lee"
                                       << "416555012345"
                                       << "" << false << "";
        QTest::newRow("letters for phone") << "Ann"
                                           << "Lee"
                                           << "call me"
                                           << "" << false << "";
        QTest::newRow("bad phone with good email") << "Ann"
                                                   << "Lee"
                                                   << "555-0123"
                                                   << "ann@example.com" << false << "";
        QTest::newRow("email without @") << "Ann"
                                         << "Lee"
                                         << ""
                                         << "ann.example.com" << false << "";
        QTest::newRow("email without domain") << "Ann"
                                              << "Lee"
                                              << ""
                                              << "ann@" << false << "";
        QTest::newRow("email without dot") << "Ann"
                                           << "Lee"
                                           << ""
                                           << "ann@example" << false << "";
        QTest::newRow("email with space") << "Ann"
                                          << "Lee"
                                          << ""
                                          << "ann lee@example.com" << false << "";
        QTest::newRow("two @") << "Ann"
                               << "Lee"
                               << ""
                               << "ann@@example.com" << false << "";
        QTest::newRow("bad email with good phone") << "Ann"
                                                   << "Lee"
                                                   << "4165550123"
                                                   << "ann@" << false << "";
        QTest::newRow("neither phone nor email") << "Ann"
                                                 << "Lee"
                                                 << ""
                                                 << "" << false << "";
        QTest::newRow("blanks for both") << "Ann"
                                         << "Lee"
                                         << "   "
                                         << "  " << false << "";
    }

    void validate()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, phone);
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QFETCH(QString, phoneStored);
        auto clean = CustomerStore::validate(input(first, last, phone, email));
        QCOMPARE(clean.ok(), valid);
        if (valid) {
            QCOMPARE(clean->phone, phoneStored);
        } else {
            QCOMPARE(clean.error().code, ErrorCode::Invalid);
            QVERIFY(!clean.error().message.isEmpty());
        }
    }

    void addThenGet()
    {
        TestStore t;
        auto added = t->customers().add(
            t.cashier(), input(QStringLiteral("Hélène"), QStringLiteral("Côté"),
                               QStringLiteral("+1 (416) 555-0123"), QStringLiteral("H@Ex.ca")));
        ASTRO_VERIFY_OK(added);
        QVERIFY(added->id > 0);
        QVERIFY(!added->uuid.isEmpty());
        auto got = t->customers().get(added->id);
        ASTRO_VERIFY_OK(got);
        QCOMPARE(got->id, added->id);
        QCOMPARE(got->uuid, added->uuid);
        QCOMPARE(got->firstName, QStringLiteral("Hélène"));
        QCOMPARE(got->lastName, QStringLiteral("Côté"));
        QCOMPARE(got->phone, QStringLiteral("4165550123"));
        QCOMPARE(got->email, QStringLiteral("h@ex.ca"));
        QCOMPARE(got->createdAt, t->now());
        QVERIFY(!got->mergedInto.has_value());
        QCOMPARE(got->displayName(), QStringLiteral("Hélène Côté"));
    }

    void addRefusesInvalidInput()
    {
        TestStore t;
        auto refused = t->customers().add(
            Actor::system(), input(QStringLiteral("Ann"), QString(), QStringLiteral("4165550123")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QCOMPARE(rowCount(t, QStringLiteral("SELECT count(*) FROM customers"), {}), 0);
    }

    void getUnknownIsNotFound()
    {
        TestStore t;
        auto got = t->customers().get(4242);
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, ErrorCode::NotFound);
    }

    void update()
    {
        TestStore t;
        const qint64 id = t.addCustomer();
        const QString uuid = t->customers().get(id)->uuid;
        auto updated =
            t->customers().update(t.cashier(), id,
                                  input(QStringLiteral("Hélène"), QStringLiteral("Côté-Roy"),
                                        QStringLiteral(""), QStringLiteral("helene@example.ca")));
        ASTRO_VERIFY_OK(updated);
        auto got = t->customers().get(id);
        ASTRO_VERIFY_OK(got);
        QCOMPARE(got->lastName, QStringLiteral("Côté-Roy"));
        QCOMPARE(got->phone, QString());
        QCOMPARE(got->email, QStringLiteral("helene@example.ca"));
        QCOMPARE(got->uuid, uuid); // the customer's identity does not change
        // The search keys follow the new name.
        auto found = t->customers().find(QStringLiteral("cote-r"), 10);
        ASTRO_VERIFY_OK(found);
        QCOMPARE(idsOf(*found), QList<qint64>{id});

        auto refused = t->customers().update(
            t.cashier(), id, input(QStringLiteral("Hélène"), QStringLiteral("Côté"), {}, {}));
        QVERIFY(!refused.ok());
        QCOMPARE(t->customers().get(id)->lastName, QStringLiteral("Côté-Roy"));

        auto unknown = t->customers().update(
            t.cashier(), 9999,
            input(QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("4165550000")));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    }

    void findByName_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // first names, in the order found

        QTest::newRow("last-name prefix") << "cote" << QStringList{"Hélène", "Marc"};
        QTest::newRow("last-name prefix, accents") << "Côté" << QStringList{"Hélène", "Marc"};
        QTest::newRow("accented query, plain names") << "Coté" << QStringList{"Hélène", "Marc"};
        QTest::newRow("last-name longer prefix") << "cotea" << QStringList{"Marc"};
        QTest::newRow("upper case") << "TREM" << QStringList{"Jean"};
        QTest::newRow("first-name prefix") << "hél" << QStringList{"Hélène"};
        QTest::newRow("first-name prefix without accent") << "hel" << QStringList{"Hélène"};
        QTest::newRow("first-name prefix col") << "col" << QStringList{"Colette"};
        // "co" is the last name of two and the first name of one: last names first.
        QTest::newRow("both sides") << "co" << QStringList{"Hélène", "Marc", "Colette"};
        QTest::newRow("first last") << "helene cote" << QStringList{"Hélène"};
        QTest::newRow("first last prefixes") << "hel co" << QStringList{"Hélène"};
        QTest::newRow("last first") << "cote helene" << QStringList{"Hélène"};
        QTest::newRow("last first prefixes") << "cot m" << QStringList{"Marc"};
        QTest::newRow("first last, accents") << "Hélène Côté" << QStringList{"Hélène"};
        QTest::newRow("mismatched pair") << "jean cote" << QStringList{};
        QTest::newRow("no match") << "zz" << QStringList{};
        QTest::newRow("middle of a name") << "ote" << QStringList{};
        QTest::newRow("empty") << "" << QStringList{};
        QTest::newRow("blank") << "   " << QStringList{};
    }

    void findByName()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        TestStore t;
        addPeople(t);
        auto found = t->customers().find(query, 50);
        ASTRO_VERIFY_OK(found);
        QStringList names;
        for (const Customer& c : *found)
            names << c.firstName;
        QCOMPARE(names, expected);
    }

    void findByPhone_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("area code") << "416" << QStringList{"Hélène", "Marc"};
        QTest::newRow("prefix") << "416555" << QStringList{"Hélène", "Marc"};
        QTest::newRow("formatted prefix") << "(416) 555-01" << QStringList{"Hélène", "Marc"};
        QTest::newRow("full number") << "416-555-0123" << QStringList{"Hélène"};
        QTest::newRow("other area code") << "(647)" << QStringList{"Colette"};
        QTest::newRow("dotted") << "514.555" << QStringList{"Jean"};
        QTest::newRow("no such phone") << "905" << QStringList{};
        // The number as validate() accepts it, country code included: the stored phone has
        // 10 digits (the "+1" dropped), and North American area codes never start with 1.
        QTest::newRow("with country code") << "+1 (416) 555-0123" << QStringList{"Hélène"};
        QTest::newRow("country code prefix") << "1-647-555" << QStringList{"Colette"};
    }

    void findByPhone()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        TestStore t;
        addPeople(t);
        auto found = t->customers().find(query, 50);
        ASTRO_VERIFY_OK(found);
        QStringList names;
        for (const Customer& c : *found)
            names << c.firstName;
        QCOMPARE(names, expected);
    }

    void findByEmail_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("full") << "helene.cote@example.ca" << QStringList{"Hélène"};
        QTest::newRow("prefix, any case") << "HELENE.COTE@EX" << QStringList{"Hélène"};
        QTest::newRow("prefix") << "jt@" << QStringList{"Jean"};
        QTest::newRow("domain is not a prefix") << "@example.ca" << QStringList{};
        QTest::newRow("no such email") << "nobody@" << QStringList{};
    }

    void findByEmail()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        TestStore t;
        addPeople(t);
        auto found = t->customers().find(query, 50);
        ASTRO_VERIFY_OK(found);
        QStringList names;
        for (const Customer& c : *found)
            names << c.firstName;
        QCOMPARE(names, expected);
    }

    void findsCompoundNames_data()
    {
        // Marie Claire Dubois (a first name with a space), Jean Du Pont (a last name with one).
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("first word of the first name") << "marie" << QStringList{"Marie Claire"};
        QTest::newRow("last first") << "dubois marie" << QStringList{"Marie Claire"};
        QTest::newRow("last, whole first") << "dubois marie claire" << QStringList{"Marie Claire"};
        QTest::newRow("first word, last") << "marie dubois" << QStringList{"Marie Claire"};
        QTest::newRow("first word of the last name")
            << "du" << QStringList{"Jean", "Marie Claire"}; // "du pont" sorts before "dubois"
        QTest::newRow("first, whole last") << "jean du pont" << QStringList{"Jean"};
        // The name as the screen shows it (displayName) finds the customer.
        QTest::newRow("whole first, last") << "Marie Claire Dubois" << QStringList{"Marie Claire"};
        // A last name with a space, typed in full.
        QTest::newRow("whole last name") << "du pont" << QStringList{"Jean"};
        QTest::newRow("whole last, first") << "du pont jean" << QStringList{"Jean"};
    }

    void findsCompoundNames()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        TestStore t;
        ASTRO_VERIFY_OK(t->customers().add(Actor::system(), input(QStringLiteral("Marie Claire"),
                                                                  QStringLiteral("Dubois"),
                                                                  QStringLiteral("4165550177"))));
        ASTRO_VERIFY_OK(t->customers().add(Actor::system(),
                                           input(QStringLiteral("Jean"), QStringLiteral("Du Pont"),
                                                 QStringLiteral("4165550178"))));
        auto found = t->customers().find(query, 10);
        ASTRO_VERIFY_OK(found);
        QStringList names;
        for (const Customer& c : *found)
            names << c.firstName;
        QCOMPARE(names, expected);
    }

    void pagingGivesDisjointPages()
    {
        TestStore t;
        // 70 with the last name Patel..., 70 with the first name Pat, 60 matching on both
        // sides (Pat Patterson...), plus 20 who do not match "pat".
        const Actor actor = Actor::system();
        int n = 0;
        const auto add = [&](const QString& first, const QString& last) {
            ++n;
            auto added = t->customers().add(
                actor,
                input(first, last, QStringLiteral("905555%1").arg(n, 4, 10, QLatin1Char('0'))));
            QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        };
        for (int i = 0; i < 70; ++i)
            add(QStringLiteral("Alex"), QStringLiteral("Patel%1").arg(i, 3, 10, QLatin1Char('0')));
        for (int i = 0; i < 70; ++i)
            add(QStringLiteral("Pat"), QStringLiteral("Smith%1").arg(i, 3, 10, QLatin1Char('0')));
        for (int i = 0; i < 60; ++i)
            add(QStringLiteral("Patricia"),
                QStringLiteral("Patterson%1").arg(i, 3, 10, QLatin1Char('0')));
        for (int i = 0; i < 20; ++i)
            add(QStringLiteral("Robin"), QStringLiteral("Jones%1").arg(i, 3, 10, QLatin1Char('0')));
        QCOMPARE(n, 220);

        const auto pages = [&](const QString& query, int pageSize) {
            QList<qint64> all;
            QSet<qint64> seen;
            for (int offset = 0;; offset += pageSize) {
                auto page = t->customers().find(query, pageSize, offset);
                if (!page) {
                    qWarning("%s", qPrintable(page.error().message));
                    return QList<qint64>{-1};
                }
                if (int(page->size()) > pageSize)
                    return QList<qint64>{-2};
                for (const Customer& c : *page) {
                    if (seen.contains(c.id))
                        return QList<qint64>{-3, c.id}; // a customer twice
                    seen.insert(c.id);
                    all << c.id;
                }
                if (int(page->size()) < pageSize)
                    break;
            }
            return all;
        };

        const QList<qint64> pat = pages(QStringLiteral("pat"), 17);
        QCOMPARE(pat.size(), 200);
        QVERIFY(!pat.contains(-1));
        // Last-name matches (Patel, Patterson) come before first-name-only ones (Pat Smith).
        for (int i = 0; i < pat.size(); ++i) {
            const Customer c = *t->customers().get(pat[i]);
            if (i < 130)
                QVERIFY2(c.lastName.startsWith(QStringLiteral("Pat")), qPrintable(c.lastName));
            else
                QCOMPARE(c.firstName, QStringLiteral("Pat"));
        }
        // The same set whatever the page size, and in the same order.
        QCOMPARE(pages(QStringLiteral("pat"), 50), pat);
        QCOMPARE(pages(QStringLiteral("pat"), 1000), pat);

        const QList<qint64> phones = pages(QStringLiteral("905555"), 30);
        QCOMPARE(phones.size(), 220);

        const QList<qint64> pair = pages(QStringLiteral("pat pat"), 7);
        QCOMPARE(pair.size(), 60); // Patricia Patterson..., found once each

        // Past the end: an empty page.
        auto past = t->customers().find(QStringLiteral("pat"), 10, 200);
        ASTRO_VERIFY_OK(past);
        QVERIFY(past->empty());
        auto last = t->customers().find(QStringLiteral("pat"), 10, 195);
        ASTRO_VERIFY_OK(last);
        QCOMPARE(last->size(), std::size_t(5));
    }

    void manyCustomers()
    {
        TestStore t;
        for (int i = 0; i < 200; ++i) {
            auto added = t->customers().add(
                Actor::system(),
                input(QStringLiteral("First%1").arg(i), QStringLiteral("Last%1").arg(i), {},
                      QStringLiteral("c%1@example.com").arg(i, 3, 10, QLatin1Char('0'))));
            ASTRO_VERIFY_OK(added);
        }
        QCOMPARE(rowCount(t, QStringLiteral("SELECT count(*) FROM customers"), {}), 200);
        auto exact = t->customers().find(QStringLiteral("c123@example.com"), 10);
        ASTRO_VERIFY_OK(exact);
        QCOMPARE(exact->size(), std::size_t(1));
        QCOMPARE(exact->front().firstName, QStringLiteral("First123"));
        auto prefix = t->customers().find(QStringLiteral("c12"), 100);
        ASTRO_VERIFY_OK(prefix); // mostly digits: a phone search, and nobody has a phone
        QVERIFY(prefix->empty());
        auto emails = t->customers().find(QStringLiteral("c1@"), 100);
        ASTRO_VERIFY_OK(emails);
        QVERIFY(emails->empty());
        auto lasts = t->customers().find(QStringLiteral("last1"), 500);
        ASTRO_VERIFY_OK(lasts);
        QCOMPARE(lasts->size(), std::size_t(111)); // 1, 10-19, 100-199
    }
};

QTEST_GUILESS_MAIN(TestCustomers)
#include "tst_customers.moc"

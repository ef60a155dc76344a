// Enrollment: which distributor and account number a location uses for a program or offer.
#include "TestStore.h"

#include "enrollment/EnrollmentService.h"
#include "storage/AuditLog.h"
#include "storage/EventLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace astro;
using namespace astro::test;

namespace {

const QString locA = QStringLiteral("LOC-A");
const QString locB = QStringLiteral("LOC-B");

std::vector<AuditEntry> auditOf(TestStore& ts, const QString& subject)
{
    AuditFilter f;
    f.text = subject;
    auto entries = ts->auditLog().entries(f);
    std::vector<AuditEntry> out;
    if (entries)
        for (const AuditEntry& e : *entries)
            if (e.subject == subject)
                out.push_back(e);
    return out;
}

qint64 auditCount(TestStore& ts)
{
    auto entries = ts->auditLog().entries(AuditFilter{});
    return entries ? qint64(entries->size()) : -1;
}

QStringList idsOf(const std::vector<Distributor>& list)
{
    QStringList ids;
    for (const Distributor& d : list)
        ids << d.id;
    ids.sort();
    return ids;
}

// The enrollment's distributor and account, "DST|ACCOUNT", or "none".
QString cell(TestStore& ts, const QString& location, const QString& subject)
{
    auto e = ts->enrollment().get(location, subject);
    if (!e)
        return QStringLiteral("error");
    if (!e->has_value())
        return QStringLiteral("none");
    return (*e)->distributorId + QLatin1Char('|') + (*e)->accountNumber;
}

} // namespace

class TestEnrollment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void distributorMustBeEligible()
    {
        TestStore ts;
        ready(ts);
        TAKE(eligible, ts->enrollment().eligibleDistributors(locA, QStringLiteral("PRG-DIST")));
        QCOMPARE(idsOf(eligible),
                 (QStringList{QStringLiteral("DST-ON"), QStringLiteral("TEMP-HOLDING")}));

        // Restricted to LOC-B; does not partner with M1; serves New York only; unknown.
        for (const char* id : {"DST-RESTRICT", "DST-NOPARTNER", "DST-NY", "DST-NOPE"}) {
            const auto s = ts->enrollment().set(ts.admin(), locA, QStringLiteral("PRG-DIST"),
                                                QLatin1String(id), QStringLiteral("X-1"));
            QVERIFY2(!s.ok(), id);
            QCOMPARE(s.error().code, ErrorCode::Invalid);
            QVERIFY2(s.error().message.contains(QLatin1String(id)), qPrintable(s.error().message));
        }
        const auto restricted =
            ts->enrollment().set(ts.admin(), locA, QStringLiteral("PRG-DIST"),
                                 QStringLiteral("DST-RESTRICT"), QStringLiteral("X-1"));
        QVERIFY2(restricted.error().message.contains(QStringLiteral("Toronto")),
                 qPrintable(restricted.error().message));
        QCOMPARE(cell(ts, locA, QStringLiteral("PRG-DIST")), QStringLiteral("DST-ON|ON-1001"));
    }

    void restrictedListOverridesTheRegion()
    {
        TestStore ts;
        ready(ts);
        // DST-RESTRICT serves Ontario only, but lists LOC-B (New York): the list wins.
        TAKE(eligible, ts->enrollment().eligibleDistributors(locB, QStringLiteral("PRG-DIST")));
        QCOMPARE(idsOf(eligible),
                 (QStringList{QStringLiteral("DST-NY"), QStringLiteral("DST-RESTRICT"),
                              QStringLiteral("TEMP-HOLDING")}));
        ASTRO_VERIFY_OK(ts->enrollment().set(ts.admin(), locB, QStringLiteral("PRG-DIST"),
                                             QStringLiteral("DST-RESTRICT"),
                                             QStringLiteral("R-1")));
        QCOMPARE(cell(ts, locB, QStringLiteral("PRG-DIST")), QStringLiteral("DST-RESTRICT|R-1"));
    }

    void accountNumberWhenTheDistributorRequiresOne()
    {
        TestStore ts;
        ready(ts);
        for (const QString& account : {QString(), QStringLiteral("   ")}) {
            const auto s = ts->enrollment().set(ts.admin(), locA, QStringLiteral("PRG-DIST"),
                                                QStringLiteral("DST-ON"), account);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, ErrorCode::Invalid);
        }
        QCOMPARE(cell(ts, locA, QStringLiteral("PRG-DIST")), QStringLiteral("DST-ON|ON-1001"));

        // DST-NOACCOUNT does not ask for one.
        TAKE(released, ts->enrollment().set(ts.admin(), locA, QStringLiteral("PRG-HOLD"),
                                            QStringLiteral("DST-NOACCOUNT"), {}));
        QCOMPARE(released, 0);
        QCOMPARE(cell(ts, locA, QStringLiteral("PRG-HOLD")), QStringLiteral("DST-NOACCOUNT|"));
        // Nor does Temporary Holding.
        ASTRO_VERIFY_OK(ts->enrollment().set(ts.admin(), locA, QStringLiteral("PRG-DIST"),
                                             QStringLiteral("TEMP-HOLDING"), {}));
        QCOMPARE(cell(ts, locA, QStringLiteral("PRG-DIST")), QStringLiteral("TEMP-HOLDING|"));
    }

    void distributorProgramNeedsADistributor()
    {
        TestStore ts;
        ready(ts);
        const auto s = ts->enrollment().set(ts.admin(), locA, QStringLiteral("PRG-NE"), {},
                                            QStringLiteral("A"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Invalid);
        QCOMPARE(cell(ts, locA, QStringLiteral("PRG-NE")), QStringLiteral("none"));
    }

    void retailerProgramsRefuseADistributor()
    {
        TestStore ts;
        ready(ts);
        for (const char* subject : {"PRG-RET", "OFR-REBATE"}) {
            const auto s = ts->enrollment().set(ts.admin(), locA, QLatin1String(subject),
                                                QStringLiteral("DST-ON"), QStringLiteral("ON-1"));
            QVERIFY2(!s.ok(), subject);
            QCOMPARE(s.error().code, ErrorCode::Invalid);
            QCOMPARE(cell(ts, locA, QLatin1String(subject)), QStringLiteral("|"));
        }
        TAKE(eligible, ts->enrollment().eligibleDistributors(locA, QStringLiteral("PRG-RET")));
        QVERIFY(eligible.empty());
        // Enrolling another location needs neither distributor nor account.
        ASTRO_VERIFY_OK(ts->enrollment().set(ts.admin(), locB, QStringLiteral("PRG-RET"), {}, {}));
        QCOMPARE(cell(ts, locB, QStringLiteral("PRG-RET")), QStringLiteral("|"));
    }

    void directProgramsNeedAnAccount()
    {
        TestStore ts;
        ready(ts);
        const auto blank =
            ts->enrollment().set(ts.admin(), locA, QStringLiteral("PRG-DIRECT"), {}, {});
        QVERIFY(!blank.ok());
        QCOMPARE(blank.error().code, ErrorCode::Invalid);
        const auto withDistributor =
            ts->enrollment().set(ts.admin(), locA, QStringLiteral("PRG-DIRECT"),
                                 QStringLiteral("DST-ON"), QStringLiteral("ACME-88"));
        QVERIFY(!withDistributor.ok());
        QCOMPARE(withDistributor.error().code, ErrorCode::Invalid);
        QCOMPARE(cell(ts, locA, QStringLiteral("PRG-DIRECT")), QStringLiteral("|ACME-77"));
        ASTRO_VERIFY_OK(ts->enrollment().set(ts.admin(), locA, QStringLiteral("PRG-DIRECT"), {},
                                             QStringLiteral("ACME-88")));
        QCOMPARE(cell(ts, locA, QStringLiteral("PRG-DIRECT")), QStringLiteral("|ACME-88"));
    }

    void notPublishedInTheRegionIsRefused()
    {
        TestStore ts;
        ready(ts);
        const auto s = ts->enrollment().set(ts.admin(), locB, QStringLiteral("PRG-HOLD"),
                                            QStringLiteral("TEMP-HOLDING"), {});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Invalid);
        QVERIFY2(s.error().message.contains(QStringLiteral("NY")), qPrintable(s.error().message));
        QCOMPARE(cell(ts, locB, QStringLiteral("PRG-HOLD")), QStringLiteral("none"));

        TAKE(atB, ts->enrollment().available(locB));
        QVERIFY(std::none_of(atB.begin(), atB.end(),
                             [](const Subject& x) { return x.id == QLatin1String("PRG-HOLD"); }));
        QVERIFY(std::any_of(atB.begin(), atB.end(),
                            [](const Subject& x) { return x.id == QLatin1String("PRG-DIST"); }));
        TAKE(atA, ts->enrollment().available(locA));
        QVERIFY(std::any_of(atA.begin(), atA.end(),
                            [](const Subject& x) { return x.id == QLatin1String("PRG-HOLD"); }));
    }

    // "CA" in a program's regions is Canada (docs/catalog-format.md); a California store's
    // region code is also "CA", but a Canada-only program is not published in California.
    void canadaOnlyProgramIsNotPublishedInCalifornia()
    {
        TestStore ts;
        QJsonObject doc = QJsonDocument::fromJson(smallCatalog()).object();
        QJsonArray locations = doc.value(QStringLiteral("locations")).toArray();
        locations.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("LOC-C")},
                                     {QStringLiteral("name"), QStringLiteral("Los Angeles")},
                                     {QStringLiteral("city"), QStringLiteral("Los Angeles")},
                                     {QStringLiteral("region"), QStringLiteral("CA")},
                                     {QStringLiteral("country"), QStringLiteral("US")}});
        doc.insert(QStringLiteral("locations"), locations);
        ts.importCatalog(QJsonDocument(doc).toJson(QJsonDocument::Compact));
        const QString locC = QStringLiteral("LOC-C");

        TAKE(available, ts->enrollment().available(locC));
        QVERIFY(std::any_of(available.begin(), available.end(), [](const Subject& x) {
            return x.id == QLatin1String("PRG-DIST"); // US + CA
        }));
        QVERIFY2(std::none_of(available.begin(), available.end(),
                              [](const Subject& x) { return x.id == QLatin1String("PRG-HOLD"); }),
                 "PRG-HOLD (published in Canada only) is offered to a California location");
        const auto s = ts->enrollment().set(ts.admin(), locC, QStringLiteral("PRG-HOLD"),
                                            QStringLiteral("TEMP-HOLDING"), {});
        QVERIFY2(!s.ok(), "a California location was enrolled in a Canada-only program");
        QCOMPARE(s.error().code, ErrorCode::Invalid);
    }

    // docs/rules.md: an enrollment holds "Temporary Holding, with no account number".
    void temporaryHoldingKeepsNoAccountNumber()
    {
        TestStore ts;
        ready(ts);
        const auto s =
            ts->enrollment().set(ts.admin(), locA, QStringLiteral("PRG-DIST"),
                                 QStringLiteral("TEMP-HOLDING"), QStringLiteral("ON-1001"));
        if (s.ok())
            QCOMPARE(cell(ts, locA, QStringLiteral("PRG-DIST")), QStringLiteral("TEMP-HOLDING|"));
        else
            QCOMPARE(s.error().code, ErrorCode::Invalid);
    }

    void unknownLocationOrSubjectIsNotFound()
    {
        TestStore ts;
        ready(ts);
        const auto location =
            ts->enrollment().set(ts.admin(), QStringLiteral("LOC-Z"), QStringLiteral("PRG-DIST"),
                                 QStringLiteral("DST-ON"), QStringLiteral("1"));
        QVERIFY(!location.ok());
        QCOMPARE(location.error().code, ErrorCode::NotFound);
        const auto subject = ts->enrollment().set(ts.admin(), locA, QStringLiteral("PRG-ZZZ"),
                                                  QStringLiteral("DST-ON"), QStringLiteral("1"));
        QVERIFY(!subject.ok());
        QCOMPARE(subject.error().code, ErrorCode::NotFound);
    }

    void onlyManagerOrAdminMayChange()
    {
        TestStore ts;
        ready(ts);
        const Actor cashier = ts.cashier(); // users are audited when created: make them first
        const Actor manager = ts.manager();
        const qint64 auditBefore = auditCount(ts);
        const auto byCashier =
            ts->enrollment().set(cashier, locA, QStringLiteral("PRG-DIST"),
                                 QStringLiteral("DST-ON"), QStringLiteral("ON-2002"));
        QVERIFY(!byCashier.ok());
        QCOMPARE(byCashier.error().code, ErrorCode::Forbidden);
        QCOMPARE(cell(ts, locA, QStringLiteral("PRG-DIST")), QStringLiteral("DST-ON|ON-1001"));
        QCOMPARE(auditCount(ts), auditBefore);

        ASTRO_VERIFY_OK(ts->enrollment().set(manager, locA, QStringLiteral("PRG-DIST"),
                                             QStringLiteral("DST-ON"), QStringLiteral("ON-2002")));
        QCOMPARE(cell(ts, locA, QStringLiteral("PRG-DIST")), QStringLiteral("DST-ON|ON-2002"));
        QCOMPARE(auditCount(ts), auditBefore + 1);
        ASTRO_VERIFY_OK(ts->enrollment().set(ts.admin(), locA, QStringLiteral("PRG-DIST"),
                                             QStringLiteral("DST-ON"), QStringLiteral("ON-3003")));
        QCOMPARE(cell(ts, locA, QStringLiteral("PRG-DIST")), QStringLiteral("DST-ON|ON-3003"));
    }

    void changesAreAuditedOldToNew()
    {
        TestStore ts;
        ready(ts);
        ts.clock().advance(3600);
        ASTRO_VERIFY_OK(ts->enrollment().set(ts.manager(), locA, QStringLiteral("PRG-DIST"),
                                             QStringLiteral("DST-ON"), QStringLiteral("ON-2002")));
        {
            const auto audit = auditOf(ts, QStringLiteral("enrollment:LOC-A/PRG-DIST"));
            // enrollDefaults wrote "enrolled" and "account_number"; the change adds one entry.
            QVERIFY(!audit.empty());
            const AuditEntry& last = audit.front(); // newest first
            QCOMPARE(last.field, QStringLiteral("account_number"));
            QCOMPARE(last.oldValue, QStringLiteral("ON-1001"));
            QCOMPARE(last.newValue, QStringLiteral("ON-2002"));
            QCOMPARE(last.userName, ts.manager().userName);
            QCOMPARE(last.locationId, locA);
            QCOMPARE(last.at, ts->now());
            QVERIFY(std::none_of(audit.begin(), audit.end(), [&](const AuditEntry& e) {
                return e.at == ts->now() && e.field == QLatin1String("distributor");
            }));
        }

        ASTRO_VERIFY_OK(ts->enrollment().set(ts.admin(), locA, QStringLiteral("PRG-HOLD"),
                                             QStringLiteral("DST-NOACCOUNT"), {}));
        {
            const auto audit = auditOf(ts, QStringLiteral("enrollment:LOC-A/PRG-HOLD"));
            const AuditEntry& last = audit.front();
            QCOMPARE(last.field, QStringLiteral("distributor"));
            QCOMPARE(last.oldValue, QStringLiteral("TEMP-HOLDING"));
            QCOMPARE(last.newValue, QStringLiteral("DST-NOACCOUNT"));
            QCOMPARE(last.userName, ts.admin().userName);
        }

        // A first enrollment records the distributor and the account.
        ASTRO_VERIFY_OK(ts->enrollment().set(ts.admin(), locA, QStringLiteral("PRG-NE"),
                                             QStringLiteral("DST-ON"), QStringLiteral("ON-5")));
        const auto audit = auditOf(ts, QStringLiteral("enrollment:LOC-A/PRG-NE"));
        QCOMPARE(audit.size(), std::size_t(2));
        QVERIFY(std::any_of(audit.begin(), audit.end(), [](const AuditEntry& e) {
            return e.field == QLatin1String("enrolled") && e.newValue == QLatin1String("DST-ON");
        }));
        QVERIFY(std::any_of(audit.begin(), audit.end(), [](const AuditEntry& e) {
            return e.field == QLatin1String("account_number") && e.oldValue.isEmpty() &&
                   e.newValue == QLatin1String("ON-5");
        }));
    }

    void unchangedSetWritesNothing()
    {
        TestStore ts;
        ready(ts);
        TAKE(before, ts->enrollment().get(locA, QStringLiteral("PRG-DIST")));
        const Actor admin = ts.admin(); // users are audited when created: make it first
        const qint64 audits = auditCount(ts);
        const qint64 events = eventCount(ts);
        ts.clock().advance(3600);
        TAKE(released,
             ts->enrollment().set(admin, locA, QStringLiteral("PRG-DIST"),
                                  QStringLiteral(" DST-ON "), QStringLiteral(" ON-1001 ")));
        QCOMPARE(released, 0);
        QCOMPARE(auditCount(ts), audits);
        QCOMPARE(eventCount(ts), events);
        TAKE(after, ts->enrollment().get(locA, QStringLiteral("PRG-DIST")));
        QCOMPARE(after->updatedAt, before->updatedAt);
        QCOMPARE(after->accountNumber, QStringLiteral("ON-1001"));
    }

    void changeWritesAnEnrollmentChangedEvent()
    {
        TestStore ts;
        ready(ts);
        const qint64 before = eventCount(ts, QStringLiteral("enrollment.changed"));
        ASTRO_VERIFY_OK(ts->enrollment().set(ts.admin(), locA, QStringLiteral("PRG-DIST"),
                                             QStringLiteral("TEMP-HOLDING"), {}));
        QCOMPARE(eventCount(ts, QStringLiteral("enrollment.changed")), before + 1);
        auto events = ts->events().recent(1, QStringLiteral("enrollment.changed"));
        ASTRO_VERIFY_OK(events);
        const Event& e = events->front();
        QCOMPARE(e.at, ts->now());
        QCOMPARE(e.userId, ts.admin().userId);
        const QJsonObject p = e.payload;
        QCOMPARE(p.value(QStringLiteral("location")).toString(), locA);
        QCOMPARE(p.value(QStringLiteral("subject")).toString(), QStringLiteral("PRG-DIST"));
        QCOMPARE(p.value(QStringLiteral("old_distributor")).toString(), QStringLiteral("DST-ON"));
        QCOMPARE(p.value(QStringLiteral("distributor")).toString(), QStringLiteral("TEMP-HOLDING"));
        QCOMPARE(p.value(QStringLiteral("old_account_number")).toString(),
                 QStringLiteral("ON-1001"));
        QCOMPARE(p.value(QStringLiteral("account_number")).toString(), QString());
        QCOMPARE(p.value(QStringLiteral("released")).toInt(), 0);
        QCOMPARE(p.value(QStringLiteral("user_name")).toString(), ts.admin().userName);

        TAKE(held, ts->enrollment().held(locA));
        QCOMPARE(held.size(), std::size_t(2)); // PRG-HOLD and now PRG-DIST
    }
};

QTEST_GUILESS_MAIN(TestEnrollment)
#include "tst_enrollment.moc"

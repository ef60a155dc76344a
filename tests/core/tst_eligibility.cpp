#include "TestStore.h"

#include "catalog/CatalogRepository.h"
#include "enrollment/DistributorEligibility.h"
#include "enrollment/EnrollmentService.h"

#include <QTest>

#include <algorithm>

using namespace astro;
using namespace astro::test;

namespace {

Location location(const char* id, const char* region, const char* country)
{
    Location l;
    l.id = QLatin1String(id);
    l.name = QLatin1String(id);
    l.region = QLatin1String(region);
    l.country = QLatin1String(country);
    return l;
}

const Location toronto = location("LOC-TOR", "ON", "CA");
const Location montreal = location("LOC-MTL", "QC", "CA");
const Location buffalo = location("LOC-BUF", "NY", "US");
const Location erie = location("LOC-ERIE", "PA", "US");

// Partners with M1 and fulfills PRG-1; serves NY (US) and ON (Canada).
Distributor distributor()
{
    Distributor d;
    d.id = QStringLiteral("DST-1");
    d.name = QStringLiteral("Distributor 1");
    d.states = {QStringLiteral("NY")};
    d.provinces = {QStringLiteral("ON")};
    d.manufacturers = {QStringLiteral("M1")};
    d.programs = {QStringLiteral("PRG-1"), QStringLiteral("OFR-1")};
    return d;
}

bool eligible(const Distributor& d, const Location& l, const char* subject = "PRG-1",
              const char* manufacturer = "M1")
{
    return DistributorEligibility::isEligible(d, QLatin1String(subject),
                                              QLatin1String(manufacturer), l);
}

QStringList idsOf(const std::vector<Distributor>& ds)
{
    QStringList ids;
    for (const Distributor& d : ds)
        ids << d.id;
    ids.sort();
    return ids;
}

} // namespace

class TestEligibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partnerAndProgramBothRequired()
    {
        const Distributor d = distributor();
        QVERIFY(eligible(d, toronto));
        QVERIFY(eligible(d, toronto, "OFR-1")); // offers are subjects too
        // Fulfills the program but does not partner with its manufacturer.
        QVERIFY(!eligible(d, toronto, "PRG-1", "M2"));
        // Partners with the manufacturer but did not agree to fulfill this program.
        QVERIFY(!eligible(d, toronto, "PRG-2", "M1"));
        QVERIFY(!eligible(d, buffalo, "PRG-2", "M1"));
    }

    void usLocationsUseStates()
    {
        const Distributor d = distributor();
        QVERIFY(eligible(d, buffalo));
        QVERIFY(!eligible(d, erie));

        Distributor pa = distributor();
        pa.states = {QStringLiteral("PA")};
        pa.provinces = {QStringLiteral("NY")}; // a province list never serves a US location
        QVERIFY(eligible(pa, erie));
        QVERIFY(!eligible(pa, buffalo));
    }

    void canadianLocationsUseProvinces()
    {
        const Distributor d = distributor();
        QVERIFY(eligible(d, toronto));
        QVERIFY(!eligible(d, montreal));

        Distributor statesOnly = distributor();
        statesOnly.states = {QStringLiteral("ON"), QStringLiteral("NY")};
        statesOnly.provinces = {};
        // A state list never serves a Canadian location, even with the same code.
        QVERIFY(!eligible(statesOnly, toronto));
        QVERIFY(eligible(statesOnly, buffalo));
    }

    void restrictedListOverridesRegions()
    {
        Distributor d = distributor();
        d.restrictedLocations = {QStringLiteral("LOC-MTL"), QStringLiteral("LOC-ERIE")};
        // Listed locations are served even outside the states and provinces...
        QVERIFY(eligible(d, montreal));
        QVERIFY(eligible(d, erie));
        // ...and unlisted ones are not, even inside them.
        QVERIFY(!eligible(d, toronto));
        QVERIFY(!eligible(d, buffalo));
        // The list does not replace the partnership and program conditions.
        QVERIFY(!eligible(d, montreal, "PRG-1", "M2"));
        QVERIFY(!eligible(d, montreal, "PRG-2", "M1"));
    }

    void noRegionsNoRestrictionServesNobody()
    {
        Distributor d = distributor();
        d.states = {};
        d.provinces = {};
        QVERIFY(!eligible(d, toronto));
        QVERIFY(!eligible(d, buffalo));
    }

    void temporaryHoldingIsAlwaysEligible()
    {
        Distributor holding;
        holding.id = Distributor::temporaryHoldingId();
        holding.name = QStringLiteral("Temporary Holding");
        holding.temporaryHolding = true;
        for (const Location& l : {toronto, montreal, buffalo, erie}) {
            QVERIFY(eligible(holding, l));
            QVERIFY(eligible(holding, l, "ANY-PROGRAM", "ANY-MFG"));
        }
        holding.restrictedLocations = {QStringLiteral("SOMEWHERE-ELSE")};
        QVERIFY(eligible(holding, toronto));
    }

    void smallCatalogTorontoFulfillment()
    {
        TestStore t;
        t.importCatalog(smallCatalog());
        // LOC-A is Toronto (ON): DST-ON serves ON and fulfills PRG-DIST; DST-RESTRICT is
        // restricted to LOC-B; DST-NOPARTNER fulfills PRG-DIST but does not partner with M1;
        // DST-NY serves NY only.
        auto eligible = t->enrollment().eligibleDistributors(QStringLiteral("LOC-A"),
                                                             QStringLiteral("PRG-DIST"));
        ASTRO_VERIFY_OK(eligible);
        QCOMPARE(idsOf(*eligible),
                 (QStringList{QStringLiteral("DST-ON"), QStringLiteral("TEMP-HOLDING")}));
    }

    void smallCatalogBuffaloFulfillment()
    {
        TestStore t;
        t.importCatalog(smallCatalog());
        // LOC-B is Buffalo (NY): DST-NY by state, DST-RESTRICT by its restricted list (it
        // serves ON only, and the list overrides that).
        auto eligible = t->enrollment().eligibleDistributors(QStringLiteral("LOC-B"),
                                                             QStringLiteral("PRG-DIST"));
        ASTRO_VERIFY_OK(eligible);
        QCOMPARE(idsOf(*eligible),
                 (QStringList{QStringLiteral("DST-NY"), QStringLiteral("DST-RESTRICT"),
                              QStringLiteral("TEMP-HOLDING")}));
    }

    void noPartnerNeverEligibleForDistProgram()
    {
        TestStore t;
        t.importCatalog(smallCatalog());
        auto locations = t->catalog().locations();
        ASTRO_VERIFY_OK(locations);
        QCOMPARE(locations->size(), std::size_t(2));
        for (const Location& l : *locations) {
            auto eligible = t->enrollment().eligibleDistributors(l.id, QStringLiteral("PRG-DIST"));
            ASTRO_VERIFY_OK(eligible);
            QVERIFY2(!idsOf(*eligible).contains(QStringLiteral("DST-NOPARTNER")), qPrintable(l.id));
            QVERIFY(idsOf(*eligible).contains(QStringLiteral("TEMP-HOLDING")));
        }
    }

    void smallCatalogOtherSubjects()
    {
        TestStore t;
        t.importCatalog(smallCatalog());
        // PRG-HOLD (M2): DST-ON and DST-NOACCOUNT partner with M2 and fulfill it in ON.
        auto hold = t->enrollment().eligibleDistributors(QStringLiteral("LOC-A"),
                                                         QStringLiteral("PRG-HOLD"));
        ASTRO_VERIFY_OK(hold);
        QCOMPARE(idsOf(*hold),
                 (QStringList{QStringLiteral("DST-NOACCOUNT"), QStringLiteral("DST-ON"),
                              QStringLiteral("TEMP-HOLDING")}));
        // An offer: OFR-BOGO is fulfilled by DST-ON in ON and DST-NY in NY.
        auto bogoA = t->enrollment().eligibleDistributors(QStringLiteral("LOC-A"),
                                                          QStringLiteral("OFR-BOGO"));
        ASTRO_VERIFY_OK(bogoA);
        QCOMPARE(idsOf(*bogoA),
                 (QStringList{QStringLiteral("DST-ON"), QStringLiteral("TEMP-HOLDING")}));
        auto bogoB = t->enrollment().eligibleDistributors(QStringLiteral("LOC-B"),
                                                          QStringLiteral("OFR-BOGO"));
        ASTRO_VERIFY_OK(bogoB);
        QCOMPARE(idsOf(*bogoB),
                 (QStringList{QStringLiteral("DST-NY"), QStringLiteral("TEMP-HOLDING")}));
        // Retailer and direct fulfillment have no distributor at all.
        auto ret = t->enrollment().eligibleDistributors(QStringLiteral("LOC-A"),
                                                        QStringLiteral("PRG-RET"));
        ASTRO_VERIFY_OK(ret);
        QVERIFY(ret->empty());
        auto direct = t->enrollment().eligibleDistributors(QStringLiteral("LOC-A"),
                                                           QStringLiteral("PRG-DIRECT"));
        ASTRO_VERIFY_OK(direct);
        QVERIFY(direct->empty());
    }

    void unknownLocationOrSubject()
    {
        TestStore t;
        t.importCatalog(smallCatalog());
        auto noLocation = t->enrollment().eligibleDistributors(QStringLiteral("LOC-NOWHERE"),
                                                               QStringLiteral("PRG-DIST"));
        QVERIFY(!noLocation.ok());
        QCOMPARE(noLocation.error().code, ErrorCode::NotFound);
        auto noSubject = t->enrollment().eligibleDistributors(QStringLiteral("LOC-A"),
                                                              QStringLiteral("PRG-NOTHING"));
        QVERIFY(!noSubject.ok());
        QCOMPARE(noSubject.error().code, ErrorCode::NotFound);
    }

    void enrollmentRefusesAnIneligibleDistributor_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("distributor");
        QTest::newRow("restricted elsewhere") << "LOC-A"
                                              << "DST-RESTRICT";
        QTest::newRow("no partnership") << "LOC-A"
                                        << "DST-NOPARTNER";
        QTest::newRow("other state") << "LOC-A"
                                     << "DST-NY";
        QTest::newRow("other province") << "LOC-B"
                                        << "DST-ON";
    }

    void enrollmentRefusesAnIneligibleDistributor()
    {
        QFETCH(QString, location);
        QFETCH(QString, distributor);
        TestStore t;
        t.importCatalog(smallCatalog());
        auto set = t->enrollment().set(t.admin(location), location, QStringLiteral("PRG-DIST"),
                                       distributor, QStringLiteral("ACC-1"));
        QVERIFY(!set.ok());
        QCOMPARE(set.error().code, ErrorCode::Invalid);
        auto enrolled = t->enrollment().get(location, QStringLiteral("PRG-DIST"));
        ASTRO_VERIFY_OK(enrolled);
        QVERIFY(!enrolled->has_value());
    }

    void enrollmentAcceptsEachEligibleDistributor()
    {
        TestStore t;
        t.importCatalog(smallCatalog());
        const Actor admin = t.admin();
        auto eligible = t->enrollment().eligibleDistributors(QStringLiteral("LOC-B"),
                                                             QStringLiteral("PRG-DIST"));
        ASTRO_VERIFY_OK(eligible);
        for (const Distributor& d : *eligible) {
            auto set =
                t->enrollment().set(admin, QStringLiteral("LOC-B"), QStringLiteral("PRG-DIST"),
                                    d.id, d.temporaryHolding ? QString() : QStringLiteral("NY-9"));
            ASTRO_VERIFY_OK(set);
            auto enrolled =
                t->enrollment().get(QStringLiteral("LOC-B"), QStringLiteral("PRG-DIST"));
            ASTRO_VERIFY_OK(enrolled);
            QVERIFY(enrolled->has_value());
            QCOMPARE((*enrolled)->distributorId, d.id);
        }
    }
};

QTEST_GUILESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"

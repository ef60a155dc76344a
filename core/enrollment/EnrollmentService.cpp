#include "EnrollmentService.h"

#include "catalog/CatalogRepository.h"
#include "common/Text.h"
#include "domain/Permissions.h"
#include "enrollment/DistributorEligibility.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "store/Store.h"

#include <QJsonObject>

namespace astro {

namespace {

const QString enrollmentSelect = QStringLiteral(
    "SELECT e.location_id, e.subject_id, e.subject_kind, coalesce(p.title, o.title), "
    "coalesce(p.manufacturer_id, o.manufacturer_id), coalesce(p.fulfillment, o.fulfillment), "
    "coalesce(e.distributor_id, ''), coalesce(d.name, ''), e.account_number, e.updated_at "
    "FROM enrollments e LEFT JOIN programs p ON p.id = e.subject_id AND e.subject_kind = "
    "'program' LEFT JOIN offers o ON o.id = e.subject_id AND e.subject_kind = 'offer' LEFT JOIN "
    "distributors d ON d.id = e.distributor_id ");

Result<std::vector<Enrollment>> enrollmentsFrom(Result<Rows> rows)
{
    if (!rows)
        return rows.error();
    std::vector<Enrollment> out;
    for (const Row& r : *rows) {
        Enrollment e;
        e.locationId = r[0].toString();
        e.subjectId = r[1].toString();
        e.isOffer = r[2].toString() == QLatin1String("offer");
        e.title = r[3].toString();
        e.manufacturerId = r[4].toString();
        e.fulfillment = fromCode<Fulfillment>(r[5].toString()).value_or(Fulfillment::Distributor);
        e.distributorId = r[6].toString();
        e.distributorName = r[7].toString();
        e.accountNumber = r[8].toString();
        e.updatedAt = text::fromIsoUtc(r[9].toString());
        out.push_back(e);
    }
    return out;
}

// "US" and "CA" in a regions list are countries (so "CA" is Canada, never California); any
// other entry is a state or province.
bool publishedIn(const QStringList& regions, const Location& location)
{
    for (const QString& entry : regions) {
        const bool country = entry.compare(QLatin1String("US"), Qt::CaseInsensitive) == 0 ||
                             entry.compare(QLatin1String("CA"), Qt::CaseInsensitive) == 0;
        if (country ? entry.compare(location.country, Qt::CaseInsensitive) == 0
                    : entry.compare(location.region, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

bool Enrollment::held() const
{
    return distributorId == Distributor::temporaryHoldingId();
}

EnrollmentService::EnrollmentService(Store& store)
    : m_store(store), m_remembered(store.catalog().memo())
{}

Result<std::optional<Enrollment>> EnrollmentService::get(const QString& locationId,
                                                         const QString& subjectId)
{
    return m_remembered.recall(
        locationId + QChar(0x1f) + subjectId, [&]() -> Result<std::optional<Enrollment>> {
            auto found = enrollmentsFrom(m_store.db().select(
                enrollmentSelect + QStringLiteral("WHERE e.location_id = ? AND e.subject_id = ?"),
                {locationId, subjectId}));
            if (!found)
                return found.error();
            if (found->empty())
                return std::optional<Enrollment>();
            return std::optional<Enrollment>(found->front());
        });
}

Result<std::vector<Enrollment>> EnrollmentService::list(const QString& locationId)
{
    return enrollmentsFrom(m_store.db().select(
        enrollmentSelect + QStringLiteral("WHERE (? = '' OR e.location_id = ?) ORDER BY "
                                          "e.location_id, e.subject_kind DESC, 4"),
        {locationId, locationId}));
}

Result<std::vector<Enrollment>> EnrollmentService::held(const QString& locationId)
{
    return enrollmentsFrom(m_store.db().select(
        enrollmentSelect + QStringLiteral("WHERE (? = '' OR e.location_id = ?) AND "
                                          "e.distributor_id = 'TEMP-HOLDING' ORDER BY "
                                          "e.location_id, 4"),
        {locationId, locationId}));
}

Result<std::optional<Subject>> EnrollmentService::subject(const QString& subjectId)
{
    auto program = m_store.catalog().program(subjectId);
    if (!program)
        return program.error();
    if (program->has_value()) {
        const Program& p = **program;
        return std::optional<Subject>(
            Subject{p.id, false, p.title, p.manufacturerId, p.fulfillment, p.regions});
    }
    auto offer = m_store.catalog().offer(subjectId);
    if (!offer)
        return offer.error();
    if (offer->has_value()) {
        const Offer& o = **offer;
        return std::optional<Subject>(
            Subject{o.id, true, o.title, o.manufacturerId, o.fulfillment, o.regions});
    }
    return std::optional<Subject>();
}

Result<Location> EnrollmentService::requireLocation(const QString& locationId)
{
    auto location = m_store.catalog().location(locationId);
    if (!location)
        return location.error();
    if (!location->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no location %1.").arg(locationId));
    return **location;
}

Result<Subject> EnrollmentService::requireSubject(const QString& subjectId)
{
    auto what = subject(subjectId);
    if (!what)
        return what.error();
    if (!what->has_value())
        return makeError(ErrorCode::NotFound,
                         tr("There is no program or offer %1.").arg(subjectId));
    return **what;
}

Result<std::vector<Subject>> EnrollmentService::available(const QString& locationId)
{
    auto location = requireLocation(locationId);
    if (!location)
        return location.error();
    std::vector<Subject> out;
    auto programs = m_store.catalog().programs();
    if (!programs)
        return programs.error();
    for (const Program& p : *programs)
        if (p.active && publishedIn(p.regions, *location))
            out.push_back(
                Subject{p.id, false, p.title, p.manufacturerId, p.fulfillment, p.regions});
    auto offers = m_store.catalog().offers();
    if (!offers)
        return offers.error();
    for (const Offer& o : *offers)
        if (o.active && publishedIn(o.regions, *location))
            out.push_back(Subject{o.id, true, o.title, o.manufacturerId, o.fulfillment, o.regions});
    return out;
}

Result<std::vector<Distributor>> EnrollmentService::eligibleDistributors(const QString& locationId,
                                                                         const QString& subjectId)
{
    auto location = requireLocation(locationId);
    if (!location)
        return location.error();
    auto what = requireSubject(subjectId);
    if (!what)
        return what.error();
    if (what->fulfillment != Fulfillment::Distributor)
        return std::vector<Distributor>();
    auto all = m_store.catalog().distributors();
    if (!all)
        return all.error();
    std::vector<Distributor> eligible;
    for (const Distributor& d : *all)
        if (DistributorEligibility::isEligible(d, subjectId, what->manufacturerId, *location))
            eligible.push_back(d);
    return eligible;
}

Result<int> EnrollmentService::set(const Actor& actor, const QString& locationId,
                                   const QString& subjectId, const QString& distributorIdIn,
                                   const QString& accountNumberIn)
{
    if (auto allowed = Permissions::check(actor, Permission::ManageEnrollment); !allowed)
        return allowed.error();
    const QString distributorId = distributorIdIn.trimmed();
    // Temporary Holding sends nothing anywhere, so it keeps no account number.
    const QString accountNumber =
        distributorId == Distributor::temporaryHoldingId() ? QString() : accountNumberIn.trimmed();
    auto location = requireLocation(locationId);
    if (!location)
        return location.error();
    auto what = requireSubject(subjectId);
    if (!what)
        return what.error();
    const Subject& s = *what;
    if (!publishedIn(s.regions, *location))
        return makeError(ErrorCode::Invalid,
                         tr("“%1” is not published in %2.").arg(s.title, location->region));

    switch (s.fulfillment) {
    case Fulfillment::Retailer:
        if (!distributorId.isEmpty())
            return makeError(ErrorCode::Invalid,
                             tr("“%1” is retailer fulfilled: the store claims its own credits, "
                                "so it has no distributor.")
                                 .arg(s.title));
        break;
    case Fulfillment::Direct:
        if (!distributorId.isEmpty())
            return makeError(ErrorCode::Invalid,
                             tr("“%1” is direct fulfilled: the manufacturer credits the store, "
                                "so it has no distributor.")
                                 .arg(s.title));
        if (accountNumber.isEmpty())
            return makeError(ErrorCode::Invalid,
                             tr("Enter the store's account number with the manufacturer."));
        break;
    case Fulfillment::Distributor: {
        if (distributorId.isEmpty())
            return makeError(ErrorCode::Invalid,
                             tr("Choose the distributor you buy this brand from, or Temporary "
                                "Holding if it is not listed."));
        auto eligible = eligibleDistributors(locationId, subjectId);
        if (!eligible)
            return eligible.error();
        auto chosen = std::find_if(eligible->begin(), eligible->end(),
                                   [&](const Distributor& d) { return d.id == distributorId; });
        if (chosen == eligible->end())
            return makeError(ErrorCode::Invalid,
                             tr("The distributor %1 cannot fulfill “%2” for %3: it does not "
                                "serve this location or this program.")
                                 .arg(distributorId, s.title, location->name));
        if (chosen->requiresAccountNumber && accountNumber.isEmpty())
            return makeError(ErrorCode::Invalid,
                             tr("%1 needs the store's account number.").arg(chosen->name));
        break;
    }
    }

    auto before = get(locationId, subjectId);
    if (!before)
        return before.error();
    const QString oldDistributor = before->has_value() ? (*before)->distributorId : QString();
    const QString oldAccount = before->has_value() ? (*before)->accountNumber : QString();
    if (before->has_value() && oldDistributor == distributorId && oldAccount == accountNumber)
        return 0;

    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    const QDateTime now = m_store.now();
    const QString auditSubject = QStringLiteral("enrollment:%1/%2").arg(locationId, subjectId);
    if (!before->has_value()) {
        if (auto r =
                m_store.audit(actor, auditSubject, QStringLiteral("enrolled"), {}, distributorId);
            !r)
            return r.error();
    }
    if (before->has_value() && oldDistributor != distributorId)
        if (auto r = m_store.audit(actor, auditSubject, QStringLiteral("distributor"),
                                   oldDistributor, distributorId);
            !r)
            return r.error();
    if (oldAccount != accountNumber)
        if (auto r = m_store.audit(actor, auditSubject, QStringLiteral("account_number"),
                                   oldAccount, accountNumber);
            !r)
            return r.error();

    auto released = write(locationId, subjectId, s.isOffer, distributorId, accountNumber,
                          oldDistributor, actor.userId, now);
    if (!released)
        return released.error();
    auto e =
        m_store.events().append(actor, now, QStringLiteral("enrollment.changed"),
                                QJsonObject{{QStringLiteral("location"), locationId},
                                            {QStringLiteral("subject"), subjectId},
                                            {QStringLiteral("old_distributor"), oldDistributor},
                                            {QStringLiteral("distributor"), distributorId},
                                            {QStringLiteral("old_account_number"), oldAccount},
                                            {QStringLiteral("account_number"), accountNumber},
                                            {QStringLiteral("released"), *released}});
    if (!e)
        return e.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return *released;
}

Result<int> EnrollmentService::write(const QString& locationId, const QString& subjectId,
                                     bool isOffer, const QString& distributorId,
                                     const QString& accountNumber, const QString& oldDistributor,
                                     qint64 userId, const QDateTime& now)
{
    Database& db = m_store.db();
    if (auto r = db.execute(
            QStringLiteral("INSERT INTO enrollments (location_id, subject_id, subject_kind, "
                           "distributor_id, account_number, updated_at, updated_by) VALUES "
                           "(?,?,?,?,?,?,?) ON CONFLICT(location_id, subject_id) DO UPDATE SET "
                           "distributor_id = excluded.distributor_id, account_number = "
                           "excluded.account_number, updated_at = excluded.updated_at, "
                           "updated_by = excluded.updated_by"),
            {locationId, subjectId, isOffer ? QStringLiteral("offer") : QStringLiteral("program"),
             distributorId.isEmpty() ? QVariant() : QVariant(distributorId), accountNumber,
             text::isoUtc(now), userId});
        !r)
        return r.error();

    // Leaving Temporary Holding: everything held goes to the chosen distributor now.
    int released = 0;
    if (oldDistributor == Distributor::temporaryHoldingId() &&
        distributorId != Distributor::temporaryHoldingId()) {
        auto changed = db.update(
            QStringLiteral("UPDATE redemptions SET distributor_id = ?, account_number = ?, "
                           "credit_status = 'uncredited' WHERE location_id = ? AND program_id = ? "
                           "AND credit_status = 'held' AND undone_at IS NULL"),
            {distributorId, accountNumber, locationId, subjectId});
        if (!changed)
            return changed.error();
        released = *changed;
    }
    return released;
}

Result<int> EnrollmentService::applyRemote(const QString& locationId, const QString& subjectId,
                                           const QString& distributorId,
                                           const QString& accountNumber, const QDateTime& at)
{
    auto what = requireSubject(subjectId);
    if (!what)
        return what.error();
    auto before = get(locationId, subjectId);
    if (!before)
        return before.error();
    const QString oldDistributor = before->has_value() ? (*before)->distributorId : QString();
    return write(locationId, subjectId, what->isOffer, distributorId, accountNumber, oldDistributor,
                 0, at);
}

} // namespace astro

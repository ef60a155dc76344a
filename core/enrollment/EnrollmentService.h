#pragma once

#include "catalog/CatalogMemo.h"
#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/CatalogTypes.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

namespace astro {

class Store;

// What a location runs: a program or an offer, with who credits the store for it.
struct Enrollment
{
    QString locationId;
    QString subjectId; // program or offer id
    bool isOffer = false;
    QString title;
    QString manufacturerId;
    Fulfillment fulfillment = Fulfillment::Distributor;
    QString distributorId; // empty for retailer and direct fulfillment
    QString distributorName;
    QString accountNumber;
    QDateTime updatedAt;

    bool held() const;
};

// A program or offer a location is not enrolled in but could be.
struct Subject
{
    QString id;
    bool isOffer = false;
    QString title;
    QString manufacturerId;
    Fulfillment fulfillment = Fulfillment::Distributor;
    QStringList regions;
};

// Enrollment of locations in programs and offers: the distributor and account number per
// location and program, who may be chosen, Temporary Holding and its release.
class EnrollmentService
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentService)

public:
    explicit EnrollmentService(Store& store);

    // Remembered while a scope of the catalog's memo lives (a scan reads the same few).
    Result<std::optional<Enrollment>> get(const QString& locationId, const QString& subjectId);
    Result<std::vector<Enrollment>> list(const QString& locationId = {});
    Result<std::vector<Enrollment>> held(const QString& locationId = {});
    Result<std::optional<Subject>> subject(const QString& subjectId);
    // Every program and offer published in the location's region.
    Result<std::vector<Subject>> available(const QString& locationId);

    Result<std::vector<Distributor>> eligibleDistributors(const QString& locationId,
                                                          const QString& subjectId);

    // Enrolls or changes the enrollment. Distributor fulfillment needs an eligible
    // distributor (or Temporary Holding) and, when the distributor asks for one, an account
    // number; direct fulfillment an account number at the manufacturer; retailer fulfillment
    // neither. Leaving Temporary Holding routes every held redemption to the new distributor.
    // Returns how many held redemptions were released.
    Result<int> set(const Actor& actor, const QString& locationId, const QString& subjectId,
                    const QString& distributorId, const QString& accountNumber);

    // Inside the caller's transaction: another counter's enrollment change, already checked
    // there. Releases held redemptions the same way as set().
    Result<int> applyRemote(const QString& locationId, const QString& subjectId,
                            const QString& distributorId, const QString& accountNumber,
                            const QDateTime& at);

private:
    Result<int> write(const QString& locationId, const QString& subjectId, bool isOffer,
                      const QString& distributorId, const QString& accountNumber,
                      const QString& oldDistributor, qint64 userId, const QDateTime& now);
    Result<Location> requireLocation(const QString& locationId);
    Result<Subject> requireSubject(const QString& subjectId);

    Store& m_store;
    CatalogMemo::Answers<QString, std::optional<Enrollment>> m_remembered;
};

} // namespace astro

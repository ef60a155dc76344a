#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QVariantList>

#include <vector>

namespace astro {

class Store;

// Which days (local calendar days, both included) and which location (empty: all of them) a
// report covers.
struct ReportPeriod
{
    QDate from;
    QDate to;
    QString locationId;
};

// One free item given, as the redemptions report lists it.
struct ReportRedemption
{
    qint64 id = 0;
    QDateTime at;
    QString customerName;
    QString programTitle; // the program, or the offer
    QString cardTitle;    // empty for an offer
    bool offer = false;
    QString gtin;
    QString itemDescription;
    int quantity = 0;
    Money cost;
    Fulfillment fulfillment = Fulfillment::Distributor;
    CreditStatus creditStatus = CreditStatus::Uncredited;
    QString cashierName;
    QString locationId;
};

struct RedemptionTotals
{
    qint64 count = 0;
    qint64 units = 0;
    Money cost;
};

// What one program (or offer) did over a period.
struct ProgramParticipation
{
    QString programId;
    QString title;
    QString manufacturer;
    bool offer = false;
    qint64 punchedUnits = 0;
    qint64 cardsCompleted = 0; // rewards earned
    qint64 rewardsRedeemed = 0;
    qint64 redeemedUnits = 0;
    Money redemptionCost;
};

// The back office's reports: redemptions over a period (a page at a time) and participation by
// program, each counted by the database (GROUP BY), never by reading rows one by one. Undone
// redemptions, voided punches and taken-back rewards do not count.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    explicit ReportService(Store& store) : m_store(store) {}

    // Newest first.
    Result<std::vector<ReportRedemption>> redemptionsBetween(const ReportPeriod& period, int limit,
                                                             qint64 offset = 0);
    Result<qint64> redemptionsCount(const ReportPeriod& period);
    Result<RedemptionTotals> redemptionsTotal(const ReportPeriod& period);

    // By program title; programs with nothing over the period are left out.
    Result<std::vector<ProgramParticipation>> participation(const ReportPeriod& period);

private:
    Status checkPeriod(const ReportPeriod& period) const;
    QVariantList binds(const ReportPeriod& period) const;

    Store& m_store;
};

} // namespace astro

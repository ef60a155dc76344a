#pragma once

#include "domain/CatalogTypes.h"
#include "enrollment/EnrollmentService.h"

#include <QCoreApplication>

#include <optional>

namespace astro::ui {

// How the programs screen says a program's terms in plain words, in the user's language:
// "Buy 12, get 1 free: the free item costs no more than the least expensive of the ones bought".
class ProgramWording
{
    Q_DECLARE_TR_FUNCTIONS(ProgramWording)

public:
    // "Jan 1, 2026 – Dec 31, 2026", or "From Jan 1, 2026 (no end date)" for a far-future end.
    static QString dates(const QDate& from, const QDate& to);
    // For a list: "From Jan 1, 2026" when there is no end date.
    static QString shortDates(const QDate& from, const QDate& to);
    // For a list: "Distributor", "Retailer", "Direct".
    static QString shortFulfillment(Fulfillment fulfillment);
    static QString cardOffer(const ProgramCard& card); // "Buy 12, get 1 free"
    static QString cardSentence(const ProgramCard& card);
    static QString timeLimit(int months);
    static QString cardLimits(const ProgramCard& card);
    // Short enough for a table cell: "Within 12 months".
    static QString shortTimeLimit(int months);
    static QString offerOffer(const Offer& offer); // "Buy 2, get 1 free" / "Buy 1, get $5.00 off"
    static QString offerSentence(const Offer& offer);
    static QString offerLimits(const Offer& offer);
    // The catalog's terms, or the standard text when the program gives none.
    static QString terms(const QString& given, Fulfillment fulfillment, bool isOffer);
    // "Enrolled", "Temporary Holding", "Not enrolled".
    static QString enrollmentState(const std::optional<Enrollment>& enrollment);
    // With the distributor and account number.
    static QString enrollmentDetail(const std::optional<Enrollment>& enrollment);
};

} // namespace astro::ui

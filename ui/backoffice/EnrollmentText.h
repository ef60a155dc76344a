#pragma once

#include "enrollment/EnrollmentService.h"

#include <QCoreApplication>

#include <optional>

namespace astro::ui {

// How an enrollment reads, the same in the grid, the editor and the Temporary Holding page:
// "—" when not enrolled, "Retailer fulfilled", "Direct: <account>", "Temporary Holding", or the
// distributor and the store's account number there.
class EnrollmentText
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentText)

public:
    // The distributor's name; Temporary Holding in the user's language.
    static QString distributorName(const QString& id, const QString& name);
    // The first line of a grid cell.
    static QString headline(const std::optional<Enrollment>& e);
    // The quieter second line of a grid cell.
    static QString detail(const std::optional<Enrollment>& e);
    // Both on one line, for "old → new".
    static QString summary(const std::optional<Enrollment>& e);
    // "Program · Distributor Fulfilled".
    static QString kind(bool isOffer, Fulfillment fulfillment);
};

} // namespace astro::ui

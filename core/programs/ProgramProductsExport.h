#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace astro {

class Store;

// A program's qualifying products card by card (or an offer's) as CSV: the barcode list a store
// hands its POS or its brand rep. Read in pages with progress and cancel, since a chain's
// program may list tens of thousands of products.
class ProgramProductsExport
{
    Q_DECLARE_TR_FUNCTIONS(ProgramProductsExport)

public:
    // Rows written so far and in all; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // A Conflict error when cancelled.
    static Result<QByteArray> csv(Store& store, const QString& subjectId,
                                  const Progress& progress = {});
};

} // namespace astro

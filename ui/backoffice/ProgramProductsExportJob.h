#pragma once

#include "ui/common/ExportContext.h"

namespace astro {
class Store;
}

namespace astro::ui {

// Writes a program's product list (card by card) as CSV, for an ExportRunner.
class ProgramProductsExportJob
{
public:
    explicit ProgramProductsExportJob(QString subjectId) : m_subjectId(std::move(subjectId)) {}

    ExportOutcome operator()(Store& store, ExportContext& context) const;

private:
    QString m_subjectId;
};

} // namespace astro::ui

#pragma once

#include "reports/ReportService.h"

#include <QAbstractTableModel>

#include <vector>

namespace astro::ui {

// Participation by program over a report's period: one row per program or offer (a catalog
// holds tens of them, so the whole answer is kept), with a total row at the end.
class ReportParticipationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ProgramColumn,
        ManufacturerColumn,
        PunchedColumn,
        CompletedColumn,
        RedeemedColumn,
        CostColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<ProgramParticipation> rows);
    void clear() { setRows({}); }
    // The programs, without the total row.
    const std::vector<ProgramParticipation>& programs() const { return m_rows; }
    int rowOfProgram(const QString& programId) const;
    const ProgramParticipation& total() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ProgramParticipation> m_rows;
    ProgramParticipation m_total;
};

} // namespace astro::ui

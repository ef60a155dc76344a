#pragma once

#include "batches/BatchService.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace astro::ui {

// The Retailer Free Goods Credit Batches matching a filter, newest first, with their state,
// lines and total. Batches are few (one per manufacturer, location and cadence period), and the
// page always filters them by a date range, so a filter's batches are loaded at once.
class BatchListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        ManufacturerColumn,
        LocationColumn,
        PeriodColumn,
        StatusColumn,
        LinesColumn,
        TotalColumn,
        ColumnCount
    };
    enum Role
    {
        BatchIdRole = Qt::UserRole + 1,
    };

    explicit BatchListModel(BatchService& batches, QObject* parent = nullptr);

    // Loads the batches; returns the engine's message when it could not.
    QString load(const BatchFilter& filter);
    QString reload() { return load(m_filter); }

    const std::vector<Batch>& batches() const { return m_rows; }
    const Batch& batchAt(int row) const { return m_rows.at(std::size_t(row)); }
    int rowOf(qint64 batchId) const;

    // "Nov 9, 2026 – Nov 15, 2026": the days the batch took (or takes) rewards.
    static QString periodText(const Batch& batch, const QLocale& locale);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString statusTip(const Batch& batch) const;

    BatchService& m_batches;
    BatchFilter m_filter;
    std::vector<Batch> m_rows;
};

} // namespace astro::ui

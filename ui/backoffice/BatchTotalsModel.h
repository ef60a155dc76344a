#pragma once

#include "batches/BatchService.h"

#include <QAbstractTableModel>

#include <vector>

namespace astro::ui {

// What the listed batches add up to, per manufacturer: the amount to claim from each brand,
// with a last row for all of them. The number of batches is the manufacturer's second line.
class BatchTotalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ManufacturerColumn,
        TotalColumn,
        ColumnCount
    };
    enum Role
    {
        BatchCountRole = Qt::UserRole + 1, // "2 batches", under the manufacturer
    };

    explicit BatchTotalsModel(QObject* parent = nullptr);

    void setBatches(const std::vector<Batch>& batches);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString manufacturer;
        bool all = false; // the last row: every manufacturer
        int batches = 0;
        Money total;
    };
    std::vector<Row> m_rows;
};

} // namespace astro::ui

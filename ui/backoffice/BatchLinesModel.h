#pragma once

#include "batches/BatchService.h"

#include <QAbstractTableModel>

#include <vector>

namespace astro::ui {

// The lines of one batch: every redemption with what the brand needs to credit it. The engine
// answers a batch's lines at once (one period of one brand at one location); the view gets them
// a page at a time (canFetchMore/fetchMore), so a big batch shows without laying out every row.
class BatchLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The view shows the first seven; the others are on the second line of a cell (program
    // under the card, UPC under the item) or the same for the whole batch (manufacturer,
    // location).
    enum Column
    {
        DateColumn,
        CustomerColumn,
        CardColumn,
        ItemColumn,
        QuantityColumn,
        CostColumn,
        CashierColumn,
        ProgramColumn,
        UpcColumn,
        ManufacturerColumn,
        LocationColumn,
        ColumnCount
    };
    enum Role
    {
        // The card's program, the item's UPC: a cell's quieter second line.
        SecondLineRole = Qt::UserRole + 1,
    };

    explicit BatchLinesModel(BatchService& batches, QObject* parent = nullptr);

    // Shows the lines of `batchId` (0: none); returns the engine's message when it could not.
    QString load(qint64 batchId);
    QString reload() { return load(m_batchId); }
    // How many more rows each fetchMore() hands the view (200 unless set).
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    qint64 batchId() const { return m_batchId; }
    // Every line of the batch, shown or not yet.
    int lineCount() const { return int(m_lines.size()); }
    const BatchLine& lineAt(int row) const { return m_lines.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    BatchService& m_batches;
    qint64 m_batchId = 0;
    std::vector<BatchLine> m_lines;
    int m_shown = 0;
    int m_pageSize = 200;
    // Views (and the model tester) ask for more rows while a reset or an insert is under way.
    bool m_changing = false;
};

} // namespace astro::ui

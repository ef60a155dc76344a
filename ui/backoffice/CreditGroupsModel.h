#pragma once

#include "credits/CreditQueries.h"

#include <QAbstractItemModel>

#include <vector>

namespace astro::ui {

// The credits matching the filter, added up: a first row for all of them, then one row per
// distributor (Temporary Holding, then direct credits, last) with a child row per manufacturer.
// Every count and total comes from CreditQueries::groups, summed in SQL and read off the GUI
// thread by the page.
class CreditGroupsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        LinesColumn,
        TotalColumn,
        UncreditedColumn,
        CreditedColumn,
        ReconciledColumn,
        DeclinedColumn,
        HeldColumn,
        ColumnCount
    };

    using QAbstractItemModel::QAbstractItemModel;

    // Shows the groups read for this query; returns the engine's message when they could not
    // be read.
    QString setGroups(const CreditQuery& query, Result<std::vector<CreditGroup>> groups);
    const CreditQuery& query() const { return m_query; }

    // The query narrowed to a row: its distributor, and its manufacturer for a child row.
    CreditQuery queryFor(const QModelIndex& index) const;
    // The counts and totals a row stands for.
    CreditCounts countsAt(const QModelIndex& index) const;
    Money totalAt(const QModelIndex& index) const;
    // What a row stands for, to find it again after a reload.
    struct Key
    {
        bool all = true;
        QString distributorId;  // empty: direct
        QString manufacturerId; // empty: the whole distributor
    };
    Key keyAt(const QModelIndex& index) const;
    // The row (column 0) of a key; invalid when it is gone.
    QModelIndex indexOf(const Key& key) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        bool all = false;
        QString distributorId; // empty: direct
        QString name;
        bool temporaryHolding = false;
        CreditCounts counts;
        int quantity = 0;
        Money total;
        std::vector<CreditGroup> manufacturers;
    };
    // Internal ids: 0 for a top row, the parent's row + 1 for a manufacturer row.
    const Node& nodeOf(const QModelIndex& index) const;
    const CreditGroup* groupOf(const QModelIndex& index) const;
    QString nameOf(const Node& node) const;

    CreditQuery m_query;
    std::vector<Node> m_nodes;
};

} // namespace astro::ui

#pragma once

#include "credits/CreditQueries.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace astro {
class Store;
}

namespace astro::ui {

// The credits of one group (or all of them), newest first, a page at a time: date, customer
// (and location), item (and card), quantity, cost, distributor (and account number), credit
// status (and the decline reason or the resubmit note). The second lines are SecondLineRole,
// for TwoLineItemDelegate; account number and location are columns of their own too.
class CreditLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        CustomerColumn,
        ItemColumn,
        QuantityColumn,
        CostColumn,
        DistributorColumn,
        AccountColumn,
        StatusColumn,
        LocationColumn,
        ColumnCount
    };
    enum Role
    {
        RedemptionIdRole = Qt::UserRole + 1,
        StatusRole,     // the CreditStatus, as an int
        SecondLineRole, // for TwoLineItemDelegate
    };

    explicit CreditLinesModel(Store& store, QObject* parent = nullptr);

    // Shows the first page of the credits this query matches.
    QString load(const CreditQuery& query);
    // Reads the lines shown so far again (after a change), keeping as many rows.
    QString reload();
    void setPageSize(int size) { m_pageSize = size; }
    const Redemption& redemptionAt(int row) const { return m_rows.at(std::size_t(row)); }
    int rowOf(qint64 redemptionId) const;
    QString locationName(const QString& id) const { return m_locations.value(id, id); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Who credits it: "Distributor X", "Temporary Holding" or, for a direct credit, the
    // manufacturer.
    QString creditorOf(const Redemption& r) const;

private:
    std::vector<Redemption> page(int offset, int limit, QString& error);
    QVariant display(const Redemption& r, int column, int role) const;
    static QString accountText(const Redemption& r);

    Store& m_store;
    CreditQuery m_query;
    QHash<QString, QString> m_locations;
    mutable QHash<QString, QString> m_manufacturers; // names, read once each
    int m_pageSize = 100;
    bool m_atEnd = true;
    // Views and testers may ask for more while a change is being announced: not then.
    bool m_changing = false;
    std::vector<Redemption> m_rows;
};

} // namespace astro::ui

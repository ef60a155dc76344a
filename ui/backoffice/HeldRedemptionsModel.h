#pragma once

#include "engine/Redemption.h"

#include <QAbstractTableModel>

#include <vector>

namespace astro {
class Database;
}

namespace astro::ui {

// The redemptions one location's program holds in Temporary Holding, oldest first, a page at
// a time: date, customer, item, quantity and the cost the distributor will credit.
class HeldRedemptionsModel : public QAbstractTableModel
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
        ColumnCount
    };
    enum Role
    {
        RedemptionIdRole = Qt::UserRole + 1,
    };

    explicit HeldRedemptionsModel(Database& db, QObject* parent = nullptr);

    // Shows the first page of this location's program; empty ids show nothing.
    QString load(const QString& locationId, const QString& subjectId);
    void setPageSize(int size) { m_pageSize = size; }
    const Redemption& redemptionAt(int row) const { return m_rows.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    std::vector<Redemption> page(int offset, QString& error);

    Database& m_db;
    QString m_locationId;
    QString m_subjectId;
    int m_pageSize = 100;
    bool m_atEnd = true;
    // Views and testers may ask for more while a change is being announced: not then.
    bool m_changing = false;
    std::vector<Redemption> m_rows;
};

} // namespace astro::ui

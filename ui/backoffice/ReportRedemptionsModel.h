#pragma once

#include "reports/ReportService.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace astro {
class Store;
}

namespace astro::ui {

// The redemptions of a report's period, newest first, a page at a time as the view scrolls.
class ReportRedemptionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        CustomerColumn,
        ProgramColumn,
        CardColumn,
        ItemColumn,
        QuantityColumn,
        CostColumn,
        FulfillmentColumn,
        CreditColumn,
        CashierColumn,
        LocationColumn,
        ColumnCount
    };
    enum Role
    {
        RedemptionIdRole = Qt::UserRole + 1,
    };

    explicit ReportRedemptionsModel(Store& store, QObject* parent = nullptr);

    // Shows the first page of the period; returns the engine's message on failure.
    QString load(const ReportPeriod& period, QHash<QString, QString> locationNames);
    void clear();
    void setPageSize(int size) { m_pageSize = size; }
    const ReportRedemption& redemptionAt(int row) const { return m_rows.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    std::vector<ReportRedemption> page(qint64 offset, QString& error);

    ReportService m_reports;
    ReportPeriod m_period;
    QHash<QString, QString> m_locationNames;
    int m_pageSize = 200;
    bool m_atEnd = true;
    bool m_changing = false;
    std::vector<ReportRedemption> m_rows;
};

} // namespace astro::ui

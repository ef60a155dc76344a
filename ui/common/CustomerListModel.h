#pragma once

#include "customers/CustomerStore.h"

#include <QAbstractListModel>

#include <vector>

namespace astro::ui {

// A short, given list of customers (the possible duplicates of a new one).
class CustomerListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    void setCustomers(std::vector<Customer> customers);
    const Customer& customerAt(int row) const { return m_rows.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<Customer> m_rows;
};

} // namespace astro::ui

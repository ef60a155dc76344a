#include "CustomerListModel.h"

#include "ui/common/CustomerSearchModel.h"

namespace astro::ui {

void CustomerListModel::setCustomers(std::vector<Customer> customers)
{
    beginResetModel();
    m_rows = std::move(customers);
    endResetModel();
}

int CustomerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer& c = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return c.displayName();
    case CustomerSearchModel::CustomerIdRole:
        return c.id;
    case CustomerSearchModel::ContactRole:
        return CustomerSearchModel::contactLine(c);
    default:
        return {};
    }
}

} // namespace astro::ui

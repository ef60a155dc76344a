#include "CustomerSearchModel.h"

namespace astro::ui {

CustomerSearchModel::CustomerSearchModel(CustomerStore& customers, QObject* parent)
    : QAbstractListModel(parent), m_customers(customers)
{}

QString CustomerSearchModel::contactLine(const Customer& customer)
{
    QStringList parts;
    if (!customer.phone.isEmpty())
        parts << CustomerStore::formatPhone(customer.phone);
    if (!customer.email.isEmpty())
        parts << customer.email;
    return parts.join(QStringLiteral(" · "));
}

std::vector<Customer> CustomerSearchModel::page(int offset)
{
    auto found = m_customers.find(m_query, m_pageSize, offset);
    if (!found) {
        m_error = found.error().message;
        m_atEnd = true;
        emit errorOccurred(m_error);
        return {};
    }
    m_error.clear();
    m_atEnd = int(found->size()) < m_pageSize;
    return std::move(found).value();
}

void CustomerSearchModel::setQuery(const QString& query)
{
    beginResetModel();
    m_changing = true;
    m_query = query.trimmed();
    m_rows.clear();
    m_atEnd = true;
    if (!m_query.isEmpty())
        m_rows = page(0);
    endResetModel();
    m_changing = false;
}

void CustomerSearchModel::refresh()
{
    setQuery(m_query);
}

int CustomerSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CustomerSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer& c = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return c.displayName();
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(c.displayName(), contactLine(c));
    case CustomerIdRole:
        return c.id;
    case ContactRole:
        return contactLine(c);
    default:
        return {};
    }
}

bool CustomerSearchModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CustomerSearchModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_changing)
        return;
    std::vector<Customer> more = page(int(m_rows.size()));
    if (more.empty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    for (Customer& c : more)
        m_rows.push_back(std::move(c));
    endInsertRows();
    m_changing = false;
}

} // namespace astro::ui

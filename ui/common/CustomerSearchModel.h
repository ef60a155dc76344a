#pragma once

#include "customers/CustomerStore.h"

#include <QAbstractListModel>

#include <vector>

namespace astro::ui {

// Customers matching what the cashier types, one page at a time (never the whole file): the
// view asks for the next page when it scrolls to the end.
class CustomerSearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        CustomerIdRole = Qt::UserRole + 1,
        ContactRole, // "(416) 555-0123 · helene@example.ca"
    };

    explicit CustomerSearchModel(CustomerStore& customers, QObject* parent = nullptr);

    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }

    // Starts over with the first page of a new query.
    void setQuery(const QString& query);
    QString query() const { return m_query; }
    // Runs the current query again (after customers changed).
    void refresh();

    const Customer& customerAt(int row) const { return m_rows.at(std::size_t(row)); }
    // The engine's message when the last page could not be read; empty otherwise.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString contactLine(const Customer& customer);

signals:
    void errorOccurred(const QString& message);

private:
    std::vector<Customer> page(int offset);

    CustomerStore& m_customers;
    int m_pageSize = 40;
    QString m_query;
    std::vector<Customer> m_rows;
    bool m_atEnd = true;
    // Views and testers may ask for more while a change is being announced: not then.
    bool m_changing = false;
    QString m_error;
};

} // namespace astro::ui

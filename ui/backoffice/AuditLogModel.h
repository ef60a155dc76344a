#pragma once

#include "storage/AuditLog.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace astro {
class Store;
}

namespace astro::ui {

// The audit entries a filter matches, newest first, a page at a time (keyset paging on the
// entry's time and id: the log only grows, so pages never shift): when, who, where, what and old →
// new.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        UserColumn,
        LocationColumn,
        SubjectColumn,
        FieldColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        SecondLineRole, // for TwoLineItemDelegate: the kind under what was changed
    };

    explicit AuditLogModel(Store& store, QObject* parent = nullptr);

    // Shows the first page of what the filter matches; returns the engine's message on failure.
    QString load(const AuditFilter& filter);
    // Shows nothing (a user who may not read the log).
    void clear();
    void setPageSize(int size) { m_pageSize = size; }
    const AuditEntry& entryAt(int row) const { return m_rows.at(std::size_t(row)); }
    QString locationName(const QString& id) const { return m_locations.value(id, id); }
    // What was changed, by name ("Northwind Frequent Buyer", not its id), and under it its kind
    // (with the location, for an enrollment).
    QString subjectText(const AuditEntry& entry) const;
    QString subjectDetail(const AuditEntry& entry) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    // The page after `after` (nullptr: the first).
    std::vector<AuditEntry> page(const AuditEntry* after, QString& error);

    Store& m_store;
    AuditFilter m_filter;
    QHash<QString, QString> m_locations;
    QHash<QString, QString> m_distributors;
    mutable QHash<QString, QString> m_titles; // program and offer titles, read once each
    int m_pageSize = 200;
    bool m_atEnd = true;
    // Views and testers may ask for more while a change is being announced: not then.
    bool m_changing = false;
    std::vector<AuditEntry> m_rows;
};

} // namespace astro::ui

#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

namespace astro {
class Database;
}

namespace astro::ui {

// A customer's visits, newest first, a page at a time: when, where, who served them, what was
// bought and given, and the multi-purchase reason. The engine has no per-customer visit list,
// so this reads the visits table directly (reading only).
class CustomerVisitsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        LocationColumn,
        CashierColumn,
        UnitsColumn,
        FreeColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        VisitIdRole = Qt::UserRole + 1,
    };

    struct VisitRow
    {
        qint64 id = 0;
        QDateTime startedAt;
        QDateTime finishedAt;
        QString location;
        QString cashier;
        int scans = 0;
        int units = 0;
        int redemptions = 0;
        QString reason;
    };

    explicit CustomerVisitsModel(Database& db, QObject* parent = nullptr);

    QString load(qint64 customerId);
    QString reload() { return load(m_customerId); }
    void setPageSize(int size) { m_pageSize = size; }
    const VisitRow& visitAt(int row) const { return m_rows.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    std::vector<VisitRow> page(int offset, QString& error);

    Database& m_db;
    qint64 m_customerId = 0;
    int m_pageSize = 50;
    bool m_atEnd = true;
    // Views and testers may ask for more while a change is being announced: not then.
    bool m_changing = false;
    std::vector<VisitRow> m_rows;
};

} // namespace astro::ui

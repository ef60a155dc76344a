#pragma once

#include "programs/ProgramRequestService.h"

#include <QAbstractTableModel>

#include <vector>

namespace astro::ui {

// This store's tracking-program requests, newest first, a page at a time: when, for which
// brands, what was asked, and where the help desk is with it.
class ProgramRequestsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        BrandsColumn,
        OfferColumn,
        StateColumn,
        TicketColumn,
        AnswerColumn,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
    };

    explicit ProgramRequestsModel(Store& store, QObject* parent = nullptr);

    // Reloads the first page; an error message, or empty.
    QString load();
    void setPageSize(int size) { m_pageSize = size; }
    const ProgramRequestRecord& recordAt(int row) const { return m_rows.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    ProgramRequestService m_service;
    int m_pageSize = 50;
    bool m_atEnd = true;
    // Views and testers may ask for more while a change is being announced: not then.
    bool m_changing = false;
    std::vector<ProgramRequestRecord> m_rows;
};

} // namespace astro::ui

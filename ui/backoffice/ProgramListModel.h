#pragma once

#include "enrollment/EnrollmentService.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>
#include <vector>

namespace astro {
class Store;
}

namespace astro::ui {

// The programs and offers of one location: those it is enrolled in, then those published in its
// region it could join. A catalog holds tens of programs, not thousands: loaded at once.
class ProgramListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,      // with the manufacturer and kind under it
        EnrollmentColumn, // with the fulfillment and the dates under it
        ColumnCount
    };
    enum Role
    {
        SubjectIdRole = Qt::UserRole + 1,
        SecondaryRole, // each column's second line
    };

    struct Entry
    {
        QString id;
        bool isOffer = false;
        QString title;
        QString manufacturer;
        QString kind; // translated
        Fulfillment fulfillment = Fulfillment::Distributor;
        QDate from;
        QDate to;
        bool active = true;
        std::optional<Enrollment> enrollment;
    };

    explicit ProgramListModel(Store& store, QObject* parent = nullptr);

    // An error message, or empty.
    QString load(const QString& locationId);
    const Entry& entryAt(int row) const { return m_rows.at(std::size_t(row)); }
    int rowOf(const QString& subjectId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString fill(const QString& locationId, std::vector<Entry>& out);

    Store& m_store;
    std::vector<Entry> m_rows;
};

} // namespace astro::ui

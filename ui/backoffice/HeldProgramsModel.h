#pragma once

#include "enrollment/EnrollmentService.h"

#include <QAbstractTableModel>

#include <vector>

namespace astro {
class Store;
}

namespace astro::ui {

// The programs and offers in Temporary Holding, at every location, with how many redemptions
// each holds. Few by nature (a handful at most), so read at once; the redemptions themselves
// are not.
class HeldProgramsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ProgramColumn,
        LocationColumn,
        HeldColumn,
        ColumnCount
    };
    enum Role
    {
        DetailRole = Qt::UserRole + 1,
        LocationIdRole,
        SubjectIdRole,
    };

    struct Row
    {
        Enrollment enrollment;
        QString locationName;
        int held = 0;
    };

    explicit HeldProgramsModel(Store& store, QObject* parent = nullptr);

    QString load();
    const Row& rowAt(int row) const { return m_rows.at(std::size_t(row)); }
    int rowOf(const QString& locationId, const QString& subjectId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Store& m_store;
    std::vector<Row> m_rows;
};

} // namespace astro::ui

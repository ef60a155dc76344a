#pragma once

#include "enrollment/EnrollmentService.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
#include <vector>

namespace astro {
class Store;
}

namespace astro::ui {

// The enrollment grid: one row per program or offer published in any location, one column per
// location (after the title column); each cell the location's enrollment in it. A chain has
// tens of programs and a few locations, so the whole grid is read at once; no redemption is.
class EnrollmentGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        DetailRole = Qt::UserRole + 1, // the quieter second line
        LocationIdRole,
        SubjectIdRole,
        EditableRole, // published in that location: it can be enrolled or changed
        HeldRole,     // in Temporary Holding
    };
    static constexpr int TitleColumn = 0;

    explicit EnrollmentGridModel(Store& store, QObject* parent = nullptr);

    // Reads the grid again; the error's message, or empty.
    QString load();

    int locationCount() const { return int(m_locations.size()); }
    int subjectCount() const { return int(m_subjects.size()); }
    const Location& locationAt(int column) const;
    const Subject& subjectAt(int row) const { return m_subjects.at(std::size_t(row)); }
    // The cell of a location and program or offer; invalid when either is not in the grid.
    QModelIndex cell(const QString& locationId, const QString& subjectId) const;
    std::optional<Enrollment> enrollmentAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString key(const QString& locationId, const QString& subjectId);
    bool published(int row, int column) const;
    QVariant titleData(const Subject& s, int role) const;
    QVariant cellData(const QModelIndex& index, int role) const;

    Store& m_store;
    std::vector<Location> m_locations;
    std::vector<Subject> m_subjects;
    QHash<QString, Enrollment> m_enrollments; // by key(location, subject)
    QHash<QString, bool> m_published;         // by key(location, subject)
};

} // namespace astro::ui

#include "HeldProgramsModel.h"

#include "ui/backoffice/EnrollmentText.h"

#include "catalog/CatalogRepository.h"
#include "enrollment/HeldRedemptions.h"
#include "store/Store.h"

#include <QLocale>

namespace astro::ui {

HeldProgramsModel::HeldProgramsModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
{}

QString HeldProgramsModel::load()
{
    std::vector<Row> rows;
    QString error;
    auto held = m_store.enrollment().held();
    if (!held) {
        error = held.error().message;
    } else {
        HeldRedemptions redemptions(m_store.db());
        for (const Enrollment& e : *held) {
            Row row{e, e.locationId, 0};
            auto location = m_store.catalog().location(e.locationId);
            if (location && location->has_value())
                row.locationName = (*location)->name;
            auto count = redemptions.count(e.locationId, e.subjectId);
            if (!count) {
                error = count.error().message;
                break;
            }
            row.held = *count;
            rows.push_back(row);
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return error;
}

int HeldProgramsModel::rowOf(const QString& locationId, const QString& subjectId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].enrollment.locationId == locationId &&
            m_rows[i].enrollment.subjectId == subjectId)
            return int(i);
    return -1;
}

int HeldProgramsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeldProgramsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeldProgramsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[std::size_t(index.row())];
    switch (role) {
    case LocationIdRole:
        return r.enrollment.locationId;
    case SubjectIdRole:
        return r.enrollment.subjectId;
    case DetailRole:
        return index.column() == ProgramColumn
                   ? EnrollmentText::kind(r.enrollment.isOffer, r.enrollment.fulfillment)
                   : QString();
    case Qt::TextAlignmentRole:
        return index.column() == HeldColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ProgramColumn:
        return r.enrollment.title;
    case LocationColumn:
        return r.locationName;
    case HeldColumn:
        return QLocale().toString(r.held);
    default:
        return {};
    }
}

QVariant HeldProgramsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProgramColumn:
        return tr("Program or offer");
    case LocationColumn:
        return tr("Location");
    case HeldColumn:
        return tr("Held redemptions");
    default:
        return {};
    }
}

} // namespace astro::ui

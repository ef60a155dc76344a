#include "BatchTotalsModel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <map>

namespace astro::ui {

BatchTotalsModel::BatchTotalsModel(QObject* parent) : QAbstractTableModel(parent) {}

void BatchTotalsModel::setBatches(const std::vector<Batch>& batches)
{
    beginResetModel();
    m_rows.clear();
    std::map<QString, Row> byId;
    Row all;
    all.all = true;
    for (const Batch& b : batches) {
        Row& row = byId[b.manufacturerId];
        row.manufacturer = b.manufacturerName;
        for (Row* r : {&row, &all}) {
            ++r->batches;
            r->total = r->total + b.total;
        }
    }
    for (auto& [id, row] : byId)
        m_rows.push_back(row);
    std::sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
        return QString::localeAwareCompare(a.manufacturer, b.manufacturer) < 0;
    });
    if (m_rows.size() > 1)
        m_rows.push_back(all);
    endResetModel();
}

int BatchTotalsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchTotalsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchTotalsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[std::size_t(index.row())];
    const QLocale locale;
    switch (role) {
    case BatchCountRole:
        return index.column() == ManufacturerColumn ? tr("%n batch(es)", nullptr, r.batches)
                                                    : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == ManufacturerColumn)
            return QStringLiteral("%1\n%2").arg(data(index).toString(),
                                                data(index, BatchCountRole).toString());
        return data(index);
    case Qt::DisplayRole:
        switch (index.column()) {
        case ManufacturerColumn:
            return r.all ? tr("All manufacturers") : r.manufacturer;
        case TotalColumn:
            return r.total.format(locale);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == ManufacturerColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (r.all) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant BatchTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ManufacturerColumn:
        return tr("Manufacturer");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace astro::ui

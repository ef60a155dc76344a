#include "HeldRedemptionsModel.h"

#include "enrollment/HeldRedemptions.h"

#include <QLocale>

namespace astro::ui {

HeldRedemptionsModel::HeldRedemptionsModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{}

std::vector<Redemption> HeldRedemptionsModel::page(int offset, QString& error)
{
    auto rows = HeldRedemptions(m_db).page(m_locationId, m_subjectId, m_pageSize, offset);
    if (!rows) {
        error = rows.error().message;
        m_atEnd = true;
        return {};
    }
    m_atEnd = int(rows->size()) < m_pageSize;
    return std::move(rows).value();
}

QString HeldRedemptionsModel::load(const QString& locationId, const QString& subjectId)
{
    QString error;
    beginResetModel();
    m_changing = true;
    m_locationId = locationId;
    m_subjectId = subjectId;
    m_rows.clear();
    m_atEnd = true;
    if (!locationId.isEmpty() && !subjectId.isEmpty())
        m_rows = page(0, error);
    endResetModel();
    m_changing = false;
    return error;
}

int HeldRedemptionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeldRedemptionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeldRedemptionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Redemption& r = m_rows[std::size_t(index.row())];
    if (role == RedemptionIdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == QuantityColumn || index.column() == CostColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat);
    case CustomerColumn:
        return r.customerName;
    case ItemColumn:
        if (role == Qt::ToolTipRole)
            return tr("%1\n%2").arg(r.description,
                                    r.cardTitle.isEmpty() ? r.programTitle : r.cardTitle);
        return r.description;
    case QuantityColumn:
        return QLocale().toString(r.quantity);
    case CostColumn:
        return r.cost.format(QLocale());
    default:
        return {};
    }
}

QVariant HeldRedemptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case CustomerColumn:
        return tr("Customer");
    case ItemColumn:
        return tr("Item");
    case QuantityColumn:
        return tr("Qty");
    case CostColumn:
        return tr("Cost");
    default:
        return {};
    }
}

bool HeldRedemptionsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void HeldRedemptionsModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_changing)
        return;
    QString error;
    std::vector<Redemption> more = page(int(m_rows.size()), error);
    if (more.empty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(more.begin()),
                  std::make_move_iterator(more.end()));
    endInsertRows();
    m_changing = false;
}

} // namespace astro::ui

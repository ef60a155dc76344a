#include "VisitRedemptionsModel.h"

#include "ui/common/RedemptionLook.h"

#include "engine/RedemptionService.h"

#include <algorithm>

namespace astro::ui {

VisitRedemptionsModel::VisitRedemptionsModel(RedemptionService& redemptions, QObject* parent)
    : QAbstractTableModel(parent), m_redemptions(redemptions)
{}

QString VisitRedemptionsModel::load(qint64 visitId)
{
    QString error;
    beginResetModel();
    m_visitId = visitId;
    m_rows.clear();
    if (visitId != 0) {
        auto list = m_redemptions.ofVisit(visitId);
        if (list)
            m_rows = std::move(list).value();
        else
            error = list.error().message;
    }
    endResetModel();
    return error;
}

int VisitRedemptionsModel::activeCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Redemption& r) { return !r.undone(); }));
}

int VisitRedemptionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VisitRedemptionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitRedemptionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Redemption& r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn:
            return RedemptionLook::item(r);
        case CardColumn:
            if (r.undone())
                return tr("Undone");
            return r.cardTitle.isEmpty() ? r.programTitle : r.cardTitle;
        case ActionColumn:
            return r.undone() ? QString() : tr("Undo");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1 · %2").arg(r.description, label(r.creditStatus));
    case Qt::FontRole:
        return RedemptionLook::font(r);
    case Qt::ForegroundRole:
        return RedemptionLook::foreground(r);
    case RedemptionIdRole:
        return r.id;
    default:
        return {};
    }
}

QVariant VisitRedemptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Free item");
    case CardColumn:
        return tr("Card");
    case ActionColumn:
        return QString();
    default:
        return {};
    }
}

} // namespace astro::ui

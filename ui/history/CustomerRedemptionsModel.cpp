#include "CustomerRedemptionsModel.h"

#include "ui/common/RedemptionLook.h"

#include "engine/RedemptionService.h"

#include <QLocale>

namespace astro::ui {

CustomerRedemptionsModel::CustomerRedemptionsModel(RedemptionService& redemptions, QObject* parent)
    : QAbstractTableModel(parent), m_redemptions(redemptions)
{}

QString CustomerRedemptionsModel::load(qint64 customerId)
{
    QString error;
    beginResetModel();
    m_customerId = customerId;
    m_rows.clear();
    if (customerId != 0) {
        auto list = m_redemptions.ofCustomer(customerId, 500);
        if (list)
            m_rows = std::move(list).value();
        else
            error = list.error().message;
    }
    endResetModel();
    return error;
}

void CustomerRedemptionsModel::setCanUndo(bool canUndo)
{
    if (canUndo == m_canUndo)
        return;
    m_canUndo = canUndo;
    if (!m_rows.empty())
        emit dataChanged(index(0, ActionColumn), index(rowCount() - 1, ActionColumn));
}

int CustomerRedemptionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerRedemptionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerRedemptionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Redemption& r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat);
        case CardColumn:
            return r.cardTitle.isEmpty() ? tr("Offer: %1").arg(r.programTitle) : r.cardTitle;
        case ItemColumn:
            return RedemptionLook::item(r);
        case StatusColumn:
            if (r.undone())
                return tr("Undone %1")
                    .arg(QLocale().toString(r.undoneAt.toLocalTime().date(), QLocale::ShortFormat));
            if (r.creditStatus == CreditStatus::Declined && !r.declineReason.isEmpty())
                return tr("%1: %2").arg(label(r.creditStatus), r.declineReason);
            return label(r.creditStatus);
        case ActionColumn:
            return m_canUndo && !r.undone() && role == Qt::DisplayRole ? tr("Undo") : QString();
        default:
            return {};
        }
    case Qt::FontRole:
        return index.column() != StatusColumn ? RedemptionLook::font(r) : QVariant();
    case Qt::ForegroundRole:
        return RedemptionLook::foreground(r);
    case RedemptionIdRole:
        return r.id;
    default:
        return {};
    }
}

QVariant CustomerRedemptionsModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case CardColumn:
        return tr("Card or offer");
    case ItemColumn:
        return tr("Free item");
    case StatusColumn:
        return tr("Credit");
    case ActionColumn:
        return QString();
    default:
        return {};
    }
}

} // namespace astro::ui

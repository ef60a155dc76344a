#include "ReportRedemptionsModel.h"

#include <QLocale>

namespace astro::ui {

ReportRedemptionsModel::ReportRedemptionsModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent), m_reports(store)
{}

std::vector<ReportRedemption> ReportRedemptionsModel::page(qint64 offset, QString& error)
{
    auto rows = m_reports.redemptionsBetween(m_period, m_pageSize, offset);
    if (!rows) {
        error = rows.error().message;
        m_atEnd = true;
        return {};
    }
    m_atEnd = int(rows->size()) < m_pageSize;
    return std::move(rows).value();
}

QString ReportRedemptionsModel::load(const ReportPeriod& period,
                                     QHash<QString, QString> locationNames)
{
    QString error;
    beginResetModel();
    m_changing = true;
    m_period = period;
    m_locationNames = std::move(locationNames);
    m_rows = page(0, error);
    endResetModel();
    m_changing = false;
    return error;
}

void ReportRedemptionsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    endResetModel();
}

int ReportRedemptionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportRedemptionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportRedemptionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportRedemption& r = m_rows[std::size_t(index.row())];
    if (role == RedemptionIdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == QuantityColumn || index.column() == CostColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ItemColumn)
        return r.gtin;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat);
    case CustomerColumn:
        return r.customerName;
    case ProgramColumn:
        return r.programTitle;
    case CardColumn:
        return r.offer ? tr("Offer") : r.cardTitle;
    case ItemColumn:
        return r.itemDescription;
    case QuantityColumn:
        return QLocale().toString(r.quantity);
    case CostColumn:
        return r.cost.format(QLocale());
    case FulfillmentColumn:
        return label(r.fulfillment);
    case CreditColumn:
        return label(r.creditStatus);
    case CashierColumn:
        return r.cashierName;
    case LocationColumn:
        return m_locationNames.value(r.locationId, r.locationId);
    default:
        return {};
    }
}

QVariant ReportRedemptionsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("Date");
    case CustomerColumn:
        return tr("Customer");
    case ProgramColumn:
        return tr("Program or offer");
    case CardColumn:
        return tr("Card");
    case ItemColumn:
        return tr("Item");
    case QuantityColumn:
        return tr("Qty");
    case CostColumn:
        return tr("Cost");
    case FulfillmentColumn:
        return tr("Fulfillment");
    case CreditColumn:
        return tr("Credit");
    case CashierColumn:
        return tr("Cashier");
    case LocationColumn:
        return tr("Location");
    default:
        return {};
    }
}

bool ReportRedemptionsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ReportRedemptionsModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_changing)
        return;
    QString error;
    std::vector<ReportRedemption> more = page(qint64(m_rows.size()), error);
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

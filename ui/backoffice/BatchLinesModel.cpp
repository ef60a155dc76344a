#include "BatchLinesModel.h"

#include "domain/Gtin.h"

#include <QLocale>

namespace astro::ui {

BatchLinesModel::BatchLinesModel(BatchService& batches, QObject* parent)
    : QAbstractTableModel(parent), m_batches(batches)
{}

QString BatchLinesModel::load(qint64 batchId)
{
    QString error;
    m_changing = true;
    beginResetModel();
    m_batchId = batchId;
    m_lines.clear();
    m_shown = 0;
    if (batchId != 0) {
        auto lines = m_batches.lines(batchId);
        if (lines)
            m_lines = std::move(lines).value();
        else
            error = lines.error().message;
    }
    m_shown = qMin(int(m_lines.size()), m_pageSize);
    endResetModel();
    m_changing = false;
    return error;
}

int BatchLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int BatchLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool BatchLinesModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_shown < int(m_lines.size());
}

void BatchLinesModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_changing)
        return;
    const int more = qMin(m_pageSize, int(m_lines.size()) - m_shown);
    m_changing = true;
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
    m_changing = false;
}

QVariant BatchLinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BatchLine& l = m_lines[std::size_t(index.row())];
    const QLocale locale;
    switch (role) {
    case Qt::ToolTipRole:
        if (index.column() == DateColumn)
            return locale.toString(l.redeemedAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == CardColumn || index.column() == ItemColumn)
            return QStringLiteral("%1\n%2").arg(data(index).toString(),
                                                data(index, SecondLineRole).toString());
        return data(index);
    case SecondLineRole:
        switch (index.column()) {
        case CardColumn:
            return l.programTitle;
        case ItemColumn:
            return Gtin::displayOf(l.gtin);
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case ManufacturerColumn:
            return l.manufacturerName;
        case ProgramColumn:
            return l.programTitle;
        case CardColumn:
            return l.cardTitle;
        case UpcColumn:
            return Gtin::displayOf(l.gtin);
        case ItemColumn:
            return l.description;
        case QuantityColumn:
            return locale.toString(l.quantity);
        case DateColumn:
            return locale.toString(l.redeemedAt.toLocalTime().date(), QLocale::ShortFormat);
        case CustomerColumn:
            return l.customerName;
        case LocationColumn:
            return l.locationName;
        case CashierColumn:
            return l.cashierName;
        case CostColumn:
            return l.cost.format(locale);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == QuantityColumn || index.column() == CostColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant BatchLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ManufacturerColumn:
        return tr("Manufacturer");
    case ProgramColumn:
        return tr("Program");
    case CardColumn:
        return tr("Card");
    case UpcColumn:
        return tr("UPC");
    case ItemColumn:
        return tr("Item");
    case QuantityColumn:
        return tr("Qty");
    case DateColumn:
        return tr("Redeemed");
    case CustomerColumn:
        return tr("Customer");
    case LocationColumn:
        return tr("Location");
    case CashierColumn:
        return tr("Cashier");
    case CostColumn:
        return tr("Cost");
    default:
        return {};
    }
}

} // namespace astro::ui

#include "ProductChoiceModel.h"

#include "domain/Gtin.h"

#include <QHeaderView>
#include <QTableView>

namespace astro::ui {

void ProductChoiceModel::setProducts(std::vector<Product> products)
{
    beginResetModel();
    m_rows = std::move(products);
    endResetModel();
}

void ProductChoiceModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProductChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductChoiceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product& p = m_rows[std::size_t(index.row())];
    if (role == GtinRole)
        return p.gtin;
    if (role == Qt::TextAlignmentRole && index.column() == PriceColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DescriptionColumn:
        return p.description;
    case UpcColumn:
        return Gtin::displayOf(p.gtin);
    case SizeColumn:
        return label(p.sizeClass);
    case PriceColumn:
        return p.price.format(QLocale());
    default:
        return {};
    }
}

QVariant ProductChoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == PriceColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DescriptionColumn:
        return tr("Item");
    case UpcColumn:
        return tr("UPC");
    case SizeColumn:
        return tr("Size");
    case PriceColumn:
        return tr("Price");
    default:
        return {};
    }
}

void ProductChoiceModel::attachTo(QTableView* view)
{
    view->setModel(this);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    view->setShowGrid(false);
    view->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    for (int c : {UpcColumn, SizeColumn, PriceColumn})
        view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

} // namespace astro::ui

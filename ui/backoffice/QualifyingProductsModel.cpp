#include "QualifyingProductsModel.h"

#include "domain/Gtin.h"

#include <QLocale>

namespace astro::ui {

QualifyingProductsModel::QualifyingProductsModel(QualifyingProducts products, QObject* parent)
    : QAbstractTableModel(parent), m_products(products)
{}

QString QualifyingProductsModel::load(const ProductScope& scope)
{
    QString error;
    std::vector<Product> first;
    qint64 total = 0;
    auto count = m_products.count(scope);
    auto page =
        count ? m_products.page(scope, m_pageSize, 0) : Result<std::vector<Product>>(count.error());
    if (!page)
        error = page.error().message;
    else {
        total = *count;
        first = std::move(page).value();
    }
    m_changing = true;
    beginResetModel();
    m_scope = scope;
    m_total = total;
    m_rows = std::move(first);
    endResetModel();
    m_changing = false;
    return error;
}

void QualifyingProductsModel::clear()
{
    m_changing = true;
    beginResetModel();
    m_scope.reset();
    m_total = 0;
    m_rows.clear();
    endResetModel();
    m_changing = false;
}

int QualifyingProductsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QualifyingProductsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QualifyingProductsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product& p = m_rows[std::size_t(index.row())];
    if (role == Qt::ToolTipRole)
        return tr("%1 · %2 · store price %3")
            .arg(p.description, label(p.sizeClass), p.price.format());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case UpcColumn:
        return Gtin::displayOf(p.gtin);
    case DescriptionColumn:
        return p.active ? p.description : tr("%1 (withdrawn)").arg(p.description);
    case SizeColumn:
        // The class as the catalog writes it (S, M, L, XL), with the weight when known.
        if (p.weightGrams <= 0)
            return toCode(p.sizeClass);
        return tr("%1 · %2 kg")
            .arg(toCode(p.sizeClass), QLocale().toString(p.weightGrams / 1000.0, 'f', 1));
    default:
        return {};
    }
}

QVariant QualifyingProductsModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UpcColumn:
        return tr("UPC");
    case DescriptionColumn:
        return tr("Description");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

bool QualifyingProductsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_scope && qint64(m_rows.size()) < m_total;
}

void QualifyingProductsModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_changing)
        return;
    auto more = m_products.page(*m_scope, m_pageSize, int(m_rows.size()));
    if (!more || more->empty()) {
        m_total = qint64(m_rows.size()); // nothing more to read: stop asking
        return;
    }
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more->size()) - 1);
    m_rows.insert(m_rows.end(), more->begin(), more->end());
    endInsertRows();
    m_changing = false;
}

} // namespace astro::ui

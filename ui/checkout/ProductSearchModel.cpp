#include "ProductSearchModel.h"

#include "catalog/CatalogRepository.h"
#include "domain/Gtin.h"

namespace astro::ui {

ProductSearchModel::ProductSearchModel(CatalogRepository& catalog, QObject* parent)
    : QAbstractListModel(parent), m_catalog(catalog)
{}

void ProductSearchModel::search(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    beginResetModel();
    m_text = trimmed;
    m_rows.clear();
    if (trimmed.size() >= 2) {
        auto found = m_catalog.searchProducts(trimmed, m_limit);
        if (found)
            m_rows = std::move(found).value();
    }
    endResetModel();
}

int ProductSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProductSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product& p = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return QStringLiteral("%1 — %2 — %3")
            .arg(p.description, Gtin::displayOf(p.gtin), p.price.format(QLocale()));
    case Qt::ToolTipRole:
        return p.description;
    case GtinRole:
        return p.gtin;
    default:
        return {};
    }
}

} // namespace astro::ui

#pragma once

#include "programs/QualifyingProducts.h"

#include <QAbstractTableModel>

#include <vector>

namespace astro::ui {

// The qualifying products of a program, a card or an offer, a page at a time by description:
// barcode, description and size (the store price in the tooltip).
class QualifyingProductsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UpcColumn,
        DescriptionColumn,
        SizeColumn,
        ColumnCount
    };

    explicit QualifyingProductsModel(QualifyingProducts products, QObject* parent = nullptr);

    // The first page of the scope; an error message, or empty. total() counts them all.
    QString load(const ProductScope& scope);
    void clear();
    qint64 total() const { return m_total; }
    void setPageSize(int size) { m_pageSize = size; }
    const Product& productAt(int row) const { return m_rows.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QualifyingProducts m_products;
    std::optional<ProductScope> m_scope;
    qint64 m_total = 0;
    int m_pageSize = 100;
    // Views and testers may ask for more while a change is being announced: not then.
    bool m_changing = false;
    std::vector<Product> m_rows;
};

} // namespace astro::ui

#pragma once

#include "domain/CatalogTypes.h"

#include <QAbstractTableModel>

class QTableView;

#include <vector>

namespace astro::ui {

// Items the cashier may choose from (a reward's or an offer's free items): description, UPC,
// size and price.
class ProductChoiceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DescriptionColumn,
        UpcColumn,
        SizeColumn,
        PriceColumn,
        ColumnCount
    };
    enum Role
    {
        GtinRole = Qt::UserRole + 1,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setProducts(std::vector<Product> products);
    const Product& productAt(int row) const { return m_rows.at(std::size_t(row)); }
    // Re-reads labels after the language changed.
    void retranslate();
    // Shows this model in `view` the way every choice list looks: whole rows, one at a time,
    // the description stretched.
    void attachTo(QTableView* view);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Product> m_rows;
};

} // namespace astro::ui

#pragma once

#include "domain/CatalogTypes.h"

#include <QAbstractListModel>

#include <vector>

namespace astro {
class CatalogRepository;
}

namespace astro::ui {

// Products whose description has every word typed, for picking an item by name when there is
// no barcode to scan (a completer's model).
class ProductSearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        GtinRole = Qt::UserRole + 1,
    };

    explicit ProductSearchModel(CatalogRepository& catalog, QObject* parent = nullptr);

    void search(const QString& text);
    void setLimit(int limit) { m_limit = limit; }
    const Product& productAt(int row) const { return m_rows.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    CatalogRepository& m_catalog;
    int m_limit = 30;
    QString m_text;
    std::vector<Product> m_rows;
};

} // namespace astro::ui

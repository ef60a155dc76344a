#pragma once

#include "engine/VisitService.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace astro {
class Store;
}

namespace astro::ui {

// The items scanned in the open visit, newest first, each with the cards it punched and a
// Void action until the visit is finished.
class VisitScansModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ItemColumn,
        QuantityColumn,
        CardsColumn,
        ActionColumn,
        ColumnCount
    };
    enum Role
    {
        ScanIdRole = Qt::UserRole + 1,
        VoidedRole,
    };

    explicit VisitScansModel(Store& store, QObject* parent = nullptr);

    // Reads the visit's scans (0: none). Returns the engine's message on failure.
    QString load(qint64 visitId);
    QString reload() { return load(m_visitId); }

    const ScanRecord& scanAt(int row) const { return m_rows.at(std::size_t(row)); }
    int activeCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString cardTitles(const ScanRecord& scan) const;

    Store& m_store;
    qint64 m_visitId = 0;
    std::vector<ScanRecord> m_rows;
    QHash<QString, QString> m_cardTitles;
};

} // namespace astro::ui

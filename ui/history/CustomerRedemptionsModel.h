#pragma once

#include "engine/Redemption.h"

#include <QAbstractTableModel>

#include <vector>

namespace astro {
class RedemptionService;
}

namespace astro::ui {

// A customer's redemptions, newest first, with where each credit stands and an Undo action
// for those who may undo after the visit.
class CustomerRedemptionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        CardColumn,
        ItemColumn,
        StatusColumn,
        ActionColumn,
        ColumnCount
    };
    enum Role
    {
        RedemptionIdRole = Qt::UserRole + 1,
    };

    explicit CustomerRedemptionsModel(RedemptionService& redemptions, QObject* parent = nullptr);

    QString load(qint64 customerId);
    QString reload() { return load(m_customerId); }
    void setCanUndo(bool canUndo);
    const Redemption& redemptionAt(int row) const { return m_rows.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    RedemptionService& m_redemptions;
    qint64 m_customerId = 0;
    bool m_canUndo = false;
    std::vector<Redemption> m_rows;
};

} // namespace astro::ui

#pragma once

#include "engine/Redemption.h"

#include <QAbstractTableModel>

#include <vector>

namespace astro {
class RedemptionService;
}

namespace astro::ui {

// What was given free in the open visit, with Undo until the visit is finished.
class VisitRedemptionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ItemColumn,
        CardColumn,
        ActionColumn,
        ColumnCount
    };
    enum Role
    {
        RedemptionIdRole = Qt::UserRole + 1,
    };

    explicit VisitRedemptionsModel(RedemptionService& redemptions, QObject* parent = nullptr);

    QString load(qint64 visitId);
    QString reload() { return load(m_visitId); }
    const Redemption& redemptionAt(int row) const { return m_rows.at(std::size_t(row)); }
    int activeCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    RedemptionService& m_redemptions;
    qint64 m_visitId = 0;
    std::vector<Redemption> m_rows;
};

} // namespace astro::ui

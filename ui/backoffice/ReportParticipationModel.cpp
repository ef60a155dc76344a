#include "ReportParticipationModel.h"

#include <QFont>
#include <QLocale>

namespace astro::ui {

void ReportParticipationModel::setRows(std::vector<ProgramParticipation> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_total = ProgramParticipation{};
    for (const ProgramParticipation& p : m_rows) {
        m_total.punchedUnits += p.punchedUnits;
        m_total.cardsCompleted += p.cardsCompleted;
        m_total.rewardsRedeemed += p.rewardsRedeemed;
        m_total.redeemedUnits += p.redeemedUnits;
        m_total.redemptionCost = m_total.redemptionCost + p.redemptionCost;
    }
    endResetModel();
}

int ReportParticipationModel::rowOfProgram(const QString& programId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].programId == programId)
            return int(i);
    return -1;
}

int ReportParticipationModel::rowCount(const QModelIndex& parent) const
{
    // The total row follows the programs, when there are any.
    return parent.isValid() || m_rows.empty() ? 0 : int(m_rows.size()) + 1;
}

int ReportParticipationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportParticipationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool isTotal = std::size_t(index.row()) == m_rows.size();
    const ProgramParticipation& p = isTotal ? m_total : m_rows[std::size_t(index.row())];
    if (role == Qt::FontRole && isTotal) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= PunchedColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case ProgramColumn:
        if (isTotal)
            return tr("Total");
        return p.offer ? tr("%1 (offer)").arg(p.title) : p.title;
    case ManufacturerColumn:
        return p.manufacturer;
    case PunchedColumn:
        // Offers have no cards: nothing is punched or completed on them.
        return p.offer ? QString() : locale.toString(p.punchedUnits);
    case CompletedColumn:
        return p.offer ? QString() : locale.toString(p.cardsCompleted);
    case RedeemedColumn:
        return locale.toString(p.rewardsRedeemed);
    case CostColumn:
        return p.redemptionCost.format(locale);
    default:
        return {};
    }
}

QVariant ReportParticipationModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProgramColumn:
        return tr("Program or offer");
    case ManufacturerColumn:
        return tr("Manufacturer");
    case PunchedColumn:
        return tr("Units punched");
    case CompletedColumn:
        return tr("Cards completed");
    case RedeemedColumn:
        return tr("Rewards redeemed");
    case CostColumn:
        return tr("Redemption cost");
    default:
        return {};
    }
}

} // namespace astro::ui

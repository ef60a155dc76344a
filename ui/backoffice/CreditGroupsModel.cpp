#include "CreditGroupsModel.h"

#include "ui/backoffice/EnrollmentText.h"
#include "ui/common/Theme.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace astro::ui {

namespace {

const quintptr topRow = 0;

// A count shows only when there is one: a row of zeros hides the one that matters.
QVariant countText(int n)
{
    return n == 0 ? QString() : QLocale().toString(n);
}

} // namespace

QString CreditGroupsModel::setGroups(const CreditQuery& query,
                                     Result<std::vector<CreditGroup>> groups)
{
    beginResetModel();
    m_query = query;
    m_nodes.clear();
    Node all;
    all.all = true;
    m_nodes.push_back(all);
    if (groups) {
        // The query sorts by distributor: consecutive groups share one.
        for (CreditGroup& g : *groups) {
            if (m_nodes.size() == 1 || m_nodes.back().distributorId != g.distributorId) {
                Node node;
                node.distributorId = g.distributorId;
                node.name = g.distributorName;
                node.temporaryHolding = g.temporaryHolding;
                m_nodes.push_back(std::move(node));
            }
            for (Node* n : {&m_nodes.front(), &m_nodes.back()}) {
                n->counts += g.counts;
                n->quantity += g.quantity;
                n->total = n->total + g.total;
            }
            m_nodes.back().manufacturers.push_back(std::move(g));
        }
    }
    endResetModel();
    return groups ? QString() : groups.error().message;
}

const CreditGroupsModel::Node& CreditGroupsModel::nodeOf(const QModelIndex& index) const
{
    const quintptr id = index.internalId();
    return m_nodes[std::size_t(id == topRow ? index.row() : int(id) - 1)];
}

const CreditGroup* CreditGroupsModel::groupOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == topRow)
        return nullptr;
    return &nodeOf(index).manufacturers[std::size_t(index.row())];
}

QString CreditGroupsModel::nameOf(const Node& node) const
{
    if (node.all)
        return tr("All credits");
    if (node.distributorId.isEmpty())
        return tr("Direct: the manufacturer credits the store");
    return EnrollmentText::distributorName(node.distributorId, node.name);
}

CreditQuery CreditGroupsModel::queryFor(const QModelIndex& index) const
{
    CreditQuery q = m_query;
    if (!index.isValid())
        return q;
    const Node& node = nodeOf(index);
    if (node.all)
        return q;
    q.distributorId = node.distributorId;
    if (const CreditGroup* g = groupOf(index))
        q.manufacturerId = g->manufacturerId;
    return q;
}

CreditCounts CreditGroupsModel::countsAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return m_nodes.empty() ? CreditCounts{} : m_nodes.front().counts;
    const CreditGroup* g = groupOf(index);
    return g ? g->counts : nodeOf(index).counts;
}

Money CreditGroupsModel::totalAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return m_nodes.empty() ? Money{} : m_nodes.front().total;
    const CreditGroup* g = groupOf(index);
    return g ? g->total : nodeOf(index).total;
}

CreditGroupsModel::Key CreditGroupsModel::keyAt(const QModelIndex& index) const
{
    if (!index.isValid() || nodeOf(index).all)
        return {};
    const CreditGroup* g = groupOf(index);
    return {false, nodeOf(index).distributorId, g ? g->manufacturerId : QString()};
}

QModelIndex CreditGroupsModel::indexOf(const Key& key) const
{
    for (int row = 0; row < int(m_nodes.size()); ++row) {
        const Node& node = m_nodes[std::size_t(row)];
        if (node.all != key.all || (!key.all && node.distributorId != key.distributorId))
            continue;
        const QModelIndex top = index(row, NameColumn);
        if (key.manufacturerId.isEmpty())
            return top;
        for (int child = 0; child < int(node.manufacturers.size()); ++child)
            if (node.manufacturers[std::size_t(child)].manufacturerId == key.manufacturerId)
                return index(child, NameColumn, top);
        return {};
    }
    return {};
}

QModelIndex CreditGroupsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, topRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CreditGroupsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == topRow)
        return {};
    return createIndex(int(child.internalId()) - 1, NameColumn, topRow);
}

int CreditGroupsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.column() != NameColumn || parent.internalId() != topRow)
        return 0;
    return int(m_nodes[std::size_t(parent.row())].manufacturers.size());
}

int CreditGroupsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CreditGroupsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node& node = nodeOf(index);
    const CreditGroup* group = groupOf(index);
    const CreditCounts counts = group ? group->counts : node.counts;
    if (role == Qt::TextAlignmentRole)
        return index.column() == NameColumn ? QVariant()
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && !group) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == DeclinedColumn && counts.declined > 0)
            return QBrush(Theme::color(Theme::Danger));
        if (index.column() == HeldColumn && counts.held > 0)
            return QBrush(Theme::color(Theme::Warning));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn && group)
        return tr("%1, credited by %2").arg(group->manufacturerName, nameOf(node));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return group ? group->manufacturerName : nameOf(node);
    case LinesColumn:
        return QLocale().toString(counts.all());
    case TotalColumn:
        return (group ? group->total : node.total).format(QLocale());
    case UncreditedColumn:
        return countText(counts.uncredited);
    case CreditedColumn:
        return countText(counts.credited);
    case ReconciledColumn:
        return countText(counts.reconciled);
    case DeclinedColumn:
        return countText(counts.declined);
    case HeldColumn:
        return countText(counts.held);
    default:
        return {};
    }
}

QVariant CreditGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Distributor / manufacturer");
    case LinesColumn:
        return tr("Redemptions");
    case TotalColumn:
        return tr("Total");
    case UncreditedColumn:
        return label(CreditStatus::Uncredited);
    case CreditedColumn:
        return label(CreditStatus::Credited);
    case ReconciledColumn:
        return label(CreditStatus::Reconciled);
    case DeclinedColumn:
        return label(CreditStatus::Declined);
    case HeldColumn:
        return tr("Held");
    default:
        return {};
    }
}

} // namespace astro::ui

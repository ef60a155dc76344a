#include "CreditLinesModel.h"

#include "ui/backoffice/EnrollmentText.h"
#include "ui/common/Theme.h"

#include "catalog/CatalogRepository.h"
#include "domain/Gtin.h"
#include "store/Store.h"

#include <QBrush>
#include <QLocale>

namespace astro::ui {

CreditLinesModel::CreditLinesModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
{}

QString CreditLinesModel::creditorOf(const Redemption& r) const
{
    if (r.fulfillment != Fulfillment::Direct)
        return EnrollmentText::distributorName(r.distributorId, r.distributorName);
    if (!m_manufacturers.contains(r.manufacturerId)) {
        auto name = m_store.catalog().manufacturerName(r.manufacturerId);
        m_manufacturers.insert(r.manufacturerId,
                               name && !name->isEmpty() ? *name : r.manufacturerId);
    }
    return m_manufacturers.value(r.manufacturerId);
}

std::vector<Redemption> CreditLinesModel::page(int offset, int limit, QString& error)
{
    auto rows = CreditQueries(m_store.db()).page(m_query, limit, offset);
    if (!rows) {
        error = rows.error().message;
        m_atEnd = true;
        return {};
    }
    m_atEnd = int(rows->size()) < limit;
    return std::move(rows).value();
}

QString CreditLinesModel::load(const CreditQuery& query)
{
    QString error;
    beginResetModel();
    m_changing = true;
    m_query = query;
    m_locations.clear();
    m_manufacturers.clear();
    if (auto locations = m_store.catalog().locations())
        for (const Location& l : *locations)
            m_locations.insert(l.id, l.name);
    else
        error = locations.error().message;
    m_rows = page(0, m_pageSize, error);
    endResetModel();
    m_changing = false;
    return error;
}

QString CreditLinesModel::reload()
{
    QString error;
    const int shown = qMax(m_pageSize, int(m_rows.size()));
    beginResetModel();
    m_changing = true;
    m_rows = page(0, shown, error);
    endResetModel();
    m_changing = false;
    return error;
}

int CreditLinesModel::rowOf(qint64 redemptionId) const
{
    for (int row = 0; row < int(m_rows.size()); ++row)
        if (m_rows[std::size_t(row)].id == redemptionId)
            return row;
    return -1;
}

int CreditLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CreditLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CreditLinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Redemption& r = m_rows[std::size_t(index.row())];
    switch (role) {
    case RedemptionIdRole:
        return r.id;
    case StatusRole:
        return int(r.creditStatus);
    case Qt::TextAlignmentRole:
        return index.column() == QuantityColumn || index.column() == CostColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ForegroundRole:
        if (index.column() != StatusColumn)
            return {};
        switch (r.creditStatus) {
        case CreditStatus::Declined:
            return QBrush(Theme::color(Theme::Danger));
        case CreditStatus::Held:
            return QBrush(Theme::color(Theme::Warning));
        case CreditStatus::Reconciled:
            return QBrush(Theme::color(Theme::Success));
        default:
            return {};
        }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SecondLineRole:
        return display(r, index.column(), role);
    default:
        return {};
    }
}

QString CreditLinesModel::accountText(const Redemption& r)
{
    if (r.creditStatus == CreditStatus::Held)
        return tr("—");
    return r.accountNumber.isEmpty() ? tr("(none)") : r.accountNumber;
}

QVariant CreditLinesModel::display(const Redemption& r, int column, int role) const
{
    const bool second = role == SecondLineRole;
    switch (column) {
    case DateColumn:
        return second ? QVariant() : QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat);
    case CustomerColumn:
        return second ? locationName(r.locationId) : r.customerName;
    case ItemColumn: {
        const QString card =
            r.cardTitle.isEmpty() ? r.programTitle : tr("%1 · %2").arg(r.cardTitle, r.programTitle);
        if (second)
            return card;
        if (role == Qt::ToolTipRole)
            return tr("%1\nUPC %2\n%3").arg(r.description, Gtin::displayOf(r.gtin), card);
        return r.description;
    }
    case QuantityColumn:
        return second ? QVariant() : QLocale().toString(r.quantity);
    case CostColumn:
        return second ? QVariant() : r.cost.format(QLocale());
    case DistributorColumn:
        // The account number it was sent with, under the creditor.
        if (!second)
            return creditorOf(r);
        return r.creditStatus == CreditStatus::Held ? QString()
                                                    : tr("Account: %1").arg(accountText(r));
    case AccountColumn:
        return second ? QVariant() : accountText(r);
    case StatusColumn: {
        // Under the status: why it was declined, or the note left when it was resubmitted.
        const QString why = r.creditStatus == CreditStatus::Declined ? r.declineReason : r.note;
        if (second)
            return why;
        if (role == Qt::ToolTipRole && !why.isEmpty())
            return tr("%1: %2").arg(label(r.creditStatus), why);
        return label(r.creditStatus);
    }
    case LocationColumn:
        return second ? QVariant() : locationName(r.locationId);
    default:
        return {};
    }
}

QVariant CreditLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Given");
    case CustomerColumn:
        return tr("Customer");
    case ItemColumn:
        return tr("Item");
    case QuantityColumn:
        return tr("Qty");
    case CostColumn:
        return tr("Cost");
    case DistributorColumn:
        return tr("Credited by");
    case AccountColumn:
        return tr("Account number");
    case StatusColumn:
        return tr("Credit status");
    case LocationColumn:
        return tr("Location");
    default:
        return {};
    }
}

bool CreditLinesModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CreditLinesModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_changing)
        return;
    QString error;
    std::vector<Redemption> more = page(int(m_rows.size()), m_pageSize, error);
    if (more.empty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(more.begin()),
                  std::make_move_iterator(more.end()));
    endInsertRows();
    m_changing = false;
}

} // namespace astro::ui

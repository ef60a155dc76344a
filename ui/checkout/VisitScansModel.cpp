#include "VisitScansModel.h"

#include "catalog/CatalogRepository.h"
#include "domain/Gtin.h"
#include "store/Store.h"

#include <QFont>
#include <QPalette>

#include <algorithm>

namespace astro::ui {

VisitScansModel::VisitScansModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
{}

QString VisitScansModel::load(qint64 visitId)
{
    QString error;
    beginResetModel();
    m_visitId = visitId;
    m_rows.clear();
    if (visitId != 0) {
        auto scans = m_store.visits().scans(visitId);
        if (scans) {
            m_rows = std::move(scans).value();
            std::reverse(m_rows.begin(), m_rows.end());
            for (const ScanRecord& s : m_rows)
                for (const QString& id : s.cardIds)
                    if (!m_cardTitles.contains(id)) {
                        auto card = m_store.catalog().card(id);
                        m_cardTitles.insert(id, card && card->has_value() ? (*card)->title : id);
                    }
        } else {
            error = scans.error().message;
        }
    }
    endResetModel();
    return error;
}

int VisitScansModel::activeCount() const
{
    return int(
        std::count_if(m_rows.begin(), m_rows.end(), [](const ScanRecord& s) { return !s.voided; }));
}

QString VisitScansModel::cardTitles(const ScanRecord& scan) const
{
    QStringList titles;
    for (const QString& id : scan.cardIds)
        titles << m_cardTitles.value(id, id);
    titles.sort(Qt::CaseInsensitive);
    return titles.join(QStringLiteral(", "));
}

int VisitScansModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VisitScansModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitScansModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScanRecord& s = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn:
            return s.product.description;
        case QuantityColumn:
            return QStringLiteral("× %1").arg(s.quantity);
        case CardsColumn:
            if (!s.exceptionReason.isEmpty())
                return tr("%1 (added by hand)").arg(cardTitles(s));
            return s.cardIds.isEmpty() ? tr("Offer only") : cardTitles(s);
        case ActionColumn:
            return s.voided ? QString() : tr("Void");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1 · UPC %2 · %3")
            .arg(s.product.description, Gtin::displayOf(s.product.gtin),
                 Money{s.unitPriceCents}.format(QLocale()));
    case Qt::FontRole:
        if (s.voided) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (s.voided)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case ScanIdRole:
        return s.id;
    case VoidedRole:
        return s.voided;
    default:
        return {};
    }
}

QVariant VisitScansModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case QuantityColumn:
        return tr("Qty");
    case CardsColumn:
        return tr("Punched");
    case ActionColumn:
        return QString();
    default:
        return {};
    }
}

} // namespace astro::ui

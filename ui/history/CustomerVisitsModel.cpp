#include "CustomerVisitsModel.h"

#include "common/Text.h"
#include "storage/Database.h"

#include <QLocale>

namespace astro::ui {

CustomerVisitsModel::CustomerVisitsModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{}

std::vector<CustomerVisitsModel::VisitRow> CustomerVisitsModel::page(int offset, QString& error)
{
    auto rows = m_db.select(
        QStringLiteral(
            "SELECT v.id, v.started_at, v.finished_at, coalesce(l.name, v.location_id), "
            "coalesce(u.name, ''), (SELECT count(*) FROM scans s WHERE s.visit_id = v.id AND "
            "s.voided_at IS NULL), (SELECT coalesce(sum(s.quantity), 0) FROM scans s WHERE "
            "s.visit_id = v.id AND s.voided_at IS NULL), (SELECT count(*) FROM redemptions r "
            "WHERE r.visit_id = v.id AND r.undone_at IS NULL), v.reason FROM visits v LEFT JOIN "
            "locations l ON l.id = v.location_id LEFT JOIN users u ON u.id = v.user_id WHERE "
            "v.customer_id = ? ORDER BY v.started_at DESC, v.id DESC LIMIT ? OFFSET ?"),
        {m_customerId, m_pageSize, offset});
    if (!rows) {
        error = rows.error().message;
        m_atEnd = true;
        return {};
    }
    std::vector<VisitRow> out;
    for (const Row& r : *rows) {
        VisitRow v;
        v.id = r[0].toLongLong();
        v.startedAt = text::fromIsoUtc(r[1].toString());
        if (!r[2].isNull())
            v.finishedAt = text::fromIsoUtc(r[2].toString());
        v.location = r[3].toString();
        v.cashier = r[4].toString();
        v.scans = r[5].toInt();
        v.units = r[6].toInt();
        v.redemptions = r[7].toInt();
        v.reason = r[8].toString();
        out.push_back(v);
    }
    m_atEnd = int(out.size()) < m_pageSize;
    return out;
}

QString CustomerVisitsModel::load(qint64 customerId)
{
    QString error;
    beginResetModel();
    m_changing = true;
    m_customerId = customerId;
    m_rows.clear();
    m_atEnd = true;
    if (customerId != 0)
        m_rows = page(0, error);
    endResetModel();
    m_changing = false;
    return error;
}

int CustomerVisitsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerVisitsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerVisitsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VisitRow& v = m_rows[std::size_t(index.row())];
    if (role == VisitIdRole)
        return v.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(v.startedAt.toLocalTime(), QLocale::ShortFormat);
    case LocationColumn:
        return v.location;
    case CashierColumn:
        return v.cashier;
    case UnitsColumn:
        return tr("%n unit(s)", nullptr, v.units);
    case FreeColumn:
        return v.redemptions == 0 ? QString() : tr("%n free", nullptr, v.redemptions);
    case NoteColumn:
        if (!v.finishedAt.isValid())
            return tr("Open");
        return v.reason;
    default:
        return {};
    }
}

QVariant CustomerVisitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case LocationColumn:
        return tr("Location");
    case CashierColumn:
        return tr("Served by");
    case UnitsColumn:
        return tr("Bought");
    case FreeColumn:
        return tr("Given");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

bool CustomerVisitsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CustomerVisitsModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_changing)
        return;
    QString error;
    std::vector<VisitRow> more = page(int(m_rows.size()), error);
    if (more.empty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.insert(m_rows.end(), more.begin(), more.end());
    endInsertRows();
    m_changing = false;
}

} // namespace astro::ui

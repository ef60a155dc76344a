#include "ProgramRequestsModel.h"

#include "ui/common/Theme.h"

#include <QBrush>
#include <QLocale>

namespace astro::ui {

ProgramRequestsModel::ProgramRequestsModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent), m_service(store)
{}

QString ProgramRequestsModel::load()
{
    auto first = m_service.list(m_pageSize, 0);
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    if (first) {
        m_rows = std::move(first).value();
        m_atEnd = int(m_rows.size()) < m_pageSize;
    }
    endResetModel();
    m_changing = false;
    return first ? QString() : first.error().message;
}

int ProgramRequestsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgramRequestsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgramRequestsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgramRequestRecord& r = m_rows[std::size_t(index.row())];
    if (role == UuidRole)
        return r.request.uuid;
    if (role == Qt::ForegroundRole && index.column() == StateColumn && !r.sent())
        return QBrush(Theme::color(Theme::Warning));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat);
    case BrandsColumn:
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2), asked by %3")
                .arg(r.request.brands.join(QStringLiteral(", ")), r.request.parentCompany,
                     r.createdBy);
        return r.request.brands.join(QStringLiteral(", "));
    case OfferColumn:
        return ProgramRequestService::offerText(r.request);
    case StateColumn:
        return ProgramRequestService::stateLabel(r.state);
    case TicketColumn:
        return r.ticket;
    case AnswerColumn:
        return r.answer;
    default:
        return {};
    }
}

QVariant ProgramRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Asked on");
    case BrandsColumn:
        return tr("Brands");
    case OfferColumn:
        return tr("Offer");
    case StateColumn:
        return tr("State");
    case TicketColumn:
        return tr("Ticket");
    case AnswerColumn:
        return tr("Answer");
    default:
        return {};
    }
}

bool ProgramRequestsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ProgramRequestsModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_changing)
        return;
    auto more = m_service.list(m_pageSize, int(m_rows.size()));
    if (!more || more->empty()) {
        m_atEnd = true;
        return;
    }
    m_atEnd = int(more->size()) < m_pageSize;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more->size()) - 1);
    m_rows.insert(m_rows.end(), more->begin(), more->end());
    endInsertRows();
    m_changing = false;
}

} // namespace astro::ui

#include "AuditLogModel.h"

#include "ui/backoffice/AuditText.h"

#include "catalog/CatalogRepository.h"
#include "enrollment/EnrollmentService.h"
#include "store/Store.h"

#include <QLocale>

namespace astro::ui {

AuditLogModel::AuditLogModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
{}

std::vector<AuditEntry> AuditLogModel::page(const AuditEntry* after, QString& error)
{
    AuditFilter f = m_filter;
    f.beforeId = after ? after->id : 0;
    f.beforeAt = after ? after->at : QDateTime();
    f.limit = m_pageSize;
    f.offset = 0;
    auto rows = m_store.auditLog().entries(f);
    if (!rows) {
        error = rows.error().message;
        m_atEnd = true;
        return {};
    }
    m_atEnd = int(rows->size()) < m_pageSize;
    return std::move(rows).value();
}

QString AuditLogModel::load(const AuditFilter& filter)
{
    QString error;
    beginResetModel();
    m_changing = true;
    m_filter = filter;
    m_locations.clear();
    m_titles.clear();
    m_distributors.clear();
    if (auto locations = m_store.catalog().locations())
        for (const Location& l : *locations)
            m_locations.insert(l.id, l.name);
    else
        error = locations.error().message;
    if (auto distributors = m_store.catalog().distributors())
        for (const Distributor& d : *distributors)
            m_distributors.insert(d.id, d.name);
    else
        error = distributors.error().message;
    m_rows = page(nullptr, error);
    endResetModel();
    m_changing = false;
    return error;
}

void AuditLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    endResetModel();
}

QString AuditLogModel::subjectText(const AuditEntry& e) const
{
    if (!e.subject.startsWith(QLatin1String("enrollment:")))
        return AuditText::name(e);
    const QString subject = AuditText::name(e).section(QLatin1Char('/'), 1);
    if (!m_titles.contains(subject)) {
        auto found = m_store.enrollment().subject(subject);
        m_titles.insert(subject, found && found->has_value() ? (*found)->title : subject);
    }
    return m_titles.value(subject);
}

QString AuditLogModel::subjectDetail(const AuditEntry& e) const
{
    const QString kind = AuditText::kindLabel(AuditText::kindOf(e));
    if (!e.subject.startsWith(QLatin1String("enrollment:")))
        return kind;
    return tr("%1 · %2").arg(kind,
                             locationName(AuditText::name(e).section(QLatin1Char('/'), 0, 0)));
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_rows[std::size_t(index.row())];
    if (role == EntryIdRole)
        return e.id;
    if (role == SecondLineRole)
        return index.column() == SubjectColumn ? subjectDetail(e) : QString();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case UserColumn:
        return AuditText::user(e.userName);
    case LocationColumn:
        return e.locationId.isEmpty() ? QString() : locationName(e.locationId);
    case SubjectColumn:
        // The recorded subject stays one hover away: it is what a search finds.
        return role == Qt::ToolTipRole
                   ? tr("%1\n%2\n%3").arg(subjectText(e), subjectDetail(e), e.subject)
                   : subjectText(e);
    case FieldColumn:
        return AuditText::field(e);
    case ChangeColumn:
        return AuditText::change(e, m_distributors);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case UserColumn:
        return tr("Who");
    case LocationColumn:
        return tr("Location");
    case SubjectColumn:
        return tr("What");
    case FieldColumn:
        return tr("Field");
    case ChangeColumn:
        return tr("Old → new");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_changing || m_rows.empty())
        return;
    QString error;
    std::vector<AuditEntry> more = page(&m_rows.back(), error);
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

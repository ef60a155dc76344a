#include "ProgramListModel.h"

#include "ui/backoffice/ProgramWording.h"
#include "ui/common/Theme.h"

#include "catalog/CatalogRepository.h"
#include "store/Store.h"

#include <QBrush>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace astro::ui {

ProgramListModel::ProgramListModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
{}

QString ProgramListModel::fill(const QString& locationId, std::vector<Entry>& out)
{
    auto available = m_store.enrollment().available(locationId);
    if (!available)
        return available.error().message;
    auto enrolled = m_store.enrollment().list(locationId);
    if (!enrolled)
        return enrolled.error().message;
    auto programs = m_store.catalog().programs();
    if (!programs)
        return programs.error().message;
    auto offers = m_store.catalog().offers();
    if (!offers)
        return offers.error().message;

    QHash<QString, Enrollment> enrollmentOf;
    for (const Enrollment& e : *enrolled)
        enrollmentOf.insert(e.subjectId, e);
    QSet<QString> shown;
    for (const Subject& s : *available)
        shown.insert(s.id);
    // A withdrawn or no longer published program the location is still enrolled in shows too.
    for (const Enrollment& e : *enrolled)
        shown.insert(e.subjectId);

    QHash<QString, QString> manufacturers;
    auto manufacturerName = [&](const QString& id) -> QString {
        if (!manufacturers.contains(id)) {
            auto name = m_store.catalog().manufacturerName(id);
            manufacturers.insert(id, name ? *name : id);
        }
        return manufacturers.value(id);
    };
    auto enrollment = [&](const QString& id) {
        return enrollmentOf.contains(id) ? std::optional<Enrollment>(enrollmentOf.value(id))
                                         : std::optional<Enrollment>();
    };
    for (const Program& p : *programs)
        if (shown.contains(p.id))
            out.push_back(Entry{p.id, false, p.title, manufacturerName(p.manufacturerId),
                                label(p.kind), p.fulfillment, p.availableFrom, p.availableTo,
                                p.active, enrollment(p.id)});
    for (const Offer& o : *offers)
        if (shown.contains(o.id))
            out.push_back(Entry{o.id, true, o.title, manufacturerName(o.manufacturerId),
                                label(ProgramKind::Offer), o.fulfillment, o.availableFrom,
                                o.availableTo, o.active, enrollment(o.id)});
    // Programs before offers; what the location runs first; then by title.
    std::stable_sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) {
        if (a.isOffer != b.isOffer)
            return !a.isOffer;
        if (a.enrollment.has_value() != b.enrollment.has_value())
            return a.enrollment.has_value();
        return a.title.localeAwareCompare(b.title) < 0;
    });
    return {};
}

QString ProgramListModel::load(const QString& locationId)
{
    std::vector<Entry> rows;
    const QString error = locationId.isEmpty() ? QString() : fill(locationId, rows);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return error;
}

int ProgramListModel::rowOf(const QString& subjectId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == subjectId)
            return int(i);
    return -1;
}

int ProgramListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgramListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgramListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_rows[std::size_t(index.row())];
    switch (role) {
    case SubjectIdRole:
        return e.id;
    case SecondaryRole:
        if (index.column() == EnrollmentColumn)
            return tr("%1 · %2").arg(ProgramWording::shortFulfillment(e.fulfillment),
                                     ProgramWording::shortDates(e.from, e.to));
        return e.active ? tr("%1 · %2").arg(e.manufacturer, e.kind)
                        : tr("%1 · %2 · withdrawn").arg(e.manufacturer, e.kind);
    case Qt::ForegroundRole:
        if (index.column() == EnrollmentColumn) {
            if (!e.enrollment)
                return QBrush(Theme::color(Theme::Muted));
            if (e.enrollment->held())
                return QBrush(Theme::color(Theme::Warning));
            return QBrush(Theme::color(Theme::Success));
        }
        return {};
    case Qt::DisplayRole:
        return index.column() == TitleColumn ? e.title
                                             : ProgramWording::enrollmentState(e.enrollment);
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return e.title;
        return QStringList{ProgramWording::enrollmentDetail(e.enrollment), label(e.fulfillment),
                           ProgramWording::dates(e.from, e.to)}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant ProgramListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Program or offer");
    case EnrollmentColumn:
        return tr("Enrollment");
    default:
        return {};
    }
}

} // namespace astro::ui

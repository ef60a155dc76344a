#include "EnrollmentGridModel.h"

#include "ui/backoffice/EnrollmentText.h"
#include "ui/common/Theme.h"

#include "catalog/CatalogRepository.h"
#include "store/Store.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace astro::ui {

namespace {
// The role's color mixed into the list's surface: a cell background that still reads as amber,
// in the light scheme and the dark one.
QColor tint(const QColor& c, qreal amount)
{
    const QColor surface = Theme::color(Theme::Surface);
    const auto mix = [amount](int channel, int under) {
        return int(channel * amount + under * (1 - amount));
    };
    return QColor(mix(c.red(), surface.red()), mix(c.green(), surface.green()),
                  mix(c.blue(), surface.blue()));
}
} // namespace

EnrollmentGridModel::EnrollmentGridModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
{}

QString EnrollmentGridModel::key(const QString& locationId, const QString& subjectId)
{
    return locationId + QLatin1Char('\n') + subjectId;
}

QString EnrollmentGridModel::load()
{
    std::vector<Location> locations;
    std::vector<Subject> subjects;
    QHash<QString, Enrollment> enrollments;
    QHash<QString, bool> published;
    QString error;

    auto all = m_store.catalog().locations();
    if (!all)
        error = all.error().message;
    else
        locations = *all;
    for (const Location& l : locations) {
        auto available = m_store.enrollment().available(l.id);
        if (!available) {
            error = available.error().message;
            break;
        }
        for (const Subject& s : *available) {
            published.insert(key(l.id, s.id), true);
            if (std::none_of(subjects.begin(), subjects.end(),
                             [&](const Subject& known) { return known.id == s.id; }))
                subjects.push_back(s);
        }
    }
    // Programs first, then offers, each by title: the order a manager looks for them in.
    std::stable_sort(subjects.begin(), subjects.end(), [](const Subject& a, const Subject& b) {
        if (a.isOffer != b.isOffer)
            return !a.isOffer;
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    auto list = m_store.enrollment().list();
    if (!list)
        error = list.error().message;
    else
        for (const Enrollment& e : *list)
            enrollments.insert(key(e.locationId, e.subjectId), e);

    beginResetModel();
    m_locations = std::move(locations);
    m_subjects = std::move(subjects);
    m_enrollments = std::move(enrollments);
    m_published = std::move(published);
    endResetModel();
    return error;
}

const Location& EnrollmentGridModel::locationAt(int column) const
{
    return m_locations.at(std::size_t(column - 1));
}

QModelIndex EnrollmentGridModel::cell(const QString& locationId, const QString& subjectId) const
{
    int row = -1;
    int column = -1;
    for (std::size_t i = 0; i < m_subjects.size(); ++i)
        if (m_subjects[i].id == subjectId)
            row = int(i);
    for (std::size_t i = 0; i < m_locations.size(); ++i)
        if (m_locations[i].id == locationId)
            column = int(i) + 1;
    return row < 0 || column < 0 ? QModelIndex() : index(row, column);
}

std::optional<Enrollment> EnrollmentGridModel::enrollmentAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.column() == TitleColumn)
        return std::nullopt;
    auto found =
        m_enrollments.constFind(key(locationAt(index.column()).id, subjectAt(index.row()).id));
    if (found == m_enrollments.constEnd())
        return std::nullopt;
    return *found;
}

bool EnrollmentGridModel::published(int row, int column) const
{
    return m_published.value(key(locationAt(column).id, subjectAt(row).id));
}

int EnrollmentGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_subjects.size());
}

int EnrollmentGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_locations.size()) + 1;
}

QVariant EnrollmentGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() == TitleColumn)
        return titleData(subjectAt(index.row()), role);
    return cellData(index, role);
}

QVariant EnrollmentGridModel::titleData(const Subject& s, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return s.title;
    case DetailRole:
        return EnrollmentText::kind(s.isOffer, s.fulfillment);
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(s.title,
                                            EnrollmentText::kind(s.isOffer, s.fulfillment));
    case SubjectIdRole:
        return s.id;
    case EditableRole:
    case HeldRole:
        return false;
    default:
        return {};
    }
}

QVariant EnrollmentGridModel::cellData(const QModelIndex& index, int role) const
{
    const Location& location = locationAt(index.column());
    const Subject& subject = subjectAt(index.row());
    const bool isPublished = published(index.row(), index.column());
    const std::optional<Enrollment> e = enrollmentAt(index);
    const bool held = e && e->held();
    switch (role) {
    case Qt::DisplayRole:
        return isPublished ? EnrollmentText::headline(e) : tr("Not published here");
    case DetailRole:
        return isPublished ? EnrollmentText::detail(e) : QString();
    case Qt::ToolTipRole:
        if (!isPublished)
            return tr("“%1” is not published in %2, %3.")
                .arg(subject.title, location.region, location.country);
        return tr("%1 at %2: %3").arg(subject.title, location.name, EnrollmentText::summary(e));
    case Qt::ForegroundRole:
        if (held)
            return Theme::color(Theme::Warning);
        if (!isPublished || !e)
            return Theme::color(Theme::Muted);
        return {};
    case Qt::BackgroundRole:
        if (held)
            return tint(Theme::color(Theme::Warning), 0.16);
        return {};
    case Qt::FontRole:
        if (!isPublished) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case LocationIdRole:
        return location.id;
    case SubjectIdRole:
        return subject.id;
    case EditableRole:
        return isPublished;
    case HeldRole:
        return held;
    default:
        return {};
    }
}

QVariant EnrollmentGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TitleColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Program or offer")) : QVariant();
    const Location& l = locationAt(section);
    if (role == Qt::DisplayRole)
        return l.name;
    if (role == Qt::ToolTipRole)
        return tr("%1 (%2, %3)").arg(l.name, l.region, l.country);
    return {};
}

} // namespace astro::ui

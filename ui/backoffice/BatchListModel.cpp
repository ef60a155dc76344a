#include "BatchListModel.h"

#include "ui/common/Theme.h"

#include <QFont>
#include <QLocale>

namespace astro::ui {

BatchListModel::BatchListModel(BatchService& batches, QObject* parent)
    : QAbstractTableModel(parent), m_batches(batches)
{}

QString BatchListModel::load(const BatchFilter& filter)
{
    QString error;
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    auto list = m_batches.list(filter);
    if (list)
        m_rows = std::move(list).value();
    else
        error = list.error().message;
    endResetModel();
    return error;
}

int BatchListModel::rowOf(qint64 batchId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == batchId)
            return int(i);
    return -1;
}

QString BatchListModel::periodText(const Batch& b, const QLocale& locale)
{
    // A batch takes rewards until midnight of its period end: its last day is the day before,
    // or the day it was closed early.
    const QDateTime last =
        b.closedAt.isValid() && b.closedAt < b.periodEnd ? b.closedAt : b.periodEnd.addSecs(-1);
    return tr("%1 – %2").arg(locale.toString(b.openedAt.toLocalTime().date(), QLocale::ShortFormat),
                             locale.toString(last.toLocalTime().date(), QLocale::ShortFormat));
}

QString BatchListModel::statusTip(const Batch& b) const
{
    const QLocale locale;
    QStringList steps{
        tr("Opened %1").arg(locale.toString(b.openedAt.toLocalTime(), QLocale::ShortFormat))};
    if (b.status == BatchStatus::Open)
        steps << tr("Takes new rewards until %1")
                     .arg(locale.toString(b.periodEnd.toLocalTime(), QLocale::ShortFormat));
    if (b.closedAt.isValid())
        steps
            << tr("Closed %1").arg(locale.toString(b.closedAt.toLocalTime(), QLocale::ShortFormat));
    if (b.submittedAt.isValid())
        steps << tr("Submitted %1")
                     .arg(locale.toString(b.submittedAt.toLocalTime(), QLocale::ShortFormat));
    if (b.completedAt.isValid())
        steps << tr("Complete %1")
                     .arg(locale.toString(b.completedAt.toLocalTime(), QLocale::ShortFormat));
    return steps.join(QLatin1Char('\n'));
}

int BatchListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Batch& b = m_rows[std::size_t(index.row())];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return locale.toString(b.id);
        case ManufacturerColumn:
            return b.manufacturerName;
        case LocationColumn:
            return b.locationName;
        case PeriodColumn:
            return periodText(b, locale);
        case StatusColumn:
            return label(b.status);
        case LinesColumn:
            return locale.toString(b.lineCount);
        case TotalColumn:
            return b.total.format(locale);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == StatusColumn ? statusTip(b) : data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return index.column() == IdColumn || index.column() == LinesColumn ||
                       index.column() == TotalColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() != StatusColumn)
            return {};
        switch (b.status) {
        case BatchStatus::Open:
            return Theme::color(Theme::Primary);
        case BatchStatus::Closed:
            return Theme::color(Theme::Warning);
        case BatchStatus::Submitted:
            return {};
        case BatchStatus::Complete:
            return Theme::color(Theme::Success);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == StatusColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case BatchIdRole:
        return b.id;
    default:
        return {};
    }
}

QVariant BatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Batch");
    case ManufacturerColumn:
        return tr("Manufacturer");
    case LocationColumn:
        return tr("Location");
    case PeriodColumn:
        return tr("Period");
    case StatusColumn:
        return tr("Status");
    case LinesColumn:
        return tr("Lines");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace astro::ui

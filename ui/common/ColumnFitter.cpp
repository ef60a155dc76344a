#include "ColumnFitter.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>
#include <vector>

namespace astro::ui {

namespace {
constexpr int narrowest = 56; // a column never shrinks below this
} // namespace

ColumnFitter::ColumnFitter(QTableView* view, int stretchColumn, int minWidth)
    : QObject(view), m_view(view), m_stretch(stretchColumn), m_minWidth(minWidth)
{
    QHeaderView* header = view->horizontalHeader();
    for (int c = 0; c < view->model()->columnCount(); ++c)
        header->setSectionResizeMode(c, c == m_stretch ? QHeaderView::Stretch
                                                       : QHeaderView::Interactive);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::fit);
    fit();
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fit()
{
    const QHeaderView* header = m_view->horizontalHeader();
    std::vector<int> columns;
    int wanted = 0;
    std::vector<int> widths;
    for (int c = 0; c < m_view->model()->columnCount(); ++c) {
        if (c == m_stretch || m_view->isColumnHidden(c))
            continue;
        // QTableView hides it; QAbstractItemView offers it.
        const QAbstractItemView* view = m_view;
        const int w = std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c));
        columns.push_back(c);
        widths.push_back(w);
        wanted += w;
    }
    const int room = m_view->viewport()->width() - m_minWidth;
    // Enough room: every column as wide as its contents. Otherwise each gives way in proportion.
    const double share = wanted > 0 && wanted > room ? std::max(room, 0) / double(wanted) : 1.0;
    for (std::size_t i = 0; i < columns.size(); ++i)
        m_view->setColumnWidth(columns[i], std::max(narrowest, int(widths[i] * share)));
}

} // namespace astro::ui

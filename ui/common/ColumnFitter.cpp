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
    : QObject(view), m_view(view), m_viewport(view->viewport()), m_stretch(stretchColumn),
      m_minWidth(minWidth)
{
    QHeaderView* header = view->horizontalHeader();
    for (int c = 0; c < view->model()->columnCount(); ++c)
        header->setSectionResizeMode(c, c == m_stretch ? QHeaderView::Stretch
                                                       : QHeaderView::Interactive);
    m_viewport->installEventFilter(this);
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::fit);
    fit();
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    // Only the pointer is compared: while the view is being destroyed, its viewport still sends
    // events, and the view is no longer a QTableView to ask anything.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fit()
{
    const QHeaderView* header = m_view->horizontalHeader();
    std::vector<int> columns;
    std::vector<int> widths;
    for (int c = 0; c < m_view->model()->columnCount(); ++c) {
        if (c == m_stretch || m_view->isColumnHidden(c))
            continue;
        // QTableView hides it; QAbstractItemView offers it.
        const QAbstractItemView* view = m_view;
        const int w = std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c));
        columns.push_back(c);
        widths.push_back(w);
    }
    if (columns.empty())
        return;
    const int room = std::max(m_view->viewport()->width() - m_minWidth, 0);
    // Enough room: every column as wide as its contents. Otherwise the widest give way first,
    // down to a common width, so a short column ("6 of 24") stays whole.
    int cap = *std::max_element(widths.begin(), widths.end());
    const auto total = [&](int c) {
        int sum = 0;
        for (int w : widths)
            sum += std::min(w, c);
        return sum;
    };
    while (cap > narrowest && total(cap) > room)
        --cap;
    for (std::size_t i = 0; i < columns.size(); ++i)
        m_view->setColumnWidth(columns[i], std::max(narrowest, std::min(widths[i], cap)));
}

} // namespace astro::ui

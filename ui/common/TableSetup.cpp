#include "TableSetup.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace astro::ui {

void setUpTable(QTableView* view, int rowHeight, const TableOptions& options)
{
    QHeaderView* rows = view->verticalHeader();
    rows->hide();
    if (options.rowsFitText) {
        rows->setMinimumSectionSize(rowHeight);
        rows->setSectionResizeMode(QHeaderView::ResizeToContents);
    } else {
        rows->setDefaultSectionSize(rowHeight);
    }
    view->setSelectionBehavior(options.selectionBehavior);
    view->setSelectionMode(options.selectionMode);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setShowGrid(options.grid);
    view->setWordWrap(options.wordWrap);
    view->setAlternatingRowColors(options.alternatingRows);
    view->setCornerButtonEnabled(options.cornerButton);
    // Tab leaves the list for the next control (arrows move in it); a table's own Tab would
    // walk every cell and keep a keyboard user in it.
    view->setTabKeyNavigation(false);
    QHeaderView* columns = view->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    if (options.fixedColumnWidths) {
        columns->setSectionResizeMode(QHeaderView::Interactive);
        columns->setStretchLastSection(true);
    }
}

void fitColumns(QTableView* view, std::initializer_list<int> stretch)
{
    QHeaderView* header = view->horizontalHeader();
    for (int c = 0; c < view->model()->columnCount(); ++c)
        header->setSectionResizeMode(c,
                                     std::find(stretch.begin(), stretch.end(), c) != stretch.end()
                                         ? QHeaderView::Stretch
                                         : QHeaderView::ResizeToContents);
}

int tableHeightFor(const QTableView* view, int rows)
{
    const QHeaderView* header = view->horizontalHeader();
    const int headerHeight = header->isHidden() ? 0 : header->sizeHint().height();
    return headerHeight + rows * view->verticalHeader()->defaultSectionSize() +
           2 * view->frameWidth();
}

} // namespace astro::ui

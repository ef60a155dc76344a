#pragma once

#include <QAbstractItemView>

#include <initializer_list>

class QTableView;

namespace astro::ui {

// What a table may do differently from the counter's usual one: whole rows picked one at a
// time, no grid, one line a cell, plain rows.
struct TableOptions
{
    QAbstractItemView::SelectionBehavior selectionBehavior = QAbstractItemView::SelectRows;
    QAbstractItemView::SelectionMode selectionMode = QAbstractItemView::SingleSelection;
    bool grid = false;
    bool wordWrap = false;
    bool alternatingRows = false;
    bool cornerButton = true;
    // Rows at least rowHeight tall, taller where their wrapped text needs it.
    bool rowsFitText = false;
    // Every column keeps the width it is given and the last takes what is left, so nothing
    // measures every row (a table read a page at a time would read them all).
    bool fixedColumnWidths = false;
};

// A read-only table the counter way: no row numbers, rows `rowHeight` tall, headers on the
// left and not lit by the selection.
void setUpTable(QTableView* view, int rowHeight, const TableOptions& options = {});

// The `stretch` columns share the room left; every other column fits its contents. Call it
// once the model is set.
void fitColumns(QTableView* view, std::initializer_list<int> stretch);

// The height that shows the header and `rows` rows of the default height, with no scrolling.
int tableHeightFor(const QTableView* view, int rows);

} // namespace astro::ui

#pragma once

#include <QObject>

class QTableView;

namespace astro::ui {

// Keeps one column of a table readable on a narrow screen: the other columns get the width their
// contents need while there is room, and give way (their text elided) once the stretched column
// would fall under `minWidth`. Refits when the view is resized or its rows change.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    // Installs itself on `view` (its model set), which owns it.
    ColumnFitter(QTableView* view, int stretchColumn, int minWidth);

    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_view;
    QObject* m_viewport;
    int m_stretch;
    int m_minWidth;
};

} // namespace astro::ui

#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace astro::ui {

// Draws a push button in a table cell whose text is the cell's display text ("Void", "Undo"),
// and says which row was clicked. An empty cell has no button.
class ActionButtonDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

    // Where the button sits inside a cell.
    static QRect buttonRect(const QStyleOptionViewItem& option, const QString& text);
    // Enter or Space on a row of `view` presses that row's button in `column`, as a click does.
    void pressWithKeys(QAbstractItemView* view, int column);

signals:
    void clicked(const QModelIndex& index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPersistentModelIndex m_pressed;
    int m_keyColumn = -1;
};

} // namespace astro::ui

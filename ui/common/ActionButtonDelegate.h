#pragma once

#include <QStyledItemDelegate>

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

signals:
    void clicked(const QModelIndex& index);

private:
    QPersistentModelIndex m_pressed;
};

} // namespace astro::ui

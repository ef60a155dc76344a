#pragma once

#include <QStyledItemDelegate>

namespace astro::ui {

// Draws a cell's text as a colored pill ("Reward earned"); an empty cell stays empty.
class BadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace astro::ui

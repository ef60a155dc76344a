#pragma once

#include <QStyledItemDelegate>

namespace astro::ui {

// Draws a card's progress as a bar with "X of Y" beside it, from the model's progress and
// target roles.
class ProgressBarDelegate : public QStyledItemDelegate
{
public:
    ProgressBarDelegate(int valueRole, int maximumRole, QObject* parent = nullptr);

    // Where the bar and the text go in a cell's `area` for a text `textWidth` wide. The text is
    // what a cashier reads ("7 of 24"), so a narrow column shortens the bar first, then drops
    // it; only then is the text cut. No bar: an empty rectangle.
    struct Parts
    {
        QRect bar;
        QRect text;
    };
    static Parts layout(const QRect& area, int textWidth);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_valueRole;
    int m_maximumRole;
};

} // namespace astro::ui

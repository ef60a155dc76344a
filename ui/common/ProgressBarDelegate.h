#pragma once

#include <QStyledItemDelegate>

namespace astro::ui {

// Draws a card's progress as a bar with "X of Y" beside it, from the model's progress and
// target roles.
class ProgressBarDelegate : public QStyledItemDelegate
{
public:
    ProgressBarDelegate(int valueRole, int maximumRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_valueRole;
    int m_maximumRole;
};

} // namespace astro::ui

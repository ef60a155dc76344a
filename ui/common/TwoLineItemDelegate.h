#pragma once

#include <QStyledItemDelegate>

namespace astro::ui {

// A list row in two lines: the display text in bold, and a secondary line (the item's
// `secondaryRole`, e.g. a customer's phone and email) in a quieter color.
class TwoLineItemDelegate : public QStyledItemDelegate
{
public:
    TwoLineItemDelegate(int secondaryRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_secondaryRole;
};

} // namespace astro::ui

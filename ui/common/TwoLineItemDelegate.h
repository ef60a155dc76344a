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

    // A title too long for one line takes both (the secondary line gives way) instead of
    // being cut after a word or two.
    void setTitleWraps(bool wraps) { m_titleWraps = wraps; }
    // The title's lines in a cell `cellWidth` wide, drawn with `font`.
    QStringList titleLines(const QString& title, const QFont& font, int cellWidth) const;

private:
    int m_secondaryRole;
    bool m_titleWraps = false;
};

} // namespace astro::ui

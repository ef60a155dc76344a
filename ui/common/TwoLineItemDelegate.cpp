#include "TwoLineItemDelegate.h"

#include "ui/common/ClampedLabel.h"

#include <QApplication>
#include <QPainter>

namespace astro::ui {

namespace {
const int hPad = 12;
const int vPad = 7;
const int gap = 2;

QFont titleFont(const QFont& base)
{
    QFont f(base);
    f.setBold(true);
    return f;
}

QFont secondaryFont(const QFont& base)
{
    QFont f(base);
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}
} // namespace

TwoLineItemDelegate::TwoLineItemDelegate(int secondaryRole, QObject* parent)
    : QStyledItemDelegate(parent), m_secondaryRole(secondaryRole)
{}

void TwoLineItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QString secondary = index.data(m_secondaryRole).toString();
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor main =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);

    const QRect area = opt.rect.adjusted(hPad, vPad, -hPad, -vPad);
    const QFont tf = titleFont(opt.font);
    const QFontMetrics tm(tf);
    const QStringList lines = titleLines(title, opt.font, opt.rect.width());
    if (lines.size() > 1) {
        // Two lines of title, centred in the row; the secondary line is in the tooltip.
        painter->save();
        painter->setFont(tf);
        painter->setPen(main);
        const int height = tm.lineSpacing() * int(lines.size());
        int y = opt.rect.top() + (opt.rect.height() - height) / 2;
        for (const QString& line : lines) {
            painter->drawText(QRect(area.left(), y, area.width(), tm.lineSpacing()),
                              Qt::AlignLeft | Qt::AlignVCenter, line);
            y += tm.lineSpacing();
        }
        painter->restore();
        return;
    }
    painter->save();
    painter->setFont(tf);
    painter->setPen(main);
    painter->drawText(QRect(area.left(), area.top(), area.width(), tm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      tm.elidedText(title, Qt::ElideRight, area.width()));
    if (!secondary.isEmpty()) {
        const QFont sf = secondaryFont(opt.font);
        const QFontMetrics sm(sf);
        painter->setFont(sf);
        painter->setPen(quiet);
        painter->drawText(
            QRect(area.left(), area.top() + tm.height() + gap, area.width(), sm.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            sm.elidedText(secondary, Qt::ElideRight, area.width()));
    }
    painter->restore();
}

QStringList TwoLineItemDelegate::titleLines(const QString& title, const QFont& font,
                                            int cellWidth) const
{
    const QFont tf = titleFont(font);
    const int width = cellWidth - 2 * hPad;
    if (!m_titleWraps || QFontMetrics(tf).horizontalAdvance(title) <= width)
        return {QFontMetrics(tf).elidedText(title, Qt::ElideRight, width)};
    return ClampedLabel::clamp(title, tf, width, 2);
}

QSize TwoLineItemDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    Q_UNUSED(index)
    const QFontMetrics tm(titleFont(option.font));
    const QFontMetrics sm(secondaryFont(option.font));
    // As wide as the view makes it: the lines are elided when too long, never scrolled.
    return {2 * hPad + tm.averageCharWidth() * 8, tm.height() + gap + sm.height() + 2 * vPad};
}

} // namespace astro::ui

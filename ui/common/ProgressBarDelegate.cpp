#include "ProgressBarDelegate.h"

#include "ui/common/Theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace astro::ui {

namespace {
const int barWidth = 100;
const int shortestBar = 24; // under this a bar says nothing
const int barHeight = 12;
const int gap = 10;
const int pad = 8;
} // namespace

ProgressBarDelegate::Parts ProgressBarDelegate::layout(const QRect& area, int textWidth)
{
    // (A few pixels to spare: a text's advance is rounded, and eliding would cut its last digit.)
    const int width = qMin(barWidth, area.width() - gap - textWidth - 4);
    if (width < shortestBar)
        return {QRect(), area};
    const QRect bar(area.left(), area.center().y() - barHeight / 2, width, barHeight);
    return {bar, QRect(bar.right() + 1 + gap, area.top(), area.right() - bar.right() - gap,
                       area.height())};
}

ProgressBarDelegate::ProgressBarDelegate(int valueRole, int maximumRole, QObject* parent)
    : QStyledItemDelegate(parent), m_valueRole(valueRole), m_maximumRole(maximumRole)
{}

void ProgressBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int value = index.data(m_valueRole).toInt();
    const int maximum = qMax(1, index.data(m_maximumRole).toInt());
    const QRect area = opt.rect.adjusted(pad, 0, -pad, 0);
    QFont font = opt.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const Parts parts = layout(area, metrics.horizontalAdvance(text));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    if (!parts.bar.isEmpty()) {
        const QRectF bar(parts.bar);
        painter->setBrush(Theme::color(Theme::Track));
        painter->drawRoundedRect(bar, barHeight / 2.0, barHeight / 2.0);
        const double fraction = qBound(0.0, double(value) / maximum, 1.0);
        if (fraction > 0) {
            QRectF fill = bar;
            fill.setWidth(qMax(double(barHeight), bar.width() * fraction));
            painter->setBrush(Theme::color(value >= maximum ? Theme::Success : Theme::Primary));
            painter->drawRoundedRect(fill, barHeight / 2.0, barHeight / 2.0);
        }
    }
    painter->setFont(font);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(parts.text, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(text, Qt::ElideRight, parts.text.width()));
    painter->restore();
}

QSize ProgressBarDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    QFont font = option.font;
    font.setBold(true);
    const int textWidth = QFontMetrics(font).horizontalAdvance(index.data().toString());
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {barWidth + gap + textWidth + 2 * pad + 12, qMax(base.height(), barHeight + 2 * pad)};
}

} // namespace astro::ui

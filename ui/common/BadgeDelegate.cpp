#include "BadgeDelegate.h"

#include "ui/common/Theme.h"

#include <QApplication>
#include <QPainter>

namespace astro::ui {

namespace {
const int hPad = 10;
const int margin = 6;

QFont badgeFont(const QFont& base)
{
    QFont f(base);
    f.setBold(true);
    return f;
}
} // namespace

void BadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    const QFont font = badgeFont(opt.font);
    const QFontMetrics fm(font);
    const int available = opt.rect.width() - 2 * margin;
    const QString shown = fm.elidedText(text, Qt::ElideRight, available - 2 * hPad);
    QRect pill(0, 0, qMin(fm.horizontalAdvance(shown) + 2 * hPad, available), fm.height() + 8);
    pill.moveCenter(opt.rect.center());
    pill.moveLeft(opt.rect.left() + margin);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Theme::color(Theme::SuccessFill));
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setPen(Theme::color(Theme::OnFill));
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, shown);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics fm(badgeFont(option.font));
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {fm.horizontalAdvance(index.data().toString()) + 2 * hPad + 2 * margin + 12,
            qMax(base.height(), fm.height() + 8 + 2 * margin)};
}

} // namespace astro::ui

#include "FlowLayout.h"

#include <QHBoxLayout>
#include <QSpacerItem>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace astro::ui {

namespace {

bool isStretch(QLayoutItem* item)
{
    return item->spacerItem() != nullptr;
}

// A hidden widget takes no room; a stretch is "empty" too but still counts.
bool takesNoRoom(QLayoutItem* item)
{
    return item->isEmpty() && !isStretch(item);
}

bool expandsSideways(QLayoutItem* item)
{
    return item->expandingDirections() & Qt::Horizontal;
}

int heightAt(QLayoutItem* item, int width)
{
    return item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height();
}

} // namespace

FlowLayout::FlowLayout(QWidget* parent) : QLayout(parent) {}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::setLineSpacing(int spacing)
{
    m_lineSpacing = spacing;
    invalidate();
}

int FlowLayout::lineSpacing() const
{
    return m_lineSpacing >= 0 ? m_lineSpacing : itemSpacing();
}

void FlowLayout::addStretch()
{
    addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum));
}

QWidget* FlowLayout::addGroup(std::initializer_list<QWidget*> widgets, int spacing)
{
    auto* group = new QWidget(parentWidget());
    auto* row = new QHBoxLayout(group);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(spacing);
    for (QWidget* widget : widgets)
        row->addWidget(widget);
    addWidget(group);
    return group;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem* item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    const bool any = std::any_of(m_items.begin(), m_items.end(), [](QLayoutItem* item) {
        return !takesNoRoom(item) && expandsSideways(item);
    });
    return any ? Qt::Horizontal : Qt::Orientations();
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    if (width != m_cachedWidth) {
        m_cachedWidth = width;
        m_cachedHeight = arrange(QRect(0, 0, width, 0), false).height();
    }
    return m_cachedHeight;
}

QSize FlowLayout::minimumSize() const
{
    // The widest item alone on its line; the height comes from heightForWidth().
    QSize size;
    for (QLayoutItem* item : m_items)
        if (!takesNoRoom(item))
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    return arrange(QRect(0, 0, QWIDGETSIZE_MAX, 0), false);
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

void FlowLayout::invalidate()
{
    m_cachedWidth = -1;
    QLayout::invalidate();
}

int FlowLayout::itemSpacing() const
{
    if (const int gap = spacing(); gap >= 0)
        return gap;
    const QWidget* widget = parentWidget();
    const QStyle* style = widget ? widget->style() : nullptr;
    return style ? style->layoutSpacing(QSizePolicy::DefaultType, QSizePolicy::DefaultType,
                                        Qt::Horizontal, nullptr, widget)
                 : 6;
}

QSize FlowLayout::arrange(const QRect& rect, bool place) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = itemSpacing();
    const int lineGap = lineSpacing();

    struct Cell
    {
        QLayoutItem* item;
        int width;
    };
    QList<Cell> line;
    int lineWidth = 0; // the cells and the gaps between them
    int widest = 0;
    int y = area.top();
    bool firstLine = true;

    const auto closeLine = [&] {
        if (line.isEmpty())
            return;
        if (!firstLine)
            y += lineGap;
        firstLine = false;
        // What the line leaves goes to the items that expand: a stretch, a search field.
        const int expanding = int(std::count_if(
            line.begin(), line.end(), [](const Cell& cell) { return expandsSideways(cell.item); }));
        int spare = qMax(0, area.width() - lineWidth);
        int height = 0;
        int left = expanding;
        for (Cell& cell : line) {
            if (expandsSideways(cell.item)) {
                const int share = spare / left--;
                cell.width += share;
                spare -= share;
            }
            height = qMax(height, heightAt(cell.item, cell.width));
        }
        if (place) {
            int x = area.left();
            for (const Cell& cell : line) {
                const int h =
                    isStretch(cell.item) ? 0 : qMin(height, heightAt(cell.item, cell.width));
                cell.item->setGeometry(QRect(x, y + (height - h) / 2, cell.width, h));
                x += cell.width + gap;
            }
        }
        widest = qMax(widest, lineWidth);
        y += height;
        line.clear();
        lineWidth = 0;
    };

    for (QLayoutItem* item : m_items) {
        if (takesNoRoom(item))
            continue;
        // An item wider than the line gives up what it can, down to its minimum.
        const int width =
            qMax(item->minimumSize().width(), qMin(item->sizeHint().width(), area.width()));
        if (!line.isEmpty() && lineWidth + gap + width > area.width())
            closeLine();
        if (line.isEmpty() && isStretch(item))
            continue;
        lineWidth += (line.isEmpty() ? 0 : gap) + width;
        line.append({item, width});
    }
    closeLine();

    const QMargins m = contentsMargins();
    return QSize(widest + m.left() + m.right(), y - area.top() + m.top() + m.bottom());
}

} // namespace astro::ui

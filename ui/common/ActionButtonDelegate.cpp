#include "ActionButtonDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

namespace astro::ui {

namespace {
const int margin = 4;
const int padding = 14;
} // namespace

QRect ActionButtonDelegate::buttonRect(const QStyleOptionViewItem& option, const QString& text)
{
    const int width = option.fontMetrics.horizontalAdvance(text) + 2 * padding;
    const int height = qMin(option.rect.height() - 2 * margin, option.fontMetrics.height() + 12);
    QRect r(0, 0, qMin(width, option.rect.width() - 2 * margin), height);
    r.moveCenter(option.rect.center());
    return r;
}

void ActionButtonDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem background(option);
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    QStyleOptionButton button;
    button.rect = buttonRect(option, text);
    button.text = text;
    button.state = QStyle::State_Enabled | QStyle::State_Raised;
    if (m_pressed == index)
        button.state |= QStyle::State_Sunken;
    button.fontMetrics = option.fontMetrics;
    button.palette = option.palette;
    style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
}

QSize ActionButtonDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const int width = option.fontMetrics.horizontalAdvance(text) + 2 * padding + 2 * margin;
    return {width, option.fontMetrics.height() + 12 + 2 * margin};
}

bool ActionButtonDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                       const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonRelease) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const bool inside = buttonRect(option, text).contains(mouse->position().toPoint());
        if (mouse->button() != Qt::LeftButton || !inside) {
            m_pressed = QPersistentModelIndex();
            return false;
        }
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressed = index;
            return true;
        }
        const bool wasPressed = m_pressed == index;
        m_pressed = QPersistentModelIndex();
        if (wasPressed)
            emit clicked(index);
        return true;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

void ActionButtonDelegate::pressWithKeys(QAbstractItemView* view, int column)
{
    m_keyColumn = column;
    view->installEventFilter(this);
}

bool ActionButtonDelegate::eventFilter(QObject* watched, QEvent* event)
{
    auto* view = qobject_cast<QAbstractItemView*>(watched);
    if (view && m_keyColumn >= 0 && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool press = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
                           key->key() == Qt::Key_Space;
        const QModelIndex current = view->currentIndex();
        if (press && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier &&
            current.isValid()) {
            const QModelIndex button = current.siblingAtColumn(m_keyColumn);
            if (!button.data(Qt::DisplayRole).toString().isEmpty()) {
                emit clicked(button);
                return true;
            }
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace astro::ui

#include "FittingColumns.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QScrollBar>
#include <QWheelEvent>

namespace astro::ui {

namespace {
constexpr int spacing = 14;
}

FittingColumns::FittingColumns(QWidget* parent)
    : QScrollArea(parent), m_content(new QWidget),
      m_columns(new QBoxLayout(QBoxLayout::LeftToRight))
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_columns->setContentsMargins(0, 0, 0, 0);
    m_columns->setSpacing(spacing);
    for (auto*& side : m_side) {
        side = new QVBoxLayout;
        side->setSpacing(spacing);
        side->addStretch();
        m_columns->addLayout(side, 1);
    }
    auto* outer = new QVBoxLayout(m_content);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_columns);
    outer->addStretch();
    setWidget(m_content);
    // Tab or a mnemonic may reach a field scrolled out of sight: it scrolls into view.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && m_content->isAncestorOf(now))
            ensureWidgetVisible(now);
    });
}

void FittingColumns::add(int column, QWidget* group)
{
    QVBoxLayout* side = m_side[column == 0 ? 0 : 1];
    side->insertWidget(side->count() - 1, group); // above the stretch
    // The wheel scrolls the settings; it changes a choice or a number only once focused.
    for (QWidget* field : group->findChildren<QWidget*>())
        if (qobject_cast<QComboBox*>(field) || qobject_cast<QAbstractSpinBox*>(field)) {
            field->setFocusPolicy(Qt::StrongFocus);
            field->installEventFilter(this);
        }
}

bool FittingColumns::stacked() const
{
    return m_columns->direction() == QBoxLayout::TopToBottom;
}

QSize FittingColumns::room() const
{
    // Before its window is shown, the screen of the window it opens over.
    const QWidget* top = window();
    if (!top->windowHandle() && top->parentWidget())
        top = top->parentWidget()->window();
    const QScreen* screen = top->windowHandle() ? top->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return {4096, 4096};
    return screen->availableGeometry().size() - m_chrome;
}

void FittingColumns::fit()
{
    // Side by side if the room holds both columns' widest group, scroll bar included. Read from
    // the groups themselves: a layout may still hold what it read while they weighed nothing.
    int sideBySide = spacing + verticalScrollBar()->sizeHint().width();
    for (QVBoxLayout* side : m_side) {
        int widest = 0;
        for (int i = 0; i < side->count(); ++i)
            if (QWidget* group = side->itemAt(i)->widget(); group && !group->isHidden())
                widest = qMax(widest, group->minimumSizeHint().width());
        sideBySide += widest;
    }
    m_columns->setDirection(sideBySide > room().width() ? QBoxLayout::TopToBottom
                                                        : QBoxLayout::LeftToRight);
    m_content->updateGeometry();
    updateGeometry();
}

bool FittingColumns::event(QEvent* event)
{
    if (event->type() == QEvent::Polish)
        window()->installEventFilter(this);
    return QScrollArea::event(event);
}

bool FittingColumns::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Wheel && watched != window() &&
        !static_cast<QWidget*>(watched)->hasFocus()) {
        QScrollBar* bar = verticalScrollBar();
        const int notches = static_cast<QWheelEvent*>(event)->angleDelta().y();
        bar->setValue(bar->value() -
                      notches * QApplication::wheelScrollLines() * bar->singleStep() / 120);
        return true;
    }
    // Its window's first show: the groups the signed-in role sees are shown by then (before,
    // they weigh nothing in a layout), and the window is not on screen yet. The columns choose
    // their direction, and the window takes the size that follows.
    if (watched == window() && event->type() == QEvent::Show && !m_sized) {
        m_sized = true;
        fit();
        // Sized here rather than by the window's layout, which may still hold the hint it read
        // while the groups weighed nothing.
        const QSize around = window()->size() - size();
        setMinimumWidth(minimumSizeHint().width());
        window()->resize(sizeHint() + around);
    }
    return QScrollArea::eventFilter(watched, event);
}

QSize FittingColumns::sizeHint() const
{
    const QSize content = m_content->sizeHint();
    const QSize limit = room();
    return {qMin(content.width() + verticalScrollBar()->sizeHint().width(), limit.width()),
            qMin(content.height(), limit.height())};
}

QSize FittingColumns::minimumSizeHint() const
{
    // As wide as the content needs (it never scrolls sideways), but it may be short: it scrolls.
    return {m_content->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width(),
            qMin(m_content->minimumSizeHint().height(), 240)};
}

} // namespace astro::ui

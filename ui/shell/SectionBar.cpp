#include "SectionBar.h"

#include "ui/common/Theme.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace astro::ui {

SectionBar::SectionBar(QWidget* parent)
    : QWidget(parent), m_layout(new QHBoxLayout(this)), m_group(new QButtonGroup(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_group->setExclusive(true);
}

void SectionBar::addSection(QWidget* page)
{
    auto* button = new QPushButton(page->windowTitle(), this);
    button->setObjectName(QStringLiteral("section_") + page->objectName());
    Theme::setRole(button, "section");
    button->setCheckable(true);
    button->setFocusPolicy(Qt::TabFocus);
    m_group->addButton(button);
    m_layout->addWidget(button);
    m_entries.push_back({page, button});
    connect(button, &QPushButton::clicked, this, [this, page] { emit sectionChosen(page); });
    page->installEventFilter(this);
    updateShortcuts();
}

void SectionBar::setSectionVisible(QWidget* page, bool visible)
{
    if (QPushButton* button = buttonFor(page))
        button->setVisible(visible);
    updateShortcuts();
}

void SectionBar::setCurrent(QWidget* page)
{
    if (QPushButton* button = buttonFor(page))
        button->setChecked(true);
}

QPushButton* SectionBar::buttonFor(QWidget* page) const
{
    for (const Entry& e : m_entries)
        if (e.page == page)
            return e.button;
    return nullptr;
}

void SectionBar::updateShortcuts()
{
    int number = 1;
    for (const Entry& e : m_entries) {
        if (e.button->isHidden() || number > 9) {
            e.button->setShortcut({});
            continue;
        }
        e.button->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        ++number;
    }
}

bool SectionBar::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::WindowTitleChange)
        for (const Entry& e : m_entries)
            if (e.page == watched)
                e.button->setText(e.page->windowTitle());
    return QWidget::eventFilter(watched, event);
}

} // namespace astro::ui

#include "AppearanceGroup.h"

#include "ui/common/AppSettings.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace astro::ui {

AppearanceGroup::AppearanceGroup(QWidget* parent)
    : QGroupBox(parent), m_label(new QLabel(this)), m_choice(new QComboBox(this))
{
    setObjectName(QStringLiteral("appearanceSettings"));
    m_choice->setObjectName(QStringLiteral("appearanceChoice"));
    for (auto appearance :
         {Theme::Appearance::System, Theme::Appearance::Light, Theme::Appearance::Dark})
        m_choice->addItem(QString(), int(appearance));
    m_choice->setCurrentIndex(m_choice->findData(int(AppSettings::appearance())));
    m_label->setBuddy(m_choice);

    auto* layout = new QHBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_label);
    layout->addWidget(m_choice, 1);
    retranslate();
}

void AppearanceGroup::save()
{
    const auto chosen = Theme::Appearance(m_choice->currentData().toInt());
    if (chosen == AppSettings::appearance())
        return;
    AppSettings::setAppearance(chosen);
    Theme::apply(*qApp, chosen);
}

void AppearanceGroup::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void AppearanceGroup::retranslate()
{
    setTitle(tr("Appearance"));
    m_label->setText(tr("&Colors"));
    m_choice->setItemText(0, tr("As the computer"));
    m_choice->setItemText(1, tr("Light"));
    m_choice->setItemText(2, tr("Dark"));
    m_choice->setToolTip(tr("Dark suits a dim store; \"As the computer\" follows the desktop's "
                            "dark mode."));
}

} // namespace astro::ui

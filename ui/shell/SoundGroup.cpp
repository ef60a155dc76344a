#include "SoundGroup.h"

#include "ui/common/AppSettings.h"
#include "ui/common/ScanSound.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>

namespace astro::ui {

SoundGroup::SoundGroup(QWidget* parent)
    : QGroupBox(parent), m_volumeLabel(new QLabel(this)), m_volume(new QSlider(this)),
      m_volumeValue(new QLabel(this)), m_play(new QPushButton(this)), m_sound(new ScanSound(this))
{
    setObjectName(QStringLiteral("soundSettings"));
    m_volume->setObjectName(QStringLiteral("scanSoundVolume"));
    m_volume->setOrientation(Qt::Horizontal);
    m_volume->setRange(0, 100);
    m_volume->setSingleStep(5);
    m_volume->setPageStep(20);
    m_volume->setFocusPolicy(Qt::StrongFocus);
    m_volume->setMinimumWidth(120);
    m_volume->setValue(AppSettings::scanSoundVolume());
    m_volumeLabel->setBuddy(m_volume);
    m_volumeValue->setObjectName(QStringLiteral("scanSoundVolumeValue"));
    m_play->setObjectName(QStringLiteral("playScanSoundButton"));

    auto* layout = new QHBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_volumeLabel);
    layout->addWidget(m_volume, 1);
    layout->addWidget(m_volumeValue);
    layout->addWidget(m_play);

    connect(m_volume, &QSlider::valueChanged, this, &SoundGroup::showVolume);
    connect(m_play, &QPushButton::clicked, this, &SoundGroup::playSample);
    retranslate();
}

void SoundGroup::save()
{
    AppSettings::setScanSoundVolume(m_volume->value());
}

void SoundGroup::playSample()
{
    m_sound->setVolume(m_volume->value());
    m_sound->play(ScanSound::Kind::Success);
}

QString SoundGroup::volumeText() const
{
    return m_volumeValue->text();
}

void SoundGroup::showVolume()
{
    const int volume = m_volume->value();
    m_volumeValue->setText(volume == 0 ? tr("Off") : tr("%1 %").arg(volume));
    m_play->setEnabled(volume > 0);
}

void SoundGroup::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void SoundGroup::retranslate()
{
    setTitle(tr("Scan sound"));
    m_volumeLabel->setText(tr("&Volume"));
    m_volume->setAccessibleName(tr("Scan sound volume"));
    m_volume->setToolTip(tr("How loud the counter answers each scan; all the way left is off."));
    m_play->setText(tr("Pla&y"));
    m_play->setToolTip(tr("Plays the sound of a recorded scan at this volume."));
    // As wide as the widest value, so the slider does not move as the number changes.
    m_volumeValue->setMinimumWidth(
        qMax(m_volumeValue->fontMetrics().horizontalAdvance(tr("%1 %").arg(100)),
             m_volumeValue->fontMetrics().horizontalAdvance(tr("Off"))));
    showVolume();
}

} // namespace astro::ui

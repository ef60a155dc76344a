#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QSlider;

namespace astro::ui {

class ScanSound;

// Settings' scan sound: how loud the counter answers a scan (0: silent), and a button to hear
// it at that volume before saving. A preference of this computer, for every role.
class SoundGroup : public QGroupBox
{
    Q_OBJECT

public:
    explicit SoundGroup(QWidget* parent = nullptr);

    // Stores the volume chosen (AppSettings).
    void save();
    // Plays the scan's success sound at the volume chosen.
    void playSample();

    QSlider* volumeSlider() const { return m_volume; }
    QPushButton* playButton() const { return m_play; }
    QString volumeText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showVolume();

    QLabel* m_volumeLabel;
    QSlider* m_volume;
    QLabel* m_volumeValue;
    QPushButton* m_play;
    ScanSound* m_sound;
};

} // namespace astro::ui

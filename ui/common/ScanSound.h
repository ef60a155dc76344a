#pragma once

#include <QByteArray>
#include <QObject>

class QAudioFormat;
class QAudioSink;
class QTimer;

namespace astro::ui {

// The short sound the counter makes when a scan is answered: two rising notes when it is
// recorded, two low pulses when it is refused. Made in code, soft at both ends so it never
// clicks. Where there is no audio output (a server, CI) it stays silent.
class ScanSound : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Success,
        Error
    };

    explicit ScanSound(QObject* parent = nullptr);
    ~ScanSound() override;

    // 0 (off) to 100.
    void setVolume(int percent);
    int volume() const { return m_volume; }

    // Stops the sound playing, if any, and plays this one.
    void play(Kind kind);
    // For the checkout's answer: recorded or refused.
    void playAnswer(bool recorded) { play(recorded ? Kind::Success : Kind::Error); }
    bool isPlaying() const { return m_sink != nullptr; }

    // The sound as 16-bit PCM in `format` (any rate, any number of channels); empty at volume 0
    // or for a format that is not 16-bit.
    static QByteArray pcm(Kind kind, int volumePercent, const QAudioFormat& format);

private:
    // The output took all of the sound: it is released once the sound has been heard.
    void played();
    void stop();

    int m_volume = 0;
    // Not a child: destroying a sink runs the event loop (Qt 6.4), which must never happen inside
    // the destructors of the windows around it. It goes with deleteLater().
    QAudioSink* m_sink = nullptr;
    // How long the sound lasts, in microseconds.
    qint64 m_lengthUs = 0;
    QTimer* m_tail;
};

} // namespace astro::ui

#include "ScanSound.h"

#include "common/Log.h"

#include <QAudio>
#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QBuffer>
#include <QMediaDevices>
#include <QTimer>

#include <cmath>
#include <numbers>
#include <span>
#include <utility>
#include <vector>

namespace astro::ui {

namespace {

// One note: when it starts and how long it lasts (ms), its pitch, and how much of its third
// harmonic it carries (a reedier sound that small speakers still play at a low pitch).
struct Tone
{
    int startMs;
    int lengthMs;
    double hz;
    double overtone;
};

// Recorded: A5 then E6, a fifth up, 150 ms in all.
constexpr Tone successTones[] = {{0, 65, 880.0, 0.0}, {75, 75, 1318.5, 0.0}};
// Refused: two pulses of a low B flat, 250 ms in all.
constexpr Tone errorTones[] = {{0, 100, 233.1, 0.3}, {150, 100, 233.1, 0.3}};

// Fade in and out over these: a note that starts or stops at full height clicks.
constexpr double attackMs = 5.0;
constexpr double releaseMs = 20.0;
// The loudest the sound gets (volume 100), as a share of 16-bit full scale: a beep, not a blast.
constexpr double loudest = 0.5;

std::span<const Tone> tonesOf(ScanSound::Kind kind)
{
    if (kind == ScanSound::Kind::Success)
        return successTones;
    return errorTones;
}

// A raised-cosine ramp from 0 (at `ms` = 0) to 1 (at `ms` = `length`).
double ramp(double ms, double length)
{
    return ms >= length ? 1.0 : 0.5 - 0.5 * std::cos(std::numbers::pi * ms / length);
}

// 16-bit PCM the device takes: its own rate and channels if it can, else mono at 44.1 kHz.
QAudioFormat formatFor(const QAudioDevice& device)
{
    QAudioFormat format = device.preferredFormat();
    format.setSampleFormat(QAudioFormat::Int16);
    if (device.isFormatSupported(format))
        return format;
    format.setSampleRate(44100);
    format.setChannelCount(1);
    return device.isFormatSupported(format) ? format : QAudioFormat();
}

// Said once per run: a counter without speakers is normal, not worth a line per scan.
void staySilent(const char* why)
{
    static bool said = false;
    if (said)
        return;
    said = true;
    qCDebug(lcUi) << "The scan sound stays silent:" << why;
}

} // namespace

ScanSound::ScanSound(QObject* parent) : QObject(parent), m_tail(new QTimer(this))
{
    m_tail->setSingleShot(true);
    connect(m_tail, &QTimer::timeout, this, &ScanSound::stop);
}

ScanSound::~ScanSound()
{
    stop();
}

void ScanSound::setVolume(int percent)
{
    m_volume = qBound(0, percent, 100);
}

QByteArray ScanSound::pcm(Kind kind, int volumePercent, const QAudioFormat& format)
{
    const int rate = format.sampleRate();
    const int channels = format.channelCount();
    if (volumePercent <= 0 || format.sampleFormat() != QAudioFormat::Int16 || rate <= 0 ||
        channels <= 0)
        return {};
    // The slider follows the ear: each step sounds as big as the last.
    const double amplitude =
        loudest * 32767.0 *
        QAudio::convertVolume(qMin(volumePercent, 100) / 100.0, QAudio::LogarithmicVolumeScale,
                              QAudio::LinearVolumeScale);

    const std::span<const Tone> tones = tonesOf(kind);
    int totalMs = 0;
    for (const Tone& tone : tones)
        totalMs = qMax(totalMs, tone.startMs + tone.lengthMs);
    std::vector<double> wave(size_t(qint64(totalMs) * rate / 1000), 0.0);
    double highest = 0.0;
    for (const Tone& tone : tones) {
        const size_t first = size_t(qint64(tone.startMs) * rate / 1000);
        const size_t count = qMin(size_t(qint64(tone.lengthMs) * rate / 1000), wave.size() - first);
        for (size_t n = 0; n < count; ++n) {
            const double seconds = double(n) / rate;
            const double envelope = qMin(ramp(seconds * 1000.0, attackMs),
                                         ramp(double(count - 1 - n) * 1000.0 / rate, releaseMs));
            const double phase = 2.0 * std::numbers::pi * tone.hz * seconds;
            wave[first + n] += envelope * (std::sin(phase) + tone.overtone * std::sin(3.0 * phase));
            highest = qMax(highest, std::abs(wave[first + n]));
        }
    }
    // Both sounds peak at the same height, whatever their overtones.
    const double scale = highest > 0.0 ? amplitude / highest : 0.0;
    QByteArray data(qsizetype(wave.size()) * channels * qsizetype(sizeof(qint16)), '\0');
    auto* out = reinterpret_cast<qint16*>(data.data());
    for (size_t frame = 0; frame < wave.size(); ++frame)
        for (int c = 0; c < channels; ++c)
            *out++ = qint16(std::lround(wave[frame] * scale));
    return data;
}

void ScanSound::play(Kind kind)
{
    stop();
    if (m_volume <= 0)
        return;
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        staySilent("no audio output");
        return;
    }
    const QAudioFormat format = formatFor(device);
    if (!format.isValid()) {
        staySilent("the audio output takes no 16-bit sound");
        return;
    }
    m_sink = new QAudioSink(device, format);
    // The sink reads the sound from here, and deletes it with itself.
    auto* buffer = new QBuffer(m_sink);
    buffer->setData(pcm(kind, m_volume, format));
    buffer->open(QIODevice::ReadOnly);
    m_lengthUs = format.durationForBytes(qint32(buffer->size()));
    const auto giveUp = [this] {
        staySilent("the audio output refused the sound or went away");
        stop();
    };
    connect(m_sink, &QAudioSink::stateChanged, this, [this, giveUp](QAudio::State state) {
        if (state == QAudio::IdleState)
            played();
        else if (state == QAudio::StoppedState)
            giveUp();
    });
    m_sink->start(buffer);
    if (m_sink && m_sink->error() != QAudio::NoError)
        giveUp();
}

void ScanSound::played()
{
    // Idle means the output holds all of the sound, not that it was heard: stopping now would
    // cut its end. What is left, and a little for the output's own delay.
    constexpr qint64 outputDelayMs = 150;
    const qint64 leftMs = qMax<qint64>(0, m_lengthUs - m_sink->processedUSecs()) / 1000;
    m_tail->start(int(leftMs + outputDelayMs));
}

void ScanSound::stop()
{
    if (!m_sink)
        return;
    m_tail->stop();
    QAudioSink* sink = std::exchange(m_sink, nullptr);
    // Stopping says so: not to this object any more.
    disconnect(sink, nullptr, this, nullptr);
    sink->stop();
    sink->deleteLater();
}

} // namespace astro::ui

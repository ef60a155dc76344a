// The scan sound: two sounds told apart by ear (length and pitch), as loud as the setting says,
// soft at both ends, silent and quick where there is no audio output; its volume in Settings,
// for every role, by keyboard; and the checkout saying when a scan was answered.
#include "UiTest.h"

#include "ui/checkout/CheckoutWidget.h"
#include "ui/checkout/ScanBar.h"
#include "ui/common/AppSettings.h"
#include "ui/common/ScanSound.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/SoundGroup.h"

#include <QAudioFormat>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>

#include <span>

using namespace astro;
using namespace astro::test;
using Kind = ui::ScanSound::Kind;

namespace {

QAudioFormat format16(int rate = 44100, int channels = 1)
{
    QAudioFormat format;
    format.setSampleRate(rate);
    format.setChannelCount(channels);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}

std::span<const qint16> samples(const QByteArray& pcm)
{
    return {reinterpret_cast<const qint16*>(pcm.constData()), size_t(pcm.size()) / sizeof(qint16)};
}

int peak(const QByteArray& pcm)
{
    int highest = 0;
    for (qint16 s : samples(pcm))
        highest = qMax(highest, qAbs(int(s)));
    return highest;
}

// How often the wave crosses zero, per second of sound: twice its pitch, roughly.
double crossingsPerSecond(const QByteArray& pcm, int rate)
{
    const auto s = samples(pcm);
    int crossings = 0;
    for (size_t i = 1; i < s.size(); ++i)
        crossings += (s[i - 1] < 0) != (s[i] < 0) ? 1 : 0;
    return crossings * double(rate) / double(s.size());
}

// The small catalog's store, a cashier signed in at the checkout.
std::unique_ptr<ui::MainWindow> cashierWindow(TestStore& ts)
{
    ts.cashier();
    return signedInWindow(ts, QStringLiteral("Test Cashier"));
}

} // namespace

class TestScanSound : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(m_settings); }
    void init() { QSettings().clear(); }
    void cleanup()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog*>(w))
                w->close();
    }

    void theTwoSoundsAreToldApart()
    {
        const QByteArray success = ui::ScanSound::pcm(Kind::Success, 100, format16());
        const QByteArray error = ui::ScanSound::pcm(Kind::Error, 100, format16());
        const auto ms = [](const QByteArray& pcm) {
            return samples(pcm).size() * 1000 / 44100;
        };
        QVERIFY2(ms(success) >= 120 && ms(success) <= 180,
                 qPrintable(QString::number(ms(success))));
        QVERIFY2(ms(error) >= 220 && ms(error) <= 300, qPrintable(QString::number(ms(error))));
        // A recorded scan sounds high, a refused one low: well over twice the pitch.
        const double high = crossingsPerSecond(success, 44100);
        const double low = crossingsPerSecond(error, 44100);
        QVERIFY2(high > 2.5 * low, qPrintable(QStringLiteral("%1 vs %2").arg(high).arg(low)));
        QVERIFY(low > 100);
    }

    void theVolumeScalesThePeak()
    {
        for (Kind kind : {Kind::Success, Kind::Error}) {
            int previous = 0;
            for (int volume : {10, 30, 60, 100}) {
                const int loudness = peak(ui::ScanSound::pcm(kind, volume, format16()));
                QVERIFY2(loudness > previous, qPrintable(QString::number(volume)));
                previous = loudness;
            }
            // At its loudest, a beep: about half of full scale, never clipped.
            QVERIFY2(previous > 12000 && previous < 20000, qPrintable(QString::number(previous)));
        }
    }

    void volumeZeroIsSilent()
    {
        QVERIFY(ui::ScanSound::pcm(Kind::Success, 0, format16()).isEmpty());
        QVERIFY(ui::ScanSound::pcm(Kind::Error, 0, format16()).isEmpty());
        ui::ScanSound sound;
        sound.setVolume(0);
        sound.play(Kind::Success);
        QVERIFY(!sound.isPlaying());
        sound.setVolume(140);
        QCOMPARE(sound.volume(), 100);
    }

    void itNeverClicks_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("success") << int(Kind::Success);
        QTest::newRow("error") << int(Kind::Error);
    }

    void itNeverClicks()
    {
        QFETCH(int, kind);
        const QByteArray pcm = ui::ScanSound::pcm(Kind(kind), 100, format16());
        const auto s = samples(pcm);
        QVERIFY(s.size() > 1000);
        const int quiet = peak(pcm) / 50;
        // It starts and ends at rest, and no two samples jump further than the wave itself goes
        // in a sample at its highest pitch.
        QVERIFY2(qAbs(s.front()) <= quiet, qPrintable(QString::number(s.front())));
        QVERIFY2(qAbs(s.back()) <= quiet, qPrintable(QString::number(s.back())));
        int jump = 0;
        for (size_t i = 1; i < s.size(); ++i)
            jump = qMax(jump, qAbs(s[i] - s[i - 1]));
        QVERIFY2(jump < peak(pcm) / 4, qPrintable(QString::number(jump)));
    }

    void itFollowsTheDevicesFormat()
    {
        // Stereo at 48 kHz: the same sound in both channels, as long.
        const QByteArray stereo = ui::ScanSound::pcm(Kind::Success, 60, format16(48000, 2));
        const QByteArray mono = ui::ScanSound::pcm(Kind::Success, 60, format16(48000, 1));
        QCOMPARE(stereo.size(), 2 * mono.size());
        const auto s = samples(stereo);
        for (size_t frame = 0; frame < s.size() / 2; frame += 97)
            QCOMPARE(s[2 * frame], s[2 * frame + 1]);
        // Not 16-bit: nothing, rather than noise.
        QAudioFormat floats = format16();
        floats.setSampleFormat(QAudioFormat::Float);
        QVERIFY(ui::ScanSound::pcm(Kind::Success, 60, floats).isEmpty());
    }

    void playingWithoutAnOutputNeitherCrashesNorHangs()
    {
        // Offscreen CI has no audio output; a counter with speakers plays it through.
        ui::ScanSound sound;
        sound.setVolume(60);
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 5; ++i)
            sound.play(i % 2 ? Kind::Error : Kind::Success);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        // Whatever plays ends by itself: nothing is left behind.
        QTRY_VERIFY_WITH_TIMEOUT(!sound.isPlaying(), 5000);
    }

    void theVolumeSettingRoundTrips()
    {
        QCOMPARE(ui::AppSettings::scanSoundVolume(), ui::AppSettings::defaultScanSoundVolume);
        ui::AppSettings::setScanSoundVolume(35);
        QCOMPARE(ui::AppSettings::scanSoundVolume(), 35);
        ui::AppSettings::setScanSoundVolume(0);
        QCOMPARE(ui::AppSettings::scanSoundVolume(), 0);
        ui::AppSettings::setScanSoundVolume(250);
        QCOMPARE(ui::AppSettings::scanSoundVolume(), 100);
    }

    void aCashierSetsTheVolumeByKeyboard()
    {
        TestStore ts;
        auto window = cashierWindow(ts);
        QCOMPARE(window->scanSound()->volume(), ui::AppSettings::defaultScanSoundVolume);
        window->openSettings();
        auto* settings = openDialog<ui::SettingsDialog>();
        QVERIFY(settings);
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        ui::SoundGroup* group = settings->soundGroup();
        QVERIFY(group->isVisible());
        QSlider* slider = group->volumeSlider();
        QVERIFY(!slider->accessibleName().isEmpty());
        QLabel* label = nullptr;
        for (QLabel* l : group->findChildren<QLabel*>())
            if (l->buddy() == slider)
                label = l;
        QVERIFY(label);
        QCOMPARE(slider->value(), 60);
        QCOMPARE(group->volumeText(), QStringLiteral("60 %"));

        // Alt+V, the label's mnemonic, reaches the slider; the arrows and Page keys move it.
        QTest::keyClick(settings, Qt::Key_V, Qt::AltModifier);
        QTRY_VERIFY(slider->hasFocus());
        QTest::keyClick(slider, Qt::Key_Left);
        QCOMPARE(slider->value(), 55);
        QTest::keyClick(slider, Qt::Key_PageDown);
        QCOMPARE(slider->value(), 35);
        QTest::keyClick(slider, Qt::Key_Home);
        QCOMPARE(group->volumeText(), QStringLiteral("Off"));
        QVERIFY(!group->playButton()->isEnabled());
        QTest::keyClick(slider, Qt::Key_End);
        QTest::keyClick(slider, Qt::Key_Left);
        QTest::keyClick(slider, Qt::Key_Left);
        QCOMPARE(group->volumeText(), QStringLiteral("90 %"));
        QVERIFY(group->playButton()->isEnabled());
        // Hearing it first stores nothing.
        QTest::keyClick(group->playButton(), Qt::Key_Space);
        QCOMPARE(ui::AppSettings::scanSoundVolume(), 60);

        settings->accept();
        QVERIFY2(!settings->isVisible(), qPrintable(settings->errorText()));
        QCOMPARE(ui::AppSettings::scanSoundVolume(), 90);
        QCOMPARE(window->scanSound()->volume(), 90);
    }

    void cancellingKeepsTheVolume()
    {
        ui::AppSettings::setScanSoundVolume(40);
        TestStore ts;
        auto window = cashierWindow(ts);
        window->openSettings();
        auto* settings = openDialog<ui::SettingsDialog>();
        QVERIFY(settings);
        QSlider* slider = settings->soundGroup()->volumeSlider();
        QCOMPARE(slider->value(), 40);
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_End);
        settings->reject();
        QCOMPARE(ui::AppSettings::scanSoundVolume(), 40);
        QCOMPARE(window->scanSound()->volume(), 40);
    }

    void theCheckoutSaysWhenAScanIsAnswered()
    {
        TestStore ts;
        auto window = cashierWindow(ts);
        ui::CheckoutWidget* checkout = window->checkout();
        QSignalSpy answered(checkout, &ui::CheckoutWidget::scanAnswered);

        // No customer yet: refused.
        checkout->scan(upc("ANY-1"));
        QCOMPARE(answered.size(), 1);
        QCOMPARE(answered.takeFirst().at(0).toBool(), false);

        QVERIFY(checkout->chooseCustomer(ts.addCustomer()));
        QLineEdit* field = checkout->scanBar()->codeField();
        QTest::keyClicks(field, upc("ANY-1"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(answered.size(), 1);
        QCOMPARE(answered.takeFirst().at(0).toBool(), true);

        // An unknown UPC, and one whose location is not enrolled: refused.
        for (const QString& code : {QStringLiteral("036000291452"), upc("NE-1")}) {
            field->clear();
            QTest::keyClicks(field, code);
            QTest::keyClick(field, Qt::Key_Return);
            QCOMPARE(answered.size(), 1);
            QCOMPARE(answered.takeFirst().at(0).toBool(), false);
        }
        // Nothing but a scan makes it speak: choosing a customer or finishing is silent.
        checkout->finishVisit();
        QCOMPARE(answered.size(), 0);
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestScanSound)
#include "tst_scansound.moc"

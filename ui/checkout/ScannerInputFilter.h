#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class QKeyEvent;
class QTimer;
class QWidget;

namespace astro::ui {

// Tells a barcode scanner from a person. A scanner "types" a code as a fast burst of digits
// ending in Enter; this filter, installed on a screen and all its children, holds digits back
// for a moment: when the burst ends in Enter it hands the code over (scanned) and the widget
// that had focus never sees a digit; when the typing is human-slow it replays the held keys
// to where they were going.
class ScannerInputFilter : public QObject
{
    Q_OBJECT

public:
    explicit ScannerInputFilter(QObject* parent = nullptr);
    ~ScannerInputFilter() override;

    // Watches `root` and every child it has or gets.
    void watch(QWidget* root);

    // Longest pause between a scanner's keystrokes (default 50 ms).
    void setBurstMs(int ms);
    int burstMs() const { return m_burstMs; }
    // Shortest code that counts as a scan (UPC-E and EAN-8 have 8 digits).
    void setMinimumLength(int digits) { m_minimumLength = digits; }

signals:
    void scanned(const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct HeldKey
    {
        QPointer<QObject> receiver;
        std::unique_ptr<QKeyEvent> event;
    };

    void watchTree(QWidget* widget);
    bool isDigitKey(const QKeyEvent* key) const;
    bool isEnterKey(const QKeyEvent* key) const;
    // Sends the held keys on to their widgets, as typed.
    void replay();

    QPointer<QWidget> m_root;
    int m_burstMs = 50;
    int m_minimumLength = 6;
    std::vector<HeldKey> m_held;
    QElapsedTimer m_sinceLastKey;
    QTimer* m_replayTimer;
    bool m_replaying = false;
};

} // namespace astro::ui
